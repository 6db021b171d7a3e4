import { describe, expect, it } from 'vitest';
import { matchedGroup, splitSentences } from '../../scrapers/tag/text.ts';
import { findDueDate } from '../../scrapers/tag/due-date.ts';
import { tag } from './helpers.ts';
import { sortedPair } from '../../src/lib/dispute-pair.ts';

describe('relevance', () => {
  it('keeps statements about governing platforms and drops sport, markets, weather and plain crime', async () => {
    const on = await tag('The MCMC ordered TikTok to remove scam videos under the new licensing rules.');
    expect(on.relevant).toBe(true);
    expect(on.relevance).toBeGreaterThan(0.5);
    expect(on.reason).toMatch(/about governing online platforms.*scams/);
    for (const text of [
      'The striker scored twice as the home side won the league match 3-1.',
      'Meta reported quarterly revenue of US$40 billion and its shares rose 4 percent.',
      'Heavy rain and thunderstorms are forecast across Selangor until Friday.',
      'Police arrested two men after a robbery at a petrol station in Klang.',
      'Skuad kebangsaan menang 2-0 dalam perlawanan persahabatan di Stadium Nasional.',
    ]) {
      const t = await tag(text);
      expect(t.relevant, text).toBe(false);
      expect(t.reason, text).toMatch(/^not about governing online platforms/);
      expect(t.issues, text).toEqual([]);
      expect(t.commitments, text).toEqual([]);
    }
  });
  it('judges Malay statements too', async () => {
    const t = await tag('SKMM mengarahkan Facebook menurunkan iklan perjudian dalam talian.');
    expect(t.relevant).toBe(true);
    expect(t.issues).toContain('online-gambling');
  });
});

