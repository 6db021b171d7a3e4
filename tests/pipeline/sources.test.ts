// The shipped registry: every declaration valid, honest about how far it was checked, and filtered where it must be.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadSources } from '../../scrapers/pipeline/registry.ts';
import { keywordFilter } from '../../scrapers/pipeline/keywords.ts';
import { blockReason } from '../../scrapers/pipeline/blocked.ts';
import { ROOT } from './fixture-sites.ts';

const STATUSES = ['seen in code', 'reported working', 'uncertain', 'unverified'];

describe('the source registry', async () => {
  const sources = await loadSources(join(ROOT, 'scrapers/sources'));

  it('declares the sources SOURCES.md names, each valid', () => {
    expect(sources.length).toBeGreaterThanOrEqual(20);
    for (const id of ['fmt', 'malaymail-malaysia', 'malaysiakini-en', 'malaysiakini-ms', 'bernama-en', 'bernama-ms', 'mcmc-press-releases', 'mcmc-announcements', 'kkd-news', 'mcmc-kenyataan-media', 'utusan', 'astroawani', 'sinarharian', 'bharian', 'hmetro', 'kosmo', 'ec-presscorner', 'esafety-media-releases', 'meta-newsroom'])
      expect(sources.map((s) => s.id)).toContain(id);
  });

  it('says in each how far it was checked, and enables only what there is reason to think works', () => {
    for (const source of sources) {
      expect(STATUSES, source.id).toContain(source.checked.status);
      if (source.enabled) expect(['seen in code', 'reported working'], source.id).toContain(source.checked.status);
      expect(source.url, source.id).toMatch(/^https:\/\/[^/]+\.(?!example)[a-z.]+\//);
    }
  });

  it('gives every general news feed a keyword filter', () => {
    for (const source of sources.filter((s) => s.kind === 'news')) expect(source.keywords?.include.length, source.id).toBeGreaterThan(10);
    const malayMail = keywordFilter(sources.find((s) => s.id === 'malaymail-malaysia')!.keywords);
    expect(malayMail('Fahmi: pelesenan media sosial berkuat kuasa Januari')).toBe(true);
    expect(malayMail('Polis tumpas sindiket penipuan dalam talian')).toBe(true);
    expect(malayMail('Harimau Malaya seri dengan Thailand')).toBe(false);
  });
});

describe('keyword filters', () => {
  const filter = keywordFilter({ include: ['Meta', 'licen*', 'media sosial'], exclude: ['sukan'] });

  it('match whole words, case-insensitively, and prefixes marked with *', () => {
    expect(filter('META to comply')).toBe(true);
    expect(filter('Metaverse hype')).toBe(false);
    expect(filter('Heavy metal concert')).toBe(false);
    expect(filter('Platforms must apply for licences')).toBe(true);
    expect(filter('Pengguna media  sosial meningkat')).toBe(true);
  });

  it('drop what an exclude word marks', () => {
    expect(filter('Meta dan sukan')).toBe(false);
  });

  it('keep everything when a source declares none', () => {
    expect(keywordFilter(undefined)('anything')).toBe(true);
  });
});

describe('block pages', () => {
  it('are told from content by challenge markers or a missing expected text', () => {
    expect(blockReason('<html><head><title>Just a moment...</title></head></html>')).toMatch(/Cloudflare challenge/);
    expect(blockReason('<html><body>Request unsuccessful. Incapsula incident ID: 1</body></html>')).toMatch(/Incapsula/);
    expect(blockReason('<html><body>Sign in</body></html>', { contains: 'article-list-box' })).toMatch(/lacks the expected "article-list-box"/);
    expect(blockReason('<rss><channel><title>Just a moment, says minister</title></channel></rss>', { contains: '<rss' })).toBeNull();
  });
});
