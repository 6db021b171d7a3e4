// Disputes read from the clause: who acts on whom (a platform answering back, an authority banning or fining),
// which cues count (bans and blocks only with both sides named, "declined to comment" never), and which issue.
import { describe, expect, it } from 'vitest';
import { tag } from './helpers.ts';

const disputes = async (text: string, title = '', lang = 'en') => (await tag(text, title, { lang })).disputes.map((d) => [d.from, d.against]);
const pairs = (text: string, lang = 'en') => disputes(text, '', lang);

describe('dispute direction', () => {
  it('has a platform that sues or challenges, named before the authority, act against it', async () => {
    expect(await disputes('TikTok filed a constitutional challenge in court against the MCMC over its new licensing rules for platforms.')).toEqual([['tiktok', 'mcmc']]);
    expect(await disputes('Meta mencabar keputusan SKMM di mahkamah berhubung perlesenan platform media sosial.')).toEqual([['meta', 'mcmc']]);
  });

  it('keeps a platform whose access "has been restricted" acted on, with the authority named only after it', async () => {
    expect(await disputes('Access to the social media platform X has been restricted in Tanzania, internet monitors said, days after the official account of the Tanzania Police Force was hacked.'))
      .toEqual([['other-government', 'x']]);
  });

  it('keeps the authority acting when the platform is fined or named after the authority', async () => {
    expect(await disputes('TikTok was fined RM2 million by the MCMC for failing to remove scam adverts.')).toEqual([['mcmc', 'tiktok']]);
    expect(await disputes('TikTok didenda RM2 juta oleh SKMM kerana gagal menurunkan iklan penipuan.')).toEqual([['mcmc', 'tiktok']]);
  });
});

describe('authorities on one side', () => {
  it('sets every authority joined to the one that acts against the platform', async () => {
    expect(await disputes('In a complaint filed by the Department of Justice on behalf of the Federal Trade Commission, Instagram was accused of misusing the data of children.'))
      .toEqual([['ftc', 'instagram'], ['other-government', 'instagram']]);
    expect(await disputes('Kementerian Komunikasi bersama SKMM mengecam TikTok kerana gagal menurunkan kandungan perjudian.'))
      .toEqual([['kkd', 'tiktok'], ['mcmc', 'tiktok']]);
  });

  it('leaves out an authority that only reports or is merely named', async () => {
    expect(await disputes('The minister said the MCMC fined Telegram RM500,000 over scam channels.')).toEqual([['mcmc', 'telegram']]);
    expect(await disputes('The ministry said the MCMC fined Telegram RM500,000 over scam channels.')).toEqual([['mcmc', 'telegram']]);
    expect(await disputes('The MCMC, which met the police on Monday, fined Telegram over scam channels.')).toEqual([['mcmc', 'telegram']]);
  });
});

describe('acts that are not taken against a platform', () => {
  it('reads no dispute in a block or fine that might come or was never ordered, nor in a platform blocking content itself', async () => {
    expect(await disputes('The MCMC said it may order the immediate suspension of TikTok.')).toEqual([]);
    expect(await disputes('Google masih berdepan risiko denda daripada Suruhanjaya Eropah jika terus mengedarkan aplikasi itu.')).toEqual([]);
    expect(await disputes('To comply with the decisions of the Federal Court of Zorvania, X has paid the fines and blocked the accounts the court ordered it to block.')).toEqual([]);
    expect(await disputes('MCMC berkata tiada arahan dikeluarkan untuk menyekat atau memadam kandungan TikTok pengguna itu.')).toEqual([]);
    expect(await disputes('In the event of a breach, the MCMC may order the immediate suspension of TikTok.')).toEqual([]);
    expect(await disputes("Vietnam's Ministry of Information and Communications notified TikTok. He said talks with Meta and Google were continuing.\n\nPlatforms that fail to comply could have their services blocked, officials have said.")).toEqual([]);
  });

  it('reads no dispute in a question or in a ban only asked for', async () => {
    expect(await disputes('"Adakah Meta akan membayar denda yang dikenakan oleh SKMM atau sekadar menghantar kenyataan media?" katanya.')).toEqual([]);
    expect(await disputes('The National Assembly of Kenya received a petition calling for TikTok to be banned over explicit content.')).toEqual([]);
    expect(await disputes('The Online Safety Commission responds to calls for a TikTok ban')).toEqual([]);
  });

  it('reads no dispute in a platform enforcing its own rules, or in a platform naming its messages', async () => {
    expect(await disputes('Ahead of the election, Facebook removed accounts linked to the Bangladesh government for violating its policies against spam.')).toEqual([]);
    expect(await disputes('Petisyen itu mempertikaikan peruntukan Akta Keselamatan Siber yang membenarkan kerajaan Zambia memintas mesej WhatsApp.')).toEqual([]);
  });

  it('reads no dispute in the platforms a ban applies to (a law\'s scope)', async () => {
    expect(await disputes('The ban is expected to apply to TikTok, Facebook and X, with the eSafety Commissioner responsible for enforcement.')).toEqual([]);
    expect(await disputes('Larangan itu akan terpakai kepada TikTok dan Facebook, kata SKMM.')).toEqual([]);
  });

  it('reads no dispute in a ban the authority says it has no power to order', async () => {
    expect(await disputes('The Online Safety Commission said it does not have the power to ban TikTok or any other platform.')).toEqual([]);
    expect(await disputes('SKMM menegaskan ia tidak mempunyai kuasa untuk menyekat TikTok.')).toEqual([]);
  });

  it('reads X at the head of a sentence that sues as the platform', async () => {
    expect(await disputes('X sues Indian government over content-takedown portal')).toEqual([['x', 'other-government']]);
  });

  it('reads X right after an authority\'s verb of asking or sanction as the platform', async () => {
    expect((await tag('IMDA meminta X meningkatkan usahanya mengesan bahan berbahaya.')).demands.map((d) => [d.by, d.on])).toEqual([['imda', 'x']]);
    expect(await disputes('The Brazilian court fined X for failing to name a legal representative for its social media platform.')).toEqual([['other-government', 'x']]);
    expect((await tag('Pelajar itu meminta X kelas tambahan.')).platforms).toEqual([]);
  });
});

describe('a legislature against the executive', () => {
  it('sets a member of parliament who criticises the ministry against it, named in the sentence or before', async () => {
    expect(await disputes('Opposition MP Lim Wei Ling accused the ministry of hiding behind Section 233 of the Communications and Multimedia Act.', 'MPs press Communications Ministry for anti-bullying law'))
      .toEqual([['parliament-my', 'kkd']]);
    expect(await disputes('Kementerian Komunikasi akan membentangkan pindaan itu di Dewan Rakyat. Bagaimanapun, beberapa Ahli Parlimen pembangkang mengecam cadangan tersebut.'))
      .toEqual([['parliament-my', 'kkd']]);
    expect(await disputes('Ahli Parlimen pembangkang mengecam tindakan SKMM menyekat laman web itu.')).toEqual([['parliament-my', 'mcmc']]);
  });

  it('does not set two authorities against each other where the legislature is not the one complaining', async () => {
    expect(await disputes('The ministry rejected claims by an opposition MP that it had ignored complaints about scams.')).toEqual([]);
    expect(await disputes('Ahli Parlimen itu berkata SKMM sedang menyiasat kes penipuan dalam talian.')).toEqual([]);
    expect(await disputes('Opposition MPs criticised the bill for giving the MCMC too much power.')).toEqual([]);
  });
});

