import { describe, expect, it } from 'vitest';
import { readFile, readdir } from 'node:fs/promises';
import { parse } from 'yaml';
import { validateWorkflow } from '@action-validator/core';

const dir = '.github/workflows';
const files = (await readdir(dir)).filter((f) => f.endsWith('.yml'));
const scripts = Object.keys(JSON.parse(await readFile('package.json', 'utf8')).scripts as Record<string, string>);

interface Step { run?: string; uses?: string; with?: Record<string, unknown> }
interface Job { permissions?: Record<string, string>; steps?: Step[] }
interface Workflow { on: Record<string, unknown>; permissions?: unknown; concurrency?: { group: string }; jobs: Record<string, Job> }
const load = async (name: string) => parse(await readFile(`${dir}/${name}`, 'utf8')) as Workflow;
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps ?? []);

describe('GitHub workflows', () => {
  it.each(files)('%s is valid against the published workflow schema', async (file) => {
    const state = validateWorkflow(await readFile(`${dir}/${file}`, 'utf8'));
    expect(state.errors).toEqual([]);
  });

  it.each(files)('%s calls only npm scripts that exist', async (file) => {
    const runs = steps(await load(file)).flatMap((s) => [...(s.run ?? '').matchAll(/npm run (?:--silent )?([\w:-]+)/g)]);
    for (const [, name] of runs) expect(scripts).toContain(name);
  });

  it('the schema check catches a broken workflow', () => {
    expect(validateWorkflow('on: push\njobs:\n  a:\n    runz-on: ubuntu-latest\n').errors.length).toBeGreaterThan(0);
  });

  it('the nightly run is scheduled, manual too, alone, least-privileged, and deploys with the official actions', async () => {
    const w = await load('nightly.yml');
    expect(Object.keys(w.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(w.concurrency?.group).toBeTruthy();
    expect(w.permissions).toEqual({});
    const granted = Object.values(w.jobs).flatMap((j) => Object.entries(j.permissions ?? {}).map(([k, v]) => `${k}:${v}`));
    expect(granted.sort()).toEqual(['contents:write', 'id-token:write', 'issues:write', 'pages:write']);
    const uses = steps(w).map((s) => s.uses?.split('@')[0]);
    expect(uses).toEqual(expect.arrayContaining(['actions/upload-pages-artifact', 'actions/deploy-pages']));
    const node = steps(w).find((s) => s.uses?.startsWith('actions/setup-node'));
    expect(node?.with).toMatchObject({ 'node-version': 22, cache: 'npm' });
    expect(steps(w).some((s) => /npm run nightly/.test(s.run ?? ''))).toBe(true);
    expect(steps(w).some((s) => /--force|-f\b/.test(s.run ?? ''))).toBe(false);
  });

  it('the test workflow runs npm test on every push and pull request', async () => {
    const w = await load('test.yml');
    expect(Object.keys(w.on).sort()).toEqual(['pull_request', 'push']);
    expect(steps(w).some((s) => s.run === 'npm test')).toBe(true);
  });
});
