import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { tag, taxonomy } from './helpers.ts';

describe('mentions in English', () => {
  it('finds platforms by name, product and usual forms', async () => {
    const t = await tag("X (formerly Twitter), Facebook's parent company and YouTube were told by Ofcom to act.");
    expect(t.platforms).toEqual(['meta', 'x', 'youtube']);
    expect(t.actors).toEqual(['ofcom']);
  });
  it('reads "X" as the platform only in a platform context', async () => {
    for (const text of [
      'Regulators said posts on X spread the rumour within hours.',
      'The commission fined X Corp for breaching its rules on online content.',
      'Platforms such as TikTok, Instagram and X must verify the age of users.',
      'X said it would not remove the accounts.',
      'Syarikat media sosial X memfailkan saman di Mahkamah Tinggi Karnataka.',
      'The social media company X filed a suit against the order.',
      'The telecommunications regulator ordered internet providers to block access to the social network X for 10 days.',
      'Venezuela blocks X for 10 days after the president accused the social media platform of inciting hatred.',
      'BTK ordered the block of posts on social media. X called the order unlawful and said it would challenge it.',
      'X menyifatkan perintah itu sebagai menyalahi undang-undang dan berkata ia akan mencabarnya di mahkamah media sosial.',
      'Ofcom opened a formal investigation into X under the Online Safety Act.',
    ])
      expect((await tag(text)).platforms, text).toContain('x');
    for (const text of [
      'Generation X parents are more worried about online content than their children.',
      'The clinic ordered an X-ray before the online consultation.',
      'Patient X was the first user of the new app.',
      'Section X of the online safety bill covers apps.',
      'Syarikat X yang dinamakan dalam laporan media sosial itu enggan mengulas.',
    ])
      expect((await tag(text)).platforms, text).not.toContain('x');
  });
  it('reads "Meta" as the company, not as metadata', async () => {
    expect((await tag('Meta said it removed the scam ads from Facebook.')).platforms).toContain('meta');
    for (const text of [
      'Meta tags tell search engines what a web page is about.',
      'Meta descriptions are shown under the link in search results online.',
      'Meta-analysis of 40 studies found no link between apps and sleep.',
      'The metadata of every online post is kept for a year.',
    ])
      expect((await tag(text)).platforms, text).not.toContain('meta');
  });
  it('leaves alone the ordinary words that share a platform name', async () => {
    for (const text of [
      'Apple growers expect a smaller harvest after the dry spring.',
      'Farmers signal that prices will rise again next month.',
      'Threads of gold and silver are woven into the cloth.',
      'Scientists mapped fires across the Amazon rainforest.',
      'A telegram from the governor arrived in 1957.',
      'Discord among the members delayed the vote.',
      'The Twitch of a muscle can be a sign of fatigue, the doctor said.',
    ]) {
      const t = await tag(text);
      expect(t.platforms, text).toEqual([]);
      expect(t.relevant, text).toBe(false);
    }
  });
  it('keeps the platform when the same names come with online context', async () => {
    expect((await tag('Apple said it would remove the app from the App Store.')).platforms).toEqual(['apple']);
    expect((await tag('Users of the Signal app said encryption keeps messages private.')).platforms).toEqual(['signal']);
    // A name coordinated with another at a sentence start is a company too; an app store in lower case is no Apple.
    expect((await tag('TikTok was banned. Apple and Google, which run the app stores, did not comment.')).platforms).toEqual(['apple', 'google', 'tiktok']);
    expect((await tag('The law would fine TikTok, or any app store that offers it, $10,000 a day.')).platforms).toEqual(['tiktok']);
    expect((await tag('The regulator said Telegram and Discord ignored requests to remove content.')).platforms).toEqual([
      'discord',
      'telegram',
    ]);
  });
  it('maps generic names to Malaysian bodies only in a Malaysian statement', async () => {
    expect((await tag('Police in Kuala Lumpur arrested a man over an online scam.')).actors).toEqual(['pdrm']);
    expect((await tag('Police in Sydney arrested a man over an online scam, Australian officials said.')).actors).not.toContain('pdrm');
    expect((await tag("Indonesia's communications ministry blocked 200 gambling sites.")).actors).toEqual(['komdigi']);
  });
  it("knows Singapore's Minister of State for Digital Development and Information as the MDDI, in English and Malay", async () => {
    expect((await tag('Menteri Negara Pembangunan Digital dan Penerangan, Encik Lim Example, berkata larangan itu perlu.')).actors).toEqual(['mddi-sg']);
    expect((await tag('The Minister of State for Digital Development and Information said the code would be published.')).actors).toEqual(['mddi-sg']);
  });
  it("knows Britain's data protection regulator as the ICO and its media regulator as Ofcom", async () => {
    expect((await tag("Britain's data protection regulator fined TikTok £12.7 million for misusing children's data.")).actors).toEqual(['ico-uk']);
    expect((await tag("Britain's media regulator opened an investigation into whether TikTok gave inaccurate information.")).actors).toEqual(['ofcom']);
  });
  it("knows Indonesia's minister by the ministry's earlier name, in English and Malay", async () => {
    expect((await tag('The Minister of Communication and Informatics signed the guidelines on Thursday.')).actors).toEqual(['komdigi']);
    expect((await tag('Garis panduan itu ditandatangani oleh Menteri Komunikasi dan Informatika semalam.')).actors).toEqual(['komdigi']);
  });
});