describe('dispute cues', () => {
  it('reads a ban, a suspension or a block by an authority named with the platform', async () => {
    expect(await disputes('The MCMC suspended Telegram for a week over gambling content on its channels.')).toEqual([['mcmc', 'telegram']]);
    expect(await disputes('Kerajaan mengharamkan TikTok selama sebulan kerana kandungan perjudian dalam talian.')).toEqual([['other-government', 'tiktok']]);
  });

  it('reads a block told in the passive, with no authority in its sentence, as the authority\'s named before', async () => {
    expect(await disputes('The Zorvanian Ministry of Communication met the platforms on Monday. Access to Facebook, WhatsApp and TikTok has remained restricted since the protests.')).toEqual([
      ['other-government', 'facebook'],
      ['other-government', 'whatsapp'],
      ['other-government', 'tiktok'],
    ]);
    expect(await disputes('Pihak Berkuasa Telekomunikasi Zorvania bertemu wakil platform semalam. Aplikasi X masih disekat di negara itu sejak Februari.')).toEqual([['other-government', 'x']]);
    // No authority named before, or accounts on a platform suspended: no dispute.
    expect(await disputes('Access to Facebook, WhatsApp and TikTok has remained restricted since the protests, users said.')).toEqual([]);
    expect(await disputes('The Zorvanian Ministry of Communication met the platforms on Monday. Facebook accounts of the protesters were suspended.')).toEqual([]);
  });

  it('does not read a platform blocking content as a dispute with no authority in the sentence', async () => {
    expect(await disputes('The MCMC met platforms on Monday. TikTok blocked 2,000 gambling accounts last month.')).toEqual([]);
  });

  it('reads a fine imposed, a legal complaint filed, an accusation in Malay', async () => {
    expect(await disputes('The MCMC imposed an administrative fine on Telegram over scam channels.')).toEqual([['mcmc', 'telegram']]);
    expect(await disputes('SKMM menuduh Telegram membiarkan saluran penipuan beroperasi.')).toEqual([['mcmc', 'telegram']]);
  });

  it('does not read a ban the authority says it will not make', async () => {
    expect(await disputes('The MCMC said it had no intention of banning Telegram in Malaysia.')).toEqual([]);
    expect(await disputes('SKMM berkata pihaknya tiada rancangan untuk menyekat Telegram di Malaysia.')).toEqual([]);
  });

  it('does not read a block the government says it will not make, or a designation a platform did not contest', async () => {
    expect(await disputes('Menteri Komunikasi menegaskan bahawa kerajaan tidak akan menyekat Facebook atau TikTok di negara ini.')).toEqual([]);
    expect(await disputes('The MCMC designated eight services under the online safety law. Facebook, TikTok and X did not contest their designation in court.')).toEqual([]);
    expect(await disputes('TikTok contested the designation by the MCMC in court under the online safety law.')).toEqual([['tiktok', 'mcmc']]);
  });

  it('reads a sanction that may come, told as a warning, as a warning', async () => {
    expect(await disputes('Kementerian Hal Ehwal Digital Taiwan memberi amaran bahawa Meta boleh didenda jika iklan palsu terus muncul di Facebook.')).toEqual([['other-government', 'meta']]);
  });

  it('does not read a sanction that may come as one taken', async () => {
    expect(await disputes('The MCMC said that if the findings are confirmed, fines of up to RM500,000 are possible for TikTok under the online safety law.')).toEqual([]);
    expect(await disputes('The MCMC fined TikTok RM500,000 under the online safety law.')).toEqual([['mcmc', 'tiktok']]);
  });

  it('sets platforms refusing a request against the authority that made it, not one named only as where data would go', async () => {
    const found = await disputes(
      'The MCMC urged all platforms to share data on scam advertisers with Bank Negara Malaysia (BNM). TikTok declined the request.',
    );
    expect(found).toEqual([['tiktok', 'mcmc']]);
  });

  it('reads a platform that will act only on a court order as refusing the request', async () => {
    expect(await disputes('The MCMC asked Meta to reveal who paid for the adverts. Meta said it would provide the information only if it receives a court order.')).toEqual([['meta', 'mcmc']]);
    expect(await disputes('The MCMC asked Meta to reveal who paid for the adverts. Meta said it would not provide the information without a court order.')).toEqual([['meta', 'mcmc']]);
    expect(await disputes('SKMM meminta Meta mendedahkan pemilik akaun itu. Wakil Meta berkata syarikat itu tidak boleh mendedahkan data pengguna tanpa perintah mahkamah yang sah.')).toEqual([['meta', 'mcmc']]);
    // A duty to act without waiting for a court order is no refusal.
    expect(await disputes('The MCMC said platforms such as Meta must remove, without waiting for a court order, content that is untrue.')).toEqual([]);
  });

  it('reads a decision called wrong or unjust as the platform at odds with its maker', async () => {
    expect(await disputes('Kerajaan Albania mengharamkan TikTok selama setahun. TikTok menyifatkan larangan tersebut sebagai tidak wajar.')).toContainEqual(['tiktok', 'other-government']);
    expect(await disputes('The MCMC fined OpenAI RM1 million. OpenAI called the decision "disproportionate".')).toContainEqual(['openai', 'mcmc']);
    // "salah satu" is "one of", not "wrong".
    expect(await disputes('SKMM bertemu TikTok, salah satu platform terbesar, dan menyifatkan pertemuan itu sebagai salah satu yang terbaik.')).toEqual([]);
    // Regretting the decision opposes it; regretting an inconvenience does not.
    expect(await disputes('Kerajaan Zorvania menyekat akses kepada aplikasi TikTok semalam. TikTok berkata ia kesal dengan keputusan itu.')).toContainEqual(['tiktok', 'other-government']);
    expect(await disputes('The Zorvanian Ministry of Communication blocked access to the TikTok app on Monday. TikTok said it regretted the decision.')).toContainEqual(['tiktok', 'other-government']);
    expect(await disputes('The Zorvanian Ministry of Communication blocked access to the TikTok app on Monday. TikTok said it regretted the inconvenience to users.')).toEqual([['other-government', 'tiktok']]);
  });

  it('reads a duty not met ("did not complete registration", "had not complied", "belum mendaftar") as a failure', async () => {
    expect(await disputes('The Ministry of Communication of Nepal ordered the deactivation of unregistered platforms. Platforms including Facebook and X did not complete registration within the deadline and will be deactivated.'))
      .toEqual([['other-government', 'facebook'], ['other-government', 'x']]);
    expect(await disputes('The Inspection of Zorvania said TikTok had not complied with amendments to the personal data law.')).toEqual([['other-government', 'tiktok']]);
    expect(await disputes('SKMM berkata Telegram belum mendaftar untuk lesen.')).toEqual([['mcmc', 'telegram']]);
  });

  it('reads asking that an act be undone as opposing it, but not an association\'s members as the association', async () => {
    expect(await disputes('Seorang Ahli Parlimen pembangkang hari ini menggesa SKMM menarik balik sekatan terhadap laman web itu.')).toEqual([['parliament-my', 'mcmc']]);
    expect(await disputes('Meta urged the MCMC to restore full access to its services.')).toEqual([['meta', 'mcmc']]);
    expect(await disputes('The Asia Internet Coalition, an industry association whose members include Google, Meta and X, urged the MCMC to withdraw the licensing framework.')).toEqual([]);
  });

  it('reads "prosiding rasmi terhadap" as formal proceedings against a platform, as in English', async () => {
    expect(await disputes('Suruhanjaya Eropah membuka prosiding rasmi terhadap TikTok di bawah Akta Perkhidmatan Digital.')).toEqual([['european-commission', 'tiktok']]);
  });

  it('reads no block in a denied claim, and reads "kebimbangan terhadap" as a complaint', async () => {
    expect(await disputes('SKMM menafikan dakwaan yang tular bahawa kerajaan akan menyekat akses kepada Facebook dan WhatsApp.')).toEqual([]);
    expect(await disputes('SKMM menyatakan kebimbangan terhadap kelewatan TikTok bertindak ke atas laporan kandungan berunsur perkauman.')).toEqual([['mcmc', 'tiktok']]);
  });

  it('does not read "declined to comment", "enggan mengulas", no answer to a request for comment or declining to confirm as a refusal', async () => {
    expect(await disputes('The MCMC asked about the licence. Telegram declined to comment on the scam channels.')).toEqual([]);
    expect(await disputes('SKMM bertanya tentang lesen itu. Telegram enggan mengulas mengenai saluran penipuan.')).toEqual([]);
    expect(await disputes('Meta, syarikat induk Facebook, dan Twitter tidak menjawab permintaan untuk mengulas.', 'Presiden Zorvania veto rang undang-undang')).toEqual([]);
    expect(await disputes('SKMM berkata Telegram tidak menjawab surat daripada suruhanjaya itu.')).toEqual([['mcmc', 'telegram']]);
    // Declining to confirm, to say or to be named refuses no one.
    expect(await disputes('The MCMC asked about the licence. Telegram declined to confirm whether it had removed the channels.')).toEqual([]);
    expect(await disputes('SKMM bertanya tentang lesen itu. Telegram enggan mengesahkan sama ada saluran itu telah dibuang.')).toEqual([]);
    expect(await disputes('SKMM meminta Meta menurunkan hantaran itu, kata seorang pegawai kanan yang enggan dinamakan.')).toEqual([]);
    expect(await disputes('The MCMC asked Meta to remove the posts, said an official who declined to be named.')).toEqual([]);
  });

  it('does not read the act an authority asks for as a conflict', async () => {
    expect(await disputes('The MCMC asked Google and Meta to reject adverts for online gambling sites.')).toEqual([]);
  });

  it('drops a list of platforms named as examples and a platform that only names content', async () => {
    expect(await disputes('The MCMC criticised platforms such as YouTube, Facebook and TikTok for slow responses to scam reports.')).toEqual([]);
    expect(await disputes('A man who posted a YouTube video criticising the MCMC was charged in court.')).toEqual([]);
    expect(await disputes('SKMM mengkritik hantaran Facebook yang menghina polis.')).toEqual([]);
    // A channel or group named with the platform in one name ("saluran Telegram", platforms.json) is content too.
    expect(await disputes('MCMC memfailkan tindakan sivil terhadap saluran Telegram Edisi Siasat dan Edisi Khas.')).toEqual([]);
    expect(await disputes('The MCMC criticised Telegram groups selling stolen data.')).toEqual([]);
    expect(await disputes('The MCMC criticised Telegram for selling stolen data.')).toEqual([['mcmc', 'telegram']]);
  });

  it('makes no dispute between two authorities in a crime report', async () => {
    expect(await disputes('A man who criticised the police was fined by the court, the MCMC said.')).toEqual([]);
  });

  it('makes no dispute between two platforms named together', async () => {
    expect(await disputes('New rules will force Google, Meta and TikTok to do more against scams or face fines.')).toEqual([]);
  });

  it('pairs the authority with every platform it fined, however long the list', async () => {
    const fined = await disputes('The MCMC fined Facebook, Instagram, YouTube, Telegram and TikTok for failing to register under the licensing rules.');
    expect(fined.map(([, against]) => against)).toEqual(['facebook', 'instagram', 'youtube', 'telegram', 'tiktok']);
  });
});

