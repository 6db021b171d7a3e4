// One screen about a scrape run: a line per source (new, updated, unchanged, failed and why), for a terminal and for
// the GitHub job summary.
import type { RunReport, SourceRun } from '../../src/lib/records.ts';

export interface RunTotals {
  sources: number;
  failedSources: number;
  new: number;
  updated: number;
  removed: number;
}

export function runTotals(report: RunReport): RunTotals {
  const sum = (key: 'new' | 'updated' | 'removed') => report.sources.reduce((n, s) => n + s[key], 0);
  return {
    sources: report.sources.length,
    failedSources: report.sources.filter((s) => s.status !== 'ok' && s.status !== 'skipped').length,
    new: sum('new'),
    updated: sum('updated'),
    removed: sum('removed'),
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function sourceLine(s: SourceRun, width: number): string {
  const counts = `${s.new} new, ${s.updated} updated, ${s.unchanged} unchanged, ${s.failed} failed`;
  const why = s.error ? ` — ${s.error}` : '';
  return `${s.status.padEnd(7)} ${s.id.padEnd(width)} ${counts} (${seconds(s.durationMs)})${why}`;
}

export function formatRunSummary(report: RunReport): string {
  const width = Math.max(6, ...report.sources.map((s) => s.id.length));
  const t = runTotals(report);
  return [
    `Scrape of ${t.sources} sources in ${seconds(report.durationMs)}: ${t.new} new, ${t.updated} updated, ${t.failedSources} sources not ok`,
    ...report.sources.map((s) => sourceLine(s, width)),
  ].join('\n');
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function formatRunMarkdown(report: RunReport): string {
  const t = runTotals(report);
  return [
    `### Pantau nightly run`,
    '',
    `${t.sources} sources in ${seconds(report.durationMs)}: **${t.new} new**, ${t.updated} updated, ${t.removed} removed at source, ${t.failedSources} sources not ok.`,
    '',
    '| source | status | new | updated | unchanged | failed | time | error |',
    '|---|---|---|---|---|---|---|---|',
    ...report.sources.map(
      (s) =>
        `| ${cell(s.id)} | ${s.status} | ${s.new} | ${s.updated} | ${s.unchanged} | ${s.failed} | ${seconds(s.durationMs)} | ${cell(s.error ?? '')} |`,
    ),
    '',
  ].join('\n');
}
