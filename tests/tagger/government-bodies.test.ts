// Public bodies the vocabulary does not list are `other-government`, so a court's order or a foreign ministry's
// promise has a party; a listed body's name, a private council and a head word alone are not.
import { describe, expect, it } from 'vitest';
import { tag } from './helpers.ts';
import { isMalaysian } from '../../scrapers/tag/text.ts';

describe('unlisted public bodies', () => {
  it('reads a named court, ministry, police force or agency as other-government, in English and Malay', async () => {
    for (const text of [
      'The Zorvania High Court ordered the app to be blocked on Monday.',
      'The Ministry of Lunar Affairs of Zorvania said it would issue rules for apps.',
      'Kementerian Pelancongan Zorvania berkata aplikasi itu akan disekat.',
      'Polis Jakarta menahan dua lelaki yang menjual akaun media sosial.',
      'Pihak berkuasa Zorvania memperlahankan aplikasi itu minggu ini.',
      'The European Parliament voted on the platform rules on Tuesday.',
      'The Film and Publication Board of Zorvania will publish guidance notes for online distributors.',
      'Pentadbiran Cukai Nasional Zorvania akan menerbitkan senarai penyedia yang berdaftar.',
      'Penguasa Pembangunan Media Zorvania meminta X meningkatkan perlindungan kanak-kanak.',
      'Biro Hasil Dalam Negeri Zorvania akan memungut cukai daripada penyedia perkhidmatan digital.',
    ]) expect((await tag(text)).actors, text).toContain('other-government');
    // A platform's or a sports body's board is not a public body.
    for (const text of ["Meta's Oversight Board said the account should be suspended.", 'The Zorvania Cricket Board banned the player.', 'The TikTok Board of Directors met on Monday.', 'Aduan boleh dibuat kepada Biro Aduan Forum Kandungan Zorvania.', 'The post on X\'s Global Government Affairs account criticised the order.'])
      expect((await tag(text)).actors, text).not.toContain('other-government');
    const slowed = await tag('Pihak berkuasa Zorvania mendakwa Telegram gagal memadam lebih 3,000 hantaran berkaitan dadah di media sosial.');
    expect(slowed.disputes.map((d) => [d.from, d.against])).toEqual([['other-government', 'telegram']]);
  });

  it('knows other countries\' regulators by name, and reads "the court" after one as another public body too', async () => {
    for (const text of [
      'The Finnish Transport and Communications Agency Traficom will forward complaints to the European Commission.',
      'An Coimisiún will engage with each designated platform on its implementation plans.',
      'Romania\'s communications regulator ANCOM asked TikTok to remove the videos.',
      'Roskomnadzor menyekat akses kepada laman web itu.',
    ]) expect((await tag(text)).actors, text).toContain('other-government');
    const fined = await tag('The court fined Meta Platforms 1.99 billion roubles on Friday. Roskomnadzor, the Russian media watchdog, said it welcomed the ruling.');
    expect(fined.disputes.map((d) => [d.from, d.against])).toEqual([['other-government', 'meta']]);
  });

  it('reads a country that blocks, bans or fines, and "the authorities" abroad, as another government', async () => {
    const blocked = await tag('Algeria menyekat akses kepada media sosial termasuk Facebook ketika peperiksaan bermula hari ini.');
    expect(blocked.disputes.map((d) => [d.from, d.against])).toEqual([['other-government', 'facebook']]);
    const banned = await tag('Kementerian Luar Negeri Latvia melarang penggunaan aplikasi TikTok pada peranti rasmi.');
    expect(banned.disputes.map((d) => [d.from, d.against])).toEqual([['other-government', 'tiktok']]);
    const authorities = await tag('People in Iran have been cut off from WhatsApp as the authorities block the service during the protests.');
    expect(authorities.actors).toEqual(['other-government']);
  });

  it('reads a secretariat, an inspection and a named regulator of another country as public bodies', async () => {
    for (const text of [
      "Brazil's National Consumer Secretariat (Senacon) on Monday ordered Google to label the material as paid advertising.",
      'The Inspection for Control in the Sphere of Informatization of Uzbekistan restricted access to TikTok.',
      'The Information Regulator of South Africa has requested Facebook to explain the update to WhatsApp.',
    ]) expect((await tag(text)).actors, text).toContain('other-government');
  });

  it('reads a named division ("Bahagian Penerangan", "Division of Consumer Protection") as a public body that can promise', async () => {
    for (const text of [
      'Bahagian Penerangan akan memantau penyebaran kandungan palsu di media sosial.',
      'The Zorvania Division of Consumer Protection will write the rules on age checks.',
    ]) expect((await tag(text)).commitments.map((c) => c.by), text).toEqual(['other-government']);
    // A law's part, and a police force's own division, are no other body.
    for (const text of [
      'Bahagian III Akta itu akan berkuat kuasa tahun depan.',
      'Beliau berkata Bahagian D11 Bukit Aman sedang menjalankan siasatan lanjut.',
      'Bahagian Siasatan Seksual, Wanita dan Kanak-kanak PDRM sedang menyiasat kes itu.',
    ]) expect((await tag(text)).actors, text).not.toContain('other-government');
  });

  it('reads a tribunal, by its name in either language or again as "the Tribunal", as a public body that can demand', async () => {
    const again = await tag(
      'The Zorvania Electoral Tribunal signed letters with Meta, Google and TikTok on social media. The Tribunal also asked the three companies to respond within 24 hours to its reports.',
    );
    expect(again.demands.map((d) => [d.by, d.on]).sort()).toEqual([['other-government', 'google'], ['other-government', 'meta'], ['other-government', 'tiktok']]);
    const malay = await tag('Tribunal Pilihan Raya Tertinggi Zorvania meminta Meta mendedahkan identiti pihak yang membiayai iklan di Facebook.');
    expect(malay.demands.map((d) => [d.by, d.on])).toEqual([['other-government', 'meta']]);
  });

  it('reads a task force, by its name or again, as a public body that can promise', async () => {
    const named = await tag('The Zorvania Scam Alert Task Force said it had asked the ministry to block 40 apps.');
    expect(named.actors).toContain('other-government');
    const again = await tag(
      'Kementerian Dalam Negeri Zorvania menubuhkan Pasukan Petugas Antipenipuan. Pasukan petugas itu akan mengemukakan laporan pertamanya dalam tempoh enam bulan.',
      '',
      { date: '2031-02-18' },
    );
    expect(again.commitments.map((c) => [c.by, c.due])).toEqual([['other-government', '2031-08-18']]);
  });

  it('reads "Congress" alone as the US Congress in a US story, not a party or another country\'s congress', async () => {
    expect((await tag('The United States law, passed by Congress with large bipartisan majorities, requires TikTok to be sold.')).actors).toEqual(['us-congress']);
    expect((await tag('Undang-undang Amerika Syarikat itu diluluskan Kongres dengan sokongan kedua-dua parti.')).actors).toEqual(['us-congress']);
    expect((await tag("Colombia's court urged Congress to legislate on social networks, as the US has debated.")).actors).not.toContain('us-congress');
    expect((await tag('A leader of the opposition Nepali Congress criticised the US-style ban on TikTok.')).actors).not.toContain('us-congress');
  });

  it('reads "Parliament" alone abroad as that country\'s, beside a listed regulator, and at home as Malaysia\'s', async () => {
    expect((await tag('The Infocomm Media Development Authority (IMDA) said the Code of Practice for Online Safety was issued after amendments passed by Parliament in Singapore.')).actors).toEqual(['imda', 'other-government']);
    expect((await tag('IMDA berkata Kod itu dikeluarkan selepas pindaan diluluskan Parlimen di Singapura.')).actors).toEqual(['imda', 'other-government']);
    expect((await tag('The MCMC said the Online Safety Act was passed by Parliament in December.')).actors).toEqual(['mcmc', 'parliament-my']);
  });

  it('reads the Senate or the House alone as the US Congress in a US story that names no other country', async () => {
    expect((await tag('WASHINGTON, Jan 31 – The chief executives of Meta and TikTok faced questions in the Senate on Wednesday over child safety online.')).actors).toEqual(['us-congress']);
    expect((await tag('Langkah terhadap TikTok itu diluluskan Senat pada Selasa, selepas Dewan Perwakilan meluluskannya minggu lalu, kata Presiden AS.')).actors).toContain('us-congress');
    // Another country's, though the United States is named too.
    expect((await tag('AMMAN, 27 Julai -- RUU jenayah siber untuk platform media sosial kini perlu diluluskan Senat. Jabatan Negara Amerika Syarikat menyuarakan kebimbangan.')).actors).not.toContain('us-congress');
    expect((await tag("Australia's Senate passed the ban on social media for under-16s, which lawmakers in the US are watching.")).actors).not.toContain('us-congress');
  });

  it('reads "Ministers" opening a sentence abroad as the government, beside a listed regulator, and so a party', async () => {
    const text = 'The eSafety Commissioner will be able to issue notices. Ministers met representatives of Facebook and Google last week and were disappointed that the companies did not put forward proposals.';
    expect((await tag(text)).actors).toEqual(['esafety', 'other-government']);
    expect((await tag(text)).disputes.map((d) => [d.from, d.against])).toEqual([['other-government', 'facebook'], ['other-government', 'google']]);
    // At home a minister is named by the ministry.
    expect((await tag('The MCMC will issue notices. Ministers met the platforms last week.')).actors).toEqual(['mcmc']);
  });

  it('reads a governor, a state agency and a government spokesman abroad as another government', async () => {
    for (const text of [
      'Montana became the first U.S. state to ban TikTok after its governor signed the bill on Wednesday.',
      'In Montana, the governor also directed state agencies to stop using the app on government phones.',
      'Government spokesman Sok Lim accused Meta of interfering in Cambodia\'s elections.',
    ]) expect((await tag(text)).actors, text).toEqual(['other-government']);
  });

  it('gives a short form in brackets to the body it follows, even where it is a listed body\'s name', async () => {
    const swiss = await tag("Switzerland's Federal Office of Communications (OFCOM) will publish the draft. OFCOM said platforms must appoint a representative.");
    expect(swiss.actors).toEqual(['other-government']);
    expect(swiss.commitments.map((c) => c.by)).toEqual(['other-government']);
    const listed = await tag(
      'It tasked the Department of the Interior, Lunar Affairs and Communications (DILAC) with a draft.\n\nDILAC will submit the draft by the end of March 2024.',
      '', { date: '2023-04-05' },
    );
    expect(listed.commitments.map((c) => [c.by, c.due])).toEqual([['other-government', '2024-03-31']]);
    // Without a short form after it, a comma still ends the name: Meta is not part of the ministry.
    const ended = await tag('The Ministry of Health, Meta and TikTok met on Monday. Meta said it would remove the posts.');
    expect(ended.commitments.map((c) => c.by)).toEqual(['meta']);
  });

  it('reads a body\'s initials, used with no brackets to give them, as that body', async () => {
    const release = await tag('Zorvania Telecommunication Authority — Press release\n\nThe companies were given time to respond. ZTA has therefore decided to immediately block Bigo Live.');
    expect(release.disputes.map((d) => [d.from, d.against])).toEqual([['other-government', 'bigo-live']]);
    // Two-letter initials are too common to read so.
    const two = await tag('The Zorvania Authority met TikTok on Monday. ZA has therefore decided to block Bigo Live.');
    expect(two.disputes).toEqual([]);
  });

  it("does not read another country's Ministry of Communications and Information Technology as Singapore's ministry", async () => {
    expect((await tag("Afghanistan's Ministry of Communications and Information Technology was told to block TikTok, a spokesman said.")).actors).toEqual(['other-government']);
    expect((await tag("Singapore's Ministry of Communications and Information asked TikTok to remove the videos.")).actors).toEqual(['mddi-sg']);
  });

  it('leaves a listed body to its own id and a private council or a bare head word alone', async () => {
    expect((await tag('The Malaysian Communications and Multimedia Commission (MCMC) issued a notice to the app.')).actors).toEqual(['mcmc']);
    expect((await tag('The Zorvania-Pacific Business Council welcomed the online safety rules.')).actors).toEqual([]);
    expect((await tag('The European Commission opened proceedings. The Commission said TikTok must reply.')).actors).toEqual(['european-commission']);
  });

  it("reads any country's government, officials or military by the country's name, in English and Malay", async () => {
    for (const text of [
      'Ukrainian officials condemned the move and asked the app for an explanation.',
      "Hungary's government said the app restricted conservative views.",
      'Pegawai Ukraine mengecam tindakan aplikasi itu.',
      'Tentera Myanmar menyekat akses kepada aplikasi itu.',
    ]) expect((await tag(text)).actors, text).toEqual(['other-government']);
    const condemned = await tag('Pegawai Ukraine mengecam Telegram kerana menyekat bot rasmi perisikan negara itu dalam aplikasi tersebut.');
    expect(condemned.disputes.map((d) => [d.from, d.against])).toEqual([['other-government', 'telegram']]);
  });

  it("reads a country's administration, or its Taliban administration, as its government", async () => {
    const t = await tag("Afghanistan's Taliban administration has ordered the blocking of the video-sharing app TikTok, a spokesman said.");
    expect(t.disputes.map((d) => [d.from, d.against])).toEqual([['other-government', 'tiktok']]);
  });

  it("reads a country's government body by what it is of: \"France's foreign ministry\", \"Russia's communications regulator\"", async () => {
    expect((await tag("Romania's communications regulator said it would start the procedure to suspend the app.")).commitments.map((c) => c.by)).toEqual(['other-government']);
    expect((await tag("Thailand's digital economy ministry will ask the platforms to shut the accounts.")).commitments.map((c) => c.by)).toEqual(['other-government']);
    // A company of a country is no government body.
    expect((await tag("Kenya's largest mobile operator said it would cut prices.")).actors).toEqual([]);
  });

  it('reads a ministry of industry as public, and a name given with a listed short form as that body', async () => {
    expect((await tag('The Ministry of Industry and Trade of Zorvania expects online sales to grow.')).actors).toEqual(['other-government']);
    const named = await tag('The Ministry of Communication and Information Technology (Kominfo) blocked the app on Friday.');
    expect(named.actors).toEqual(['komdigi']);
  });

  it("reads Malaysia's scam centres as public bodies and the ministry under its 2009–13 name as the KKD", async () => {
    expect((await tag('Victims can call the National Scam Response Centre (NSRC) on 997.')).actors).toEqual(['other-government']);
    expect((await tag('Pusat Kawalan Jenayah Kewangan Negara menyelaras tindakan terhadap sindiket.')).actors).toEqual(['other-government']);
    expect((await tag('Kementerian Penerangan, Komunikasi dan Kebudayaan menegaskan pindaan itu tidak akan disalah guna.')).actors).toEqual(['kkd']);
  });

  it('does not read a Bernama report from abroad as Malaysian: "the commission" there is not the MCMC', async () => {
    const kenya = await tag(
      'NAIROBI, 5 Julai (Bernama) -- Suruhanjaya Komunikasi Zorvania memberi amaran kepada TikTok. Suruhanjaya itu berkata akan menyemak semula garis panduan kandungan dalam talian bulan depan.',
    );
    expect(kenya.actors).not.toContain('mcmc');
    // A dateline set off by a dash is one too: Indonesia's ministry of that name is not Malaysia's.
    const jakarta = await tag('JAKARTA – Kementerian Komunikasi dan Digital hari ini memanggil wakil TikTok dan Meta berhubung kandungan provokatif.');
    expect(jakarta.actors).not.toContain('kkd');
    expect(kenya.commitments.map((c) => c.by)).toEqual(['other-government']);
  });

  it('reads a story from any other country as foreign: "the Commission" in Uganda is not the MCMC', async () => {
    const uganda = await tag(
      'The Uganda Communications Commission (UCC) requires online broadcasters to apply for authorisation. The Commission will publish the list of authorised providers from 12 October 2020.',
    );
    expect(uganda.actors).toEqual(['other-government']);
    expect(uganda.commitments.map((c) => c.by)).toEqual(['other-government']);
    const cambodia = await tag('Kementerian Penerangan Kemboja berkata kementerian itu akan menyemak semula peraturan media sosial.');
    expect(cambodia.commitments.map((c) => c.by)).toEqual(['other-government']);
  });

  it('reads "an electoral judge" or "a federal court" abroad as another public body, one that can order', async () => {
    const t = await tag('BUENOS AIRES, May 17 - An electoral judge on Saturday ordered X to take down an AI-generated video of a former president.');
    expect(t.demands.map((d) => [d.by, d.on])).toEqual([['other-government', 'x']]);
  });

  it('reads a foreign op-ed whose writer is based in Kuala Lumpur as foreign, and a Malaysian story naming Malaysia early as Malaysian', () => {
    const oped = 'Perancis mahu perintah berkurung digital untuk remaja\nSuruhanjaya siasatan itu berkata ia akan merujuk TikTok kepada pendakwa raya.\n\n-- Penulis ialah penganalisis yang berpangkalan di Kuala Lumpur.';
    expect(isMalaysian(oped, 'ms')).toBe(false);
    expect(isMalaysian('Perancis dan Malaysia bincang keselamatan dalam talian\nSKMM berkata ia akan bertemu TikTok.\n\nPerbincangan diteruskan minggu depan.', 'ms')).toBe(true);
    // Peoples named in the plural: "South Africans" may be a statement's only sign of its country.
    expect(isMalaysian('"South Africans must be protected online," the Minister said.', 'en')).toBe(false);
    expect(isMalaysian('"Sri Lankans deserve better," the Minister said.', 'en')).toBe(false);
    // One paragraph: Malaysia named anywhere in it keeps the story Malaysian.
    expect(isMalaysian('Fahmi jumpa pengendali platform di Singapura bulan depan\nFahmi Fadzil said the meeting followed the removal of Malaysian media posts.', 'en')).toBe(true);
  });

  it('reads a Comelec statement as foreign though it names no country: "the Commission" there is not the MCMC', () => {
    expect(isMalaysian('The Commission on Elections (Comelec) said the Commission would meet Meta and TikTok.', 'en')).toBe(false);
    expect(isMalaysian('Comelec berkata suruhanjaya itu akan bertemu Meta dan TikTok.', 'ms')).toBe(false);
    expect(isMalaysian('The Commission said it would meet Meta and TikTok.', 'en')).toBe(true);
  });

  it('reads a story naming only a body\'s nationality ("the Icelandic Transport Authority") as foreign', () => {
    expect(isMalaysian('Samgöngustofa, the Icelandic Transport Authority, has extended the ban on drone flights. The Authority will review it on Friday.', 'en')).toBe(false);
  });

  it('reads a story filed from a foreign city as foreign though it names no country: its police are not the PDRM', async () => {
    const t = await tag('Buenos Aires, 29 July 2024. The Federal Police will present its first report on the unit that patrols X and TikTok by 31 December 2024.');
    expect(t.commitments.map((c) => c.by)).toEqual(['other-government']);
    expect(t.actors).not.toContain('pdrm');
  });

  it('reads "the Ministry" after a ministry named with a listed short form ("(MeitY)") as that ministry', async () => {
    const t = await tag('The Ministry of Electronics and Information Technology (MeitY) has today released draft amendments to the IT Rules for social media platforms. The Ministry will finalise the amendments after considering the feedback received.');
    expect(t.commitments.map((c) => c.by)).toEqual(['other-government']);
    expect(t.actors).toEqual(['other-government']);
  });

  it('reads "Polis Korea" and "Cambodian police" as those countries\' police in a story about Malaysia too', async () => {
    const korea = await tag('Polis Korea membuka siasatan terhadap Telegram atas dakwaan bersubahat mengedarkan video lucah deepfake. Di Malaysia, pihak polis belum menerima sebarang laporan mengenai kandungan itu.');
    expect(korea.disputes.map((d) => [d.from, d.against])).toEqual([['other-government', 'telegram']]);
    expect(korea.actors).toEqual(expect.arrayContaining(['other-government', 'pdrm']));
    const cambodia = await tag('Cambodian police freed 60 Malaysians recruited through Facebook, Bukit Aman said.');
    expect(cambodia.actors).toEqual(expect.arrayContaining(['other-government', 'pdrm']));
    expect((await tag('Cambodian police freed 60 Malaysians recruited through Facebook.')).actors).not.toContain('pdrm');
  });

  it('reads "Menteri Komunikasi" and "Commission spokesman" as Malaysia\'s or the EU\'s only in their own stories', async () => {
    const ghana = await tag('ACCRA, 30 Dis (Bernama) -- Menteri Komunikasi Ghana, Abena Mensah, berkata kementeriannya akan menubuhkan pihak berkuasa itu mulai tahun depan.');
    expect(ghana.actors).not.toContain('kkd');
    expect(ghana.commitments.map((c) => c.by)).toEqual(['other-government']);
    const uganda = await tag('The Uganda Communications Commission ordered the block. Commission spokesman Moses Example confirmed the directive.');
    expect(uganda.actors).toEqual(['other-government']);
    expect((await tag('Commission spokesman Jan Example said the EU would reply.')).actors).toEqual(['european-commission']);
  });

  it('gives a person whose role names no body the body of their office on the statement\'s day', async () => {
    const said = await tag('Deputy Minister Teo Nie Ching said platforms must act on scam adverts.');
    expect(said.people.map((p) => [p.name, p.org])).toEqual([['Teo Nie Ching', 'kkd']]);
  });

  it('keeps a Malaysian story Malaysian when a word is also a country\'s name elsewhere ("Cuba", try)', async () => {
    const tried = await tag('Cuba semak laman web rasmi kementerian. Kementerian itu akan melancarkan panduan keselamatan dalam talian minggu depan.');
    expect(tried.commitments.map((c) => c.by)).toEqual(['kkd']);
  });

  it('reads "the government" or "police" without a name only in a foreign story naming no listed body', async () => {
    expect((await tag('In Zorvania, the government said the London-registered app must appoint a local officer.')).actors).toContain('other-government');
    expect((await tag('The ministry said the Communications and Multimedia Act 1998 applies to online platforms in Malaysia.')).actors).not.toContain('other-government');
  });

  it('reads "the government" abroad as another government beside a listed body, which no government is', async () => {
    const t = await tag('From 10 December, Australia\'s minimum age law applies. We will continue to engage with the eSafety Commissioner and the Government on implementation.');
    expect(t.actors).toEqual(['esafety', 'other-government']);
    // In a Malaysian story the government is still no party of its own.
    expect((await tag('The MCMC said the government would table the bill in Parliament.')).actors).not.toContain('other-government');
  });

  it('reads an administration or a superintendence by its name and its short form, and the ACCC, as promising', async () => {
    for (const text of [
      'The Zorvania Food and Drug Administration (ZFDA) ordered a recall of apple juice. The ZFDA will step up random sampling of fruit juices over the coming months.',
      'Providers must register with the National Superintendence of Customs and Tax Administration (ZUNAT). ZUNAT will publish the list of providers before the end of September.',
      'The ACCC notes the decision. The ACCC will continue to provide advice to the Government as the Bill is considered by the Senate.',
    ]) expect((await tag(text)).commitments.map((c) => c.by), text).toEqual(['other-government']);
  });

  it('reads a country opening a clause with a plan as its government, and its people as none', async () => {
    const t = await tag('She said France will submit to its European partners, before the end of June, a proposal for a digital age of majority.', '', { date: '2031-05-10' });
    expect(t.commitments.map((c) => [c.by, c.due])).toEqual([['other-government', '2031-06-30']]);
    expect((await tag('"Canadians will remember it," the minister said of the decision by Meta.')).commitments.map((c) => c.by)).not.toContain('other-government');
    // After a wire's dateline too.
    const wire = await tag('HANOI, 8 April (Bernama) — Vietnam akan menjalankan pemeriksaan menyeluruh terhadap operasi TikTok mulai bulan depan.', '', { lang: 'ms', date: '2031-04-08' });
    expect(wire.commitments.map((c) => [c.by, c.due])).toEqual([['other-government', '2031-05-01']]);
  });

  it('reads a headline\'s country that blocks, bans or fines now as its government, unless its own body is named', async () => {
    const t = await tag('Operators began cutting off the services on Thursday night after the platforms missed a deadline to register.', 'Nepal blocks Facebook, YouTube, X and 23 other platforms');
    expect(t.disputes.map((d) => [d.from, d.against])).toEqual([
      ['other-government', 'facebook'], ['other-government', 'youtube'], ['other-government', 'x'],
    ]);
    expect((await tag('The cabinet decided on Monday.', 'Nepal to ban TikTok, citing threat to social harmony')).disputes.map((d) => d.from)).toEqual(['other-government']);
    const own = await tag('Komdigi said it could cut off access to X if the platform does not act.', 'Indonesia threatens to block X over gambling content');
    expect(own.actors).toEqual(['komdigi']);
  });

  it('reads a country that asks or urges as its government, so that its request is a demand', async () => {
    const asked = await tag('The minister said Poland had asked the European Commission to examine whether the platforms met their obligations.');
    expect(asked.demands.map((d) => [d.by, d.on])).toEqual([['other-government', 'european-commission']]);
    const urged = await tag('Greece, Perancis dan Sepanyol menggesa Suruhanjaya Eropah mewujudkan had umur minimum bagi penggunaan media sosial.', '', { lang: 'ms' });
    expect(urged.demands.map((d) => [d.by, d.on])).toEqual([['other-government', 'european-commission']]);
    // A time between the country and its verb: "South Korea on Wednesday urged …", "Korea Selatan hari ini menggesa …".
    const onDay = await tag('South Korea on Wednesday urged Telegram to cooperate with the authorities to remove deepfake videos.', 'Deepfakes');
    expect(onDay.demands.map((d) => [d.by, d.on])).toEqual([['other-government', 'telegram']]);
    const today = await tag('Korea Selatan hari ini menggesa Telegram supaya memadam video lucah palsu.', 'Deepfakes', { lang: 'ms' });
    expect(today.demands.map((d) => [d.by, d.on])).toEqual([['other-government', 'telegram']]);
  });

  it('reads "the president", "the expert group" and an inquiry committee abroad as another public body', async () => {
    const president = await tag('The Maldives parliament passed the media bill on Tuesday. The President\'s Office said the president would decide on ratification within 15 days.', '', { date: '2031-09-17' });
    expect(president.commitments.map((c) => [c.by, c.due])).toEqual([['other-government', '2031-10-02']]);
    const group = await tag('Ireland\'s minister set up an expert group on online safety. The expert group will report to the Minister within 90 days.', '', { date: '2032-01-12' });
    expect(group.commitments.map((c) => [c.by, c.due])).toContainEqual(['other-government', '2032-04-11']);
  });

  it('reads "the justices" and "the judges" as the court, so that their order is a demand', async () => {
    for (const bench of ['The justices', 'The judges']) {
      const text = `Chile's Constitutional Court ruled on Tuesday that Instagram had deleted a user's account without reason. ${bench} ordered Meta to review its community standards.`;
      expect((await tag(text)).demands.map((d) => [d.by, d.on]), bench).toEqual([['other-government', 'meta']]);
    }
  });

  it('reads "the State of Arkansas" and "Negeri Utah" as a US state\'s government, in dispute when it sues', async () => {
    const sued = await tag('This week, the State of Arkansas filed lawsuits against Meta and TikTok, alleging that the apps harm young people.');
    expect(sued.disputes.map((d) => [d.from, d.against])).toEqual([['other-government', 'meta'], ['other-government', 'tiktok']]);
    const saman = await tag('Negeri Utah di Amerika Syarikat memfailkan saman terhadap TikTok kerana didakwa membuatkan kanak-kanak ketagih.', '', { lang: 'ms' });
    expect(saman.disputes.map((d) => [d.from, d.against])).toEqual([['other-government', 'tiktok']]);
  });

  it('reads an attorney general in a story about another country as its government, not Malaysia\'s chambers', async () => {
    const t = await tag('AUSTIN: Peguam Negara Texas memfailkan saman terhadap TikTok pada Khamis kerana berkongsi data peribadi pengguna bawah umur.');
    expect(t.actors).toEqual(['other-government']);
    expect(t.disputes.map((d) => [d.from, d.against])).toEqual([['other-government', 'tiktok']]);
    expect((await tag('The Attorney General of Texas sued Meta over facial recognition.')).actors).toEqual(['other-government']);
  });

  it('reads "Dewan Rakyat UK" as Britain\'s House of Commons, not Malaysia\'s Dewan Rakyat', async () => {
    const text = 'LONDON, 29 Nov -- Kerajaan United Kingdom akan membawa semula rang undang-undang keselamatan dalam talian ke Dewan Rakyat UK minggu hadapan.';
    expect(isMalaysian(text, 'ms')).toBe(false);
    expect((await tag(text, '', { lang: 'ms' })).actors).toEqual(['other-government']);
    expect((await tag('Rang undang-undang itu akan dibentangkan di Dewan Rakyat minggu hadapan.', '', { lang: 'ms' })).actors).toEqual(['parliament-my']);
  });

  it('reads a story naming another country\'s legislature (the Oireachtas, the Bundestag, the Lok Sabha) as foreign', async () => {
    expect(isMalaysian('The Minister announced an expert group after the Oireachtas committee reported on the Bill.', 'en')).toBe(false);
    expect(isMalaysian('Rang undang-undang itu diluluskan oleh Bundestag minggu lalu.', 'ms')).toBe(false);
    const t = await tag('The Minister intends to bring forward amendments to the Bill at Committee Stage, after the Oireachtas committee reported.');
    expect(t.commitments.map((c) => c.by)).toEqual(['other-government']);
  });
});
