// Reading a query by the taxonomy (subject-match.ts) and what the engine does with it: a Malay or English name of a
// subject also finds the statements tagged with it, ranked with the word matches, and the result says so.
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/lib/search/build.ts';
import { SearchEngine } from '../../src/lib/search/engine.ts';
import { emptyState } from '../../src/lib/search/query.ts';
import { snippet } from '../../src/lib/search/snippet.ts';
import { SubjectMatcher, nameKey, subjectsFile } from '../../src/lib/search/subject-match.ts';
import type { Subject } from '../../src/lib/search/subjects.ts';
import { terms } from '../../src/lib/search/tokens.ts';
import { fictionalStatement } from './statements.ts';

const SUBJECTS: Subject[] = [
  { facet: 'issue', id: 'licensing', name: 'Licensing of platforms', aliases: ['licence', 'licensing', 'pelesenan', 'lesen', 'lesen kelas'] },
  { facet: 'issue', id: 'scams', name: 'Scams and online fraud', aliases: ['scam*', 'fraud', 'penipuan'] },
  { facet: 'issue', id: 'child-safety', name: 'Child safety', aliases: ['child safety', 'kanak-kanak', 'keselamatan kanak-kanak'] },
  { facet: 'issue', id: 'privacy', name: 'Privacy and data protection', aliases: ['perlindungan data', 'data peribadi', 'personal data'] },
  { facet: 'actor', id: 'mcmc', name: 'Malaysian Communications and Multimedia Commission (MCMC)', aliases: ['MCMC', 'SKMM'] },
  { facet: 'platform', id: 'x', name: 'X (formerly Twitter)', aliases: ['X', 'Twitter'] },
];
const file = subjectsFile(SUBJECTS);
const matcher = new SubjectMatcher(file);
const named = (q: string) => matcher.match(terms(q)).map((s) => [s.subjects.map((i) => file.subjects[i]!.value), s.equivalents.map((e) => e.join(' '))]);

describe('names of subjects in a query', () => {
  it('keys names as the index cuts words, reduplication once, a stem kept', () => {
    expect(nameKey('Keselamatan Kanak-Kanak')).toBe('keselamatan kanak');
    expect(nameKey('kanak2')).toBe('kanak');
    expect(nameKey('scam*')).toBe('scam*');
  });

  it('finds Malay and English names, their word forms and stems, the longest name first', () => {
    expect(named('pelesenan')).toEqual([[['licensing'], []]]);
    expect(named('dilesenkan')).toEqual([[['licensing'], []]]);
    expect(named('ditipu')).toEqual([[['scams'], []]]);
    expect(named('scammers')).toEqual([[['scams'], []]]);
    expect(named('SKMM')).toEqual([[['mcmc'], []]]);
    expect(named('keselamatan kanak-kanak')).toEqual([[['child-safety'], []]]);
    expect(named('kanak2')).toEqual([[['child-safety'], []]]);
  });

  it('reads words with a counterpart in the other language, and leaves other words alone', () => {
    expect(named('pelesenan media sosial')).toEqual([
      [['licensing'], []],
      [[], ['social media']],
    ]);
    expect(named('minister said yesterday')).toEqual([[[], ['menteri']]]);
    expect(named('x')).toEqual([]);
  });

  it('lets names overlap so that every word a name covers is read', () => {
    expect(named('perlindungan data peribadi')).toEqual([
      [['privacy'], []],
      [['privacy'], []],
    ]);
  });
});

describe('a query that names a subject', () => {
  const corpus = [
    fictionalStatement({ title: 'Regulator sets licence rules for platforms', text: 'Platforms need a licence from January.' }, { issues: ['licensing'] }),
    fictionalStatement({ title: 'Ministry explains the new regime', text: 'The regime covers messaging services with many users.' }, { issues: ['licensing'] }),
    fictionalStatement({ title: 'Kerajaan umum pelesenan', text: 'Pelesenan media sosial bermula Januari.', language: 'ms' }, { issues: ['licensing'] }),
    fictionalStatement({ title: 'Syarikat dilesenkan oleh pengawal selia', text: 'Dua syarikat telah dilesenkan.', language: 'ms' }, { issues: [] }),
    fictionalStatement({ title: 'Police warn of scams', text: 'Fraudsters pose as couriers.' }, { issues: ['scams'] }),
  ];
  const index = buildSearchIndex(corpus, { vocabulary: { subjects: SUBJECTS, people: [] } });
  const search = async (q: string) => {
    const engine = await SearchEngine.open(async (name) => JSON.parse(index.render(name)));
    const result = await engine.search({ ...emptyState(), q });
    return { ...result, titles: (await engine.cards(result.docs)).map((c) => c.title) };
  };

  it('finds the statements tagged with it in any language, the word matches first, and says which subject', async () => {
    const result = await search('pelesenan');
    expect(result.titles.slice(0, 2)).toEqual(['Kerajaan umum pelesenan', 'Syarikat dilesenkan oleh pengawal selia']);
    expect(result.titles.slice(2).sort()).toEqual(['Ministry explains the new regime', 'Regulator sets licence rules for platforms']);
    expect(result.subjects).toEqual([{ facet: 'issue', value: 'licensing', label: 'Licensing of platforms', words: 'pelesenan' }]);
    expect((await search('ditipu')).titles).toEqual(['Police warn of scams']);
  });

  it('finds Malay word forms of a word without any taxonomy, and marks them in the snippet', async () => {
    const bare = buildSearchIndex(corpus);
    const engine = await SearchEngine.open(async (name) => JSON.parse(bare.render(name)));
    const result = await engine.search({ ...emptyState(), q: 'lesen' });
    const titles = (await engine.cards(result.docs)).map((c) => c.title);
    expect(titles.sort()).toEqual(['Kerajaan umum pelesenan', 'Syarikat dilesenkan oleh pengawal selia']);
    expect(result.subjects).toEqual([]);
    const marked = snippet('Dua syarikat telah dilesenkan.', result.highlight).filter((s) => s.mark).map((s) => s.text);
    expect(marked).toEqual(['dilesenkan']);
  });

  it('still needs every other word', async () => {
    expect((await search('pelesenan messaging')).titles).toEqual(['Ministry explains the new regime']);
    expect((await search('pelesenan unheard')).titles).toEqual([]);
  });
});