describe('commitments', () => {
  it('reads a promise joined on by "dan" after a claim denied as the subject\'s own, not as the claim', async () => {
    const t = await tag('Peguam Negara Zorvania memfailkan saman terhadap Snapchat. Snapchat dalam kenyataan berkata ia tidak bersetuju dengan dakwaan itu dan akan mempertahankan dirinya di mahkamah.', '', { lang: 'ms' });
    expect(t.commitments.map((c) => [c.by, c.what])).toEqual([['snapchat', 'mempertahankan dirinya di mahkamah']]);
    // A claim passed on stays no promise.
    expect((await tag('Snapchat menafikan dakwaan kononnya aplikasi itu akan diharamkan di Zorvania.', '', { lang: 'ms' })).commitments).toEqual([]);
  });
  it('reads a platform after "your" or "their" and before a noun as describing it, not as the one who will act', async () => {
    const t = await tag('The Ministry of Zorvania approved the new app. Your Instagram username and verification will carry over to it.');
    expect(t.commitments.filter((c) => c.by === 'instagram')).toEqual([]);
    expect((await tag('The Ministry of Zorvania met Instagram. Instagram will carry over user settings to the new app.')).commitments.map((c) => c.by)).toEqual(['instagram']);
  });
  it('finds who promised what, with the deadline the text gives (English)', async () => {
    const t = await tag('Google agreed to verify every advertiser of financial products in Malaysia by January 1, 2026, the MCMC said.');
    expect(t.commitments).toEqual([
      expect.objectContaining({
        by: 'google',
        what: 'verify every advertiser of financial products in Malaysia by January 1, 2026',
        due: '2026-01-01',
        evidence: 'Google agreed to verify every advertiser of financial products in Malaysia by January 1, 2026, the MCMC said.',
      }),
    ]);
  });
  it('does not take the day a promise was reported as its due date', async () => {
    const friday = await tag(
      "Poland's digital minister said on Friday that Meta had pledged to remove fake accounts within hours of being notified.",
      '',
      { date: '2031-05-16' },
    );
    expect(friday.commitments).toEqual([expect.objectContaining({ by: 'meta', due: null })]);
    const isnin = await tag('Menteri itu berkata pada hari Isnin bahawa TikTok bersetuju untuk menurunkan video tersebut.', '', { date: '2031-05-12' });
    expect(isnin.commitments).toEqual([expect.objectContaining({ by: 'tiktok', due: null })]);
    const after = await tag('Google has agreed to pay news outlets online, Heritage Minister Lucie Example said on Wednesday.', '', { date: '2031-05-14' });
    expect(after.commitments).toEqual([expect.objectContaining({ by: 'google', due: null })]);
    // "manakala" starts another party's promise, with its own date.
    const whereas = await tag('Menurut menteri, TikTok bersetuju menambah moderator, manakala Meta berjanji menyerahkan laporan dalam tempoh tiga hari.', '', { date: '2031-05-14' });
    expect(whereas.commitments.map((c) => [c.by, c.due])).toEqual([['tiktok', null], ['meta', '2031-05-17']]);
    // A day given for the promise itself still counts.
    const byFriday = await tag('TikTok said on Monday that it would remove the videos by Friday.', '', { date: '2031-05-12' });
    expect(byFriday.commitments).toEqual([expect.objectContaining({ by: 'tiktok', due: '2031-05-16' })]);
  });
  it('reads "merancang" before a verb and "undertaken to" as promises, not a plan of a crime', async () => {
    const plan = await tag('Menurut menteri Sri Lanka itu, kerajaan merancang berunding dengan syarikat teknologi termasuk Meta dan TikTok sebelum draf dimuktamadkan.');
    expect(plan.commitments.map((c) => [c.by, c.what])).toEqual([['other-government', 'berunding dengan syarikat teknologi termasuk Meta dan TikTok sebelum draf dimuktamadkan']]);
    const crime = await tag('Polis menahan lima lelaki yang dipercayai merancang satu rompakan menerusi kumpulan WhatsApp.');
    expect(crime.commitments).toEqual([]);
    const undertaken = await tag('Facebook South Africa has acknowledged the Regulator letter and undertaken to provide a written response online.');
    expect(undertaken.commitments.map((c) => [c.by, c.what])).toEqual([['facebook', 'provide a written response online']]);
  });
  it('does not date a promise by the clause giving its cause', async () => {
    const t = await tag('PDRM akan bekerjasama rapat dengan MCMC untuk menyekat akaun media sosial, susulan peningkatan kes penipuan dalam talian tahun ini.', '', { date: '2031-11-14' });
    expect(t.commitments.map((c) => [c.by, c.due])).toEqual([['pdrm', null]]);
    const passed = await tag('Kerajaan Brazil berkata ia akan terus berunding bagi memastikan RUU itu diluluskan tahun ini.', '', { date: '2031-05-02' });
    expect(passed.commitments.map((c) => [c.by, c.due])).toEqual([['other-government', '2031-12-31']]);
  });
  it('reads "the commissioners" as the regulator named before', async () => {
    const t = await tag('Ofcom found that TikTok collected data from children online. The commissioners will follow up with TikTok to ensure that the commitments are implemented.');
    expect(t.commitments.map((c) => c.by)).toEqual(['ofcom']);
  });
  it('gives a promise after ", which" or ", yang" to the parties named together just before it', async () => {
    const en = await tag('The ministry met Snapchat and TikTok, which agreed to help spread information about the licence online.');
    expect(en.commitments.map((c) => c.by)).toEqual(['snapchat', 'tiktok']);
    const ms = await tag('GAMR telah mengadakan perbincangan dengan Snapchat dan TikTok, yang bersetuju untuk membantu menyebarkan maklumat mengenai lesen itu.');
    expect(ms.commitments.map((c) => c.by)).toEqual(['snapchat', 'tiktok']);
  });
  it('keeps a short term in marks and a clause after "on which" inside what was promised', async () => {
    const t = await tag('Meta said it will carry a "Paid for by" disclaimer on political ads on Facebook from next month.');
    expect(t.commitments.map((c) => c.what)).toEqual(['carry a "Paid for by" disclaimer on political ads on Facebook from next month']);
    // "on which", "at which" go on: the clause is the promise's.
    const basis = await tag('Meta said it will publish the criteria on the basis of which it removes content, which critics welcomed.');
    expect(basis.commitments.map((c) => c.what)).toEqual(['publish the criteria on the basis of which it removes content']);
    const quoted = await tag('"We will remove the videos," TikTok said.');
    expect(quoted.commitments.map((c) => c.what)).toEqual(['remove the videos']);
  });
  it('finds promises made with "will" and pronouns that point back to the party', async () => {
    const t = await tag('TikTok met the MCMC on Monday over scam videos. The company said it will hire 200 more moderators who speak Malay.');
    expect(t.commitments.map((c) => c.by)).toEqual(['tiktok']);
    expect(t.commitments[0]?.what).toBe('hire 200 more moderators who speak Malay');
  });
  it('finds promises in Malay, with a Malay deadline', async () => {
    const t = await tag('Meta bersetuju untuk menutup akaun palsu yang mempromosikan penipuan sebelum 1 Januari 2025, kata SKMM.');
    expect(t.commitments).toHaveLength(1);
    expect(t.commitments[0]).toMatchObject({ by: 'meta', due: '2025-01-01' });
    const akan = await tag('Suruhanjaya Komunikasi dan Multimedia Malaysia akan menerbitkan garis panduan pelesenan bulan depan.');
    expect(akan.commitments.map((c) => c.by)).toEqual(['mcmc']);
  });
  it('finds a promise in a statement that is not about governing platforms, and leaves its issues out', async () => {
    const outage = await tag('SKMM berkata gangguan talian tetap di Zorva berpunca daripada kerosakan kabel. SKMM akan terus memantau kerja-kerja pembaikan bersama penyedia perkhidmatan.');
    expect(outage.relevant).toBe(false);
    expect(outage.issues).toEqual([]);
    expect(outage.commitments.map((c) => [c.by, c.what])).toEqual([['mcmc', 'terus memantau kerja-kerja pembaikan bersama penyedia perkhidmatan']]);
  });

  it('does not count a law taking effect, a refusal or a prediction as a promise', async () => {
    for (const text of [
      'The Online Safety Act will take effect on January 1, 2025, the MCMC said.',
      'Akta Keselamatan Dalam Talian akan berkuat kuasa pada 1 Januari 2025, kata SKMM.',
      'Telegram refused to agree to the MCMC request to remove the channels.',
      'TikTok said the rules would lead to more content being removed by the MCMC.',
      'TikTok said that unless the administration gave a statement, the app would be "forced to go dark" on Sunday.',
      'Platforms will be required to apply for a licence from the MCMC.',
      'The MCMC said the rules will apply to all social media platforms from 1 January 2026.',
    ])
      expect((await tag(text)).commitments, text).toEqual([]);
    // A body that will apply a rule promises to: "apply" is a law's only with "to", "from" or an end.
    const applied = await tag('The MCMC will apply the ban to new social media accounts from 1 September 2026.');
    expect(applied.commitments.map((c) => [c.by, c.what, c.due])).toEqual([['mcmc', 'apply the ban to new social media accounts from 1 September 2026', '2026-09-01']]);
  });

  it('does not count a condition, an open question, a proposal\'s duties or a feared effect as a promise', async () => {
    for (const text of [
      'If the MCMC drafts a law modelled on the Online Safety Act, it would at least come with a right of appeal.',
      'It is worth asking what the MCMC would actually add with such a law for platforms.',
      'Under the proposal, platforms such as Facebook and TikTok will bear a statutory duty to tackle harmful content.',
      'Di bawah cadangan itu, platform seperti Facebook dan TikTok akan memikul tanggungjawab berkanun menangani kandungan berbahaya.',
      'WhatsApp criticised the traceability rule, saying it would force the company to store data on its users.',
    ])
      expect((await tag(text)).commitments, text).toEqual([]);
    const underCode = await tag('Under the code, Google will publish a report on its progress to the Zorvania regulator each year.');
    expect(underCode.commitments.map((c) => c.by)).toEqual(['google']);
  });
  it('reads a threat of legal action as a dispute, not a promise', async () => {
    const t = await tag('SKMM akan mengambil tindakan undang-undang terhadap Telegram jika platform itu terus gagal mematuhi syarat lesen.');
    expect(t.commitments).toEqual([]);
    expect(t.disputes.map((d) => [d.from, d.against, d.over])).toEqual([['mcmc', 'telegram', 'licensing']]);
  });
  it('does not give an unnamed company’s promise to the authority named before', async () => {
    const t = await tag('ACMA fined a telco A$1.5 million for failing to block scam calls. The company said it would improve its systems.');
    expect(t.commitments).toEqual([]);
  });
  it('gives a deadline without a year the year of the statement', () => {
    expect(findDueDate('by March 31', new Date('2025-02-10'))).toBe('2025-03-31');
    expect(findDueDate('by Jan 1', new Date('2024-10-30'))).toBe('2025-01-01');
    expect(findDueDate('by Jan 1', null)).toBeNull();
    expect(findDueDate('published on Oct 22, 2024', null)).toBeNull();
    expect(findDueDate('selewat-lewatnya 30 Jun 2025', null)).toBe('2025-06-30');
    expect(findDueDate('by the end of 2025', null)).toBe('2025-12-31');
  });
});