describe('mentions in Malay', () => {
  it('finds actors and issues by their Malay names', async () => {
    const t = await tag(
      'Suruhanjaya Komunikasi dan Multimedia Malaysia dan Kementerian Komunikasi membincangkan pelesenan, penipuan dalam talian, perjudian dalam talian dan buli siber.',
    );
    expect(t.actors).toEqual(['kkd', 'mcmc']);
    expect(t.issues).toEqual(['cyberbullying', 'licensing', 'online-gambling', 'scams']);
  });
  it('finds platforms in Malay sentences and ignores ordinary words', async () => {
    expect((await tag('SKMM meminta platform X dan TikTok menurunkan kandungan 3R.')).platforms).toEqual(['tiktok', 'x']);
    expect((await tag('Harga epal naik dan isyarat trafik dipasang di Generasi X.')).platforms).toEqual([]);
  });
});

describe('misinformation in its usual words', () => {
  it('reads rumours, falsehoods and false content as misinformation, in English and Malay', async () => {
    for (const text of [
      'SKMM menasihati orang ramai supaya tidak menyebarkan khabar angin di media sosial mengenai nahas itu di bawah Seksyen 233 Akta Komunikasi dan Multimedia.',
      'SKMM membuka kertas siasatan terhadap kandungan palsu di TikTok di bawah Seksyen 233.',
      'The law lets the minister order platforms to correct online falsehoods.',
      'Polis dan SKMM menyiasat dakwaan palsu di laman sosial di bawah Seksyen 233 Akta Komunikasi dan Multimedia.',
      'SKMM berkata portal itu disekat kerana menyiarkan kandungan yang belum disahkan.',
      'Mahkamah memutuskan bahawa hantaran SDP di Facebook itu mengelirukan, kata Kementerian.',
      'MCMC blocked the portal after complaints about an unverified report spread on social media.',
    ]) expect((await tag(text)).issues, text).toContain('misinformation');
  });

  it('reads inauthentic behaviour, fake accounts, foreign interference and a manipulated election as misinformation', async () => {
    for (const text of [
      'Meta said it had removed a network of Pages in Zorvania for coordinated inauthentic behaviour ahead of the vote.',
      'Facebook menurunkan rangkaian akaun palsu dan pendua yang dikaitkan dengan kementerian, kata SKMM.',
      'The law gives the minister powers to order platforms to block content linked to foreign interference.',
      'ANCOM asked TikTok whether the platform was used to manipulate the first round of the presidential election.',
      'Undang-undang itu membolehkan pihak berkuasa mengisytiharkan sesuatu kenyataan di media sosial sebagai palsu.',
    ]) expect((await tag(text)).issues, text).toContain('misinformation');
    // Reliable information promoted before a vote is the other side of the same issue.
    for (const text of [
      'The Supreme Electoral Tribunal signed letters of understanding with Meta, Google and TikTok to promote access to reliable information on the general elections.',
      'Pejabat Pendaftar Negara Zorvania menandatangani perjanjian dengan Meta dan TikTok bagi memastikan pengundi menerima maklumat yang tepat menjelang pilihan raya.',
    ]) expect((await tag(text)).issues, text).toContain('misinformation');
    // Fake accounts that impersonate for scams are no campaign to mislead.
    expect((await tag('The MCMC said at least 31 fake accounts impersonating the bank had been used in scams on Facebook.')).issues).not.toContain('misinformation');
  });
});

