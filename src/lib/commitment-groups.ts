// One commitment per party and promise: the copies of a wire story and the follow-up reports that repeat a promise
// each carry it again, and the tracker shows it once, with every statement that reported it.
import { commitmentStatus, type CommitmentRow } from './commitments.ts';
import { statementTime } from './dates.ts';
import { isChecked, type ReviewState } from './reviewed-claims.ts';

// Words that carry no promise of their own, in English and Malay; what is left names the promise.
const FILLER = new Set(
  (
    'a an the to of on in at for by with from into its their his her our this that these those all any some ' +
    'and or as be been being is are was were will would shall should could can may might must also further more ' +
    'new its own up out over about within under it they them we us he she ' +
    'akan untuk dan atau yang di ke dari pada dengan oleh dalam bagi ini itu tersebut berkenaan juga lebih telah ' +
    'sudah mereka ia kami kita semua setiap para serta secara agar supaya bagi'
  ).split(' '),
);

/** A word without the endings that only inflect it: licences/licence, removing/remove, dikenakan stays. */
function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('es') && /(?:ss|sh|ch|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** A promise reduced to what it commits to: folded, without filler words and inflection, in a fixed order, so that
 *  "provide feedback on the proposals" and "providing its feedback on proposals" are one promise. */
export function normalisedPromise(what: string): string {
  const words = what
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .match(/[\p{L}\p{N}]+/gu) ?? [];
  const kept = new Set(words.filter((w) => !FILLER.has(w)).map(stem).map((w) => (w.endsWith('e') ? w.slice(0, -1) : w)));
  return [...kept].sort().join(' ');
}

export interface CommitmentGroup {
  /** `<party>|<normalised promise>`: stable, for an anchor on the tracker. */
  key: string;
  /** Every statement that reported it, oldest first; each keeps its own anchor (`#commitment-<n>`). */
  rows: CommitmentRow[];
  /** The row the tracker shows: the earliest report, whose wording stands for the group. */
  first: CommitmentRow;
  /** The latest due date any report gave (a follow-up may move or add a deadline), or null. */
  due: string | null;
  /** The outcome a report has (the latest such), else the group's due date against the build date. */
  status: CommitmentRow['status'];
  outcome: CommitmentRow['outcome'];
  /** Checked by an editor in any of its reports, else unreviewed. */
  state: ReviewState;
  /** The highest confidence of its reports. */
  confidence: number;
}

export interface GroupOptions {
  /** The origin of the syndicated story a statement belongs to (itself when it is not a copy). */
  originOf?: (statementId: string) => string;
}

/** Groups rows by party and normalised promise; a copy's commitment also joins its origin's single commitment by the
 *  same party when the copy's wording was edited. Groups come in the order of their first report in `rows`. */
export function groupCommitments(rows: readonly CommitmentRow[], today: string, options: GroupOptions = {}): CommitmentGroup[] {
  const originOf = options.originOf ?? ((id: string) => id);
  const keyOf = (r: CommitmentRow) => `${r.commitment.by}|${normalisedPromise(r.commitment.what)}`;
  // The single commitment per (statement, party), for copies whose wording differs from their origin's.
  const byStatementParty = new Map<string, CommitmentRow | null>();
  for (const r of rows) {
    const k = `${r.statement.id}|${r.commitment.by}`;
    byStatementParty.set(k, byStatementParty.has(k) ? null : r);
  }
  const groupKey = new Map<CommitmentRow, string>();
  for (const r of rows) {
    const origin = originOf(r.statement.id);
    const originRow = origin === r.statement.id ? null : byStatementParty.get(`${origin}|${r.commitment.by}`);
    groupKey.set(r, originRow ? keyOf(originRow) : keyOf(r));
  }
  const groups = new Map<string, CommitmentRow[]>();
  for (const r of rows) {
    const k = groupKey.get(r)!;
    const list = groups.get(k);
    if (list) list.push(r);
    else groups.set(k, [r]);
  }
  return [...groups].map(([key, members]) => summarise(key, members, today));
}

function summarise(key: string, members: CommitmentRow[], today: string): CommitmentGroup {
  const time = (r: CommitmentRow) => Date.parse(statementTime(r.statement));
  const rows = [...members].sort((a, b) => time(a) - time(b) || a.index - b.index);
  const outcome = rows.filter((r) => r.outcome).pop()?.outcome ?? null;
  const due = rows.map((r) => r.commitment.due).filter((d): d is string => d !== null).sort().pop() ?? null;
  return {
    key,
    rows,
    first: rows[0]!,
    due,
    status: commitmentStatus(due, today, outcome),
    outcome,
    state: rows.find((r) => isChecked(r.state))?.state ?? 'unreviewed',
    confidence: Math.max(...rows.map((r) => r.commitment.confidence)),
  };
}