describe('disputes', () => {
  it('finds criticism of a failure, with both parties and the issue (English)', async () => {
    const t = await tag('The eSafety Commissioner criticised Snapchat for failing to stop the grooming of children on its app.');
    expect(t.disputes).toEqual([
      expect.objectContaining({
        from: 'esafety',
        against: 'snapchat',
        over: 'child-safety',
        evidence: 'The eSafety Commissioner criticised Snapchat for failing to stop the grooming of children on its app.',
      }),
    ]);
  });
  it('finds refusals and legal action, and a platform answering back to the last authority named', async () => {
    const t = await tag(
      'The European Commission opened proceedings against X under the Digital Services Act. X said it rejected the findings and would see the Commission in court.',
    );
    expect(t.disputes.map((d) => sortedPair(d.from, d.against))).toContainEqual(['european-commission', 'x']);
    expect(t.disputes.every((d) => d.over === 'online-safety-law' || d.over === null)).toBe(true);
  });
  it('finds disputes in Malay', async () => {
    const refuse = await tag('SKMM berkata Telegram enggan menurunkan saluran yang menjual data peribadi.');
    expect(refuse.disputes.map((d) => sortedPair(d.from, d.against))).toEqual([['mcmc', 'telegram']]);
    const sue = await tag('Kementerian Komunikasi akan mengambil tindakan undang-undang terhadap TikTok kerana gagal menyekat kandungan judi dalam talian.');
    expect(sue.disputes[0]).toMatchObject({ from: 'kkd', against: 'tiktok' });
  });
  it('needs two parties: a complaint about nobody in particular is not a dispute', async () => {
    expect((await tag('Opposition MPs criticised the bill for giving the regulator too much power.')).disputes).toEqual([]);
    expect((await tag('SKMM tidak menolak cadangan itu.')).disputes).toEqual([]);
  });
});

