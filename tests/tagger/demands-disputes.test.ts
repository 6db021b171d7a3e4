// Demands are their own claims (who asked whom to do what); a dispute is over the issue its sentence names, else the
// statement's main one.
import { describe, expect, it } from 'vitest';
import { tag } from './helpers.ts';

describe('demands', () => {
  it('finds who asked whom, each party in a list, in English and Malay, and not the other side\'s promise', async () => {
    const en = await tag('The MCMC ordered TikTok and Telegram to take down the gambling adverts within a day.');
    expect(en.demands.map((d) => [d.by, d.on, d.what])).toEqual([
      ['mcmc', 'tiktok', 'take down the gambling adverts within a day'],
      ['mcmc', 'telegram', 'take down the gambling adverts within a day'],
    ]);
    expect(en.commitments).toEqual([]);
    const ms = await tag('SKMM menggesa Meta supaya menurunkan iklan perjudian dalam talian dengan segera.');
    expect(ms.demands.map((d) => [d.by, d.on])).toEqual([['mcmc', 'meta']]);
  });

  it('reads "requested" by a public body and "summoned … to" as demands, and a platform\'s request to a court as none', async () => {
    const requested = await tag('The Information Regulator of South Africa has requested Facebook to explain why users are treated differently.');
    expect(requested.demands.map((d) => [d.by, d.on])).toEqual([['other-government', 'facebook']]);
    const summoned = await tag('Bangladesh has summoned representatives of Meta, Google and TikTok to appear before the government by July 29.');
    expect(summoned.demands.map((d) => [d.by, d.on])).toEqual([['other-government', 'meta'], ['other-government', 'google'], ['other-government', 'tiktok']]);
    const plea = await tag('TikTok requested the High Court of Zorvania to suspend the order against the app.');
    expect(plea.demands).toEqual([]);
  });

  it('reads "requests to" a named platform as a demand, not "requests to restrict content"', async () => {
    const sent = await tag('The Ministry of Digital Affairs of Zorvania has sent thousands of requests to Facebook, Google and Twitter to remove posts it considers illegal online.');
    expect(sent.demands.map((d) => [d.by, d.on])).toEqual([
      ['other-government', 'facebook'],
      ['other-government', 'google'],
      ['other-government', 'x'],
    ]);
    const process = await tag('"The ministry of Zorvania described the process we use for requests to restrict content under local law," a Meta spokesperson said.');
    expect(process.demands).toEqual([]);
  });

  it('reads "a letter asking" and "the letter calls on" as the letter writer\'s demand, and the Garante as a public body', async () => {
    const t = await tag('The Home Secretary of Zorvania has today published an open letter asking Facebook not to proceed with end-to-end encryption across its messaging services.');
    expect(t.demands.map((d) => [d.by, d.on])).toEqual([['other-government', 'facebook']]);
    const again = await tag('The Interior Ministry of Zorvania published an open letter on encryption. The letter also calls on Facebook to enable law enforcement to obtain lawful access to content.');
    expect(again.demands.map((d) => [d.by, d.on])).toEqual([['other-government', 'facebook']]);
    const garante = await tag('Garante bulan lalu mengarahkan TikTok menyekat pemprosesan data pengguna yang umurnya tidak dapat dipastikan.');
    expect(garante.demands.map((d) => [d.by, d.on])).toEqual([['other-government', 'tiktok']]);
  });

  it('reads "asking them" after platforms named together as a demand on each of them', async () => {
    const t = await tag('The Minister of Justice of Zorvania has written to Meta and Google asking them to ensure that no gambling advertising is shown to users from 1 July.');
    expect(t.demands.map((d) => [d.by, d.on]).sort()).toEqual([['other-government', 'google'], ['other-government', 'meta']]);
  });

  it('reads a body asking a class of platforms named by its examples as asking each of them', async () => {
    const t = await tag('The Ministry of Zorvania has asked significant social media intermediaries, including Meta, Google and Twitter, to publish the revised grievance procedure on their websites.');
    expect(t.demands.map((d) => [d.by, d.on])).toEqual([['other-government', 'meta'], ['other-government', 'google'], ['other-government', 'x']]);
    // "khususnya" (in particular) opens the examples as "termasuk" does.
    const particular = await tag('Kementerian Zorvania menggesa penyedia platform, khususnya Facebook dan WhatsApp, bekerjasama dengan polis.', '', { lang: 'ms' });
    expect(particular.demands.map((d) => d.on)).toEqual(['facebook', 'whatsapp']);
    // In Malay the act asked for follows the examples with no "supaya".
    const ms = await tag('Kementerian Zorvania meminta syarikat asing, termasuk Google dan Facebook, memindahkan data pengguna ke pusat data tempatan.', '', { lang: 'ms' });
    expect(ms.demands.map((d) => [d.by, d.on, d.what])).toEqual([
      ['other-government', 'google', 'memindahkan data pengguna ke pusat data tempatan'],
      ['other-government', 'facebook', 'memindahkan data pengguna ke pusat data tempatan'],
    ]);
  });

  it('reads the "it" that orders as the body named before, not the platform fined in the sentence between', async () => {
    const t = await tag(
      "The Ministry of Zorvania has imposed fines on Google and Facebook. The restricted committee imposed a fine of 90 million euros on Google LLC and a fine of 60 million euros on Facebook Ireland Limited. In addition, it ordered the companies to provide users with a means of refusing cookies.",
    );
    expect(t.demands.map((d) => [d.by, d.on]).sort()).toEqual([['other-government', 'facebook'], ['other-government', 'google']]);
    expect(t.disputes.filter((d) => d.from !== 'other-government')).toEqual([]);
  });

  it('reads the "it" right after "asking", "urging" or "ordering" as the platform asked', async () => {
    const asking = await tag('The Ministry of Digital Economy of Zorvania has written to Telegram asking it to close channels promoting illegal gambling.');
    expect(asking.demands.map((d) => [d.by, d.on, d.what])).toEqual([['other-government', 'telegram', 'close channels promoting illegal gambling']]);
  });

  it('reads a demand joined on by "and" or "dan" without a comma as the sentence subject\'s', async () => {
    const ms = await tag('Facebook dalam kenyataan berkata ia kecewa dengan keputusan itu dan menggesa kerajaan Zorvania mempertimbangkan semula keputusan tersebut.', '', { lang: 'ms' });
    expect(ms.demands.map((d) => [d.by, d.on])).toEqual([['facebook', 'other-government']]);
    const en = await tag('The Electoral Authority of Zorvania had notified TikTok of content that breached campaign rules and asked it to take the necessary measures.');
    expect(en.demands.map((d) => [d.by, d.on])).toEqual([['other-government', 'tiktok']]);
  });

  it('reads a demand on "all platforms" as one on each platform the statement names, a product in its parent', async () => {
    const t = await tag('The Ministry of Zorvania met Meta, Facebook, Google and TikTok on Monday. The Ministry urged all platforms to share data on scam advertisers with the police.');
    expect(t.demands.map((d) => [d.by, d.on, d.what])).toEqual([
      ['other-government', 'meta', 'share data on scam advertisers with the police'],
      ['other-government', 'google', 'share data on scam advertisers with the police'],
      ['other-government', 'tiktok', 'share data on scam advertisers with the police'],
    ]);
    const ms = await tag('Kementerian Zorvania bertemu TikTok dan Telegram. Kementerian menggesa semua platform media sosial memadam kandungan judi dalam masa 24 jam.', '', { lang: 'ms' });
    expect(ms.demands.map((d) => d.on)).toEqual(['tiktok', 'telegram']);
  });

  it('reads a notice or letter issued to a platform "supaya" or "to" act as a demand on it', async () => {
    const ms = await tag('MCMC telah mengeluarkan notis kepada Telegram supaya menurunkan baki kandungan tersebut dalam tempoh tujuh hari.', '', { lang: 'ms' });
    expect(ms.demands.map((d) => [d.by, d.on, d.what])).toEqual([['mcmc', 'telegram', 'menurunkan baki kandungan tersebut dalam tempoh tujuh hari']]);
    const en = await tag('The MCMC sent a letter to TikTok asking it to remove the videos within 24 hours.');
    expect(en.demands.map((d) => [d.by, d.on])).toEqual([['mcmc', 'tiktok']]);
    // A notice with no act asked for is none.
    expect((await tag('The MCMC sent a letter to TikTok last week.')).demands).toEqual([]);
  });

  it('reads "calling on" as a request', async () => {
    const calling = await tag('"We are calling on the European Commission to set a digital age of majority," the Greek Minister of Digital Governance said.');
    expect(calling.demands.map((d) => [d.by, d.on])).toEqual([['other-government', 'european-commission']]);
  });

  it('reads a platform asked or directed in the passive as the demand of the body named before', async () => {
    const asked = await tag('Komdigi blocked 4 million gambling pages last year. Telegram and Meta had been asked to tighten filters as well, its spokesman said.');
    expect(asked.demands.map((d) => [d.by, d.on])).toEqual([['komdigi', 'telegram'], ['komdigi', 'meta']]);
    const directed = await tag('SKMM mengeluarkan arahan semalam. Meta telah diarahkan untuk memaparkan notis pembetulan kepada semua pengguna Facebook.');
    expect(directed.demands.map((d) => [d.by, d.on])).toEqual([['mcmc', 'meta']]);
    // The one asked is the one named right before, not a platform elsewhere in the clause.
    const body = await tag('He said that because TikTok is licensed, MCMC could issue directives and had been asked to look at the amended Act.');
    expect(body.demands).toEqual([]);
  });

  it('reads a public body\'s recommendation to a platform as a demand, and a platform\'s board\'s as none', async () => {
    const body = await tag('The Federal Public Prosecutor\'s Office recommended that WhatsApp postpone its new privacy policy until May.');
    expect(body.demands.map((d) => [d.by, d.on, d.what])).toEqual([['other-government', 'whatsapp', 'postpone its new privacy policy until May']]);
    const board = await tag("Meta's Oversight Board recommended that the minister's Facebook account be suspended for six months.");
    expect(board.demands).toEqual([]);
  });

  it('reads a body\'s members calling on another as the body\'s demand', async () => {
    const mps = await tag('KUALA LUMPUR, Nov 17 — Several members of the Dewan Rakyat today called on the Ministry of Communications (KKMM) to table a law against cyberbullying.');
    expect(mps.demands.map((d) => [d.by, d.on])).toEqual([['parliament-my', 'kkd']]);
  });

  it('finds a demand between two authorities: in a clause after "selepas", by "the minister", and by "menuntut"', async () => {
    const after = await tag('SKMM telah menyekat 1,512 laman web perjudian, selepas Polis Diraja Malaysia (PDRM) meminta SKMM menyekat laman-laman tersebut.');
    expect(after.demands.map((d) => [d.by, d.on])).toEqual([['pdrm', 'mcmc']]);
    const minister = await tag('The Communications Ministry announced the review. The Minister has also directed the MCMC to complete a review of the Act by March next year.');
    expect(minister.demands.map((d) => [d.by, d.on])).toEqual([['kkd', 'mcmc']]);
    const claimed = await tag('Pegawai Ukraine mengecam tindakan tersebut dan menuntut TikTok memberikan penjelasan.');
    expect(claimed.demands.map((d) => [d.by, d.on, d.what])).toEqual([['other-government', 'tiktok', 'memberikan penjelasan']]);
  });

  it('gives a demand made by an order or a decision to the body that issued it, and none to a law', async () => {
    const order = await tag('The FTC announced a $150 million penalty. The proposed order requires Twitter to allow users other ways to log in.');
    expect(order.demands.map((d) => [d.by, d.on])).toEqual([['ftc', 'x']]);
    const law = await tag('The MCMC published the new code. The law requires TikTok to appoint a local representative.');
    expect(law.demands).toEqual([]);
    // "an order requiring X to …", "a retention order issued on … requiring X to …": the issuer named before demands.
    const requiring = await tag('The MCMC fined TikTok. The decision imposes a reprimand, an order requiring TikTok to bring its processing into compliance within three months, and fines.');
    expect(requiring.demands.map((d) => [d.by, d.on, d.what])).toEqual([['mcmc', 'tiktok', 'bring its processing into compliance within three months']]);
    const issued = await tag('The decision follows analysis by the MCMC and a retention order issued on 5 December requiring TikTok to freeze and preserve data.');
    expect(issued.demands.map((d) => [d.by, d.on])).toEqual([['mcmc', 'tiktok']]);
    // A bill "requiring" platforms is no order.
    expect((await tag('The MCMC backed a bill requiring TikTok to verify the age of its users.')).demands).toEqual([]);
  });

  it('reads an invitation to act as a request, not one to a meeting', async () => {
    const invites = await tag('The Ministry of Communication of Senegal invites TikTok to take the necessary measures to remove content that incites hatred.');
    expect(invites.demands.map((d) => [d.by, d.on, d.what])).toEqual([['other-government', 'tiktok', 'take the necessary measures to remove content that incites hatred']]);
    expect((await tag('The MCMC invited TikTok to the launch of the Safe Internet Campaign.')).demands).toEqual([]);
  });

  it('reads "it" right after a verb of asking or ordering as the platform named before, not the one asking', async () => {
    const notice = await tag('The eSafety Commissioner has issued a removal notice to X Corp requiring it to take all reasonable steps to remove the material.');
    expect(notice.demands.map((d) => [d.by, d.on])).toEqual([['esafety', 'x']]);
    const order = await tag('On 5 December, the European Commission issued a retention order to TikTok, requiring it to freeze and preserve data.');
    expect(order.demands.map((d) => [d.by, d.on])).toEqual([['european-commission', 'tiktok']]);
  });

  it('reads a named platform bound by a body\'s decision as that body\'s demand, not a class named by examples', async () => {
    const bound = await tag("Italy's data protection authority adopted a decision on ChatGPT. OpenAI must publish an information notice on its website.");
    expect(bound.demands.map((d) => [d.by, d.on, d.what])).toEqual([['other-government', 'openai', 'publish an information notice on its website']]);
    const mesti = await tag('Suruhanjaya Perdagangan Zorvania mencapai penyelesaian dengan TikTok. TikTok mesti memadam semua video yang dimuat naik oleh kanak-kanak.', '', { lang: 'ms' });
    expect(mesti.demands.map((d) => [d.by, d.on])).toEqual([['other-government', 'tiktok']]);
    const examples = await tag('Kerajaan UK menggugurkan peruntukan itu. Platform seperti Instagram dan TikTok akan diwajibkan menguatkuasakan terma perkhidmatan mereka.');
    expect(examples.demands).toEqual([]);
  });

  it('reads no demand in a power a draft law would grant', async () => {
    for (const text of [
      'The Zorvania Ministry of Digital Affairs presented a bill that gives the regulator powers to order TikTok and X to take down unlawful posts.',
      'Draf itu memberi kuasa kepada presiden Pejabat Komunikasi Zorvania (PKZ) untuk mengarahkan platform seperti Facebook dan X menurunkan kandungan haram. PKZ akan mula bertugas tahun depan.',
    ]) expect((await tag(text)).demands, text).toEqual([]);
  });

  it('gives "we call on …" in a statement its title signs to the signatory', async () => {
    const statement = await tag(
      "Meta's decision to keep blocking news on its platforms during the floods is reckless. We call on Meta to restore access to news under the online news law.",
      'Statement by the Minister of Zorvanian Heritage on the news block',
    );
    expect(statement.demands.map((d) => [d.by, d.on])).toEqual([['other-government', 'meta']]);
  });

  it('reads "saya" in a minister\'s speech, where no one is named before it, as the minister\'s body', async () => {
    const speech = await tag(
      'Hari ini kita melancarkan pusat respons penipuan dalam talian. Saya menyeru Facebook dan TikTok supaya bertindak lebih pantas terhadap iklan penipuan.\n\nMenteri Komunikasi',
      'Teks ucapan Menteri Komunikasi di majlis pelancaran',
    );
    expect(speech.demands.map((d) => [d.by, d.on, d.what])).toEqual([
      ['kkd', 'facebook', 'bertindak lebih pantas terhadap iklan penipuan'],
      ['kkd', 'tiktok', 'bertindak lebih pantas terhadap iklan penipuan'],
    ]);
    const en = await tag('The eSafety Commissioner called upon Roblox to switch off chat for users under 16.');
    expect(en.demands.map((d) => [d.by, d.on])).toEqual([['esafety', 'roblox']]);
  });

  it('reads "pengawal selia itu" as the regulator named before, as "the regulator" is', async () => {
    const t = await tag(
      'ROM: Pihak berkuasa perlindungan data Itali, Garante, mengenakan denda €15 juta terhadap OpenAI. Selain denda, pengawal selia itu mengarahkan OpenAI supaya menjalankan kempen komunikasi selama enam bulan.',
      'Itali denda OpenAI',
    );
    expect(t.demands.map((d) => [d.by, d.on, d.what])).toEqual([['other-government', 'openai', 'menjalankan kempen komunikasi selama enam bulan']]);
  });
});

