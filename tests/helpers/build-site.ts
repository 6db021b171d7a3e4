// `astro build` of the site from fixture data, as a child process, for the browser tests.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

/** The test runner's environment without what Vitest adds for itself (BASE_URL, SITE, MODE, NODE_ENV=test …), which
 *  would override the build's base path and site (import.meta.env) and ship React's development build. */
function buildEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['BASE_URL', 'SITE', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'TEST'])
    delete env[key];
  return env;
}

/** Build with these PANTAU_* settings. Give each build its own PANTAU_CACHE (Astro's content store lives there) so
 *  that builds running at the same time cannot mix their data; the error carries the end of Astro's log. */
export function buildSite(settings: Record<string, string>): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(resolve('node_modules/.bin/astro'), ['build'], {
      env: { ...buildEnvironment(), ...settings, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('close', (code) => (code === 0 ? done() : fail(new Error(`astro build failed (${code}):\n${log.slice(-3000)}`))));
  });
}

/** The fictional site of tests/fixtures/site-data, as deployed: below a base path, with a fixed build date. */
export const FIXTURE_SITE = { dir: resolve('tests/fixtures/site-data'), base: '/pantau/', site: 'https://pantau.example', today: '2025-06-01' };

/** Builds the fixture site into `work`/dist, with its own cache in `work`. */
export function buildFixtureSite(work: string): Promise<void> {
  return buildSite({
    PANTAU_DATA: resolve(FIXTURE_SITE.dir, 'data'),
    PANTAU_SOURCES: resolve(FIXTURE_SITE.dir, 'sources'),
    PANTAU_OUT: resolve(work, 'dist'),
    PANTAU_CACHE: resolve(work, 'cache'),
    PANTAU_BASE: FIXTURE_SITE.base,
    PANTAU_SITE: FIXTURE_SITE.site,
    PANTAU_TODAY: FIXTURE_SITE.today,
  });
}
