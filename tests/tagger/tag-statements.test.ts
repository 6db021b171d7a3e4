import { describe, expect, it } from 'vitest';
import { loadTaxonomy, tagStatement, tagStatements, type StatementInput } from '../../scrapers/tag/index.ts';
import { labelledItems } from './labelled-texts.ts';

// Every labelled statement, with its language and date and without them (guessed, and no reference date).
const inputs: StatementInput[] = labelledItems()
  .filter((item) => typeof item.text === 'string')
  .flatMap(({ title, text, lang, date }) => [
    { title: title ?? '', text, lang, date },
    { title: title ?? '', text },
  ]);

describe('tagStatements', () => {
  it('tags every labelled statement as tagStatement does, batch by batch and step by step', async () => {
    const taxonomy = await loadTaxonomy();
    expect(inputs.length).toBeGreaterThan(1000);
    expect(tagStatements(inputs, taxonomy)).toEqual(inputs.map((input) => tagStatement(input, taxonomy)));
  });
});
