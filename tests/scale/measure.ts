// `npx tsx tests/scale/measure.ts <dataDir> [heapMB]`: one `astro build` of <dataDir>, measured by bench/build.ts
// (wall time, peak RSS of the whole process tree), with its own content cache and its output inside the project
// (Astro puts a static build's server bundle in ./.astro when the output lies outside, where concurrent builds
// would collide).
// Prints one JSON line with the figures, the number of statement pages written and the paged lists' pages
// (bench/list-pages.ts). `heapMB` sets Node's
// --max-old-space-size for the build.
import { mkdir, readdir, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { astroBuild } from '../../bench/build.ts';
import { listPageFigures } from '../../bench/list-pages.ts';

const [dataArg, heapArg] = process.argv.slice(2);
const heapMB = heapArg ? Number.parseInt(heapArg, 10) : null;
if (!dataArg || (heapMB !== null && !(heapMB > 0))) {
  process.stderr.write('usage: tsx tests/scale/measure.ts <dataDir> [heapMB]\n');
  process.exit(2);
}
// `*.tmp` is git-ignored.
const work = resolve(`tests/scale/build-${process.pid}.tmp`);
await mkdir(work, { recursive: true });
process.env.PANTAU_CACHE = resolve(work, 'cache');
process.env.ASTRO_TELEMETRY_DISABLED = '1';
try {
  const figures = await astroBuild(resolve(dataArg), resolve(work, 'site'), heapMB);
  const pages = figures.ok ? (await readdir(resolve(work, 'site', 'statements'), { withFileTypes: true })).filter((d) => d.isDirectory()).length : 0;
  const lists = figures.ok ? await listPageFigures(resolve(work, 'site')) : null;
  process.stdout.write(`${JSON.stringify({ data: dataArg, heapMB, ...figures, statementPages: pages, lists })}\n`);
  process.exitCode = figures.ok ? 0 : 1;
} finally {
  if (!process.env.PANTAU_SCALE_KEEP) await rm(work, { recursive: true, force: true });
}