describe('a platform answering back with a verb in "dis-"', () => {
  it('reads "Meta disagreed" as the platform\'s dispute, not as Meta acted on (Malay\'s passive "di-")', async () => {
    const t = await tag("Ireland's Data Protection Commission fined Meta 90 million euros over Instagram accounts. Meta disagreed with the decision.");
    expect(t.disputes.map((d) => [d.from, d.against])).toEqual([
      ['other-government', 'meta'],
      ['meta', 'other-government'],
    ]);
    expect((await tag('Kerajaan Vietnam berkata Telegram disaman kerana gagal mematuhi undang-undang siber.')).disputes.map((d) => [d.from, d.against])).toEqual([
      ['other-government', 'telegram'],
    ]);
  });
});

describe('blame and denial', () => {
  it('reads blame in Malay, and a platform denying an accusation as its dispute back', async () => {
    expect(await pairs('Roskomnadzor menyalahkan Google kerana tidak menaik taraf pelayan di Rusia.')).toEqual([['other-government', 'google']]);
    expect(await pairs('Roskomnadzor menuduh YouTube melanggar undang-undang Rusia. YouTube menafikan dakwaan itu.')).toContainEqual(['youtube', 'other-government']);
    expect(await pairs('Roskomnadzor accused the messaging app Telegram of ignoring its orders. Telegram denied the allegations on Tuesday.')).toContainEqual(['telegram', 'other-government']);
  });
  it('reads no dispute in a body denying a rumour about a platform', async () => {
    expect((await tag('KKMM menafikan dakwaan yang tular di media sosial bahawa kerajaan akan menyekat akses kepada Facebook.')).disputes).toEqual([]);
  });
});