describe('laws governing online services by their usual names', () => {
  it('reads a cybercrime law, a cyber security bill or a digital security act as an online safety law', async () => {
    for (const text of [
      'Jordan’s House of Representatives passed the Cybercrime Law, which lets prosecutors order platforms to remove posts.',
      'The Jatiya Sangsad passed the Cyber Security Bill, replacing the Digital Security Act that journalists said was used against social media users.',
      'Dewan Perwakilan Jordan meluluskan RUU Jenayah Siber yang memperuntukkan hukuman penjara bagi hantaran di media sosial.',
      'KommAustria reminded platforms of their obligations under the Communication Platforms Act.',
    ]) expect((await tag(text)).issues, text).toContain('online-safety-law');
  });

  it('reads unregistered platforms, a registration deadline and "keperluan pendaftaran" as licensing', async () => {
    for (const text of [
      'Zorvania blocked Facebook, YouTube and 23 other unregistered platforms on Thursday, the ministry said.',
      'The ministry said services would be restored the day the platforms completed registration.',
      'Perkara yang diteliti termasuk keperluan pendaftaran bagi laman web berita dalam talian, kata SKMM.',
      'Platform media sosial seperti TikTok perlu mendaftar sebagai entiti sah di negara itu, kata SKMM.',
    ]) expect((await tag(text)).issues, text).toContain('licensing');
  });

  it('reads a law on social media, online hate or platforms, unnamed, as an online safety law', async () => {
    for (const text of [
      "The French Parliament gave final approval to the law against hateful content on the internet, which obliges YouTube to remove flagged posts within 24 hours.",
      'The government decided to postpone work on a draft law regulating social networks, the minister told Facebook.',
      'Kementerian sedang meneliti keperluan mewujudkan undang-undang khusus bagi mengawal selia platform media sosial seperti Facebook.',
    ]) expect((await tag(text)).issues, text).toContain('online-safety-law');
    // A law on something else is not one.
    expect((await tag('The court ruled under the law on land titles that the farm belongs to the family, Facebook posts showed.')).issues).not.toContain('online-safety-law');
  });
});

