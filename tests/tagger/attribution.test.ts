// Who acts and who speaks: "we" is the quote's speaker's body or, outside quotes, the statement's author.
import { describe, expect, it } from 'vitest';
import { tag } from './helpers.ts';

const makers = async (text: string, title = '') => (await tag(text, title)).commitments.map((c) => c.by);

describe('attribution', () => {
  it('gives "we will" in a platform\'s own post to the platform, and to the parent company when it is named', async () => {
    expect(await makers('We will add more moderators who speak Zorvanian to our safety team, after talks with the MCMC.', 'TikTok: our response to the online safety code')).toEqual(['tiktok']);
    expect(await makers('Instagram is part of Meta. We will publish a child safety report every quarter under the online safety law, as the MCMC asked.')).toEqual(['meta']);
    // A post that speaks of "our terms of service" is the platform's, though a ministry is named first.
    expect(await makers(
      'We have learned that the Ministry of Science of Zorvania has instructed telecommunications providers to block the messaging app Telegram. Telegram removes channels that violate our terms of service. We will keep processing lawful requests from the authorities.',
      'Statement on access to Telegram in Zorvania',
    )).toEqual(['telegram']);
  });

  it('does not take a place or an object named first for the author of "kami akan" / "we will"', async () => {
    expect(await makers('Di Kesatuan Eropah, pematuhan YouTube terhadap akta keselamatan dalam talian bermula. Kami akan mengehadkan video bersekatan umur yang dibenamkan di laman web lain.')).toEqual(['youtube']);
    expect(await makers('Ads on Facebook and Instagram carry a label. We will publish a safety report on Facebook every quarter under the online safety law.')).toEqual(['facebook']);
  });

  it('gives "we will" in a reply to a regulator to the platform fined, not to the regulator the title answers', async () => {
    const reply = await tag(
      "Today Zorvania's Data Protection Commission (ZDPC) announced that it will fine Meta 30.8 billion won over the way we obtain consent for ads on Facebook.\n\nWe will review the decision carefully once we receive the written ruling, and we hope to appeal if the ruling allows it.",
      "Our response to the ZDPC's decision in Zorvania",
    );
    expect(reply.commitments.map((c) => [c.by, c.what])).toEqual([['meta', 'review the decision carefully once we receive the written ruling']]);
    // The fine is the commission's against Meta; the appeal Meta's against the commission: one dispute each way.
    expect(reply.disputes.map((d) => [d.from, d.against, d.over])).toEqual([
      ['other-government', 'meta', 'privacy'],
      ['meta', 'other-government', 'privacy'],
    ]);
  });

  it('keeps a sum whole in what is promised', async () => {
    const sum = await tag('Under the settlement, X has agreed to pay A$650,000 over the eSafety transparency notice by 30 June 2026.');
    expect(sum.commitments.map((c) => c.what)).toEqual(['pay A$650,000 over the eSafety transparency notice by 30 June 2026']);
  });

  // Each text, and the promise's words the tagger must give for it.
  const WHOLE: [string, string][] = [
    ['The ministry said it will hold public meetings in Auckland, Wellington and Christchurch during June.', 'hold public meetings in Auckland, Wellington and Christchurch during June'],
    ['Meta said it will consult journalists, editors and other stakeholders before finalising the new rules for Facebook.', 'consult journalists, editors and other stakeholders before finalising the new rules for Facebook'],
    ['SKMM akan mengadakan sesi penerangan kepada penyedia platform, pengamal undang-undang dan pertubuhan masyarakat sivil.', 'mengadakan sesi penerangan kepada penyedia platform, pengamal undang-undang dan pertubuhan masyarakat sivil'],
    ['TikTok said it will continue to remove content that violates its terms, including calls to violence.', 'continue to remove content that violates its terms, including calls to violence'],
    ['X said it will resume talks with the eSafety Commissioner with a view to a deal by July 21, 2025.', 'resume talks with the eSafety Commissioner with a view to a deal by July 21, 2025'],
    ['Snap said it will add an explainer that sets out, in plain language, what data My AI uses.', 'add an explainer that sets out, in plain language, what data My AI uses'],
    ['Google will contribute $100 million a year, indexed to inflation, to Canadian news organisations.', 'contribute $100 million a year, indexed to inflation, to Canadian news organisations'],
    ['Facebook will take transparent, specific measures to prevent the upload of violent content.', 'take transparent, specific measures to prevent the upload of violent content'],
    ['TikTok akan berunding dengan penyedia kandungan, serta pertubuhan masyarakat sivil mengenai dasar baharu.', 'berunding dengan penyedia kandungan, serta pertubuhan masyarakat sivil mengenai dasar baharu'],
    ['Meta said it will continue to remove fake accounts on Facebook, regardless of who is behind them.', 'continue to remove fake accounts on Facebook, regardless of who is behind them'],
    // A clause of time or manner, a domain's dot and "legal but harmful" are part of the promise too.
    ['The MCMC will publish daily corrections on sebenarnya.my and its social media accounts.', 'publish daily corrections on sebenarnya.my and its social media accounts'],
    ['The European Commission will carry out an in-depth investigation of TikTok as a matter of priority.', 'carry out an in-depth investigation of TikTok as a matter of priority'],
    ['X said it would publish a full list of its removal orders on its platform after the vote.', 'publish a full list of its removal orders on its platform after the vote'],
    ['TikTok akan menurunkan video palsu dalam tempoh 24 jam selepas menerima laporan daripada SKMM.', 'menurunkan video palsu dalam tempoh 24 jam selepas menerima laporan daripada SKMM'],
    ['Ofcom will set out the categories of legal but harmful content for platforms in secondary legislation.', 'set out the categories of legal but harmful content for platforms in secondary legislation'],
    // A condition after "and may" belongs to what may come, not to the promise before it, which ends there.
    ['The regulator will monitor how Meta carries out the plan and may reimpose the ban on Facebook if the company does not keep its commitments.', 'monitor how Meta carries out the plan'],
    ['SKMM akan memantau pelaksanaan pelan TikTok dan boleh mengenakan semula sekatan jika syarikat itu tidak menunaikan komitmennya.', 'memantau pelaksanaan pelan TikTok'],
    // A clause after the comma is not part of the promise, with "and" in it or not, nor who said it.
    ['Meta will publish its rules, the company said, and will consult the eSafety Commissioner.', 'publish its rules'],
    ['The MCMC will convene a task force on online scams, bringing together industry and government to draft a code for platforms.', 'convene a task force on online scams'],
    ['SKMM akan memantau kandungan dalam talian setiap hari, supaya wang mangsa penipuan dapat dikesan dan disekat.', 'memantau kandungan dalam talian setiap hari'],
    // An adverb before the act is not part of it; "akan datang" is "coming", no second promise.
    ['Meta said it will also publish a report on scam adverts on Facebook every quarter.', 'publish a report on scam adverts on Facebook every quarter'],
    ['TikTok akan juga menyediakan saluran aduan khas untuk SKMM.', 'menyediakan saluran aduan khas untuk SKMM'],
    ['TikTok berkata pihaknya akan memperkemas alat pelaporan dalam beberapa bulan akan datang.', 'memperkemas alat pelaporan dalam beberapa bulan akan datang'],
    // A time put first is no promise: the clause after its comma is.
    ['We are launching an Election Centre on TikTok. From today, users in Malaysia searching for election terms will be directed to the centre.', 'users in Malaysia searching for election terms will be directed to the centre'],
    // Nor a second predicate after "and" not under the promise's "will": said, urged, under way, refused, reported.
    ['The MCMC will continue to monitor online channels and urged users to report fake news on Facebook.', 'continue to monitor online channels'],
    ['The MCMC said it would continue to monitor online channels and that others who spread similar claims on TikTok would be held accountable.', 'continue to monitor online channels'],
    ['SKMM akan terus memantau laman web yang menyebarkan maklumat palsu di Facebook dan tidak akan teragak-agak mengambil tindakan.', 'terus memantau laman web yang menyebarkan maklumat palsu di Facebook'],
    ['TikTok akan terus bekerjasama dengan SKMM dan telah pun menambah bilangan moderator kandungan.', 'terus bekerjasama dengan SKMM'],
    ['SKMM akan menyekat akaun TikTok yang memuat naik kandungan lucah dan tidak senonoh.', 'menyekat akaun TikTok yang memuat naik kandungan lucah dan tidak senonoh'],
  ];
  it('keeps a list, a year, an aside, a clause of time and what the promise includes whole in what is promised, without an adverb before it, and still ends it at a new clause or predicate', async () => {
    for (const [text, what] of WHOLE) expect((await tag(text)).commitments.map((c) => c.what), text).toEqual([what]);
  });

  it('gives "we will" inside a quote to the body its speaker speaks for', async () => {
    expect(await makers('TikTok was criticised by the MCMC on Monday. "We will publish the audit by June," said Communications Minister Fahmi Fadzil.')).toEqual(['kkd']);
    // The speaker's role may close the sentence: "…," said NAME, X's head of … .
    const reply = await tag('The eSafety Commissioner ordered X to remove posts. “We will challenge this order in the Federal Court,” said Laurent Okafor, X\'s Head of Global Government Affairs.');
    expect(reply.quotes.map((q) => q.speaker?.org)).toEqual(['x']);
    expect(reply.commitments.map((c) => c.by)).toEqual(['x']);
  });

  it('gives "his ministry" and "kementeriannya" to the ministry of the minister just named, Singapore\'s too', async () => {
    expect(await makers('Communications Minister Fahmi Fadzil told reporters that his ministry would table a bill to amend the online safety law.')).toEqual(['kkd']);
    expect(await makers('Menteri Komunikasi dan Penerangan Singapura, Ho Mei Lin berkata kementeriannya akan terus berunding dengan TikTok mengenai kod keselamatan dalam talian.')).toEqual(['mddi-sg']);
  });

  it('gives "the companies" to the platforms named together before, as "they"', async () => {
    expect((await makers('Facebook, Google and TikTok signed the online safety code. The companies committed to remove extremist content within a day.')).sort()).toEqual(['facebook', 'google', 'tiktok']);
  });

  it('reads no promise in what a draft "would have required"', async () => {
    expect(await makers('Under the shelved online safety bill, Google would have published how its recommendation systems work.')).toEqual([]);
  });

  it('gives "X berkata akan …" (the reported clause without its own subject) to the speaker, and not when it has one', async () => {
    expect(await makers('SKMM berkata akan menyemak semula prosedur notis kepada pengguna TikTok dalam talian.')).toEqual(['mcmc']);
    expect(await makers('SKMM berkata TikTok akan menyemak semula prosedur notis kepada pengguna dalam talian.')).toEqual(['tiktok']);
    // Its second predicate too, after a refusal: "tidak akan …, tetapi akan …".
    expect(await makers('SKMM berkata tidak akan menyekat TikTok dalam talian buat masa ini, tetapi akan menilai semula pendirian itu dalam tempoh setahun.')).toEqual(['mcmc']);
    // "namun" before a new subject starts a clause of its own; before a predicate it joins one to the subject before.
    expect(await makers('Roblox bukan platform media sosial di bawah undang-undang had umur minimum, namun SKMM berkata akan memantau pelaksanaan komitmen ini dengan teliti.')).toEqual(['mcmc']);
    expect(await makers('Dalam pertemuan semalam, Google enggan memohon lesen platform dalam talian, namun bersetuju untuk meneruskan perbincangan teknikal dengan SKMM.')).toEqual(['google']);
  });
});