describe('dispute issue', () => {
  it('takes the issue the statement is most about when the sentence names several', async () => {
    const t = await tag(
      'The MCMC fined Telegram over online gambling adverts and the removal of scam posts. Online gambling has grown fast.',
      'MCMC targets online gambling on Telegram',
    );
    expect(t.disputes.map((d) => d.over)).toEqual(['online-gambling']);
  });

  it('reads no dispute in a list of platforms under an age restriction ("sekatan umur"), and one in a block', async () => {
    const pairs = async (text: string) => (await tag(text, 'eSafety')).disputes.map((d) => [d.from, d.against]);
    expect(await pairs('Berdasarkan penilaian eSafety, platform berikut dikenakan sekatan umur: Facebook, Instagram, TikTok dan X.')).toEqual([]);
    expect(await pairs('eSafety mengenakan sekatan ke atas TikTok semalam.')).toEqual([['esafety', 'tiktok']]);
  });

  it('reads a ban or a suspension as about blocking when its sentence names no issue', async () => {
    expect((await tag('Kerajaan mengharamkan TikTok di seluruh negara, kata SKMM.')).disputes.map((d) => [d.from, d.against, d.over])).toEqual([['other-government', 'tiktok', 'content-removal']]);
  });

  it('reads an issue given as the reason for a fine or a ban as what the parties are at odds over', async () => {
    // The statement is mostly about the law (its headline names it) or about blocking; the reason still decides.
    const fine = await tag(
      'The Zorvanian Ministry of Communication fined TikTok over hate speech, its first penalty since the online safety law took effect.',
      'Online safety law brings first fine',
    );
    expect(fine.disputes.map((d) => [d.from, d.against, d.over])).toEqual([['other-government', 'tiktok', 'hate-speech']]);
    const ban = await tag('Kerajaan Zorvania menyekat ChatGPT atas kebimbangan privasi. Sekatan itu menyusuli sekatan aplikasi lain.', 'Aplikasi disekat');
    expect(ban.disputes.map((d) => [d.from, d.against, d.over])).toEqual([['other-government', 'openai', 'privacy']]);
    // A failure to fight a harm is a reason too, six words from it.
    const failed = await tag(
      'Kementerian Sains Zorvania mengarahkan syarikat telekomunikasi menyekat aplikasi Telegram atas alasan ia gagal bekerjasama dalam membanteras penipuan. Sekatan itu berkuat kuasa serta-merta.',
      'Zorvania sekat Telegram',
    );
    expect(failed.disputes.map((d) => [d.from, d.against, d.over])).toEqual([['other-government', 'telegram', 'scams']]);
  });

  it('reads a block for want of a licence or registration as over licensing, not blocking', async () => {
    const over = async (text: string) => (await tag(text, 'Platforms blocked')).disputes.map((d) => [d.from, d.against, d.over]);
    expect(await over('The Zorvanian Ministry of Communication blocked Facebook and X, two of the unregistered platforms, on Friday.')).toEqual([
      ['other-government', 'facebook', 'licensing'],
      ['other-government', 'x', 'licensing'],
    ]);
    expect(await over('Kerajaan Zorvania menyekat akses kepada Facebook selepas syarikat itu gagal mendaftar dengan kementerian.')).toEqual([
      ['other-government', 'facebook', 'licensing'],
    ]);
  });

  it('knows a social media law and a bargaining code as what a dispute is about', async () => {
    expect((await tag('Turkey fined Twitter under its social media law, the ministry said.')).disputes.map((d) => d.over)).toEqual(['online-safety-law']);
    expect((await tag('Facebook blocked news in protest against the government\'s news media bargaining code.')).disputes.map((d) => d.over)).toEqual(['code-of-conduct']);
  });

  it('reads a data protection authority\'s dispute as about privacy when its sentence names no issue', async () => {
    const t = await tag(
      "Zorvania's Data Protection Commission fined Meta 90 million euros over Instagram accounts of children. Meta said it would appeal the fine.",
      "Meta fined over children's Instagram accounts",
    );
    expect(t.disputes.map((d) => [d.from, d.against, d.over])).toContainEqual(['meta', 'other-government', 'privacy']);
  });

  it('reads a data protection authority\'s dispute as about privacy when its sentence names another harm', async () => {
    const t = await tag("Zorvania's Data Protection Commission today fined TikTok €345 million over default settings for teenagers' accounts.");
    expect(t.disputes.map((d) => [d.from, d.against, d.over])).toEqual([['other-government', 'tiktok', 'privacy']]);
  });

  it('reads a block in a statement about a ban from government devices as over privacy', async () => {
    const over = async (text: string) => (await tag(text)).disputes.map((d) => [d.from, d.against, d.over]);
    expect(await over('The Zorvania Ministry of Digital Affairs banned TikTok from government devices on Monday. The Zorvania Ministry of Digital Affairs also blocks TikTok on official networks.'))
      .toEqual([['other-government', 'tiktok', 'privacy']]);
  });

  it('reads a block in a statement about national security and users\' data as over privacy, and one without it as a block', async () => {
    const over = async (text: string, lang = 'en') => (await tag(text, '', { lang })).disputes.map((d) => [d.from, d.against, d.over]);
    const block = 'The Zorvania Ministry of Digital Affairs blocked TikTok and WeChat on Monday.';
    expect(await over(`${block} The ministry said the apps were collecting users' personal data, a threat to national security.`))
      .toEqual([['other-government', 'tiktok', 'privacy'], ['other-government', 'wechat', 'privacy']]);
    expect(await over(`${block} The ministry said the apps were collecting users' personal data.`))
      .toEqual([['other-government', 'tiktok', 'content-removal'], ['other-government', 'wechat', 'content-removal']]);
    // Data named without a privacy word, beside national security.
    expect(await over(`${block} The ministry cited national security; the companies said they protect the data of people in Zorvania.`))
      .toEqual([['other-government', 'tiktok', 'privacy'], ['other-government', 'wechat', 'privacy']]);
    expect(await over('Kementerian Hal Ehwal Digital Zorvania menyekat TikTok semalam. Kementerian itu berkata aplikasi tersebut mengumpul data peribadi pengguna dan mengancam keselamatan negara.', 'ms'))
      .toEqual([['other-government', 'tiktok', 'privacy']]);
  });

  it('reads a refusal or criticism whose sentence names a block, in a statement of no issue, as over blocking', async () => {
    const over = async (text: string, lang = 'en') => (await tag(text, '', { lang })).disputes.map((d) => [d.from, d.against, d.over]);
    expect(await over('Kerajaan Zorvania enggan menarik balik sekatan TikTok di wilayah itu.', 'ms')).toEqual([['other-government', 'tiktok', 'content-removal']]);
    // No block named: no issue to give.
    expect(await over('Kerajaan Zorvania enggan bertemu wakil TikTok minggu ini.', 'ms')).toEqual([['other-government', 'tiktok', null]]);
  });

  it('reads a block of a platform not registered as an electronic system operator as over licensing, in Malay too', async () => {
    const t = await tag('JAKARTA – Kominfo menyekat Google kerana tidak berdaftar sebagai penyelenggara sistem elektronik.', '', { lang: 'ms' });
    expect(t.issues).toContain('licensing');
    expect(t.disputes.map((d) => [d.from, d.against, d.over])).toEqual([['komdigi', 'google', 'licensing']]);
  });

  it('reads a conflict over children and an age limit as over age assurance, the narrower issue', async () => {
    const over = async (text: string) => (await tag(text)).disputes.map((d) => [d.from, d.against, d.over]);
    expect(await over('The Zorvania Communications Authority sued Snapchat, saying the app let children under 13 open accounts without age verification.'))
      .toEqual([['other-government', 'snapchat', 'age-assurance']]);
    expect(await over('Suruhanjaya Komunikasi Zorvania menyaman Snapchat yang membenarkan kanak-kanak bawah 13 tahun membuka akaun tanpa pengesahan umur.'))
      .toEqual([['other-government', 'snapchat', 'age-assurance']]);
    // So where the conflict sentence names no issue and the statement names both; "the ministry" is the one named.
    expect(await over('The Zorvanian Ministry of Communication will require age verification to protect children online from next year. Reddit filed a lawsuit against the ministry on Monday.'))
      .toEqual([['reddit', 'other-government', 'age-assurance']]);
  });

  it('reads "X fines Y" with an amount or a reason, and a fine "of" an amount "on" a platform, as a sanction', async () => {
    expect(await pairs('The Zorvania Competition Authority fines Facebook HUF 1.2 billion over misleading claims.')).toEqual([['other-government', 'facebook']]);
    expect(await pairs('The Zorvania Communications Commission fines TikTok for collecting the data of children.')).toEqual([['other-government', 'tiktok']]);
    expect(await pairs('The Zorvania Competition Authority has imposed a fine of HUF 1.2 billion on Facebook Ireland Ltd.')).toEqual([['other-government', 'facebook']]);
    // Fines as a noun: no act.
    expect(await pairs('The Zorvania Communications Commission said fines for late filings on TikTok rose last year.')).toEqual([]);
  });

  it('knows the right to be forgotten, data harvesting, data sharing and interception as privacy', async () => {
    for (const text of [
      'The regulator fined Google for failing to honour right-to-be-forgotten requests.',
      'The commissioner accused TikTok of extensive data harvesting on its app.',
      'DPC mendenda WhatsApp kerana kurang telus tentang perkongsian data dengan syarikat lain.',
      'The cyber law sets up a centre for the lawful interception of communications on WhatsApp and other apps.',
      'Akta itu memberi pihak berkuasa kuasa luas untuk memintas komunikasi di media sosial.',
    ]) expect((await tag(text)).issues, text).toContain('privacy');
    expect((await tag('Ramai pengguna beralih kepada VPN bagi memintas sekatan ke atas Facebook, kata SKMM.')).issues).not.toContain('privacy');
  });

  it('reads customer or user data, biometric data and accounts private by default as privacy', async () => {
    for (const text of [
      "Zorvania's competition authority fined Google and Apple 10 million euros each over the use of customer data.",
      'Komdigi menggantung aplikasi Worldcoin di Indonesia kerana bimbang ke mana data biometrik pengguna dihantar.',
      'Remaja di bawah 16 tahun akan mendapat akaun peribadi secara lalai apabila mendaftar di Instagram, kata SKMM.',
    ]) expect((await tag(text)).issues, text).toContain('privacy');
  });

  it('reads data collection and a people\'s data ("data rakyat") as privacy, and the dispute over them with it', async () => {
    for (const text of [
      'The Zorvania Supreme Court upheld the law, citing national security concerns about the app\'s data collection practices.',
      'Jabatan Kehakiman Zorvania berkata undang-undang itu melindungi data rakyat Zorvania daripada kerajaan asing.',
      'SKMM akan mengkaji pengumpulan data oleh TikTok di Malaysia.',
    ]) expect((await tag(text)).issues, text).toContain('privacy');
    const over = async (text: string) => (await tag(text)).disputes.map((d) => [d.from, d.against, d.over]);
    expect(await over('The Zorvania Supreme Court upheld a law that bans TikTok, citing national security concerns about its data collection.'))
      .toEqual([['other-government', 'tiktok', 'privacy']]);
  });

  it('reads censorship ("penapisan") as about removing content, and criticism over it as over that', async () => {
    const over = async (text: string, lang = 'en') => (await tag(text, '', { lang })).disputes.map((d) => [d.from, d.against, d.over]);
    expect(await over('The Zorvania Supreme Court ruled that platforms must act on notices about posts harming children. Google and Meta criticised the ruling, saying it could lead to excessive censorship.'))
      .toEqual([['google', 'other-government', 'content-removal'], ['meta', 'other-government', 'content-removal']]);
    expect(await over('Mahkamah Agung Zorvania memutuskan platform perlu bertindak terhadap kandungan yang membahayakan kanak-kanak. Google dan Meta mengkritik keputusan itu, dengan alasan ia boleh mendorong penapisan berlebihan.', 'ms'))
      .toEqual([['google', 'other-government', 'content-removal'], ['meta', 'other-government', 'content-removal']]);
  });

  it('reads a children\'s privacy law as about privacy, not child safety', async () => {
    for (const text of [
      "The FTC alleged that TikTok violated the Children's Online Privacy Protection Act by collecting children's names.",
      'The FTC accused TikTok of repeatedly breaching COPPA, the US law on apps used by under-13s.',
      'Pihak berkuasa mendenda TikTok kerana melanggar privasi kanak-kanak di aplikasinya.',
    ]) expect((await tag(text)).disputes.map((d) => d.over), text).toEqual(['privacy']);
  });
  it('reads the European Commission acting against member states as a dispute with another government', async () => {
    for (const text of [
      'The European Commission has today decided to send reasoned opinions to Czechia and Poland for failing to designate their Digital Services Coordinators under the Digital Services Act.',
      'Suruhanjaya Eropah hari ini merujuk Poland ke Mahkamah Keadilan Kesatuan Eropah kerana gagal melantik Penyelaras Perkhidmatan Digital di bawah Akta Perkhidmatan Digital.',
      'Poland sebelum ini menerima amaran daripada Suruhanjaya Eropah kerana lewat melantik penyelaras DSA.',
    ]) expect((await tag(text)).disputes.map((d) => [d.from, d.against]), text).toEqual([['european-commission', 'other-government']]);
    // A pronoun read back to the Commission ("their health") does not make it the one acting.
    const t = await tag(
      'Officials at the European Commission said they were in close contact with Polish authorities. Warsaw has accused Russia of sabotage, and several candidates have complained of false claims circulating online about their health and their families.',
    );
    expect(t.disputes).toEqual([]);
  });
  it('keeps the product as the party when its owner is named only to describe it ("the Meta-owned platform")', async () => {
    const t = await tag("Turkey's telecommunications regulator blocked access to Instagram on Friday, two days after a presidential aide accused the Meta-owned platform of censorship.");
    expect(t.disputes.map((d) => [d.from, d.against])).toEqual([['other-government', 'instagram']]);
  });
  it('reads a notice of caution to a platform as a dispute, and urging caution as none', async () => {
    const t = await tag("Zorvania's Personal Information Protection Commission today issued a notice of caution to OpenAI over ChatGPT's handling of sensitive personal information.");
    expect(t.disputes.map((d) => [d.from, d.against, d.over])).toEqual([['other-government', 'openai', 'privacy']]);
    expect((await tag("Zorvania's Personal Information Protection Commission urged caution in using ChatGPT, OpenAI's chatbot.")).disputes).toEqual([]);
  });
  it('reads a country\'s minister by what the ministry is of, "barred from" as a ban, and a Malay legal challenge', async () => {
    expect(await pairs("India's information technology minister accused Twitter on Wednesday of deliberately failing to follow the country's new rules.")).toEqual([
      ['other-government', 'x'],
    ]);
    expect(await pairs('The Ministry of Digital Affairs of Zorvania said Douyin and TikTok are barred from government devices.')).toEqual([['other-government', 'tiktok']]);
    expect(await pairs('NEW DELHI: Kementerian Elektronik India mewajibkan kebolehkesanan mesej. WhatsApp telah memfailkan cabaran undang-undang di mahkamah terhadap peruntukan kebolehkesanan dalam peraturan tersebut.')).toEqual([
      ['whatsapp', 'other-government'],
    ]);
    // A challenge "against" the law and a suit filed are challenges too.
    for (const text of [
      'Kerajaan Zorvania berkata platform media sosial telah menutup 4.7 juta akaun. Reddit, yang memfailkan cabaran terhadap undang-undang itu di Mahkamah Tinggi, berkata ia mematuhinya.',
      'Kerajaan Zorvania berkata platform media sosial telah menutup 4.7 juta akaun. Reddit telah memfailkan saman di Mahkamah Tinggi.',
    ]) expect(await pairs(text), text).toEqual([['reddit', 'other-government']]);
  });
  it('reads a ban on government devices as about privacy (data security), the issue its dispute is over', async () => {
    const t = await tag('The Ministry of Digital Affairs of Zorvania said TikTok is barred from government devices.');
    expect(t.issues).toContain('privacy');
    expect(t.disputes.map((d) => [d.from, d.against, d.over])).toEqual([['other-government', 'tiktok', 'privacy']]);
    expect((await tag('Kementerian Luar Zorvania melarang TikTok pada peranti rasmi kakitangannya.')).issues).toContain('privacy');
  });
  it('reads the platform a criticism is made "menerusi" (through) as the place, not a party', async () => {
    expect(await disputes('SKMM mengkritik TikTok menerusi Facebook semalam kerana gagal menurunkan kandungan judi.')).toEqual([['mcmc', 'tiktok']]);
  });

  it('reads a block asked about ("sama ada", "whether") as no act, and one told as done as an act', async () => {
    expect(await disputes('Pihak Berkuasa Komunikasi Zorvania enggan mengesahkan sama ada ia mengarahkan pembekal internet menyekat Telegram.')).toEqual([]);
    expect(await disputes('Reporters asked whether the Zorvania Communications Authority had ordered internet providers to block Telegram.')).toEqual([]);
    expect(await disputes('The Zorvania Communications Authority ordered internet providers to block Telegram on Monday.')).toEqual([['other-government', 'telegram']]);
  });

  it('reads the companies an industry group represents as no party to its criticism', async () => {
    expect(await disputes('The bill was sponsored by Zorvania state Senator Elaine Pettigrew. NetChoice, which represents Meta and Google, said it was weighing legal action against the state.')).toEqual([]);
  });

  it('reads a challenge by a third party ("civil society groups", "legal experts") as no platform\'s dispute or promise', async () => {
    const story = 'The Zorvania Ministry of Digital Affairs published the bill on Monday. The Asia Internet Coalition, whose members include Google, Meta and X, said it was concerned.';
    const challenge = `${story} Several civil society groups have said they will challenge it in the Supreme Court.`;
    expect(await disputes(challenge)).toEqual([]);
    expect((await tag(challenge)).commitments).toEqual([]);
    // A platform named in such a sentence is still a party.
    expect(await disputes(`${story} Rights groups said Meta would challenge the bill in court.`)).toEqual([['meta', 'other-government']]);
  });

  it('reads the platform someone is banned from as the place, not a target of the ban', async () => {
    const t = await tag('Effective immediately, we are banning the remaining Myanmar military and military-controlled state and media entities from Facebook and Instagram.', 'An update on Myanmar');
    expect(t.disputes.map((d) => d.against)).not.toContain('instagram');
    // Those banned named at length: the platform is still where they are banned from.
    const long = await tag(
      'The Ministry of Defence of Zorvania has ordered telecommunications providers to block Facebook. Today we are banning the remaining accounts of the Zorvanian army, known as the Ground Force, and of army-controlled state and media entities from Facebook and Instagram.',
      'An update on Zorvania',
    );
    expect(long.disputes.map((d) => [d.from, d.against])).toEqual([['other-government', 'facebook']]);
  });
  it('gives a platform acting against a target that is no party no dispute with the authority named before', async () => {
    const t = await tag(
      'Mahkamah Pilihan Raya Zorvania meminta WhatsApp menyerahkan data. WhatsApp berkata: "Kami juga akan terus mengambil tindakan undang-undang terhadap syarikat yang menawarkan perkhidmatan penghantaran mesej pukal."',
    );
    expect(t.disputes.filter((d) => d.from === 'whatsapp')).toEqual([]);
  });
  it('reads no ban in "accounts that were banned" named in a request', async () => {
    const t = await tag('Mahkamah Pilihan Raya Tertinggi Zorvania sebelum ini meminta WhatsApp menyerahkan data mengenai akaun yang diharamkan semasa kempen pilihan raya.');
    expect(t.disputes).toEqual([]);
    expect(t.demands.map((d) => [d.by, d.on])).toEqual([['other-government', 'whatsapp']]);
  });
  it('reads a platform blocking hundreds of channels, and what "should not be banned", as no ban on a platform', async () => {
    const own = await tag(
      'Telegram menjawab Suruhanjaya Standard Komunikasi Korea (KCSC). Sejak Ogos, moderator kami telah memadam 25 video yang dirujuk oleh suruhanjaya itu dan menyekat ratusan saluran serta kumpulan yang berkongsi kandungan deepfake.',
      'Kenyataan Telegram',
    );
    expect(own.disputes.filter((d) => d.against === 'telegram')).toEqual([]);
    const asked = await tag('Mahkamah Tinggi Zorvania meminta kerajaan menjelaskan mengapa aplikasi Bigo Live tidak patut diharamkan.');
    expect(asked.disputes.filter((d) => d.against === 'bigo-live')).toEqual([]);
  });
  it('has platforms named as examples of "syarikat teknologi" act when they criticise', async () => {
    const t = await tag('Kerajaan Zorvania meluluskan undang-undang baharu. Syarikat teknologi termasuk Google dan Facebook sebelum ini mengkritik undang-undang itu kerana memberi kuasa yang terlalu luas kepada kerajaan.');
    expect(t.disputes.map((d) => [d.from, d.against])).toEqual([
      ['google', 'other-government'],
      ['facebook', 'other-government'],
    ]);
  });
  it('reads content a platform is asked to suspend or remove, counted or described, as no ban on the platform', async () => {
    const counted = await tag('SKMM turut meminta Twitter menurunkan 11 hantaran dan menggantung dua akaun yang berulang kali menyiarkan kandungan tersebut.', '', { lang: 'ms' });
    expect(counted.disputes).toEqual([]);
    const described = await tag('Pihak berkuasa Zorvania turut meminta YouTube memadam saluran-saluran yang menyiarkan semula kandungan televisyen Rusia yang telah diharamkan.', '', { lang: 'ms' });
    expect(described.disputes).toEqual([]);
    expect((await tag('Pihak berkuasa Zorvania telah mengharamkan YouTube.', '', { lang: 'ms' })).disputes.map((d) => d.against)).toEqual(['youtube']);
  });
  it('reads ads a platform is asked to block, and accounts a platform says "it" will suspend, as no ban on the platform', async () => {
    const ads = await tag('SKMM menggesa Meta supaya mengesahkan identiti semua pengiklan, dan menyekat iklan yang menggunakan wajah individu tanpa kebenaran.', '', { lang: 'ms' });
    expect(ads.disputes).toEqual([]);
    const own = await tag('Lazada pula memaklumkan Kementerian Perdagangan Zorvania bahawa ia akan menggantung akaun penjual yang mengulangi kesalahan.', '', { lang: 'ms' });
    expect(own.disputes).toEqual([]);
  });
  it('reads a body that "does not accept" a platform\'s position, or "memandang serius" its act, as in dispute with it', async () => {
    const pair = async (text: string, lang = 'en') => (await tag(text, '', { lang })).disputes.map((d) => [d.from, d.against]);
    expect(await pair('X has informed the MCMC that it does not meet the threshold. The MCMC does not accept this position and will assess X\'s user numbers.')).toContainEqual(['mcmc', 'x']);
    expect(await pair('Kementerian Komunikasi (KKD) memandang serius tindakan Meta menurunkan beberapa hantaran di Facebook.', 'ms')).toEqual([['kkd', 'meta']]);
    expect(await pair('The regulators asked WhatsApp not to restrict features for users who do not accept the new terms.')).toEqual([]);
  });
  it('reads a dispute under a safety law as over the harm the statement applies it to, not over the law', async () => {
    const over = async (text: string, lang = 'en') => (await tag(text, '', { lang })).disputes.map((d) => [d.from, d.against, d.over]);
    const proceedings = 'The European Commission opened formal proceedings against TikTok under the Digital Services Act. The Commission said it feared foreign interference in the election.';
    expect(await over(proceedings)).toEqual([['european-commission', 'tiktok', 'misinformation']]);
    const malay = 'Suruhanjaya Eropah membuka prosiding rasmi terhadap TikTok di bawah Akta Perkhidmatan Digital. Suruhanjaya bimbang tentang campur tangan asing dalam pilihan raya.';
    expect(await over(malay, 'ms')).toEqual([['european-commission', 'tiktok', 'misinformation']]);
    // The law itself opposed is what the dispute is over.
    const opposed = 'The European Commission published guidelines. TikTok criticised the Digital Services Act. The Commission said it feared foreign interference in the election.';
    expect(await over(opposed)).toEqual([['tiktok', 'european-commission', 'online-safety-law']]);
  });
  it('reads a platform "called on" to undo an act as a party, not as a place', async () => {
    const pair = async (text: string) => (await tag(text)).disputes.map((d) => [d.from, d.against]);
    expect(await pair('Facebook restricted news in Zorvania. The Government of Zorvania calls on Facebook to restore access to emergency pages.')).toEqual([['other-government', 'facebook']]);
    // A platform on which something happens stays a place.
    expect(await pair('The Government of Zorvania criticised scam adverts on Facebook.')).toEqual([]);
  });
  it('reads a platform that pays to settle a suit as the one sued', async () => {
    const ms = 'Kerajaan Zorvania memfailkan saman terhadap Meta Platforms pada 2022. Meta Platforms bersetuju membayar AS$1.4 bilion bagi menyelesaikan saman itu.';
    expect(await pairs(ms, 'ms')).toEqual([['other-government', 'meta']]);
    const en = 'The government of Zorvania filed a lawsuit against Meta Platforms in 2022. Meta Platforms agreed to pay $1.4 billion to settle the lawsuit.';
    expect(await pairs(en)).toEqual([['other-government', 'meta']]);
  });
  it('reads "we call on" or "we urge" a platform to undo an act as opposing it', async () => {
    expect(await pairs('Statement by the Ministry of Zorvania. We call on Meta to reverse its decision and restore access to news on Facebook.')).toEqual([['other-government', 'meta']]);
    expect(await pairs('Statement by the Ministry of Zorvania. We urge Meta to restore access to news on Facebook.')).toEqual([['other-government', 'meta']]);
  });
  it('reads a block inside the act a body asks a platform for as no block of the platform', async () => {
    const t = await tag('Kementerian Zorvania turut menggesa Facebook dan WhatsApp bekerjasama dengan polis dalam mengenal pasti dan menyekat penyebaran berita palsu.', '', { lang: 'ms' });
    expect(t.disputes).toEqual([]);
    expect(t.demands.map((d) => d.on)).toEqual(['facebook', 'whatsapp']);
  });
  it('reads an investigation into a named platform as an act against it, and one into a harm as none', async () => {
    expect(await pairs('The Zorvania Communications Authority has opened a preliminary investigation into TikTok over the spread of deepfakes on the app.')).toEqual([['other-government', 'tiktok']]);
    expect(await pairs('Kementerian Zorvania memulakan siasatan terhadap TikTok berhubung data pengguna kanak-kanak.', 'ms')).toEqual([['other-government', 'tiktok']]);
    expect(await pairs('Jawatankuasa Parlimen Zorvania yang menyiasat penyebaran berita palsu menggesa Meta dan TikTok mendedahkan pemilik akaun.', 'ms')).toEqual([]);
  });
  it('reads the examples of a class of services blocked as what is blocked, not as places', async () => {
    expect(await pairs('Pihak Berkuasa Teknologi Maklumat dan Komunikasi Zorvania mengarahkan semua pembekal perkhidmatan internet menggantung akses kepada platform seperti Facebook, Instagram dan TikTok.', 'ms'))
      .toEqual([['other-government', 'facebook'], ['other-government', 'instagram'], ['other-government', 'tiktok']]);
    // Scam calls on services such as WhatsApp are still where something happens.
    expect(await pairs('The Zorvania Communications Authority warned the public about scam calls on services such as WhatsApp.')).toEqual([]);
  });

  it('keeps a product named side by side with its parent as a party of its own, and folds one named in passing into it', async () => {
    expect(await pairs('The Zorvania Competition Commission fined Meta Platforms, Inc. and WhatsApp LLC $220 million over data sharing.'))
      .toEqual([['other-government', 'meta'], ['other-government', 'whatsapp']]);
    expect(await pairs('The Zorvania Competition Commission fined Meta over data sharing on WhatsApp.')).toEqual([['other-government', 'meta']]);
  });
  it('reads no dispute in a breach that may be found, a ban a petition seeks, or a platform blocking access to content', async () => {
    expect(await pairs('Sekiranya didapati melanggar undang-undang itu, TikTok boleh didenda oleh Suruhanjaya Komunikasi Zorvania.', 'ms')).toEqual([]);
    expect(await pairs('If found to have breached the rules, TikTok could be fined by the Zorvania Communications Commission.')).toEqual([]);
    expect(await pairs('Ofcom has contacted X about Grok. If X is found to have breached the law, it could be fined up to 10% of its revenue.')).toEqual([]);
    expect(await pairs('The Public Petitions Committee of the National Assembly of Zorvania heard the petition seeking a ban of TikTok.')).toEqual([]);
    expect(await pairs('YouTube menyekat akses kepada episod tersebut di Zorvania, susulan notis daripada Kementerian Penerangan Zorvania.', 'ms')).toEqual([]);
  });
  it('reads a data breach a service suffered as no dispute, and a breach of a law as one', async () => {
    const story = 'The Zorvania Data Protection Authority opened an inquiry into ChatGPT on Monday.';
    expect(await pairs(`${story} ChatGPT suffered a data breach on 20 March concerning users' conversations.`)).toEqual([]);
    expect(await pairs(`${story} The Zorvania Data Protection Authority said OpenAI was in breach of the data protection law.`)).toEqual([['other-government', 'openai']]);
  });
});