describe('issues in the words of other countries\' laws and Malaysia\'s codes', () => {
  it('reads incitement to hatred, war propaganda and the Content Code', async () => {
    expect((await tag('The regulator blocked websites that disseminate war propaganda and incite hatred online.')).issues).toEqual(
      expect.arrayContaining(['misinformation', 'hate-speech']),
    );
    expect((await tag('SKMM hari ini mendaftarkan Kod Kandungan yang wajib dipatuhi oleh penyedia kandungan dalam talian.')).issues).toContain('code-of-conduct');
  });

  it('reads pages that incite attacks against ethnic groups as hate speech, and false reports as misinformation', async () => {
    const { issues } = await tag('He accused Facebook of failing to act on pages that incite attacks against ethnic groups. "We have seen how false reports spread in minutes," he said.');
    expect(issues).toEqual(expect.arrayContaining(['hate-speech', 'misinformation']));
    expect((await tag('The regulator said posts on Facebook had inflamed ethnic tensions.')).issues).toContain('hate-speech');
  });

  it('reads terrorist or radical propaganda as terrorism and extremism, not as misinformation', async () => {
    for (const text of [
      'Kominfo menyekat Telegram kerana aplikasi itu digunakan untuk menyebarkan propaganda radikal.',
      'The regulator ordered Telegram to remove terrorist propaganda from public channels.',
    ]) {
      const { issues } = await tag(text);
      expect(issues, text).toContain('terrorism-extremism');
      expect(issues, text).not.toContain('misinformation');
    }
  });

  it('reads "menyekat" as blocking content, not restricting freedom, criticism or data processing', async () => {
    expect((await tag('SKMM menyekat akses kepada laman web judi dalam talian di Facebook.')).issues).toContain('content-removal');
    for (const text of [
      'Pengkritik bimbang pindaan akta komunikasi itu boleh digunakan untuk menyekat kebebasan bersuara di media sosial, kata SKMM.',
      'SKMM berkata portal semakan fakta di media sosial itu bukan alat untuk menyekat pandangan.',
    ])
      expect((await tag(text)).issues, text).not.toContain('content-removal');
  });

  it('reads removing content in Malay ("arahan penyingkiran kandungan", "membuang hantaran") as content removal', async () => {
    for (const text of [
      'Mahkamah Tinggi menolak petisyen X yang mencabar kuasa kerajaan mengeluarkan arahan penyingkiran kandungan kepada platform media sosial.',
      'TikTok berkata ia telah membuang lebih 300,000 hantaran yang melanggar garis panduan komuniti di platformnya.',
    ])
      expect((await tag(text)).issues, text).toContain('content-removal');
  });

  it('reads "pelampau" and neo-Nazi groups as extremism', async () => {
    expect((await tag('Sebuah mahkamah di Moscow mengharamkan aktiviti Meta Platforms di Rusia selepas mengisytiharkan syarikat itu sebagai pertubuhan pelampau.')).issues).toContain('terrorism-extremism');
    expect((await tag('A Brazilian court suspended Telegram for failing to hand over data on neo-Nazi groups.')).issues).toContain('terrorism-extremism');
  });

  it('reads insulting a Sultan, touching racial or religious sensitivities and "race, religion and the Rulers" as hate speech', async () => {
    for (const text of [
      'Tiga individu didakwa di bawah Seksyen 233 Akta Komunikasi dan Multimedia kerana menghantar komen yang menghina Sultan Perak di sebuah blog.',
      'SKMM menggesa platform media sosial menurunkan kandungan yang menyentuh sensitiviti agama.',
      'The ministry directed the MCMC to act on fake news on social media touching on race, religion and the institution of the Rulers.',
    ]) expect((await tag(text)).issues, text).toContain('hate-speech');
  });
});

describe('issues as the writers of the labelled sets read them', () => {
  it('reads content moderation, in English and Malay, as content removal', async () => {
    for (const text of [
      "Zorvania's Constitutional Court held that Meta must respect fundamental rights when it moderates content on Instagram.",
      'The Zorvania court ruled on content moderation by Facebook and X.',
      'Mahkamah Zorvania memutuskan bahawa moderasi kandungan oleh TikTok perlu lebih telus.',
    ]) expect((await tag(text)).issues, text).toContain('content-removal');
  });

  it('reads a ban or block of an app and an internet shutdown as content removal, not a ban ruled out', async () => {
    for (const text of [
      "Nepal's government decided to ban TikTok, saying the app disrupted social harmony.",
      'Kerajaan India semalam mengharamkan 59 aplikasi mudah alih termasuk TikTok.',
      'The Authority has blocked the live-streaming application Bigo Live with immediate effect.',
      "The court ruled that Kominfo's internet shutdown in Papua was unlawful.",
      'Kerajaan Kamerun memulihkan capaian Internet selepas 93 hari, kata menteri yang menguatkuasakan sekatan itu.',
    ]) expect((await tag(text)).issues, text).toContain('content-removal');
    expect((await tag('The minister said Malaysia had no plan to ban TikTok under the Online Safety Act.')).issues).not.toContain('content-removal');
    // A person banned from a platform is no ban of the platform: a passing mention stays one.
    expect((await tag('The singer, banned from Instagram last year over a post, returned to the platform on Monday, her agency said.')).relevant).toBe(false);
  });
  it('does not read violence, incitement to violence, fraud in a list or a licensed network as other issues', async () => {
    const issues = async (text: string) => (await tag(text)).issues;
    expect(await issues('Menteri itu memberi amaran media sosial tidak boleh digunakan untuk menghasut keganasan, kata SKMM.')).toEqual(
      expect.not.arrayContaining(['terrorism-extremism', 'hate-speech']),
    );
    expect(await issues('SKMM menyekat kandungan yang mempromosikan serangan keganasan di media sosial.')).toContain('terrorism-extremism');
    expect(await issues('The cybercrime law on social media covers hacking, fraud and the theft of personal data.')).not.toContain('scams');
    expect(await issues('MCMC said online fraud on social media cost users RM1 billion.')).toContain('scams');
    expect(await issues('MCMC directed all licensed internet service providers to restrict access to the website.')).not.toContain('licensing');
    expect(await issues('MCMC said licensed social media platforms must comply with the code.')).toContain('licensing');
    expect(await issues('The bill would require social media companies with a million users to obtain authorisation from the telecommunications regulator.')).toContain('licensing');
    expect(await issues('The regulator fined the app after children had their eyes scanned without their parents\' authorisation online.')).not.toContain('licensing');
    // Intimate images shared without consent are online harassment.
    expect(await issues('Dewan Perwakilan Mexico meluluskan undang-undang yang menjadikan penyebaran kandungan intim tanpa kebenaran di media sosial satu jenayah, dan platform wajib menurunkannya.')).toContain('cyberbullying');
    expect(await issues('The online safety commission will take complaints about intimate images shared without consent on social media platforms.')).toContain('cyberbullying');
    // A platform registering with a ministry is licensing; a voter registering is not.
    expect(await issues('Social media platforms that have not registered with the Ministry will be deactivated in Nepal.')).toContain('licensing');
    expect(await issues('Nepal menyekat 26 platform media sosial selepas syarikat-syarikat itu gagal mendaftar dengan Kementerian Komunikasi.')).toContain('licensing');
    expect(await issues('Voters who registered online with the Election Commission can check their polling station on the app.')).not.toContain('licensing');
  });
});

