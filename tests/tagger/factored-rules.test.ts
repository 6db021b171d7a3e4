import { describe, expect, it, vi } from 'vitest';
import { labelledPieces } from './labelled-texts.ts';

// Every rule the tagger factors, as written and as factored: recorded as the tagger's modules load.
const rules = vi.hoisted(() => [] as [RegExp, RegExp][]);
vi.mock('../../scrapers/tag/alias-source.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../scrapers/tag/alias-source.ts')>();
  return {
    ...original,
    factored: (rule: RegExp) => {
      const regex = original.factored(rule);
      rules.push([rule, regex]);
      return regex;
    },
  };
});
await import('../../scrapers/tag/index.ts');

const pieces = labelledPieces();

/** Every match of `regex` in `text`, scanning as a global RegExp does: index, groups and named groups. */
function matches(regex: RegExp, text: string) {
  const global = new RegExp(regex.source, regex.flags.includes('g') ? regex.flags : `${regex.flags}g`);
  return [...text.matchAll(global)].map((m) => [m.index, ...m, m.groups]);
}

describe('factored rules', () => {
  it('are recorded', () => expect(rules.length).toBeGreaterThan(10));

  it('match what the rules as written match in the labelled texts and their sentences', () => {
    for (const [rule, regex] of rules) {
      expect(regex.flags).toBe(rule.flags);
      for (const piece of pieces) expect(matches(regex, piece), `/${rule.source}/ in ${piece.slice(0, 80)}`).toEqual(matches(rule, piece));
    }
  });
});