describe('summons, protective measures and a platform worried by a decision', () => {
  it('reads an authority summoning a platform, "memanggil wakil" too, as an act against it; a committee\'s summons or traffic summonses as none', async () => {
    expect(await pairs('The Zorvania Ministry of Information summoned representatives of Meta and TikTok over protest content.'))
      .toEqual([['other-government', 'meta'], ['other-government', 'tiktok']]);
    expect(await pairs('SKMM hari ini memanggil wakil TikTok berhubung penyebaran kandungan provokatif.', 'ms')).toEqual([['mcmc', 'tiktok']]);
    expect(await pairs('The Zorvania Road Transport Department said it had issued 38,000 summonses, which motorists can pay on Facebook.')).toEqual([]);
    // A legislature's summons is a hearing.
    expect(await pairs('A parliamentary select committee summoned representatives of Meta and Google to explain how they handle scam advertisements.')).toEqual([]);
  });

  it('reads a "langkah perlindungan" put on a platform as a block by the authority that put it', async () => {
    expect(await pairs('Pihak Berkuasa Teknologi Maklumat Zorvania memaklumkan bahawa satu langkah perlindungan pentadbiran telah dikenakan ke atas aplikasi Instagram.', 'ms'))
      .toEqual([['other-government', 'instagram']]);
  });

  it('reads a platform "bimbang dengan keputusan" as opposing the authority named before, and "bimbang" about a harm as nothing', async () => {
    const ban = 'SKMM mengarahkan akses kepada X disekat semalam.';
    expect(await pairs(`${ban} Jurucakap syarikat itu berkata, X amat bimbang dengan keputusan tersebut.`, 'ms')).toContainEqual(['x', 'mcmc']);
    expect(await pairs('SKMM bertemu X semalam. X berkata ia bimbang dengan penipuan dalam talian.', 'ms')).toEqual([]);
  });
});

