// The dataset as flat rows for CSV: one row per statement, per commitment, per dispute.
import type { Statement } from './schema.ts';
import type { CommitmentRow } from './commitments.ts';

export const STATEMENT_COLUMNS = [
  'id', 'origin', 'published', 'publishedPrecision', 'firstSeen', 'lastSeen', 'removedAt', 'outlet', 'sourceId',
  'kind', 'jurisdiction', 'language', 'title', 'url', 'speakers', 'platforms', 'actors', 'issues', 'relevant',
  'commitments', 'disputes', 'text', 'summary',
] as const;

/** Scraped text that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe, as OWASP
 *  advises for CSV exports; the JSON downloads keep every text exactly as stored. */
export function spreadsheetSafe(text: string): string;
export function spreadsheetSafe(text: string | null): string | null;
export function spreadsheetSafe(text: string | null): string | null {
  return text !== null && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Lists are joined with "; " (ids contain no semicolons). Tags are the corrected view the site shows. */
export function statementRow(s: Statement): Record<(typeof STATEMENT_COLUMNS)[number], string | number | null> {
  return {
    id: s.id,
    origin: s.origin,
    published: s.published,
    publishedPrecision: s.publishedPrecision,
    firstSeen: s.firstSeen,
    lastSeen: s.lastSeen,
    removedAt: s.removedAt,
    outlet: spreadsheetSafe(s.outlet),
    sourceId: s.sourceId,
    kind: s.kind,
    jurisdiction: s.jurisdiction,
    language: s.language,
    title: spreadsheetSafe(s.title),
    url: s.url,
    speakers: spreadsheetSafe(s.speakers.join('; ')),
    platforms: s.tags?.platforms.join('; ') ?? null,
    actors: s.tags?.actors.join('; ') ?? null,
    issues: s.tags?.issues.join('; ') ?? null,
    relevant: s.tags ? String(s.tags.relevant) : null,
    commitments: s.tags?.commitments.length ?? 0,
    disputes: s.tags?.disputes.length ?? 0,
    text: spreadsheetSafe(s.text),
    summary: spreadsheetSafe(s.summary?.text ?? null),
  };
}

export const COMMITMENT_COLUMNS = [
  'statementId', 'said', 'by', 'what', 'due', 'status', 'evidence', 'foundBy', 'outcomeEvidenceStatementId',
  'review', 'confidence', 'speaker',
] as const;

export function commitmentCsvRow(r: CommitmentRow): Record<(typeof COMMITMENT_COLUMNS)[number], string | number | null> {
  return {
    statementId: r.statement.id,
    said: r.said,
    by: r.commitment.by,
    what: spreadsheetSafe(r.commitment.what),
    due: r.commitment.due,
    status: r.status,
    evidence: spreadsheetSafe(r.commitment.evidence),
    // "editor": recorded by Pantau with its outcome; the evidence is then the editor's note, not the source's words.
    foundBy: r.recorded ? 'editor' : 'tagger',
    outcomeEvidenceStatementId: r.outcome?.evidenceStatementId ?? null,
    // confirmed, corrected or added by an editor, or unreviewed: the tagger's claim as it found it.
    review: r.state,
    confidence: r.commitment.confidence,
    speaker: spreadsheetSafe(r.commitment.speaker?.name ?? null),
  };
}
