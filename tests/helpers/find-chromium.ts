// Where a Chromium-based browser is on this machine, for the browser tests: CHROMIUM_PATH when set, else Debian's
// chromium on the PATH, else Google Chrome (GitHub's runners ship Chrome). Never a downloaded browser.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The browser's path, or null when there is none. A CHROMIUM_PATH that is not an executable file counts as none:
 *  the caller says so rather than launching something that is not there. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.CHROMIUM_PATH) return isExecutable(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  const folders = (env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of NAMES)
    for (const folder of folders) {
      const path = join(folder, name);
      if (isExecutable(path)) return path;
    }
  return null;
}