describe('people', () => {
  it('finds named officials with their roles, honorifics dropped, in both languages', async () => {
    const en = await tag(
      'Communications Minister Datuk Fahmi Fadzil met Tan Sri Mohamad Salim Fateh Din, the MCMC chairman, and Dr. Jane Example, TikTok’s head of public policy for the region, on Oct. 30.',
    );
    expect(en.people).toContainEqual({ id: 'fahmi-fadzil', name: 'Fahmi Fadzil', role: 'Communications Minister', org: 'kkd' });
    expect(en.people.map((p) => p.name)).toEqual(expect.arrayContaining(['Mohamad Salim Fateh Din', 'Jane Example']));
    const ms = await tag('Menteri Komunikasi Datuk Seri Ahmad Contoh berkata SKMM akan memantau platform.');
    expect(ms.people).toEqual([{ id: 'ahmad-contoh', name: 'Ahmad Contoh', role: 'Menteri Komunikasi', org: 'kkd' }]);
  });
});

describe('sentences', () => {
  it('do not break at titles, abbreviations, initials or dates', () => {
    const text =
      'Dr. Lim met Datuk Seri Tan at ABC Sdn. Bhd. offices on Oct. 30 with J. Smith of the U.S. embassy. The talks ended. "We agreed," he said.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Dr. Lim met Datuk Seri Tan at ABC Sdn. Bhd. offices on Oct. 30 with J. Smith of the U.S. embassy.',
      'The talks ended.',
      '"We agreed," he said.',
    ]);
  });

  it('break before a name written in camel case ("eSafety"), not before a lower-case word', () => {
    expect(splitSentences('The notices went to TikTok and Discord. eSafety will publish a report. It was late. e.g. not here.').map((s) => s.text)).toEqual([
      'The notices went to TikTok and Discord.',
      'eSafety will publish a report.',
      'It was late. e.g. not here.',
    ]);
  });

  it('read the whole word before a full stop, however long', () => {
    const dotted = `${'A.'.repeat(30)}B`; // one dotted abbreviation longer than the last characters read first
    expect(splitSentences(`Made in the ${dotted}. Then more. A ${'x'.repeat(60)}. Ends.`).map((s) => s.text)).toEqual([
      `Made in the ${dotted}. Then more.`,
      `A ${'x'.repeat(60)}.`,
      'Ends.',
    ]);
  });
});

describe('matchedGroup', () => {
  it('names the first named group a match filled, in the pattern\'s order', () => {
    const re = /(?<ministry>ministry)|(?<pronoun>it)|(?<either>ministry|it)/;
    expect(matchedGroup(re.exec('the ministry')!)).toBe('ministry');
    expect(matchedGroup(re.exec('it said')!)).toBe('pronoun');
    expect(matchedGroup(/(?<a>x)?y/.exec('y')!)).toBeUndefined();
    expect(matchedGroup(/y/.exec('y')!)).toBeUndefined();
  });
});
