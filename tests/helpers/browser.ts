// Chromium driven by playwright-core; never a downloaded browser. `npm test` makes sure one is there first
// (tests/setup-browser.ts); CHROMIUM_PATH overrides which.
import { chromium, type Browser } from 'playwright-core';
import { findChromium } from './find-chromium.ts';

export function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium-based browser: run `npm test`, which installs or names one');
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      // Without these, Chromium's own background connections hit this machine's closed network.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