describe('disputes', () => {
  it('takes the statement\'s main issue when the conflict sentence names none', async () => {
    const t = await tag('Online scams keep spreading on Facebook, the MCMC said of the scams. The MCMC criticised Meta on Tuesday.');
    expect(t.disputes.map((d) => [d.from, d.against, d.over])).toEqual([['mcmc', 'meta', 'scams']]);
  });

  it('reads no dispute in what content does, nor in a platform enforcing its own policies', async () => {
    const content = await tag('The Ministry and Meta will hold regular consultations on content that threatens children, and on posts which may violate local law.');
    expect(content.disputes).toEqual([]);
    const own = await tag('During the elections in Zorvania, TikTok removed thousands of videos for violating our election misinformation policies, the Ministry said.');
    expect(own.disputes).toEqual([]);
    const party = await tag('The Ministry of Zorvania said TikTok had violated the election law and threatened to fine the company.');
    expect(party.disputes.map((d) => [d.from, d.against])).toEqual([['other-government', 'tiktok']]);
  });

  it('reads platforms named by examples that ignore repeated reminders as at odds with the authority', async () => {
    const t = await tag('The Ministry of Communication of Nepal issued a notice on Monday. Platforms including Facebook, YouTube and X have not yet applied for registration despite repeated reminders.');
    expect(t.disputes.map((d) => [d.from, d.against])).toEqual([['facebook', 'other-government'], ['youtube', 'other-government'], ['x', 'other-government']]);
    const ms = await tag('Kementerian Komunikasi Nepal mengeluarkan notis. Syarikat termasuk Facebook dan X belum mendaftar walaupun berulang kali diingatkan.');
    expect(ms.disputes.map((d) => [d.from, d.against])).toEqual([['facebook', 'other-government'], ['x', 'other-government']]);
    const complied = await tag('Platforms such as TikTok and Viber registered with the Ministry of Communication of Nepal on time.');
    expect(complied.disputes).toEqual([]);
  });

  it('reads a platform that never answered an authority\'s requests as at odds with it, not one that gave no comment', async () => {
    const never = await tag('Suruhanjaya Komunikasi Korea (KCC) berkata Telegram telah melantik pegawai di Korea Selatan. Sebelum ini, Telegram tidak pernah menjawab permintaan KCC supaya melantik pegawai perlindungan remaja dalam talian.');
    expect(never.disputes.map((d) => [d.from, d.against])).toEqual([['telegram', 'other-government']]);
    const letters = await tag('The Ministry of Digital Affairs of Zorvania said X had never responded to its letters about the harmful posts.');
    expect(letters.disputes.map((d) => [d.from, d.against])).toEqual([['other-government', 'x']]);
    const comment = await tag('Meta and TikTok did not respond to requests for comment from the Ministry of Digital Affairs of Zorvania.');
    expect(comment.disputes).toEqual([]);
  });

  it('reads no dispute in a power a law grants, but one in a power used', async () => {
    const granted = await tag(
      'Undang-undang itu mengiktiraf keganasan digital dan memberi kuasa kepada pendakwa raya dan hakim untuk mengarahkan platform digital, termasuk Facebook, WhatsApp dan Twitter, menyekat atau memadam kandungan intim di Mexico.',
    );
    expect(granted.disputes).toEqual([]);
    const used = await tag('The MCMC used its powers under the Act to block Telegram on Monday.');
    expect(used.disputes.map((d) => [d.from, d.against])).toEqual([['mcmc', 'telegram']]);
  });

  it('reads no dispute in an appeals process offered to users who disagree', async () => {
    const ms = await tag('SKMM menerima kod keselamatan TikTok. TikTok menyediakan proses rayuan untuk pencipta yang tidak bersetuju dengan keputusan moderasi.');
    expect(ms.disputes).toEqual([]);
    const en = await tag('The MCMC accepted the safety code of TikTok. TikTok offers an appeals process for creators whose videos were removed.');
    expect(en.disputes).toEqual([]);
  });
});

