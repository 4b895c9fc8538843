// The entry: start the overview's API calls first, then load the app. The app's code (Preact, zod,
// the models) takes a while to download and compile; the calls run meanwhile (bench/dashboard.ts).
import { startPrefetch } from './api/prefetch.ts';

startPrefetch(window.location, window.sessionStorage);
void import('./main.tsx');