describe('what is not a promise', () => {
  it('skips questions and conditions, and reads "According to X, Y agreed" as Y\'s promise', async () => {
    expect(await makers('Will TikTok remove the scam videos flagged by the MCMC under the online safety law?')).toEqual([]);
    expect(await makers('The MCMC said TikTok will lose its licence under the online safety law if it does not remove the scam videos.')).toEqual([]);
    // An inverted condition: "Should X fail to comply, …".
    expect(await makers('Should TikTok fail to comply with the order, the MCMC will take all lawful steps to enforce it.')).toEqual([]);
    expect(await makers('The MCMC should take all lawful steps to enforce the order, and it will publish a report.')).toEqual(['mcmc']);
    expect(await makers('Menurut keputusan mahkamah itu, TikTok bersetuju untuk menurunkan video penipuan yang dilaporkan oleh SKMM.')).toEqual(['tiktok']);
  });

  it('knows a person named in full with no office, then by surname ("Whitlock said"), as the speaker of "he wrote"', async () => {
    const t = await tag('Sport Integrity Zorvania has banned track cyclist Jordan Whitlock for four years. In an apology posted on Instagram, Whitlock said he had made a mistake. "I let down my teammates," he wrote.', 'Cyclist banned');
    expect(t.quotes.map((q) => q.speaker?.person)).toEqual(['jordan-whitlock']);
    // A name that runs on into an institution's is none: "Senate Finance Committee … Finance said".
    const committee = await tag('The Zorvania Senate Finance Committee met on Monday. "All options are open," Finance said in a statement.');
    expect(committee.people.map((p) => p.name)).not.toContain('Senate Finance');
  });

  it('gives "I" of a person of no known body to no party, and knows an attorney general abroad as a public office', async () => {
    const player = await tag('Mahkamah Sukan Zorvania mengekalkan larangan ke atas pemain tengah Diego Carvalho. Carvalho menafikan sebarang salah laku dalam kenyataan di Instagram. "Saya akan membersihkan nama saya," tulisnya.', '', { lang: 'ms' });
    expect(player.commitments).toEqual([]);
    const attorney = await tag('TikTok disaman di Texas kerana berkongsi data pengguna bawah umur. "Saya akan terus berjuang untuk melindungi kanak-kanak Texas," kata Peguam Negara, Wade Hollister.', '', { lang: 'ms' });
    expect(attorney.commitments.map((c) => c.by)).toEqual(['other-government']);
  });

  it('reads a company\'s "Global Government Affairs" account as the company, not a government', async () => {
    const t = await tag('Meta closed its office in Zorvania this month. "We will not comply with illegal orders in secret," the company\'s Global Government Affairs account wrote.');
    expect(t.quotes.map((q) => q.speaker?.org)).toEqual(['meta']);
    const ms = await tag('Meta menutup pejabatnya di Zorvania bulan ini. "Kami tidak akan mematuhi arahan haram secara rahsia," tulis akaun Hal Ehwal Kerajaan Global syarikat itu.', '', { lang: 'ms' });
    expect(ms.quotes.map((q) => q.speaker?.org)).toEqual(['meta']);
  });

  it('reads a person who is "our Head of …" in a platform\'s own post as the platform\'s, and their "we" as it', async () => {
    const post = 'Since April, teams across TikTok have been preparing for the Digital Services Act, and today we are sharing changes our community will see. "We will keep working with the Commission as the rules bed in," said Caroline Dunne, our Head of Trust and Safety Policy in Europe.';
    const t = await tag(post, 'An update on our work to meet the Digital Services Act');
    expect(t.quotes[0]?.speaker?.org).toBe('tiktok');
    expect(t.commitments.map((c) => c.by)).toEqual(['tiktok']);
  });

  it('reads "it" or "they" after a speaker who is no party (an association, exporters, a lawyer) as that speaker', async () => {
    const story = 'The Zorvania Ministry of Tourism suspended the licences of 40 hotels that advertised on TikTok without a permit.';
    expect(await makers(`${story} A hotel owners' association said it would ask the ministry to give hotels a chance to correct lapses.`)).toEqual([]);
    expect(await makers(`${story} Exporters said they would look for other routes to reach buyers.`)).toEqual([]);
    // "Saying" is a verb of speech too.
    expect(await makers(`${story} The Bar Association of Zorvania criticised the suspensions, saying it would challenge them in court.`)).toEqual([]);
    expect(await makers('Mahkamah Zorvania memutuskan Instagram perlu membayar ganti rugi. Peguamnya berkata pihaknya akan meneliti penghakiman bertulis.')).toEqual([]);
    // A spokesperson speaks for the party named before.
    expect(await makers(`${story} A TikTok spokesperson said it would work with the ministry.`)).toEqual(['tiktok']);
  });

  it('reads a promise no one has made ("Neither company said it would", "has not indicated that it will") as none', async () => {
    const story = 'The Zorvania Supreme Court ruled that TikTok and Meta must remove unlawful posts within 24 hours.';
    expect(await makers(`${story} Neither company said it would appeal.`)).toEqual([]);
    expect(await makers(`${story} Meta has not indicated that it will comply.`)).toEqual([]);
    expect(await makers(`${story} Meta said it would appeal.`)).toEqual(['meta']);
  });

  it('reads a promise whose "if" belongs to a clause after "while" or "manakala" as made', async () => {
    expect(await makers('Facebook said it would appoint a legal representative under the online safety law, while stressing that it would withdraw the representative if it faced pressure.')).toEqual(['facebook']);
  });

  it('reads no promise in what a proposal would cause ("ia akan melambatkan tindakan")', async () => {
    expect(await makers('Kementerian Komunikasi berkata cadangan itu tidak dapat diterima kerana ia akan melambatkan tindakan terhadap kandungan palsu.')).toEqual([]);
  });

  it('gives "the Commission" to another commission named before, even where no other country is named', async () => {
    expect(await makers('The Personal Information Protection Commission (PIPC) fined Google. The Commission will also continue its investigation into other online advertising platforms.')).toEqual(['other-government']);
    expect(await makers('MCMC fined Google. The Commission will also continue its investigation into other online advertising platforms.')).toEqual(['mcmc']);
  });

  it('gives "the ministry" to an unlisted ministry named before, and knows the KKD by its 2009–13 English name', async () => {
    expect(await makers('Kementerian Kewangan (MOF) memaklumkan cukai baharu. Kementerian akan mengadakan sesi libat urus bersama pengendali platform e-dagang.')).toEqual(['other-government']);
    expect(await makers('Information, Communications and Culture Minister Datuk Seri Rahim Example said the ministry will meet internet service providers.')).toEqual(['kkd']);
  });

  it('reads a post that speaks of "our lead regulator" as a platform\'s own', async () => {
    expect(await makers('We are disappointed by the request from the Zorvania Data Protection Commission, our lead regulator, to delay training our large language models using public content shared by adults on Facebook and Instagram. We have paused the launch of Meta AI in Zorvania. We will continue to work collaboratively with the Commission.', 'Update on our plans to build AI for Zorvania'))
      .toEqual(['meta']);
  });

  it('gives "they" after "both companies" to both, not to the last one named', async () => {
    expect(await makers('Zorvania fines Apple and Meta under its digital markets law. The Zorvania Competition Commission has imposed fines of 500 million on Apple and 200 million on Meta. Both companies have said they will challenge the decisions before the courts.'))
      .toEqual(['apple', 'meta']);
  });

  it('reads a plan reported in the past tense ("said … planned to") as a promise, and a law "intended to" as none', async () => {
    expect(await makers('A Reddit spokesperson said the company was working closely with the regulator and planned to roll out changes this year.')).toEqual(['reddit']);
    expect(await makers('"It is intended to protect women and children," the Zorvania Minister of Public Security said of the law on TikTok posts.')).toEqual([]);
  });

  it('reads what a party estimates or expects a measure will do as a forecast, no promise', async () => {
    expect(await makers('Kerajaan Zorvania menganggarkan langkah itu akan menjana hasil kira-kira 400 juta setahun daripada platform digital.')).toEqual([]);
    expect(await makers('The Government of Zorvania expects the levy will raise 400 million a year from TikTok and other platforms.')).toEqual([]);
    // A party's own plan after such a verb stays one.
    expect(await makers('The Government of Zorvania expects that it will publish the list of registered platforms by June.')).toEqual(['other-government']);
  });

  it('gives "the Ministry" to an unlisted minister\'s office named before when no listed ministry is, in a story naming no country', async () => {
    const meeting = 'Minister of State for Lunar Technology Arjun Example on Friday met representatives of social media platforms.';
    expect(await makers(`${meeting} The Ministry will appoint an officer to help citizens lodge complaints.`)).toEqual(['other-government']);
    // A listed ministry named before still wins: "Menteri Komunikasi dan Digital" of Komdigi's own story.
    expect(await makers('JAKARTA – Kementerian Komunikasi dan Digital (Komdigi) menyekat kandungan judi. Menteri Komunikasi dan Digital, Sari Example berkata kementerian akan melancarkan sistem baharu.')).toEqual(['komdigi']);
  });

  it('reads no promise in "have not said how they will" or in platforms that "would stay blocked"', async () => {
    expect(await makers('Meta and Google, which owns YouTube, have not said how they will comply with the Mississippi law.')).toEqual([]);
    expect(await makers('Foreign platforms including Facebook, YouTube and TikTok must remove illegal content within 24 hours. The platforms have not said publicly how they will comply.')).toEqual([]);
    // How a platform will act, when it is asked to tell or set it out, is what it must answer, not a promise.
    expect(await makers('The European Commission fined X 120 million euros. X has 60 working days to tell the Commission how it will fix the checkmark problem.')).toEqual([]);
    expect(await makers('The decision requires X to set out within 60 working days how it will fix the checkmark system.')).toEqual([]);
    expect(await makers('The minister said Facebook and TikTok would stay blocked until their representatives explained the delay.')).toEqual([]);
  });

  it('reads no promise in a promise asked for, nor in a deadline given ("will have three months to comply")', async () => {
    expect(await makers('Senator Jane Doe asked Meta\'s chief executive to commit to supporting the Kids Online Safety Act for Instagram users.')).toEqual([]);
    expect(await makers('Menteri meminta TikTok berjanji untuk menurunkan iklan penipuan dalam tempoh sehari.')).toEqual([]);
    expect(await makers('Under the rules, Facebook and YouTube will have three months to comply with the new obligations.')).toEqual([]);
    expect(await makers('Facebook dan TikTok akan mempunyai tempoh tiga bulan untuk mematuhi peraturan itu.')).toEqual([]);
  });

  it('gives a promise to the party of its own clause after "and", and to both of two named with a short form between', async () => {
    expect(await makers('The MCMC asked TikTok for the data and TikTok agreed to provide it by June.')).toEqual(['tiktok']);
    expect(await makers('The MCMC met TikTok on Monday, and the platform agreed to provide the data by June.')).toEqual(['tiktok']);
    expect(await makers('The MCMC said Meta and Google agreed to remove the scam adverts on Facebook.')).toEqual(['meta', 'google']);
    expect(await makers('Kementerian Komunikasi (KK) dan Ofcom bersetuju untuk meneroka kerjasama mengenai pengesahan umur di TikTok.')).toEqual(['kkd', 'ofcom']);
  });

  it('reads a platform\'s announced appeal or challenge as its promise, and a threat of action against anyone as none', async () => {
    expect(await makers('eSafety fined X on Monday. X said it would challenge the order in the Federal Court.')).toEqual(['x']);
    expect(await makers('SKMM mendenda TikTok semalam. TikTok berkata syarikat itu akan mencabar keputusan tersebut di mahkamah.')).toEqual(['tiktok']);
    expect(await makers('SKMM berkata ia akan mengambil tindakan terhadap mana-mana pihak yang menyebarkan kandungan palsu di TikTok.')).toEqual([]);
  });

  it('reads Malay plans (merancang untuk, berhasrat) as the subject\'s promise', async () => {
    expect(await makers('SKMM merancang untuk menerbitkan kod amalan baharu bagi platform media sosial di bawah akta itu.')).toEqual(['mcmc']);
  });

  it('gives a passive plan to the party that says it, not to one whose own clause it is, nor a sanction suffered', async () => {
    expect(await makers('Meta berkata proses menamatkan berita di Facebook akan dilaksanakan secara berperingkat di bawah Akta Berita Dalam Talian yang dikuatkuasakan oleh kerajaan Kanada.')).toEqual(['meta']);
    expect(await makers('The MCMC said the new licensing rules will be explained to every platform at a briefing in June.')).toEqual(['mcmc']);
    expect(await makers('The MCMC said TikTok will be fined under the online safety law for the scam videos.')).toEqual([]);
    expect(await makers('The MCMC said that platforms that ignore the online safety law will be blocked in Malaysia.')).toEqual([]);
  });

  it('gives a promise told as a noun to its possessor ("komitmen kerajaan untuk", "TikTok\'s commitment to")', async () => {
    expect(await makers('SKMM menegaskan komitmen kerajaan untuk memansuhkan akta itu di bawah akta keselamatan dalam talian.')).toEqual(['other-government']);
    expect(await makers('The MCMC welcomed TikTok\'s commitment to remove scam videos within a day under the online safety law.')).toEqual(['tiktok']);
  });

  it('reads ", the ICO will …" as a clause with its subject, not as an aside', async () => {
    expect(await makers('From today, the ICO will look at how social media, video and gaming platforms comply with the children\'s code.')).toEqual(['ico-uk']);
  });

  it('reads no aside that holds the promise\'s verb, and gives "the Council" and "kedutaan itu" to the public body before', async () => {
    expect(await makers('Menurut Pihak Berkuasa Hasil Zorvania, pihaknya akan mula mengutip duti baharu itu mulai 1 Julai, manakala caj lama dihapuskan.')).toEqual(['other-government']);
    expect(await makers('The Supreme Council for Media Regulation of Zorvania published its rules. The Council will publish the list of licensed outlets from 1 April.')).toEqual(['other-government']);
    expect(await makers('Kedutaan Besar Zorvania menasihati rakyatnya. Menurutnya, kedutaan itu akan mengedarkan panduan ringkas sebelum akhir bulan ini.')).toEqual(['other-government']);
  });

  it('reads no promise in a promise not to act, a denied claim, a refusal to say, what a draft "would also allow", or "what measures it intends to"', async () => {
    expect(await makers('Kerajaan berulang kali berjanji tidak akan menapis Internet.')).toEqual([]);
    expect(await makers('KKMM menafikan dakwaan yang tular bahawa kerajaan akan menyekat akses kepada Facebook.')).toEqual([]);
    expect(await makers('The Zorvania Communications Commission ordered the block. Its spokesman declined to say how long it would last.')).toEqual([]);
    expect(await makers('The draft was sent by the Ministry of Transport of Zorvania. It would also allow prison terms of up to three years.')).toEqual([]);
    // An embedded question: what the party is asked to say it will do.
    expect(await makers('The MCMC has also asked TikTok to tell it, within 15 days, what measures it intends to adopt to comply with the order.')).toEqual([]);
  });

  it('reads "we" in a platform\'s statement as the platform when the body it answers has "and" in its name', async () => {
    expect(
      await makers(
        'Telegram statement on restrictions in Zorvania\nWe are aware of the decision by the National Security and Defence Council to restrict Telegram. Telegram has never shared user messages. We will respond to requests through our established channels.',
      ),
    ).toEqual(['telegram']);
  });

  it('gives each of two parties\' promises joined by "and" its own party, words and date, and keeps "Meta and Google agreed" one', async () => {
    const two = await tag('According to the minister, Meta had agreed to send a team to Dhaka by Friday and TikTok had promised to reply by Tuesday.', '', { date: '2024-07-29' });
    expect(two.commitments.map((c) => [c.by, c.what, c.due])).toEqual([
      ['meta', 'send a team to Dhaka by Friday', '2024-08-02'],
      ['tiktok', 'reply by Tuesday', '2024-07-30'],
    ]);
    expect(await makers('Wakil Meta dan Google telah bersetuju melaksanakan sistem pengesahan itu.')).toEqual(['meta', 'google']);
  });

  it('does not join a title\'s last name, after a preposition, to the text\'s first for the author of "we will"', async () => {
    const post = await tag(
      "X has filed a petition in the Karnataka High Court challenging the Indian government's use of the Act. We will continue to comply with lawful blocking orders for posts on social media.",
      'Why we are challenging the portal in the Karnataka High Court',
    );
    expect(post.commitments.map((c) => c.by)).toEqual(['x']);
  });

  it('does not take a body named after "by" and a possessive for the author of "we will"', async () => {
    const post = await tag(
      "In line with the directive issued to us by Singapore's Ministry of Home Affairs, we have enrolled public figures into our protections on Facebook. " +
        '"Scams hurt people," said Dana Example, Meta\'s director of public policy. We will extend the protection to more public figures.',
      'Expanding our protections against scams in Singapore',
    );
    expect(post.commitments.map((c) => c.by)).toEqual(['meta']);
  });

  it('keeps two promises of one party in one sentence, each with its own date', async () => {
    const two = await tag('SKMM akan mengemas kini kandungan portal setiap hari dan akan menyediakan aplikasi mudah alih selewat-lewatnya pada akhir Jun 2032.');
    expect(two.commitments.map((c) => [c.by, c.due])).toEqual([['mcmc', null], ['mcmc', '2032-06-30']]);
  });

  it('reads a promise whose date stands in an aside after "will", with that date', async () => {
    const aside = await tag('The MCMC will, no later than 31 July 2032, publish the draft guidelines on its website.', '', { date: '2032-05-02' });
    expect(aside.commitments.map((c) => [c.by, c.what, c.due])).toEqual([['mcmc', 'publish the draft guidelines on its website', '2032-07-31']]);
  });

  it('reads no promise in an assurance of what is, a provision "yang akan", a possessive, or "would rather"', async () => {
    expect(await makers('Facebook memberi jaminan bahawa mereka mempunyai dasar integriti pilihan raya.')).toEqual([]);
    expect(await makers('Kerajaan Zorvania menggugurkan peruntukan yang akan mewajibkan TikTok menapis kandungan.')).not.toContain('tiktok');
    expect(await makers('The EU Commission published the rules. Their ads on TikTok will carry a "Paid for by" label.')).toEqual([]);
    expect(await makers('The law would make TikTok carry speech it would rather remove.')).toEqual([]);
  });

  it('gives no party "it" after a body that is none: "The Athletics Federation said it would …"', async () => {
    expect(await makers('TikTok banned the athlete\'s account. The Zorvania Athletics Federation said it would step up education for young athletes.')).toEqual([]);
    expect(await makers('Pengendali rangkaian rel itu berkata pihaknya akan meneliti aliran penumpang. Video itu tular di TikTok.')).toEqual([]);
    expect(await makers('A spokesperson for the MCMC said it would continue engaging with all platforms.')).toEqual(['mcmc']);
  });

  it('reads no promise in a rumour passed on or a question about when, nor in "X, which said it would" for a non-party X', async () => {
    expect(await makers('Menteri berkata kebanyakan kandungan palsu tersebar melalui WhatsApp, termasuk dakwaan kononnya bekalan makanan akan terputus.')).toEqual([]);
    expect(await makers('"Pelabur kini lebih peduli tentang bila Shopee akan mula menjana keuntungan," kata penganalisis itu.')).toEqual([]);
    expect(await makers('The watchdog ordered the project to stop. It is run by Tools for Humanity, which said it would cooperate with the commission.')).toEqual([]);
  });

  it('reads a platform\'s post by "our … tools" as the platform\'s, and Zambians as another country\'s people', async () => {
    expect(
      await makers('Advertising on Snapchat in Zorvania\nThe General Commission for Audiovisual Media of Zorvania requires a licence. From 1 October, we will display a label on sponsored posts made with our paid partnership tools.'),
    ).toEqual(['snapchat']);
    expect(
      await makers('The Ministry of Technology and Science issued a statement. The Ministry will present the two Bills before the end of 2024, so that Zambians are protected online.'),
    ).toEqual(['other-government']);
  });

  it('gives a minister of a ministry the vocabulary does not list to another government body', async () => {
    const said = await tag('Menteri Keadilan Ghana, Ravindra Perera, berkata undang-undang itu akan dipinda. "Kami akan membincangkannya di Parlimen," katanya.');
    expect(said.people.map((p) => [p.name, p.org])).toEqual([['Ravindra Perera', 'other-government']]);
    expect(said.commitments.find((c) => /membincangkannya/.test(c.what))?.by).toBe('other-government');
  });

  it('reads a Malay portfolio joined by "dan" as the role, not the name', async () => {
    const people = async (text: string) => (await tag(text)).people.map((p) => [p.name, p.role]);
    expect(await people('Menteri Komunikasi dan Digital Fahmi Example berkata Meta akan melantik wakil.')).toEqual([['Fahmi Example', 'Menteri Komunikasi dan Digital']]);
    expect(await people('Timbalan Menteri Pengangkutan dan Infrastruktur Turki, Selim Example, berkata platform perlu melantik wakil.')).toEqual([
      ['Selim Example', 'Timbalan Menteri Pengangkutan dan Infrastruktur Turki'],
    ]);
    expect(await people('Menteri Belia dan Sukan berkata kejohanan akan diadakan.')).toEqual([]);
    expect(await people('Menteri Fahmi Example dan Ketua Pengarah Salim Example hadir.')).toEqual([['Fahmi Example', 'Menteri'], ['Salim Example', 'Ketua Pengarah']]);
  });

  it('makes no person of one word after an office: a place, a portfolio or a company', async () => {
    const people = async (text: string) => (await tag(text)).people.map((p) => p.name);
    for (const text of [
      'Gabenor California menandatangani rang undang-undang itu semalam.',
      'Menteri Kehakiman Zorvania berkata undang-undang itu akan dipinda.',
      'Jurucakap TikTok berkata syarikat itu akan mematuhi arahan.',
      'The Minister of Canadian Heritage said the bill would pass.',
      'The Inspector-General of Police said the accounts were fake.',
    ]) expect(await people(text), text).toEqual([]);
  });

  it('keeps a rank, a district or "Ucapan" out of a person\'s name, and a body\'s name out of people', async () => {
    const people = async (text: string) => (await tag(text)).people.map((p) => p.name);
    expect(await people('Ketua Polis Daerah Zorvania, Asisten Komisioner Rahmat Example berkata dua suspek ditahan.')).toEqual(['Rahmat Example']);
    expect(await people('Cabinet Secretary Hiroshi Example said the ministry would act.')).toEqual(['Hiroshi Example']);
    expect(await people('Ahli Majlis Mesyuarat Kerajaan Negeri Pulau Pinang, Lim Example berkata platform mesti bertanggungjawab.')).toEqual(['Lim Example']);
  });

  it('reads "Apple dalam satu kenyataan" as the company, "Communication and Digital Affairs Minister" as Komdigi\'s, a bill or a job title as no person', async () => {
    const apple = await tag('IMDA menerbitkan Kod Amalan untuk gedung aplikasi. Apple dalam satu kenyataan berkata ia akan mematuhi keperluan Kod tersebut.', '', { lang: 'ms' });
    expect(apple.commitments.map((c) => c.by)).toEqual(['apple']);
    const minister = await tag('The rules were announced by Communication and Digital Affairs Minister Lestari Example. She said the ministry would issue technical guidelines.');
    expect(minister.commitments.map((c) => c.by)).toEqual(['komdigi']);
    const speakers = async (text: string) => (await tag(text, '', { lang: 'ms' })).quotes.map((q) => q.speaker?.person ?? null);
    expect(await speakers('Pengkritik Rang Undang-Undang itu menyifatkannya sebagai "membunuh internet moden".')).not.toContain('rang-undang-undang');
    expect(await speakers('"Ramai yang datang hanya untuk menaiki tren ini," kata Pengurus Operasi, Usman Example.')).toEqual(['usman-example']);
  });

  it('gives the company or the force before a name to the role, and leaves a possessive off the name', async () => {
    const people = async (text: string) => (await tag(text)).people.map((p) => [p.name, p.role, p.org]);
    expect(await people('Pengarah Komunikasi Meta Andy Example berkata syarikat itu akan bekerjasama.')).toEqual([['Andy Example', 'Pengarah Komunikasi Meta', 'meta']]);
    expect(await people('Inspector-General of Police Razarudin Example said the syndicate used Telegram.')).toEqual([['Razarudin Example', 'Inspector-General of Police', 'pdrm']]);
    expect((await people('Prime Minister Anwar Example\'s government will table the bill.')).map(([name]) => name)).toEqual(['Anwar Example']);
  });

  it('gives an office holder in a story about another country to its government, unless a listed body of that kind is named', async () => {
    const senator = await tag('Zorvania\'s Senate debates platform bill\nSenator Ramiro Example said he would hold open forums with the companies before the vote.');
    expect(senator.people.map((p) => [p.name, p.org])).toEqual([['Ramiro Example', 'other-government']]);
    expect(senator.commitments.map((c) => c.by)).toEqual(['other-government']);
    const judge = await tag('Mahkamah Persekutuan menolak rayuan itu, kata hakim Hasnah Example dalam penghakimannya.');
    expect(judge.people.map((p) => [p.name, p.org])).toEqual([['Hasnah Example', 'other-government']]);
    const deputy = await tag('The ICO said Deputy Commissioner James Example will publish the guidance on age checks.');
    expect(deputy.people.map((p) => [p.name, p.org])).toEqual([['James Example', null]]);
  });

  it('gives a passive plan in a platform\'s own post to the platform, not one in a quote or with its own subject', async () => {
    const post = 'WhatsApp calling now available in Zorvania\nWe are pleased to bring calls to our users. Calling will be enabled gradually for all users over the coming days.';
    expect(await makers(post)).toEqual(['whatsapp']);
    expect(await makers('WhatsApp calling in Zorvania\n"Calling will be enabled gradually," said a regulator official.')).toEqual([]);
  });

  it('reads a body that will receive complaints as promising to, not a party that will receive money', async () => {
    expect(await makers('Egypt\'s Supreme Council for Media Regulation fined a website. The Council will receive complaints from citizens through its website from 1 April.')).toEqual(['other-government']);
    expect(await makers('TikTok will receive a refund of the fine, the court said.')).toEqual([]);
  });

  it('gives a passive plan in a ministry\'s own words to the ministry', async () => {
    const speech = await tag(
      'Kementerian Komunikasi dan Multimedia sedang meneliti pindaan kepada Akta Komunikasi dan Multimedia 1998 bagi menangani penyalahgunaan media sosial. Kita mahu platform lebih bertanggungjawab. Pindaan ini akan dibentangkan di Parlimen selewat-lewatnya tahun depan.',
      'Teks ucapan Menteri Komunikasi dan Multimedia',
      { date: '2015-11-20' },
    );
    expect(speech.commitments.map((c) => [c.by, c.due])).toEqual([['kkd', '2016-12-31']]);
  });

  it('gives "ketiga-tiga syarikat itu", "the three companies" and "both platforms" to every platform named together before', async () => {
    const training = await tag('Google, Meta dan TikTok bersetuju menurunkan kandungan palsu. Ketiga-tiga syarikat itu turut bersetuju memberi latihan kepada kakitangan SKMM.');
    expect(training.commitments.filter((c) => c.what.startsWith('memberi latihan')).map((c) => c.by).sort()).toEqual(['google', 'meta', 'tiktok']);
    expect((await makers('Meta and TikTok met the MCMC on Monday. Both companies will publish monthly reports on scam adverts.')).sort()).toEqual(['meta', 'tiktok']);
    // "Kedua-dua syarikat" is "both companies" with or without "itu".
    const both = await tag('Komdigi meminta Meta dan Google memperketat penapisan iklan. Kedua-dua syarikat telah bersetuju menyerahkan laporan bulanan mulai Januari 2030.', '', { date: '2029-11-20' });
    expect(both.commitments.map((c) => [c.by, c.due]).sort()).toEqual([['google', '2030-01-01'], ['meta', '2030-01-01']]);
  });

  it('reads "lembaga itu" as the board named before, not the platform named last', async () => {
    const board = 'NAIROBI, 8 Nov (Bernama) -- Lembaga Komunikasi Kenya menggantung sementara akses kepada aplikasi Telegram.\n\nDalam kenyataan, lembaga itu berkata keputusan dibuat selepas laporan bahawa saluran Telegram digunakan untuk menjual kertas soalan.';
    expect(await makers(`${board}\n\nMenurut lembaga itu, pihaknya akan memulihkan akses sebaik sahaja peperiksaan tamat.`)).toEqual(['other-government']);
  });

  it('reads "jabatan itu" as the department named before, and a promise to receive feedback as one', async () => {
    const t = await tag(
      'Jabatan Kewangan Zorvania berkata cukai itu tidak akan dikutip sebelum 1 Januari 2032.\n\nJabatan itu berkata ia akan menerima maklum balas awam mengenai draf tersebut sehingga 28 Februari 2031.',
      '',
      { date: '2031-01-10' },
    );
    expect(t.commitments.map((c) => [c.by, c.due])).toEqual([['other-government', '2031-02-28']]);
    // Receiving what others send is no promise: "syarikat akan menerima denda" is a penalty.
    expect((await tag('Kementerian Kewangan Zorvania berkata syarikat itu akan menerima notis denda minggu depan.')).commitments).toEqual([]);
  });

  it('gives "ia" in a clause reported by "berkata" to that clause\'s subject, not to the speaker\'s body', async () => {
    const t = await tag(
      'Tribunal Keadilan Pilihan Raya Zorvania (TKPZ) meminta Meta memadam tiga halaman Facebook.\n\n' +
        'Jurucakap TKPZ, Carlos Example berkata Meta telah memadam dua daripada halaman tersebut dalam tempoh kurang sehari dan memaklumkan tribunal bahawa ia akan menyemak halaman ketiga dalam tempoh 48 jam.',
    );
    expect(t.commitments.map((c) => c.by)).toEqual(['meta']);
  });

  it('gives "ia" after "Menurut X," to the clause\'s own subject, not to X\'s body', async () => {
    const t = await tag(
      'Timbalan Menteri Komunikasi Zorvania, Arif Example berkata kementerian meminta Meta mengawal kandungan provokatif.\n\n' +
        'Menurut Arif, Meta memaklumkan bahawa ia akan memperkukuh pemantauan kandungan sepanjang tempoh demonstrasi.',
    );
    expect(t.commitments.map((c) => c.by)).toEqual(['meta']);
  });

  it('reads a promise joined on after a long first predicate ("…, dan akan terus …") as the same subject\'s', async () => {
    const t = await tag(
      'Dalam kenyataan kepada media tempatan, TikTok berkata ia telah mengeluarkan ratusan ribu video di Zorvania pada suku pertama tahun ini kerana melanggar garis panduan komuniti, dan akan terus bekerjasama dengan pihak berkuasa Zorvania.',
    );
    expect(t.commitments.map((c) => [c.by, c.what])).toEqual([['tiktok', 'terus bekerjasama dengan pihak berkuasa Zorvania']]);
    const possessor = await tag(
      "He said the meeting followed Meta's removal of Zorvanian media posts reporting the Prime Minister's meeting in Doha on 13 May, and would stress press freedom.",
    );
    expect(possessor.commitments.map((c) => c.by)).not.toContain('meta');
  });

  it('gives "we" in the words of a person whose body is unknown to no platform, and a question asked in a quote no promise', async () => {
    const unlisted = await tag(
      'The Zorvania Fair Trade Commission said it was reconsidering the plan. Google and Apple were expected to be covered.\n\n' +
        '"We will gather more opinions and review alternatives," Vice Chairman Lee Example told a briefing.',
    );
    expect(unlisted.commitments.map((c) => c.by)).not.toContain('apple');
    const asked = await tag('The US Congress questioned the chief executive. "Why should we believe you will police yourselves?" asked Senator Dana Example.');
    expect(asked.commitments).toEqual([]);
  });

  it('gives "jurucakap syarikat itu, Name" to the platform named before, and "kami" in their words to it', async () => {
    const t = await tag('Junta Zorvania menyekat Twitter. "Kami menggesa pihak berkuasa menamatkan sekatan itu," kata jurucakap syarikat itu, Daniel Example.');
    expect(t.quotes.map((q) => q.speaker?.org)).toEqual(['x']);
    expect(t.demands.map((d) => d.by)).toEqual(['x']);
  });

  it('reads "we plan to" and "they intend to" as promises, and a plan as a noun as none', async () => {
    const post = await tag('We also plan to extend these restrictions to other features in the coming weeks, beginning with ad creation.', 'Facebook: protecting Live');
    expect(post.commitments.map((c) => [c.by, c.what])).toEqual([['facebook', 'extend these restrictions to other features in the coming weeks']]);
    expect((await tag('The MCMC criticised the plan to extend the restrictions to TikTok.')).commitments).toEqual([]);
  });

  it('gives "The Department will …" to the department named before', async () => {
    const t = await tag(
      'The Department of Information and Communications Technology of Zorvania restricted access to Facebook for a week. The Department will submit a report on the test to the Cabinet within two weeks.',
      '',
      { date: '2031-03-27' },
    );
    expect(t.commitments.map((c) => [c.by, c.due])).toEqual([['other-government', '2031-04-10']]);
  });

  it('reads what platforms "will" do in an analyst\'s words as a forecast, and what one confirmed it will do as its promise', async () => {
    const forecast = await tag('Zorvania akan mengenakan cukai digital. "Syarikat besar seperti Meta dan Google akan memindahkan kos itu kepada pengiklan," kata penganalisis cukai, Rachel Example.');
    expect(forecast.commitments).toEqual([]);
    const relayed = await tag('"TikTok has confirmed that it will complete authentication of accounts within the deadline," said Minh Example, an official at the Ministry of Information of Zorvania.');
    expect(relayed.commitments.map((c) => c.by)).toEqual(['tiktok']);
  });

  it('keeps "Dec. 5" whole in what is promised, with its date', async () => {
    const t = await tag('The government will bring the bill back to the House of Commons on Dec. 5, the minister said.', '', { date: '2031-11-29' });
    expect(t.commitments.map((c) => [c.what, c.due])).toEqual([['bring the bill back to the House of Commons on Dec. 5', '2031-12-05']]);
  });

  it('reads no promise by the speaker in what the speaker hopes others will do', async () => {
    const t = await tag(
      'Timbalan Menteri Pengangkutan Zorvania, Selim Example berkata keputusan YouTube itu wajar dicontohi. "Kami berharap platform lain yang belum melantik wakil akan mengambil langkah yang sama," katanya.',
    );
    expect(t.commitments.map((c) => c.by)).toEqual([]);
  });

  it('gives a promise by "platforms including A, B and C" to all three, at a sentence\'s start or after "said that"', async () => {
    for (const text of [
      'The minister said that platforms including Google, Meta and X had agreed to bring their terms of use in line with the rules.',
      'Platform termasuk Google, Meta dan X bersetuju menurunkan kandungan palsu dalam tempoh tujuh hari.',
    ]) expect((await makers(text)).sort(), text).toEqual(['google', 'meta', 'x']);
    // Examples after a preposition are no subject: the ministry promises.
    expect(await makers('The ministry will hold talks with platforms including Google and Meta.')).toEqual(['kkd']);
  });

  it('gives "the platforms", after each was named alone, to the platforms the statement named together first', async () => {
    const t = await tag(
      'The Ministry of Communications met Meta, Google and TikTok today. Meta agreed to remove scam ads within 24 hours. TikTok committed to a reporting channel for the MCMC. The ministry urged all platforms to share data on scam advertisers. The platforms declined the request.',
      'Ministry: Meta, Google and TikTok agree to act on scam ads',
    );
    expect(t.disputes.map((d) => d.from).sort()).toEqual(['google', 'meta', 'tiktok']);
  });

  it('gives "the two sides" and "kedua-dua menteri" to the two parties named last before', async () => {
    expect((await makers("Israel's government met Facebook's head of policy. According to a statement, the two sides agreed to set up joint teams on inciting content.")).sort()).toEqual(['facebook', 'other-government']);
    expect((await makers('Menteri Komunikasi Malaysia bertemu Menteri Komunikasi dan Digital Indonesia di Jakarta. Kedua-dua menteri bersetuju untuk menubuhkan kumpulan kerja bersama.')).sort()).toEqual(['kkd', 'komdigi']);
  });

  it('gives "syarikatnya" (his company) to the platform spoken of', async () => {
    expect(await makers('Kongres meluluskan undang-undang itu semalam. Ketua Pegawai Eksekutif TikTok berkata syarikatnya akan mencabar undang-undang tersebut di mahkamah.')).toEqual(['tiktok']);
  });

  it('gives "he" before any person is named to the public body whose office holder is the sentence\'s subject', async () => {
    expect(await makers("The head of Romania's regulator ANCOM said he would start the procedure to suspend the app.")).toEqual(['other-government']);
  });

  it('gives "pemerintah" (Singapore\'s and Indonesia\'s word for the government) to another government body, not a ruling party', async () => {
    expect(await makers('SINGAPURA — Encik Faizal menjelaskan bahawa pemerintah akan menggubal kod amalan bersama platform-platform utama.')).toEqual(['other-government']);
    expect(await makers('JAKARTA — Jurucakap parti pemerintah akan mengadakan sidang media mengenai TikTok esok.')).toEqual([]);
  });

  it('gives "the administration", "pentadbiran" and "kerajaan negeri" to another government body', async () => {
    expect(await makers('The White House said the administration would publish guidance on the TikTok law next week.')).toEqual(['other-government']);
    expect(await makers('Bagi meningkatkan kesedaran, kerajaan negeri akan menganjurkan siri jelajah anti-scam mulai bulan depan.')).toEqual(['other-government']);
  });

  it('gives "pihaknya bersama SKMM akan" to the speaker\'s body and the MCMC, past an allegation told before it', async () => {
    expect(await makers('Ketua Polis Negara, Tan Sri Hamzah Example berkata laporan diterima berhubung dakwaan yang tersebar di Facebook, dan pihaknya bersama SKMM akan menjejak individu itu.'))
      .toEqual(['pdrm', 'mcmc']);
    expect(await makers('Meta berkata dakwaan itu palsu. Selaras dengan kerjasama kami bersama SKMM, kami akan menubuhkan pusat operasi pilihan raya.', 'Meta: Kenyataan media')).toEqual(['meta']);
  });

  it('gives "the Commission" in a story about the EU\'s rules to the European Commission, unless another commission came first', async () => {
    expect(await makers("Executive Vice-President Anna Example said TikTok's role in Romania's election must be examined under the Digital Services Act. The Commission will carry out an in-depth investigation as a matter of priority."))
      .toEqual(['european-commission']);
    expect(await makers("Taiwan's National Communications Commission shelved a bill modelled on the EU's Digital Services Act. The commission will hold more hearings next year."))
      .toEqual(['other-government']);
  });

  it('gives "the government will" to the government, not to one ministry', async () => {
    expect(await makers('The government will table an online safety bill in Parliament, the MCMC said of the scam ads.')).toEqual(['other-government']);
  });
});