describe('not a demand', () => {
  it('skips a question put to the minister about a platform', async () => {
    expect((await tag('An MP asked whether Meta could be made by the MCMC to verify every advertiser of scam ads.')).demands).toEqual([]);
  });

  it('records no platform asking another: the body behind the request is the one that asks', async () => {
    const t = await tag('The Zorvania Media Authority said TikTok had urged Snapchat and Facebook to adopt the same age checks.');
    expect(t.demands.filter((d) => ['tiktok', 'snapchat', 'facebook'].includes(d.by))).toEqual([]);
  });
  it('reads a platform inside the act asked for as no one asked ("urged Venezuelans to delete WhatsApp")', async () => {
    const t = await tag('The Zorvania High Court also urged residents to delete WhatsApp from their phones.');
    expect(t.demands).toEqual([]);
    const asked = await tag('The Zorvania High Court ordered WhatsApp to delete the messages.');
    expect(asked.demands.map((d) => [d.by, d.on])).toEqual([['other-government', 'whatsapp']]);
  });
  it('reads "memohon" and a notice "ordering" as demands, not an apology, a law requiring or an order stopped short of', async () => {
    const on = async (text: string, title = '') => (await tag(text, title)).demands.map((d) => [d.by, d.on]);
    expect(await on('SKMM juga telah memohon Facebook menurunkan 38 iklan berkaitan skim tersebut.')).toEqual([['mcmc', 'facebook']]);
    const notice = [
      'Yesterday X received a notice from the Australian eSafety Commissioner ordering us to remove certain posts, or face daily fines.',
      'We have complied with the notice in Australia by withholding the posts. We have not removed the posts globally: the eSafety Commissioner does not have the authority to dictate what content X\'s users can see in other countries.',
    ].join('\n\n');
    expect(await on(notice, "Our response to the Australian eSafety Commissioner's removal order")).toEqual([['esafety', 'x']]);
    expect(await on('Ketua Pegawai Eksekutif Telegram memohon maaf kepada Mahkamah Tinggi Zorvania atas kecuaian itu.')).toEqual([]);
    expect(await on('The Zorvania High Court stopped short of ordering Instagram to reinstate the account.')).toEqual([]);
  });
  it('gives a request joined on by ", and" the sentence\'s subject, not the reported clause\'s', async () => {
    const on = async (text: string) => (await tag(text, '', { lang: 'ms' })).demands.map((d) => [d.by, d.on]);
    expect(await on('Kerajaan India pula berkata lawatan itu adalah untuk menyerahkan notis, bukan serbuan, dan menggesa Twitter menyerahkan bukti tersebut.')).toEqual([['other-government', 'x']]);
    const parents = 'The eSafety Commissioner also reminded parents that the minimum age for services including Facebook and TikTok is 13, and urged them to use the safety settings.';
    expect((await tag(parents)).demands).toEqual([]);
  });
  it('reads a class with words after it, then its examples, as a request to each example', async () => {
    const t = await tag('The Zorvania Media Council called on social media platforms operating in the country, including Instagram, TikTok and Snapchat, to verify paid promotional content.');
    expect(t.demands.map((d) => d.on)).toEqual(['instagram', 'tiktok', 'snapchat']);
  });
});