describe('a platform withdrawing news', () => {
  it('reads a platform ending news in answer to a law as at odds with the government behind it, in English and Malay', async () => {
    expect(await pairs('The Zorvania Ministry of Heritage said the Online News Act takes effect on 1 June. Meta said it would end news availability on Facebook in Zorvania.'))
      .toEqual([['meta', 'other-government']]);
    expect(await pairs('Kementerian Warisan Zorvania berkata Akta Berita Dalam Talian berkuat kuasa bulan depan. Meta berkata ia akan menamatkan ketersediaan berita di Facebook.', 'ms'))
      .toEqual([['meta', 'other-government']]);
  });

  it('reads a platform blocking fake news, or a news conference ended, as no dispute', async () => {
    expect(await pairs('Kementerian Warisan Zorvania berkata akta itu berkuat kuasa bulan depan. Meta berkata ia akan menyekat berita palsu di Facebook.', 'ms')).toEqual([]);
    expect(await pairs('The Zorvania Ministry of Heritage said the Online News Act takes effect next month. Meta ended the news conference after an hour.')).toEqual([]);
  });
});

describe('a process called rushed or political, and clauses in contrast', () => {
  it('reads a law called rushed, or an investigation "bermotifkan politik", as the platform opposing the authority named before', async () => {
    expect(await pairs('The Ministry of Communications tabled the Online Safety Bill on Monday. Meta said the bill had been rushed through without proper debate.'))
      .toEqual([['meta', 'kkd']]);
    expect(await pairs('Kementerian Komunikasi membuka siasatan ke atas X semalam. X menyifatkan siasatan itu sebagai "bermotifkan politik".', 'ms'))
      .toContainEqual(['x', 'kkd']);
  });

  it('finds the parties of a dispute in its own clause: the platform in the other clause of a "while" is no party', async () => {
    expect(await pairs('The Ministry of Communications tabled the bill on Monday. Snap said it would work with the ministry on the rules, while Meta said the bill had been rushed through without proper debate.'))
      .toEqual([['meta', 'kkd']]);
  });

  it('gives the whole sentence as the evidence of a dispute read from one of its clauses', async () => {
    const sentence = 'Snap said it would work with the ministry on the rules, while Meta said the bill had been rushed through without proper debate.';
    const found = await tag(`The Ministry of Communications tabled the bill on Monday. ${sentence}`);
    expect(found.disputes.map((d) => d.evidence)).toEqual([sentence]);
  });
});

