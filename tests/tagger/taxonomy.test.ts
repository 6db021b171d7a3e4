import { describe, expect, it } from 'vitest';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTaxonomy, tagStatement } from '../../scrapers/tag/index.ts';
import { TAXONOMY_DIR, tag, taxonomy } from './helpers.ts';

const ids = async (name: string) =>
  (JSON.parse(await readFile(join(TAXONOMY_DIR, `${name}.json`), 'utf8')) as { entries: { id: string }[] }).entries.map((e) => e.id);

async function copyWith(name: string, edit: (json: any) => unknown): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pantau-taxonomy-'));
  await cp(TAXONOMY_DIR, dir, { recursive: true });
  const path = join(dir, `${name}.json`);
  await writeFile(path, JSON.stringify(edit(JSON.parse(await readFile(path, 'utf8')))));
  return dir;
}

describe('vocabularies', () => {
  it('hold exactly the ids the tagging issue lists', async () => {
    expect(await ids('platforms')).toEqual([
      'meta', 'facebook', 'instagram', 'whatsapp', 'threads', 'messenger', 'tiktok', 'x', 'telegram', 'google',
      'youtube', 'wechat', 'microsoft', 'linkedin', 'snapchat', 'discord', 'reddit', 'apple', 'amazon', 'roblox',
      'twitch', 'pinterest', 'signal', 'openai', 'shopee', 'lazada', 'bigo-live',
    ]);
    expect(await ids('actors')).toEqual([
      'kkd', 'mcmc', 'pdrm', 'agc-my', 'bnm', 'parliament-my', 'esafety', 'acma', 'imda', 'mddi-sg', 'komdigi',
      'european-commission', 'ofcom', 'ico-uk', 'ftc', 'fcc', 'us-congress', 'other-government',
    ]);
    expect(await ids('issues')).toEqual([
      'licensing', 'code-of-conduct', 'online-safety-law', 'child-safety', 'scams', 'online-gambling', 'cyberbullying',
      'hate-speech', 'misinformation', 'content-removal', 'privacy', 'age-assurance', 'ad-verification', 'ai-deepfakes',
      'taxation', 'terrorism-extremism',
    ]);
  });

  it('give every platform a parent company (or none) and every entry a name', async () => {
    const t = await taxonomy();
    expect(t.platformEntries.get('instagram')?.parent).toBe('meta');
    expect(t.platformEntries.get('youtube')?.parent).toBe('google');
    for (const e of [...t.platformEntries.values(), ...t.actorEntries.values(), ...t.issueEntries.values()])
      expect(e.name.length).toBeGreaterThan(0);
  });

  it('reject a bad file with one line naming the file and the cause', async () => {
    const dir = await copyWith('actors', (json) => ({ ...json, entries: [{ ...json.entries[0], id: 'Not An Id' }] }));
    const error = await loadTaxonomy(dir).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/actors\.json: entries\.0\.id: lower-case id/);
    expect((error as Error).message).not.toContain('\n');
  });

  it('reject a pattern with a capturing group, an alias claimed twice and a missing file', async () => {
    const group = await copyWith('platforms', (json) => {
      json.entries[0].patterns = ['(Meta)'];
      return json;
    });
    await expect(loadTaxonomy(group)).rejects.toThrow(/platforms\.json: .*must use \(\?:…\) groups only/);
    const twice = await copyWith('platforms', (json) => {
      json.entries[1].aliases.en.push('Instagram');
      return json;
    });
    await expect(loadTaxonomy(twice)).rejects.toThrow(/platforms\.json: alias Instagram belongs to both (facebook and instagram|instagram and facebook)/);
    await expect(loadTaxonomy(join(tmpdir(), 'no-such-taxonomy'))).rejects.toThrow(/platforms\.json: file not found/);
  });

  it('name the first bad file in the order platforms, actors, issues, people, whichever read fails first', async () => {
    const dir = await copyWith('platforms', (json) => ({ ...json, entries: [] }));
    await rm(join(dir, 'actors.json'));
    for (let run = 0; run < 5; run++) await expect(loadTaxonomy(dir)).rejects.toThrow(/platforms\.json: entries/);
  });

  it('read a ban of any listed platform as content removal, one added to the list too', async () => {
    const text = 'The regulator said it had decided to ban Streamly.example nationwide after the platform ignored two orders.';
    expect((await tag(text)).issues).not.toContain('content-removal');
    const added = await copyWith('platforms', (json) => {
      json.entries.push({ id: 'streamly', name: 'Streamly.example', parent: null, aliases: { en: ['Streamly.example'], ms: [] } });
      return json;
    });
    const tags = tagStatement({ title: '', text }, await loadTaxonomy(added));
    expect(tags.platforms).toContain('streamly');
    expect(tags.issues).toContain('content-removal');
    expect((await tag('X said the suspension of Twitter in the country would hurt small businesses.')).issues).toContain('content-removal');
  });
});

describe('office holders (people.json)', () => {
  it('are loaded with their dated offices, by id and by every spelling', async () => {
    const t = await taxonomy();
    const fahmi = t.people.get('fahmi-fadzil');
    expect(fahmi?.offices.map((o) => [o.org, o.title])).toEqual([
      ['kkd', 'Minister of Communications and Digital'],
      ['kkd', 'Minister of Communications'],
    ]);
    expect(t.personByName.get('azalina othman')?.id).toBe('azalina-othman-said');
  });

  it('name their body when a report names them alone, also by another spelling', async () => {
    expect((await tag('Julie Inman Grant said platforms had removed 4.7 million accounts of under-16s.')).actors).toEqual(['esafety']);
    expect((await tag('Azalina Othman said the online safety bill would be tabled next month.')).actors).toEqual(['other-government']);
  });

  it('reject a person whose id is not their folded name, or whose office names no platform or actor, in one line', async () => {
    const badId = await copyWith('people', (json) => ({ ...json, entries: [{ ...json.entries[0], id: 'someone' }] }));
    const error = (await loadTaxonomy(badId).catch((e: Error) => e)) as Error;
    expect(error.message).toMatch(/people\.json: entries\.0\.id: id must be ahmad-zahid-hamidi/);
    expect(error.message).not.toContain('\n');
    const badOrg = await copyWith('people', (json) => {
      json.entries[0].offices[0].org = 'no-such-body';
      return json;
    });
    await expect(loadTaxonomy(badOrg)).rejects.toThrow(/people\.json: ahmad-zahid-hamidi: office org no-such-body is neither a platform nor an actor/);
  });
});