describe('Malaysian bodies by words other countries use too', () => {
  it('reads "Ahli Parlimen" and "Peguam Negara" as Malaysia\'s only in a story about Malaysia, and "Kesatuan Eropah" as the Union', async () => {
    const actors = async (text: string) => (await tag(text)).actors;
    expect(await actors('Seorang Ahli Parlimen pembangkang Zambia, Example Banda, berkata RUU Keselamatan Siber itu menyekat kebebasan bersuara di media sosial.')).not.toContain('parliament-my');
    expect(await actors('Peguam Negara Australia, Anne Example, berkata undang-undang itu membantu mangsa buli siber di media sosial.')).not.toContain('agc-my');
    expect(await actors('Kesatuan Eropah sedang membincangkan Akta Perkhidmatan Digital bagi platform media sosial.')).not.toContain('european-commission');
    expect(await actors('Ahli Parlimen Segamat bertanya kepada SKMM mengenai penipuan di Facebook.')).toContain('parliament-my');
    expect(await actors('Peguam Negara berkata kes hasutan di Facebook itu akan didakwa, kata SKMM.')).toContain('agc-my');
  });

  it('reads the communications ministry by its earlier names, and the Ministry of Information in a story about Malaysia', async () => {
    const actors = async (text: string) => (await tag(text)).actors;
    expect(await actors('Kementerian Tenaga, Air dan Komunikasi memaklumkan bahawa kerajaan tidak bercadang mengawal blog.')).toContain('kkd');
    expect(await actors('The Ministry of Energy, Communications and Multimedia said it would not censor the Internet.')).toContain('kkd');
    expect(await actors('Menteri Penerangan, Datuk Example, berkata kementerian akan menubuhkan unit media baharu bagi menjawab blog.')).toContain('kkd');
    expect(await actors('Kementerian Penerangan, Kebudayaan dan Pelancongan Zambia menggesa pengguna Facebook berhati-hati.')).not.toContain('kkd');
  });

  it('reads "Malaysia\'s communications regulator" as the MCMC', async () => {
    expect((await tag("Malaysia's communications regulator said it had asked Meta to remove the posts.")).actors).toEqual(['mcmc']);
  });
});

describe('issue mentions read two ways', () => {
  it('finds the same with the stems apart as with the one RegExp (taken where lower-casing changes the length)', async () => {
    const issues = (await taxonomy()).issues;
    const context = { malaysian: true, online: true };
    const texts = readFileSync(new URL('devset.jsonl', import.meta.url), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
    // 'İ' lower-cases to two characters: after the text, it leaves the places before it as they were.
    for (const text of texts) expect(issues.mentions(`${text} İ`, context), text).toEqual(issues.mentions(text, context));
  });
});
