// Fails the e2e run up front, in one line, when the browser or the built extension is missing (no silent skip).
import { existsSync } from 'node:fs';
import { chromiumPath, extensionDir } from './harness.ts';

export default function setup() {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}: install Debian's package with "apt-get install -y chromium" (or set CHROMIUM_PATH).`);
  }
  if (!existsSync(`${extensionDir}/manifest.json`)) {
    throw new Error(`Built extension not found in ${extensionDir}: run "npm run build" first.`);
  }
}
