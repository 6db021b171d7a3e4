// The example queries the data dictionary shows, in SQL and wrapped for pandas and R. The tests run every one of them
// against a built pantau.sqlite, so that what /data/ shows works on the download.

export interface ExampleQuery {
  id: string;
  question: string;
  sql: string;
  /** Named parameters (:name) the query takes. */
  params?: string[];
}

export const EXAMPLE_QUERIES: ExampleQuery[] = [
  {
    id: 'meta-malaysia',
    question: 'Every commitment Meta made to a Malaysian authority, with the statements that record its outcome',
    sql: `SELECT c.what, c.due, s.day AS said_on, s.title AS said_in, s.url,
       o.status AS outcome, o.note AS outcome_note,
       e.day AS outcome_on, e.title AS outcome_in, e.url AS outcome_url
FROM commitments c
JOIN statements s ON s.id = c.statement_id
LEFT JOIN outcomes o ON o.id = c.outcome_id
LEFT JOIN statements e ON e.id = o.evidence_statement_id
WHERE c.by_party = 'meta'
  AND s.listed = 1
  AND EXISTS (SELECT 1 FROM statement_actors sa JOIN actors a ON a.id = sa.actor_id
              WHERE sa.statement_id = s.id AND a.country = 'MY')
ORDER BY s.day, c.position`,
  },
  {
    id: 'statement',
    question: 'One statement by its id: its text, tags and claims',
    sql: `SELECT s.title, s.text, s.summary,
       (SELECT group_concat(platform_id, '; ') FROM statement_platforms WHERE statement_id = s.id) AS platforms,
       (SELECT group_concat(actor_id, '; ') FROM statement_actors WHERE statement_id = s.id) AS actors,
       (SELECT group_concat(issue_id, '; ') FROM statement_issues WHERE statement_id = s.id) AS issues,
       (SELECT count(*) FROM commitments WHERE statement_id = s.id) AS commitments,
       (SELECT count(*) FROM disputes WHERE statement_id = s.id) AS disputes
FROM statements s
WHERE s.id = :id`,
    params: ['id'],
  },
  {
    id: 'open-by-party',
    question: 'Open commitments by party, and the next one due',
    sql: `SELECT * FROM open_commitments_by_party`,
  },
  {
    id: 'threads',
    question: 'The longest-running dispute threads',
    sql: `SELECT thread, party_a, party_b, over_issue, disputes, first_day, last_day
FROM dispute_threads ORDER BY disputes DESC, last_day DESC LIMIT 10`,
  },
  {
    id: 'full-text',
    question: 'Statements whose title, text or summary mention a licence, best match first',
    sql: `SELECT s.id, s.day, s.outlet, s.title
FROM statements_fts f JOIN statements s ON s.num = f.rowid
WHERE statements_fts MATCH 'licence OR lesen' AND s.listed = 1
ORDER BY f.rank LIMIT 20`,
  },
  {
    id: 'per-month',
    question: 'Listed statements per month and issue',
    sql: `SELECT substr(s.day, 1, 7) AS month, si.issue_id, count(*) AS statements
FROM statements s JOIN statement_issues si ON si.statement_id = s.id
WHERE s.listed = 1
GROUP BY month, si.issue_id ORDER BY month, statements DESC`,
  },
];

const pick = (values: Record<string, string>, names: string[]) => Object.fromEntries(names.map((n) => [n, values[n] ?? '']));
const indent = (sql: string, by: string) => sql.split('\n').join(`\n${by}`);

/** The example as a pandas script: Python's own sqlite3 module opens the download. */
export function pandasExample(example: ExampleQuery, parameters: Record<string, string>): string {
  const params = example.params ? `, params=${JSON.stringify(pick(parameters, example.params))}` : '';
  return `import sqlite3
import pandas as pd

con = sqlite3.connect("pantau.sqlite")
df = pd.read_sql_query("""
    ${indent(example.sql, '    ')}
""", con${params})
print(df)`;
}

/** The example in R, with DBI and RSQLite. */
export function rExample(example: ExampleQuery, parameters: Record<string, string>): string {
  const params = example.params ? `, params = list(${Object.entries(pick(parameters, example.params)).map(([k, v]) => `${k} = "${v}"`).join(', ')})` : '';
  return `library(DBI)
con <- dbConnect(RSQLite::SQLite(), "pantau.sqlite")
df <- dbGetQuery(con, "
  ${indent(example.sql.replaceAll('"', '\\"'), '  ')}
"${params})
print(df)`;
}
