// The article Pantau was created from (read-only in /work/shared/seed, with a copy's worth of checks in its README).
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Tags } from '../../src/lib/schema.ts';
import { tag } from './helpers.ts';

const SEED = '/work/shared/seed/000_4a96a8d324d51c2b.txt';

describe('the seed article', async () => {
  const raw = await readFile(SEED, 'utf8');
  // As a scraper meets it: section label, headline, then the body with page furniture.
  const [, title = '', ...body] = raw.split('\n');
  const tags: Tags = await tag(body.join('\n'), title, { date: '2024-10-30T00:00:00+08:00', lang: 'en' });

  it('is relevant, about Meta and Facebook, the ministry and the MCMC', () => {
    expect(tags.relevant).toBe(true);
    expect(tags.platforms).toEqual(['facebook', 'meta']);
    expect(tags.actors).toEqual(['kkd', 'mcmc']);
  });
  it('names the issues the article raises', () => {
    expect(tags.issues).toEqual(
      expect.arrayContaining(['child-safety', 'licensing', 'code-of-conduct', 'online-safety-law', 'scams', 'online-gambling', 'cyberbullying']),
    );
  });
  it("finds Meta's commitment to give feedback on the draft Code of Conduct, and the minister's", () => {
    const meta = tags.commitments.find((c) => c.by === 'meta');
    expect(meta?.what).toMatch(/feedback on the draft Code of Conduct/);
    expect(meta?.evidence).toMatch(/^Fahmi said that Meta has also agreed to provide feedback/);
    expect(meta?.due).toBeNull();
    // Meta acts; the minister reports it.
    expect(meta?.speaker).toEqual({ name: 'Fahmi Fadzil', person: 'fahmi-fadzil', org: 'kkd' });
    expect(tags.commitments.find((c) => c.by === 'kkd')?.what).toMatch(/listening to the views of all social media platforms/);
  });
  it('does not take the licensing start date for anyone\'s commitment', () => {
    expect(tags.commitments.some((c) => /take effect/.test(c.evidence))).toBe(false);
  });
  it('finds the dispute between the ministry and Meta over child safety', () => {
    expect(tags.disputes).toContainEqual(expect.objectContaining({ from: 'kkd', against: 'meta', over: 'child-safety' }));
  });
  it("gives the minister's three quotes to Fahmi Fadzil, speaking for the ministry, word for word", () => {
    expect(tags.quotes.map((q) => q.speaker)).toEqual(Array(3).fill({ name: 'Fahmi Fadzil', person: 'fahmi-fadzil', org: 'kkd' }));
    for (const q of tags.quotes) expect(raw).toContain(q.text);
  });
  it('names Fahmi Fadzil and Rafael Frankel with their roles, titles dropped', () => {
    expect(tags.people).toContainEqual(expect.objectContaining({ name: 'Fahmi Fadzil', role: 'Communications Minister' }));
    expect(tags.people).toContainEqual(expect.objectContaining({ name: 'Rafael Frankel', role: 'Meta South-east Asia Public Policy director' }));
    expect(tags.people.map((p) => p.name)).toEqual(expect.arrayContaining(['Mohamad Fauzi Md Isa', 'Mohamad Salim Fateh Din']));
  });
});
