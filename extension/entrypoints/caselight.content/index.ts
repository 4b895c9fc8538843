// Content script: mounts CaseLight's shadow-root host on pages an adapter covers.
import { mountCaseLight } from '../../overlay/mount';

export default defineContentScript({
  matches: ['http://127.0.0.1/*', 'http://localhost/*'],
  allFrames: true,
  cssInjectionMode: 'ui',
  async main(ctx) {
    await mountCaseLight(ctx);
  },
});
