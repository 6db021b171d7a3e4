// The first step of `npm test`: make sure a Chromium-based browser is there for the browser tests, so that a fresh
// machine either gets one or stops at once with one line saying what to install, before anything runs.
import { findChromium } from '../tests/helpers/find-chromium.ts';
import { aptInstall, canInstallWithApt } from './lib/apt.ts';

const HOW = "install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH to a Chrome or Chromium binary";

function aptInstallChromium(): boolean {
  process.stderr.write("npm test: no Chromium-based browser found; installing Debian's chromium with apt-get\n");
  return aptInstall(['chromium']);
}

function stop(line: string): never {
  process.stderr.write(`npm test: ${line}\n`);
  process.exit(1);
}

if (process.env.CHROMIUM_PATH && !findChromium())
  stop(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} is not an executable browser: ${HOW}`);
if (!findChromium()) {
  if (!canInstallWithApt()) stop(`the browser tests need a Chromium-based browser and none was found: ${HOW}`);
  if (!aptInstallChromium() || !findChromium()) stop(`installing chromium with apt-get failed: ${HOW}`);
}
