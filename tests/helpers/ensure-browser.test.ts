// `npm test`'s first step on machines without a browser: it names what to install in one line and stops, and it
// accepts a browser wherever the PATH or CHROMIUM_PATH puts one.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findChromium } from './find-chromium.ts';

function ensureBrowser(env: NodeJS.ProcessEnv) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/ensure-browser.ts'], { encoding: 'utf8', env });
  return { status: run.status, stderr: run.stderr };
}

function folderWith(name?: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'pantau-browser-'));
  if (name) {
    writeFileSync(join(folder, name), '#!/bin/sh\nexit 0\n');
    chmodSync(join(folder, name), 0o755);
  }
  return folder;
}

describe('finding a browser for the browser tests', () => {
  it('stops with one line naming CHROMIUM_PATH when it points at nothing', () => {
    const { status, stderr } = ensureBrowser({ PATH: folderWith(), CHROMIUM_PATH: '/nowhere/chrome' });
    expect(status).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^npm test: CHROMIUM_PATH=\/nowhere\/chrome is not an executable browser: install Debian's chromium/),
    ]);
  });

  it('stops with one line saying what to install when there is no browser and no apt-get', () => {
    const { status, stderr } = ensureBrowser({ PATH: folderWith() });
    expect(status).toBe(1);
    expect(stderr.trim()).toMatch(/^npm test: the browser tests need a Chromium-based browser and none was found: install Debian's chromium \(apt-get install chromium\) or set CHROMIUM_PATH[^\n]*$/);
  });

  it('goes ahead silently when a browser is on the PATH', () => {
    expect(ensureBrowser({ PATH: folderWith('google-chrome') })).toEqual({ status: 0, stderr: '' });
  });

  it('prefers CHROMIUM_PATH, then chromium, then Chrome', () => {
    const both = folderWith('chromium');
    writeFileSync(join(both, 'google-chrome'), '#!/bin/sh\n');
    chmodSync(join(both, 'google-chrome'), 0o755);
    expect(findChromium({ PATH: both })).toBe(join(both, 'chromium'));
    expect(findChromium({ PATH: both, CHROMIUM_PATH: join(both, 'google-chrome') })).toBe(join(both, 'google-chrome'));
    expect(findChromium({ PATH: folderWith() })).toBeNull();
  });
});