describe('a platform\'s own rules', () => {
  it('reads content "melanggar garis panduan komuniti" as no dispute, and a platform "melanggar" a law as one', async () => {
    const hearing = 'Jawatankuasa Parlimen Zorvania mendengar keterangan TikTok semalam.';
    expect(await pairs(`${hearing} TikTok menyatakan bahawa ia telah memadam lebih 300,000 video kerana melanggar garis panduan komuniti.`, 'ms')).toEqual([]);
    expect(await pairs('SKMM melaporkan 17 hantaran kepada Facebook. Kami telah menurunkan 11 daripadanya kerana melanggar Piawaian Komuniti kami.', 'ms')).toEqual([]);
    expect(await pairs('SKMM berkata TikTok melanggar Akta Komunikasi dan Multimedia 1998.', 'ms')).toEqual([['mcmc', 'tiktok']]);
  });
});

describe('disapproval conveyed', () => {
  it('reads a ministry conveying its disapproval to a platform, or "tidak berpuas hati" with it, as a dispute', async () => {
    expect(await pairs('The Ministry of Communications conveyed its strong disapproval to the senior management of WhatsApp.')).toEqual([['kkd', 'whatsapp']]);
    expect(await pairs('SKMM menyatakan rasa tidak berpuas hati terhadap Facebook kerana lambat bertindak.', 'ms')).toEqual([['mcmc', 'facebook']]);
  });
});

describe('a demand said to undermine encryption', () => {
  const unordered = async (text: string) => (await pairs(text)).map((pair) => [...pair].sort());

  it('reads a platform arguing a demand would undermine encryption as at odds with the authority, and a harm said to undermine order as nothing', async () => {
    expect(await unordered('WhatsApp has told the Ministry of Communications it will not build a system to trace messages, arguing that doing so would undermine end-to-end encryption.'))
      .toEqual([['kkd', 'whatsapp']]);
    expect(await pairs('The Ministry of Communications said fake news would undermine public order, and urged users of WhatsApp to check before sharing.')).toEqual([]);
  });
});

describe('a class that might fail', () => {
  it('reads "mereka yang gagal …" and "those that fail …" as a class that might, not a party that did', async () => {
    const law = 'Peraturan baharu Zorvania mewajibkan saluran YouTube memohon lesen daripada Majlis Penyiaran Zorvania. Penyedia perkhidmatan diberi tempoh 30 hari untuk memohon.';
    expect(await pairs(`${law} Mereka yang gagal berbuat demikian boleh disekat aksesnya melalui perintah mahkamah.`, 'ms')).toEqual([]);
    expect(await pairs('The Zorvania regulator requires YouTube channels to hold a licence. Those that fail to apply could be blocked by court order.')).toEqual([]);
  });

  it('reads a failure told of "a platform" or "any platform" after "if" as a class that might fail', async () => {
    const directions = 'Parliament today passed the Elections Bill. The Returning Officer may issue corrective directions to social media services, such as Facebook, Instagram, TikTok and YouTube, to take down offending content for users in Singapore.';
    expect(await pairs(`${directions} If a social media service fails to comply with a corrective direction, it could be fined up to S$1 million upon conviction.`)).toEqual([]);
    const arahan = 'Parlimen semalam meluluskan Rang Undang-undang Pilihan Raya. Pegawai Pengurus boleh mengeluarkan arahan kepada platform media sosial seperti Facebook dan TikTok supaya menurunkan kandungan palsu bagi pengguna di Singapura.';
    expect(await pairs(`${arahan} Sekiranya mana-mana platform gagal mematuhi arahan itu, ia boleh didenda sehingga S$1 juta.`, 'ms')).toEqual([]);
  });
});

describe('a challenge that is a difficulty', () => {
  it('reads "this is a challenge that requires action" as no dispute, and a challenge in court as one', async () => {
    expect(await pairs('The Ministry of Communications has asked us to do more, and WhatsApp agrees that this is a challenge that requires action from everyone.')).toEqual([]);
    expect(await pairs('WhatsApp filed a challenge in the High Court against the Ministry of Communications over the traceability rule.')).toEqual([['whatsapp', 'kkd']]);
  });
});

describe('an owner named to describe', () => {
  it('reads the owner in "aplikasi pesanan milik Facebook itu" as no party, as in "the Meta-owned app"', async () => {
    expect(await pairs('Suruhanjaya Perlindungan Data Zorvania mengenakan denda 225 juta euro ke atas aplikasi pesanan milik Facebook itu.', 'ms')).toEqual([]);
    expect(await pairs('The Zorvania Data Protection Commission fined the messaging app owned by Facebook 225 million euros.')).toEqual([]);
  });
});

describe('criticism in Malay', () => {
  it('reads "mengkritik" as a party criticising, and criticism faced ("berdepan kritikan", "dikritik oleh …") as no dispute of the body named', async () => {
    expect(await pairs('SKMM mengkritik TikTok kerana lambat menurunkan kandungan penipuan.', 'ms')).toEqual([['mcmc', 'tiktok']]);
    expect(await pairs('Suruhanjaya Perlindungan Data Zorvania, pengawal selia utama bagi Google dan Apple, sering dikritik oleh pengawal selia lain kerana lambat.', 'ms')).toEqual([]);
    expect(await pairs('Suruhanjaya Komunikasi Zorvania menyiasat penyebaran video itu. YouTube dan Twitter turut berdepan kritikan kerana salinan video itu terus muncul.', 'ms')).toEqual([]);
  });
});

describe('an appeal users can make', () => {
  it('reads "how a user … can appeal" as no dispute, and a platform that "will appeal" as one', async () => {
    const rule = 'Earlier this month the Zorvania Ministry of Information amended the rules so that a fact-check unit can flag online content about the government as fake. Once content is flagged, platforms such as Facebook, YouTube and Twitter are expected to take it down.';
    expect(await pairs(`${rule} Who will check the checkers? The amendment does not say who will sit on the unit, what standards it will apply, or how a user whose post is flagged can appeal.`)).toEqual([]);
    expect(await pairs(`${rule} Facebook said it will appeal the ministry's decision.`)).toEqual([['facebook', 'other-government']]);
  });
});