describe('contrasted clauses', () => {
  it('gives each side of "manakala" and "while" its own promise', async () => {
    expect(await makers('Menurut SKMM, Meta akan melabelkan hantaran palsu, manakala Google akan memaparkan maklumat rasmi di bahagian atas hasil carian.')).toEqual(['meta', 'google']);
    expect(await makers('The MCMC said TikTok will remove scam videos within a day, while Google will verify every advertiser of financial services.')).toEqual(['tiktok', 'google']);
  });
});

describe('who "we" is, and a new clause after ", and we"', () => {
  it('gives a platform\'s post "we will" even when it names the regulator first', async () => {
    const t = await tag(
      'The European Commission published its code on disinformation, and companies like ours signed it. By the end of March 2031 we will verify every advertiser of election ads on YouTube.',
      '',
      { date: '2030-10-16' },
    );
    expect(t.commitments.map((c) => [c.by, c.due])).toEqual([['youtube', '2031-03-31']]);
  });

  it('gives "we will" to the platform a post names first when no party opens it, not to a ministry named later', async () => {
    const t = await tag(
      'Zorvania\'s new act requires large advertising platforms to verify advertisers. We support these goals.\n\nSince 2030 we have verified advertisers who run ads about financial products on Facebook.\n\nWe will give the Ministry of Digital Affairs a dedicated channel for notifying fraudulent ads.',
      'Update on advertiser verification',
      { date: '2031-09-10' },
    );
    expect(t.commitments.map((c) => c.by)).toEqual(['facebook']);
    const ministry = await tag('The Ministry of Digital Affairs of Zorvania said on Monday that scam adverts had doubled.\n\nWe will ask Facebook to verify every advertiser, the ministry said.', 'Scam adverts double');
    expect(ministry.commitments.map((c) => c.by)).not.toContain('facebook');
  });

  it('reads ", and we will …" as a promise of its own, with its date', async () => {
    const t = await tag(
      'The ministry ordered Facebook to appoint officers. Facebook said: we have appointed a grievance officer and a compliance officer in India, and we will publish monthly compliance reports from July on what our users report.',
      '',
      { date: '2031-05-25' },
    );
    expect(t.commitments.map((c) => [c.by, c.due])).toContainEqual(['facebook', '2031-07-01']);
  });

  it('reads KKMM, the ministry\'s earlier name, as the ministry', async () => {
    const t = await tag('Beliau berkata KKMM akan membentangkan kajian semula Akta Komunikasi dan Multimedia bagi mengawal selia media sosial kepada Jemaah Menteri sebelum akhir tahun ini.', '', { date: '2031-10-14' });
    expect(t.actors).toContain('kkd');
    expect(t.commitments.map((c) => [c.by, c.due])).toEqual([['kkd', '2031-12-31']]);
  });
});
