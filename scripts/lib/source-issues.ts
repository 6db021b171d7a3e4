// One GitHub issue per source that has failed several runs in a row: opened once, updated while it fails, closed when
// the source recovers. Planning is pure; scripts/source-issues.ts carries the plan out with the `gh` CLI.
import type { Health } from '../../src/lib/records.ts';

export const FAILURES_BEFORE_ISSUE = 3;
export const ISSUE_LABEL = 'source-health';
const TITLE_PREFIX = 'Source failing: ';

export interface OpenIssue {
  number: number;
  title: string;
  body: string;
}

export type IssueAction =
  | { action: 'open'; sourceId: string; title: string; body: string }
  | { action: 'update'; number: number; sourceId: string; body: string }
  | { action: 'close'; number: number; sourceId: string; comment: string };

export const issueTitle = (sourceId: string) => `${TITLE_PREFIX}${sourceId}`;

function issueBody(sourceId: string, h: Health[string]): string {
  return [
    `The source \`${sourceId}\` has been **${h.state}** for ${h.consecutiveFailures} runs in a row (since ${h.since}).`,
    '',
    `Last error: ${h.lastError ?? 'none recorded'}`,
    `Last success: ${h.lastSuccess ?? 'never'}`,
    '',
    'Opened by the nightly workflow; it closes this issue when the source recovers.',
  ].join('\n');
}

export function planSourceIssues(health: Health, open: OpenIssue[], threshold = FAILURES_BEFORE_ISSUE): IssueAction[] {
  const bySource = new Map(
    open.filter((i) => i.title.startsWith(TITLE_PREFIX)).map((i) => [i.title.slice(TITLE_PREFIX.length), i]),
  );
  const actions: IssueAction[] = [];
  for (const [sourceId, h] of Object.entries(health).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const issue = bySource.get(sourceId);
    const failing = h.consecutiveFailures >= threshold;
    if (failing && !issue) actions.push({ action: 'open', sourceId, title: issueTitle(sourceId), body: issueBody(sourceId, h) });
    else if (failing && issue && issue.body !== issueBody(sourceId, h))
      actions.push({ action: 'update', number: issue.number, sourceId, body: issueBody(sourceId, h) });
    else if (!failing && issue && h.consecutiveFailures === 0)
      actions.push({ action: 'close', number: issue.number, sourceId, comment: `Recovered: ${h.state} since ${h.since}.` });
  }
  return actions;
}