describe('an association\'s members and "it"', () => {
  it('reads "it" after "whose members include Google, …" as no member, and "it" after a platform as the platform', async () => {
    const coalition = 'The Asia Internet Coalition, whose members include Google, Meta and X, urged the Zorvania Ministry of Digital Affairs to withdraw the Online Safety Bill before it is put to a vote.';
    expect(await pairs(coalition)).toEqual([]);
    expect(await pairs('The Zorvania Ministry of Digital Affairs published the bill on Monday. Google said it would challenge the bill in court.')).toEqual([['google', 'other-government']]);
  });

  it('keeps a body that a lawyer represents ("yang mewakili kerajaan") as the one who speaks and promises', async () => {
    const t = await tag('Peguam kanan yang mewakili kerajaan Zorvania, Ravi Iyer, memberitahu mahkamah bahawa pihaknya akan memfailkan afidavit jawapan dalam tempoh tiga minggu.', '', { lang: 'ms' });
    expect(t.commitments.map((c) => c.by)).toEqual(['other-government']);
  });
});

describe('an official summoned', () => {
  it('reads a summons of another body\'s official as no dispute with the platforms named after, and one of a platform as one', async () => {
    expect(await pairs("Zorvania's Human Rights Commission on Monday summoned the chairman of the Telecommunications Regulatory Commission to explain why access to Facebook and TikTok was blocked.")).toEqual([]);
    expect(await pairs("Zorvania's Telecommunications Regulatory Commission on Monday summoned representatives of Facebook and TikTok over protest content.")).toEqual([['other-government', 'facebook'], ['other-government', 'tiktok']]);
  });
});

describe('a claim rejected, spoken of again', () => {
  it('sets an authority rejecting "tafsiran tersebut" or "this argument" against the platform whose claim it was', async () => {
    expect(await pairs('Kementerian Komunikasi mengambil maklum kenyataan Google bahawa YouTube tidak perlu memohon lesen. Kementerian menolak tafsiran tersebut.', 'ms')).toEqual([['kkd', 'google']]);
    expect(await pairs('TikTok argued that its existing guidelines already prohibited dangerous content. The Zorvania Consumer Authority rejected this argument.')).toEqual([['other-government', 'tiktok']]);
    expect(await pairs('Google has warned that it may remove links to news from its products. The Government of Zorvania regrets these positions.')).toEqual([['other-government', 'google']]);
    // A platform's regret at a decision: "regret that this decision was taken".
    expect(await pairs('The Government of Zorvania announced that access to TikTok would be blocked. TikTok said it regretted that this decision was taken without any request to remove content.')).toEqual([['tiktok', 'other-government']]);
    // A claim of no platform's: no dispute.
    expect(await pairs('Critics said the law would silence journalists. The Zorvania Ministry of Information rejected the claim.')).toEqual([]);
  });
});

describe('threats in Malay', () => {
  it('reads "menyelar" and "membidas" as "mengecam" is read, criticism of the platform named', async () => {
    expect(await pairs('Dalam jawapan sama, Ofcom turut menyelar Google kerana aplikasi perjudian masih boleh dimuat turun.', 'ms')).toEqual([['ofcom', 'google']]);
    expect(await pairs('Ofcom membidas TikTok kerana lambat menurunkan kandungan penipuan.', 'ms')).toEqual([['ofcom', 'tiktok']]);
  });

  it('reads "kes terhadap" and "a case against" as legal action against the platform named', async () => {
    expect(await pairs('Ofcom akan meneruskan kes terhadap Facebook berhubung penjejakan pengguna.', 'ms')).toEqual([['ofcom', 'facebook']]);
    expect(await pairs('Ofcom brought a case against Facebook over the tracking of users.')).toEqual([['ofcom', 'facebook']]);
  });

  it('reads "akan merayu keputusan itu" as a platform\'s appeal against the authority named before', async () => {
    expect(await disputes('Ofcom mendenda Telegram 5 juta paun. Syarikat itu berkata ia akan merayu keputusan itu.', '', 'ms')).toEqual([['ofcom', 'telegram'], ['telegram', 'ofcom']]);
  });

  it('reads "mengugut" as "mengancam" is read, a threat between the two named', async () => {
    expect(await pairs('WhatsApp mengugut untuk keluar dari pasaran UK jika Ofcom memaksanya melemahkan penyulitan.', 'ms')).toEqual([['whatsapp', 'ofcom']]);
  });
});

describe('a law answered abroad', () => {
  it('sets a platform answering a law, bill or ban against the government that made it, not the regulator abroad', async () => {
    expect(await pairs('The Australian Communications and Media Authority would enforce the misinformation bill. X has already made clear it opposes the bill, attacking it as an instrument of censorship.'))
      .toEqual([['x', 'other-government']]);
    expect(await pairs('Larangan media sosial bagi bawah 16 tahun dikuatkuasakan oleh Pesuruhjaya eSafety. Reddit minggu ini memfailkan cabaran di Mahkamah Tinggi Australia, mendakwa larangan itu melanggar kebebasan komunikasi politik.', 'ms'))
      .toEqual([['reddit', 'other-government']]);
    // A decision is the regulator's own.
    expect(await pairs('The eSafety Commissioner fined X over the transparency notice. X said it disagreed with the decision and would appeal.'))
      .toEqual([['esafety', 'x'], ['x', 'esafety']]);
  });
});

describe('action not ruled out', () => {
  it('reads "tidak menolak kemungkinan mengambil tindakan" and "did not rule out legal action" as a threat', async () => {
    expect(await pairs('Di Malaysia, MCMC berkata pihaknya sedang memantau perkembangan itu dan tidak menolak kemungkinan mengambil tindakan serupa terhadap X.', 'ms')).toEqual([['mcmc', 'x']]);
    expect(await pairs('KKD tidak menolak kemungkinan untuk mengambil tindakan di bawah Akta Komunikasi dan Multimedia 1998 sekiranya Meta gagal memberikan maklum balas.', 'ms')).toEqual([['kkd', 'meta']]);
    expect(await pairs('The MCMC did not rule out legal action against Telegram over the scam channels.')).toEqual([['mcmc', 'telegram']]);
    // A review not ruled out threatens no one.
    expect(await pairs('SKMM tidak menolak kemungkinan had umur itu disemak semula, dan berkata TikTok serta Meta telah dirujuk.', 'ms')).toEqual([]);
  });
});

describe('an order', () => {
  it('reads a court or judge ordering a named platform as a dispute with it', async () => {
    expect(await pairs('The Superior Electoral Court of Zorvania today ordered Facebook to remove, within 48 hours, 16 posts about a candidate.')).toEqual([['other-government', 'facebook']]);
    expect(await pairs('BERLIN -- Sebuah mahkamah di Jerman mengarahkan TikTok menyerahkan data kepada kumpulan penyelidik.', 'ms')).toEqual([['other-government', 'tiktok']]);
    // The court is no body the tagger knows here: the order is not the MCMC's.
    expect(await pairs('The MCMC had obtained a default judgment against two channels in November, and the court had earlier ordered Telegram not to republish the content.')).toEqual([]);
  });

  it('reads another body\'s order as a dispute only with one platform, named first after it', async () => {
    expect(await pairs('Italy\'s data protection authority, the Garante, orders OpenAI to stop processing the personal data of users in Italy.')).toEqual([['other-government', 'openai']]);
    expect(await pairs('Suruhanjaya Eropah semalam mengarahkan X menyerahkan dokumen dalaman mengenai sistem cadangan kandungannya.', 'ms')).toEqual([['european-commission', 'x']]);
    // Orders to several platforms at once, which they mostly carry out, the writers did not label disputes.
    expect(await pairs('The MCMC ordered TikTok and Meta to take down the posts.')).toEqual([]);
    expect(await pairs('SKMM telah mengarahkan TikTok dan Meta menurunkan hantaran berkenaan.', 'ms')).toEqual([]);
    expect(await pairs('The Garante ordered the Communications Ministry to review its contract with Telegram.')).toEqual([]);
  });
});

describe('"both companies" after platforms named for their users', () => {
  it('reads "both companies" as the companies fined, not "Facebook and Instagram users", in English and Malay', async () => {
    const fined = 'The European Commission fined Apple 500 million euros and Meta 200 million euros. It said Meta asked Facebook and Instagram users to pay or consent.';
    expect(await pairs(`${fined} Both companies were ordered to comply within 60 days or face periodic penalty payments.`)).toEqual([['european-commission', 'apple'], ['european-commission', 'meta']]);
    const didenda = 'Suruhanjaya Eropah mendenda Apple 500 juta euro dan Meta 200 juta euro. Ia berkata Meta meminta pengguna Facebook dan Instagram membayar atau memberi persetujuan.';
    expect(await pairs(`${didenda} Kedua-dua syarikat diarahkan mematuhi keputusan itu dalam tempoh 60 hari atau berdepan denda berkala.`, 'ms')).toEqual([['european-commission', 'apple'], ['european-commission', 'meta']]);
  });
});
