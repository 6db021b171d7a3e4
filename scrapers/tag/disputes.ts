// Disputes: parties disagree, refuse, reject, criticise a failure, threaten or take legal action. `from` is the
// authority acting against a platform, or the platform answering back; `over` is the issue the sentence gives as the
// reason, else the one of its issues the statement is most about, else the statement's main issue.
import { pairKey } from '../../src/lib/dispute-pair.ts';
import type { Dispute } from '../../src/lib/schema.ts';
import { sentenceAt, sentenceIndexAt, type Sentence } from './text.ts';
import { actorKind, MEMBERS_BEFORE, PREPOSITION_BEFORE, SUBJECT_BY_EXAMPLES, THIRD_PARTY_SUBJECT, type PartyRef, type PartyType } from './references.ts';
import { parentsOverProducts, type Mention, type Taxonomy } from './taxonomy.ts';
import { claimConfidence } from './confidence.ts';
import { kept } from './arrays.ts';
import { DENIED, SPEECH_VERB_BEFORE } from './commitments.ts';
import { factored, wordStartsLookingBehind } from './alias-source.ts';
import { ORDER_VERBS, REQUEST_VERBS } from './request-verbs.ts';
import { ANOTHER_COUNTRY } from './text.ts';

// "GVH fines Facebook HUF 1.2 billion", "KCC fines TikTok for …": "fines" as a verb, with a name of one to four words
// and then an amount or a reason; not "fines for late filings".
const FINES_VERB = String.raw`fines (?!(?:of|on|against|and|or|were|are|totalling|imposed|issued|levied|paid|collected|up|under|from|to|in|by|that|which|could|would|will|may|can)\b)(?:[\w.&-]+ ){1,4}?(?:a total of\b|RM|HUF|US\$|\$|€|£|EUR\b|SEK\b|KRW\b|\d|for\b|over\b)`;
const TRIGGER = factored(new RegExp(
  [
    `\\b(?:disagree\\w*|contest(?:s|ed|ing)?(?= (?:the|their|its|his|her|a|an)\\b)|refus\\w*(?! to comment)|declin(?:ed|es|ing) (?!to (?:comment|confirm|say|elaborate|specify|give details|be (?:named|identified)))|reject\\w*|criticis\\w*|criticiz\\w*|criticism|slamm?\\w*|condemn\\w*|accus\\w*|fail(?:ed|s|ure|ures|ing)?|threaten\\w*|legal action|legal proceedings|proceedings against|(?:legal |court |antitrust )?cases? against|formal proceedings|infringement proceedings|to court|in court|court challenge|sue[ds]?|suing|lawsuits?|filed (?:a |an )?(?:[\\w-]+ )?(?:suit|complaint|case|action|challenge|petition)|(?<!\\b(?:is|are|was|were|remains?|remained) (?:a |an |the )?(?:[\\w-]+ )?)challeng\\w*|(?<!\\b(?:how|where|whether)\\b[^.;]{0,40}\\bcan )appeal(?:ed|s|ing)?(?! (?:process|mechanism))|fined|fines? (?:of|on|against)|${FINES_VERB}|(?:impos\\w*|issu\\w*|levied|announced) (?:a |an )?(?:[\\w-]+ )?fine|(?:to|will|would) fine|penalt\\w*|(?<!(?:data|security|cyber) )breach\\w*|(?<!(?:that|which|who) )violat\\w*(?! (?:our|its|their) (?:own )?(?:[\\w-]+ ){0,3}(?:policies|policy|rules|terms|community guidelines|guidelines|standards))|non-complian\\w*|defied|defy\\w*|ignor\\w*|disappoint\\w*|regret(?:s|ted)? (?:that )?(?:the|this|that|these|those|its|their) (?:decision|move|ban|block|order|ruling|positions?|stance)|reluctan\\w*|resist\\w*|dispute[ds]?|objected|opposed|opposes|opposing|censorship|grill\\w*|pushed back|hit back|blamed|denied (?:the |these |those |its |their )?(?:allegations?|accusations?|claims?|charges?)|unacceptable|(?<!(?:who|that) )(?:does|do|did) not accept|rebuk\\w*|reprimand\\w*|cautioned|(?:notice|letter|warning) of caution|despite (?:repeated |several |many |numerous )?(?:letters|reminders|requests|warnings|orders|notices|calls)|(?:never|not|failed to) (?:responded|replied|respond|reply) to (?:repeated |the |its |their |several )?(?:requests|letters|notices|demands|summons)(?! (?:for|seeking) comment)|concerns? (?:about|over)|with (?:serious |grave |deep )?concern|(?:deeply |seriously |gravely )?concerned (?:by|about|over))\\b`,
    '\\b(?:menolak|ditolak|enggan(?! (?:mengulas|memberi(?:kan)? (?:ulasan|butiran|komen)|komen|mengesahkan|menjelaskan|menyatakan|didedahkan|dinamakan))|gagal|kegagalan|mengkritik|kecewa|kekecewaan|(?:kesal|bimbang) dengan (?:keputusan|tindakan|langkah|sekatan|larangan|arahan|perintah)|mengecam|dikecam|menyelar|diselar|membidas|dibidas|mengutuk|dikutuk|tindakan undang-undang|kes (?:undang-undang |mahkamah )?(?:terhadap|ke atas)|prosiding (?:rasmi |formal |pelanggaran |undang-undang )?(?:terhadap|ke atas)|saman|menyaman|disaman|membantah|bantahan|(?<!yang )tidak bersetuju|mempertikai\\w*|pertikaian|mengancam|diancam|mengugut|diugut|menuduh|dituduh|tuduhan|denda|didenda|mendenda|(?<!yang )melanggar(?! (?:(?:garis panduan|piawaian) komuniti|dasar(?:nya| kami| platform| syarikat)|peraturan (?:platform|komuniti)|terma perkhidmatan))|ingkar|tidak mematuhi|mengabaikan|keberatan|mencabar|cabaran (?:undang-undang|mahkamah|perlembagaan|terhadap|ke atas)|memfailkan (?:\\w+ )?(?:saman|aduan|kes|tindakan|cabaran|petisyen)|semakan kehakiman|menyalahkan|menafikan dakwaan|(?<!proses |mekanisme )rayuan|merayu (?:terhadap )?(?:keputusan|denda|perintah|arahan|penghakiman)|tidak boleh diterima|memandang serius|menegur|teguran|walaupun (?:telah )?(?:beberapa kali |berulang kali )?(?:diingatkan|ditegur|diminta|diarahkan|diberi amaran)|tidak (?:pernah )?(?:menjawab|membalas) (?:permintaan|surat|notis)(?! (?:untuk|bagi) (?:mengulas|mendapatkan (?:ulasan|komen)|komen|ulasan))|kebimbangan(?:\\s+\\S+)?\\s+(?:terhadap|mengenai|tentang|atas))\\b',
    // Acting only on a court order refuses the request: "tidak boleh mendedahkan data pengguna tanpa perintah mahkamah",
    // "will provide the information only if it receives a court order".
    "\\b(?:(?:not|never|cannot|can't|won't|tidak|tak)\\b[^.;]{0,80}\\b(?:without|tanpa)|only (?:if|when|with)|hanya (?:jika|apabila|dengan))\\s+(?:(?:it |ia )?(?:receives?|menerima|is served with|given|diberi)\\s+)?(?:a |an |sebuah |satu )?(?:valid |lawful )?(?:court order|perintah mahkamah)",
    // A decision called wrong or unjust: "menyifatkan larangan tersebut sebagai tidak wajar", "called the decision
    // \"disproportionate\"".
    "\\b(?:menyifatkan|called|calls|described|describes|termed|branded|labelled)\\b[^.;]{0,100}?(?:\\bsebagai\\s+|\\bas\\s+|\\s)[\"“']?(?:tidak wajar|tidak adil|tidak munasabah|keterlaluan|salah(?! (?:satu|seorang|faham|laku))|disproportionate|unjustified|unwarranted|unfair|arbitrary|wrong)\\b",
    // A duty not met, as "failed to": "did not complete registration within the deadline", "have not complied",
    // "belum mendaftar".
    '\\b(?:(?:have|has|had|did) not (?:yet )?(?:registered|complied|appointed|completed? (?:the |their |its )?registration)|(?:belum|tidak) (?:mendaftar|melantik))\\b',
    // Asking that an act be undone opposes it: "menggesa SKMM menarik balik sekatan", "urged the authorities to restore
    // full access".
    '\\b(?:menggesa|mendesak|urge|urged|urges|call on|called on|calls on|demanded)\\b[^.;]{0,60}\\b(?:menarik balik|tarik balik|membatalkan|memulihkan|reverse|withdraw|lift|scrap|rescind|repeal|restore)\\b',
    // A process or an act called rushed or political: "the bill had been rushed through without proper debate", "the
    // process had been rushed", "menyifatkan siasatan itu sebagai \"bermotifkan politik\"".
    '\\b(?:(?:had been|has been|was|were|being) rushed|rushed through|tergesa-gesa|politically motivated|bermotif(?:kan)? politik)\\b',
    // Action not ruled out is threatened: "tidak menolak kemungkinan mengambil tindakan serupa terhadap X", "did not
    // rule out legal action against Telegram".
    '\\b(?:tidak menolak kemungkinan (?:untuk )?(?:mengambil tindakan|menyekat|menggantung|mengharamkan|mendenda|menyaman|menggunakan kuasa)|(?:not|never) rul(?:e|ed|ing) out (?:taking |legal |further |similar )?(?:action|blocking|banning|a ban|suspend\\w*|fines?|fining|sanctions?))\\b',
    // Disapproval conveyed: "conveyed its strong disapproval to the senior management of WhatsApp", "menyatakan rasa
    // tidak puas hati terhadap Facebook".
    '\\b(?:disapproval|displeasure|dissatisfaction|(?:rasa )?tidak (?:ber)?puas hati|ketidakpuasan hati)\\b',
    // A demand said to weaken what the platform protects: "arguing that doing so would undermine end-to-end
    // encryption".
    "\\b(?:would|will|could|to) undermine (?:the )?(?:end-to-end encryption|encryption|(?:users'? |user |people's )?privacy|free (?:speech|expression)|freedom of (?:speech|expression))\\b",
    // A platform withdrawing news answers a law that would make it pay for news: "Meta will end news availability in
    // Canada", "would end news on Facebook in New Zealand", "menamatkan ketersediaan berita", "menyekat kandungan berita";
    // not fake news, nor a news conference ended.
    '\\b(?:end(?:s|ed|ing)?|stop(?:s|ped|ping)?|block(?:s|ed|ing)?|pull(?:s|ed|ing)?|menamatkan|menghentikan|menyekat)\\s+(?:the\\s+)?(?:availability\\s+of\\s+|access\\s+to\\s+|ketersediaan\\s+|akses\\s+kepada\\s+|perkongsian\\s+|kandungan\\s+)?(?:(?:local|quality)\\s+)?(?:news|berita)\\b(?!\\s+(?:palsu|tidak\\s+benar|conferences?|briefings?|releases?|agenc(?:y|ies)))|\\bnews\\s+availability\\b',
  ].join('|'),
  'i',
));
const DENIAL = /^(?:menafikan dakwaan|denied)\b/i;
// Warnings are a dispute only between an authority and a platform both named in the sentence; so is an investigation
// into a named party ("opened a preliminary investigation into Telegram", "siasatan terhadap TikTok"), not one into
// a harm ("menyiasat penyebaran berita palsu"). Case-sensitive: with the `i` flag `\p{Lu}` takes any letter.
const WARNING = /\b(?:[Ww]arn(?:ed|s|ing|ings)?|[Aa]maran)\b|\b(?:[Ii]nvestigations? into|[Pp]robes? into|[Ii]nvestigating|[Mm]enyiasat|[Ss]iasatan (?:ke atas|terhadap))\s+(?=\p{Lu})/u;
// Acts an authority takes against a platform: like warnings, a dispute only with both named in the sentence. A summons
// ("summoned representatives of Meta", "memanggil wakil TikTok") and Türkiye's "langkah perlindungan" (a block) are
// such acts (but a legislature's summons is a hearing); "summonses" (traffic fines) are not, nor is an age
// restriction ("platform yang dikenakan sekatan umur: Facebook, …"), which limits who may use a platform.
const SUMMONS = /^(?:summon|memanggil)/i;
const AUTHORITY_ACT =
  /\b(?:ban(?:s|ned|ning)?|suspend(?:s|ed|ing)?|suspension|block(?:s|ed|ing)?|throttl\w*|slow(?:s|ed|ing)? down|cut access|barr(?:ed|ing) from|mengharamkan|haramkan|diharamkan|larangan|melarang|menggantung|digantung|penggantungan|menyekat|disekat|sekatan(?![ \t]+(?:umur|usia))|memperlahankan|diperlahankan|(?:been|remains?|remained)[ \t]+restricted|summon(?:s|ed|ing)?|memanggil[ \t]+wakil|langkah[ \t]+perlindungan)\b/i;
// An order ("TSE orders Facebook to remove …", "Italy's privacy watchdog orders OpenAI to stop …", "Sebuah mahkamah
// di Berlin mengarahkan X menyerahkan data"): like a ban, a dispute between the body that orders and a platform named
// in the sentence (`orderGiven` says which orders count).
const ORDER_WORDS = 'ordered|orders|directed|directs|mengarahkan|memerintahkan';
const ORDER_WORD = new RegExp(`\\b(?:${ORDER_WORDS})\\b`);
const ORDER_WORD_AT = new RegExp(`^(?:${ORDER_WORDS})\\b`);
const COURT_NAMES = '[Cc]ourts?|[Jj]udges?|[Tt]ribunal|[Mm]ahkamah|[Hh]akim';
const COURT_WORD = new RegExp(`\\b(?:${COURT_NAMES}|[Jj]ustices?|TSE|STF)\\b`);
// A court named between another body and its order ("the MCMC … and the court had earlier ordered"); not "Justice",
// which names ministries ("the Ministry of Justice ordered us").
const COURT_AFTER_BODY = new RegExp(`\\b(?:${COURT_NAMES})\\b`);
// A platform blocked in the passive: "Access to Facebook, WhatsApp, TikTok and YouTube has remained restricted",
// "Instagram, Telegram and X remain blocked", "X masih disekat"; read after the platform's name.
const PASSIVE_BLOCK =
  /^[^.;]{0,60}?\b(?:(?:has|have|had)[ \t]+been|was|were|is|are|remains?|remained|(?:shall|will)[ \t]+remain|masih|telah|kekal|terus)[ \t]+(?:\w+[ \t]+)?(?:blocked|banned|suspended|restricted|throttled|disekat|diharamkan|digantung|dihadkan)\b/i;
// A verb of asking or ordering, then "X to": what follows is the act asked for.
const DEMAND_VERBS = `${REQUEST_VERBS}|${ORDER_VERBS}`;
const DEMANDED_ACT_BEFORE = new RegExp(`\\b(?:${DEMAND_VERBS})\\b[^.;]{0,60}\\b(?:to|supaya|agar|untuk)\\s+$`, 'i');
// A ban asked for, not ordered: "a petition calling for TikTok to be banned", "calls for a TikTok ban", or one inside
// the act a body asks for ("menggesa penyedia platform … bekerjasama dengan MCMC dalam mengenal pasti dan menyekat
// penyebaran berita palsu").
const REQUESTED_ACT_BEFORE = new RegExp(
  `\\b(?:${REQUEST_VERBS})\\b[^.;]{0,140}$|\\b(?:called for|calls for|calling for|petition\\w*)\\b[^.;]{0,60}\\b(?:to|supaya|agar|untuk)\\s+(?:be\\s+|di)?$|\\b(?:call(?:s|ed|ing)?|demands?|petitions?) for (?:a |an |the )?(?:[\\w-]+ )?$|\\b(?:seek(?:s|ing)?|sought|menuntut|memohon) (?:a |an |the )?(?:[\\w-]+ )?$`,
  'i',
);
const BLOCKING = 'content-removal';
const LICENSING = 'licensing';
const SAFETY_LAW = 'online-safety-law';
// Words that give a reason, a failure too, then at most six words before the issue: "over concerns about", "atas
// kebimbangan", "atas alasan ia gagal bekerjasama dalam membanteras penipuan".
const REASON_BEFORE = /\b(?:over|citing|cited|due to|because of|on (?:the )?grounds of|amid|atas|kerana|disebabkan|berikutan|ekoran|gagal|fail(?:ed|ing|ure)?\s+to)(?:\s+[\p{L}'’-]+){0,6}\s+$/iu;
const INSTRUMENT_BEFORE = /\b(?:under|breach(?:es|ed|ing)? of|violat\w*(?: of)?|infringe\w*(?: of)?|pursuant to|di bawah|melanggar|pelanggaran)\s+(?:the\s+|its\s+)?$/i;
// An issue and a narrower one in the conflict sentence (or in the statement, where the sentence names none): the
// parties are at odds over the narrower (a suit under a law "yang melarang kanak-kanak bawah 14 tahun" having accounts
// names children and an age limit: it is over age assurance; scams and advertiser verification: over the
// verification), as the writers label it. Not the taxonomy's
// `implies`: a statement about age checks is not for that alone about child safety (development issues 0.780 → 0.778
// when tried).
const NARROWER: Readonly<Record<string, string>> = { 'child-safety': 'age-assurance', scams: 'ad-verification' };
/** The mentions without those of an issue a narrower one among them stands for. */
const narrowest = (mentions: Mention[]) => kept(mentions, (m) => !mentions.some((o) => o.id === NARROWER[m.id]));
// A data protection authority's dispute is about privacy: when its sentence names no issue ("we disagree with how this
// fine was calculated", after "Ireland's Data Protection Commission"), so the writers labelled 10 of the 11 such; and
// when it names another, the harm the processing touched ("which fines Meta €405 million, concerns settings for
// teenagers", "failing to comply with the right to have search results delisted"): development pair and issue 0.620 →
// 0.624.
const PRIVACY = 'privacy';
const DATA_PROTECTION_AUTHORITY =
  /data protection|perlindungan data|privacy|privasi|Information Commissioner|\b(?:DPC|IMY|ICO|CNIL|PDPC|AEPD|Garante|PIPC)\b/i;
// A privacy mention that names devices: a ban from government devices ("peranti kerajaan").
const DEVICES = /devices|phones|peranti/i;
// A ban in a statement that names national security and privacy, or data ("how we protect the data of people in
// Canada"), is over the data (India's 2020 app blocks, the US and Canadian orders against TikTok): of 36 such
// development disputes the writers labelled 33 over privacy.
const NATIONAL_SECURITY = /national security|keselamatan (?:negara|nasional)|security of the state/i;
const DATA = /\bdata\b/i;
/** A span's words, read from the sentence that holds it. */
function spanText(sentences: readonly Sentence[], span: { start: number; end: number }): string {
  const held = sentenceAt(sentences, span.start);
  return held ? held.text.slice(span.start - held.start, span.end - held.start) : '';
}
/** The authorities (ids) named in the statement as a data protection authority. */
function dataProtectionAuthorities(refs: PartyRef[], sentences: Sentence[]): Set<string> {
  return new Set(refs.filter((r) => r.type === 'actor' && r.via === 'name' && DATA_PROTECTION_AUTHORITY.test(spanText(sentences, r))).map((r) => r.id));
}
// Text up to the trigger's start that makes it passive or suffered ("was fined", "faces a suit", "didenda").
const ACTED_ON = wordStartsLookingBehind(/(?:\b(?:was|were|been|be|being|is|are|faces?|faced|facing|berdepan(?: dengan)?|menerima)\s+(?:\w+\s+)?|\bdi)[\p{L}]{0,3}$/iu);
// English verbs that begin as Malay's passive "di-" does ("disagreed", "disputed"): no sign of being acted on.
const ENGLISH_DIS_VERB = /^dis(?:agree|appoint|pute|miss|regard|obey)/i;
// "agreed to pay … to settle a lawsuit", "bersetuju membayar … bagi menyelesaikan saman": who settles was sued.
const SETTLED_BEFORE = /\b(?:settle[ds]?|settling|menyelesaikan)\s+(?:[\p{L}-]+\s+){0,3}$/iu;
// A cue that is itself a passive ("Access to X has been restricted", "Instagram remained restricted").
const PASSIVE_CUE = /^(?:been|remains?|remained)\b/i;
const actedOn = (text: string, at: number) =>
  (ACTED_ON.test(text.slice(0, at + 3)) && !ENGLISH_DIS_VERB.test(text.slice(at))) || PASSIVE_CUE.test(text.slice(at)) || SETTLED_BEFORE.test(text.slice(Math.max(0, at - 60), at));
type Cue = 'sanction' | 'opposition' | 'warning' | 'authority-act';
const BLOCKS_CONTENT = /^[\p{L}-]+\s+(?:(?:access\s+to|akses\s+kepada)\s+)?(?:(?:the|their|its|our|some|more|all|those|these|several|many|(?:hundreds|thousands|millions|dozens)\s+of|\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|lebih|banyak|semua|beberapa|ratusan|ribuan|puluhan|berjuta-juta|dua|tiga|empat|lima|enam|tujuh|lapan|sembilan|sepuluh)\s+)*(?:accounts?|posts?|content|videos?|channels?|pages?|links?|material|ads|adverts?|advertisements?|kandungan|akaun|hantaran|video|saluran|pautan|laman|iklan|episodes?|episod)\b/iu;
/** Is the party named last before the cue, not after a preposition, a platform ("…, we have … blocked the
 *  accounts")? Or a pronoun standing for one ("Lazada memaklumkan KPDN bahawa ia akan … menggantung akaun penjual"). */
function blockerIsPlatform(s: Sentence, parties: Party[], refs: readonly PartyRef[], cueAt: number): boolean {
  const free = (at: number) => !PREPOSITION_BEFORE.test(s.text.slice(Math.max(0, at - 30), at));
  const before = parties.filter((p) => p.at < cueAt && free(p.at));
  if (before[before.length - 1]?.type === 'platform') return true;
  const last = refs.findLast((r) => r.start >= s.start && r.end <= s.start + cueAt && free(r.start - s.start));
  return last?.via === 'pronoun' && last.type === 'platform';
}
const CLASS_THAT_BEFORE = /\b(?:platforms|companies|firms|services|providers|operators|intermediaries|those|platform|syarikat|penyedia(?: perkhidmatan)?|mereka|pihak)\s+(?:that|which|who|yang)\s+(?:(?:do|does|still|continue to|terus)\s+)?$/i;
const POWER_GRANTED_BEFORE =
  wordStartsLookingBehind(/\b(?:memberi(?:kan)? kuasa|give[sn]? (?:[\p{L}-]+ ){0,4}powers?|gave (?:[\p{L}-]+ ){0,4}powers?|empower(?:s|ed|ing)?|authori[sz]es|membolehkan)\b[^.;]{0,120}$/iu);
const CONTENT_DOES_BEFORE =
  /\b(?:content|material|posts?|videos?|messages?|ads?|advertisements?|accounts?|channels?|pages?|kandungan|bahan|hantaran|video|mesej|iklan|akaun|saluran|halaman)(?:\s+[\p{L}-]+){0,3}?\s+(?:that|which|yang)\s+(?:(?:may|might|could|can|would|boleh|mungkin|didapati|had|has|have|was|were|been|telah|sudah)\s+)*$/iu;
const MIGHT_BEFORE = wordStartsLookingBehind(/\b(?:could|may|might|would|boleh|mungkin)\s+(?:[\p{L}-]+\s+){0,4}$/iu);
const RISK_BEFORE = wordStartsLookingBehind(/\b(?:risk of|risks|exposed to|risiko|in the event of|in case of|sekiranya berlaku)\s+(?:[\p{L}-]+\s+){0,2}$/iu);
const CONDITION_WORDS = 'if|unless|sekiranya|jika|jikalau|kalau';
const INDEFINITE_IF_BEFORE = wordStartsLookingBehind(
  new RegExp(String.raw`\b(?:${CONDITION_WORDS})\s+(?:a|an|any|mana-mana|sesebuah|sebuah)\s+(?:[\p{L}-]+\s+){0,3}$`, 'iu'),
);
const FOUND_IF_BEFORE = new RegExp(String.raw`\b(?:${CONDITION_WORDS}|apabila)\s+(?:(?:it|they|the\s+\w+|\w+)\s+(?:is|are|was|were)\s+)?(?:found|didapati|terbukti|proven)\s+(?:to\s+(?:have\s+|be\s+)?|telah\s+)?$`, 'i');
const REPORTED_QUESTION_BEFORE = /\b(?:whether|sama ada|adakah)\b[^.;]*$/i;
const CONDITION_BEFORE = new RegExp(String.raw`\b(?:${CONDITION_WORDS})\b[^.;]*$`, 'i');
const SCOPE_AFTER = /^[^.;]{0,40}\b(?:appl(?:y|ies)|terpakai)\s+(?:to|kepada|ke atas)\b/i;
// "not", "no intention of banning", "tiada rancangan untuk menyekat", "tidak akan menyekat", "tiada arahan dikeluarkan
// untuk menyekat": the act is denied, not done.
const NEGATED = /\b(?:not|never|no|tidak|bukan|tanpa|no (?:intention|plans?) (?:of|to)|(?:not|no) (?:have |has |had )?(?:the )?(?:power|powers|authority) to|(?:tidak mempunyai|tiada|tidak ada) kuasa(?: untuk)?|(?:tiada|tidak ada) (?:niat|rancangan) untuk|tidak berhasrat(?: untuk)?|(?:no|tiada|tidak ada) (?:orders?|directives?|instructions?|arahan)(?: (?:was|were|had been|has been|dikeluarkan|diberikan))? (?:to|untuk))\s+(?:(?:akan|pernah|mahu|patut|sepatutnya|perlu|will|would|should|be)\s+)?$/i;
// Acts with legal force (a fine, a suit, an order, proceedings) as against words (criticism, a refusal, a warning).
const SANCTION = new RegExp(String.raw`\b(?:legal action|legal proceedings|proceedings against|(?:legal |court |antitrust )?cases? against|formal proceedings|infringement proceedings|to court|in court|court challenge|sue[ds]?|suing|lawsuits?|filed (?:a |an )?(?:suit|complaint|case)|fined|fines? (?:of|on|against)|${FINES_VERB}|(?:impos\w*|issu\w*|levied|announced) (?:a |an )?(?:[\w-]+ )?fine|(?:to|will|would) fine|penalt\w*|tindakan undang-undang|kes (?:undang-undang |mahkamah )?(?:terhadap|ke atas)|saman|menyaman|disaman|denda|didenda|mendenda)\b`, 'i');
// A platform named as the place where something happens ("on Facebook") is not a party to the dispute; after a
// sanction ("a fine on Telegram", "a ban on TikTok") it is the target.
const LOCATIVE_BEFORE = /\b(?:(?<!\b(?:fines?|bans?|penalt(?:y|ies)|sanctions?|restrictions?|crackdown|pressure|calls?|called|calling)(?:\s+of\s+[^\s,;]+(?:\s+[^\s,;]+){0,3})?\s)on|in|at|via|through|across|onto|di|pada|melalui|menerusi|dalam|such as|seperti)\s+(?:the\s+)?$/i;

// The platform someone is banned or removed from is where it happens, not a target: "we are banning the Myanmar
// military … from Facebook and Instagram", "mengharamkan tentera itu daripada Facebook".
const BANNED_FROM_BEFORE =
  /\b(?:bann?\w*|block\w*|remov\w*|suspend\w*|expel\w*|kick\w*|mengharamkan|diharamkan|menyekat|membuang|menggantung|menyingkirkan)\b[^.;]{0,160}\b(?:from|daripada)\s+(?:the\s+|its\s+|their\s+)?$/i;

const AGAINST_NON_PARTY =
  /^[^.;]{0,40}?\b(?:against|terhadap|ke atas)\s+(?:(?:the|those|such|any|mana-mana)\s+)?(?:syarikat|companies|individu|individuals|people|orang|those|mereka|akaun|accounts|users|pengguna|penipu|scammers|spammers|pihak yang|sesiapa|anyone)\b/i;

/** Does a third party ("civil society groups", "legal experts") open the sentence, with no platform in it named? Then
 *  it is the third party's act or view ("Legal experts expect the law to be challenged in court"), where "it" stands
 *  for no party's own. */
function thirdPartyAct(s: Sentence, refs: readonly PartyRef[]): boolean {
  if (!THIRD_PARTY_SUBJECT.test(s.text)) return false;
  const end = s.start + s.text.length;
  return !refs.some((r) => r.start >= s.start && r.end <= end && r.via === 'name' && r.type === 'platform');
}

/** A sentence's first cue as written: a criticism, refusal or sanction (`trigger`), else a warning or an authority's act. */
export interface ConflictMatch {
  found: RegExpExecArray;
  trigger: boolean;
}

/** Could this sentence hold a dispute? A cheap test before resolving who is who; `findDisputes` reads on from its cue. */
export function conflictMatch(sentence: string): ConflictMatch | null {
  const trigger = TRIGGER.exec(sentence);
  if (trigger) return { found: trigger, trigger: true };
  const weak = WARNING.exec(sentence) ?? AUTHORITY_ACT.exec(sentence) ?? ORDER_WORD.exec(sentence);
  return weak && { found: weak, trigger: false };
}

/**
 * How much the statement is about each issue: its mentions, one in the headline counting three times and one in the
 * lead sentence twice, since a report names what it is about first.
 */
function issueWeights(issueMentions: Mention[], sentences: Sentence[]): Map<string, number> {
  const leadEnd = sentences[2]?.start ?? Infinity;
  const headlineEnd = sentences[1]?.start ?? Infinity;
  const weights = new Map<string, number>();
  for (const m of issueMentions) weights.set(m.id, (weights.get(m.id) ?? 0) + (m.start < headlineEnd ? 3 : m.start < leadEnd ? 2 : 1));
  return weights;
}

/** Up to `chars` characters of the sentence before a mention in it. */
const textBefore = (s: Sentence, m: Mention, chars: number) => s.text.slice(Math.max(0, m.start - s.start - chars), m.start - s.start);

/**
 * A conflict sentence's issue. A block named beside licensing or registration is its sanction ("blocks 26
 * unregistered platforms", "menyekat … selepas gagal mendaftar"): the conflict is over the licence. An issue given as
 * the reason ("blocked ChatGPT over privacy concerns", "menyekat … atas kebimbangan privasi") is what the parties are
 * at odds over, whatever else the sentence names.
 */
function sentenceIssue(s: Sentence, inSentence: Mention[], weights: Map<string, number>): string | null {
  const sanctioned = inSentence.some((m) => m.id === LICENSING) && inSentence.some((m) => m.id === BLOCKING);
  if (sanctioned) return LICENSING;
  const reasons = inSentence.filter((m) => REASON_BEFORE.test(textBefore(s, m, 60)));
  const candidates = reasons.length ? reasons : inSentence;
  return weightiest(narrowest(candidates), weights);
}

/**
 * A safety law named in the conflict sentence only as the instrument ("proceedings against TikTok under the Digital
 * Services Act", "a suspected breach of the DSA"): the parties are at odds over the harm the statement applies it to,
 * its weightiest other issue (development pair and issue 0.626 → 0.630, held-out 0.482 → 0.486).
 */
function harmUnderLaw(s: Sentence, inSentence: Mention[], issueMentions: Mention[], weights: Map<string, number>): string | null {
  const instrument = (m: Mention) => m.id !== SAFETY_LAW || INSTRUMENT_BEFORE.test(textBefore(s, m, 30));
  if (!inSentence.every(instrument)) return null;
  return weightiest(issueMentions.filter((m) => m.id !== SAFETY_LAW), weights);
}

/** The issue of the mentions given that the statement is most about (the first given on a tie), else null. */
function weightiest(mentions: Mention[], weights: Map<string, number>): string | null {
  let best: string | null = null;
  let bestWeight = 0;
  for (const m of mentions) {
    const weight = weights.get(m.id)!;
    if (best === null || weight > bestWeight) {
      best = m.id;
      bestWeight = weight;
    }
  }
  return best;
}

// The examples of a class of services blocked are what is blocked, not places: "menggantung akses kepada platform
// seperti Facebook, Instagram dan TikTok", "blocked social media platforms including X".
const BLOCKED_EXAMPLES_BEFORE = /\b(?:menggantung|menyekat|mengharamkan|melarang|block\w*|suspend\w*|bann?\w*|restrict\w*)\s+(?:akses\s+kepada\s+|access\s+to\s+)?(?:[\p{L}-]+\s+){0,3}?(?:platforms?|aplikasi|apps?|media\s+sosial|social\s+media|perkhidmatan|services?)(?:\s+[\p{L}-]+){0,2}?\s+(?:seperti|such\s+as|termasuk|including)\s+$/iu;
const SIDE_BY_SIDE = /^(?:\s+(?:Platforms|Inc\.?|LLC|Ltd\.?|Limited|Corp\.?))*(?:,?\s*(?:Inc\.?|LLC|Ltd\.?))?\s*(?:,\s*)?(?:and|dan|&|serta)\s+$/;
const COORDINATED = /^\s*(?:,\s*)?(?:and|or|dan|atau|serta|,)?\s*$/i;
const CONTENT_AFTER = /^\s*(?:videos?|posts?|accounts?|channels?|pages?|users?|groups?|clips?|live ?streams?|ads?|messages?)\b/i;
const ARTICLE_BEFORE = /\b(?:a|an|his|her|their|its)\s+$/i;
const CONTENT_BEFORE = /\b(?:video|hantaran|akaun|saluran|halaman|kumpulan|pengguna|klip|siaran langsung|mesej)\s+$/i;
// A name that is itself a channel or a group ("saluran Telegram", "Telegram groups"; platforms.json).
const CONTENT_NAME = /^(?:saluran|kumpulan)\s|\s(?:channels?|groups?)$/i;
/** "a YouTube video", "his Facebook post", "video YouTube", "pengguna Facebook", "mesej WhatsApp", "saluran Telegram":
 *  the platform names content. */
const namesContent = (before: string, name: string, after: string) =>
  (ARTICLE_BEFORE.test(before.slice(-8)) && CONTENT_AFTER.test(after)) || CONTENT_BEFORE.test(before.slice(-20)) || CONTENT_NAME.test(name);

const OWNER_DESCRIBED = /^-owned\b/i;
const OWNED_BY_BEFORE = /\b(?:milik|dimiliki oleh|owned by)\s+$/i;
type Party = { id: string; type: PartyType; at: number; end: number; distance: number; subject: boolean };
/** Is a platform of the sentence, not content on it, blocked in the passive ("Access to X has remained restricted")? */
const blockedInPassive = (s: Sentence, parties: Party[]) =>
  parties.some((p) => p.type === 'platform' && !CONTENT_AFTER.test(s.text.slice(p.end)) && PASSIVE_BLOCK.test(s.text.slice(p.end)));

/** The parties named in a sentence, once each, with how far each is from the trigger and whether it is the subject. */
function partiesIn(s: Sentence, refs: PartyRef[], triggerAt: number, taxonomy: Taxonomy): Party[] {
  const end = s.start + s.text.length;
  const parties: Party[] = [];
  let placeEnd = -1;
  for (const r of refs) {
    if (r.start < s.start || r.end > end) continue;
    const before = s.text.slice(0, r.start - s.start);
    const after = s.text.slice(r.end - s.start, r.end - s.start + 12);
    // A place, a list going on from one ("platforms such as YouTube, Facebook and Instagram"), a product named for its
    // content ("a YouTube video", "hantaran Facebook") or an owner named to describe ("the Meta-owned platform") is
    // not a party.
    const inPlaceList = placeEnd >= 0 && COORDINATED.test(s.text.slice(placeEnd - s.start, r.start - s.start));
    const platformAsPlace =
      r.type === 'platform' && (BANNED_FROM_BEFORE.test(before.slice(-180)) || MEMBERS_BEFORE.test(before.slice(-80)) || namesContent(before, s.text.slice(r.start - s.start, r.end - s.start), after) || OWNER_DESCRIBED.test(after) || OWNED_BY_BEFORE.test(before.slice(-20)));
    const blockedExample = BLOCKED_EXAMPLES_BEFORE.test(before.slice(-120));
    if (!blockedExample && (LOCATIVE_BEFORE.test(before.slice(-60)) || inPlaceList || platformAsPlace)) {
      placeEnd = r.end;
      continue;
    }
    placeEnd = -1;
    const distance = Math.abs(r.start - s.start - triggerAt);
    const known = parties.find((p) => p.id === r.id);
    const subject = parties.length === 0 && (!PREPOSITION_BEFORE.test(before.slice(-30)) || SUBJECT_BY_EXAMPLES.test(before));
    if (!known) parties.push({ id: r.id, type: r.type, at: r.start - s.start, end: r.end - s.start, distance, subject });
    else known.distance = Math.min(known.distance, distance);
  }
  // A product and its parent in one sentence are one party: the parent; unless the two are named side by side as two
  // companies ("a Final Order against Meta Platforms, Inc. and WhatsApp LLC", "Meta dan WhatsApp").
  const merged = parentsOverProducts(parties, taxonomy);
  const sideBySide = (p: Party) => {
    const parent = taxonomy.platformEntries.get(p.id)?.parent;
    const q = parent ? parties.find((o) => o.id === parent) : undefined;
    if (!q) return false;
    const [a, b] = q.at < p.at ? [q, p] : [p, q];
    return SIDE_BY_SIDE.test(s.text.slice(a.end, b.at));
  };
  return parties.filter((p) => merged.includes(p) || sideBySide(p));
}

// Authorities named as one side: "the Department of Justice on behalf of the Commission", "the ministry and the MCMC",
// "Kementerian bersama SKMM".
const JOINED = /^\s*(?:,\s*)?(?:and|dan|serta|on behalf of|bagi pihak|together with|bersama(?:-sama)?(?: dengan)?)\s+(?:the\s+)?$/i;

/** The authority chosen for a conflict, and those joined to it in the sentence: the run of neighbours, each joined to
 *  the next, that holds it (each once, in the sentence's order). */
function jointAuthorities(text: string, chosen: Party, actors: readonly Party[]): Party[] {
  const inOrder = actors.filter((a) => Number.isFinite(a.at)).sort((a, b) => a.at - b.at);
  const at = inOrder.indexOf(chosen);
  if (at < 0) return [chosen];
  const joined = (i: number) => JOINED.test(text.slice(inOrder[i]!.end, inOrder[i + 1]!.at));
  let first = at;
  let last = at;
  while (first > 0 && joined(first - 1)) first--;
  while (last + 1 < inOrder.length && joined(last)) last++;
  return [chosen, ...inOrder.slice(first, last + 1).filter((a) => a !== chosen)];
}

// A rejection of a claim spoken of again: "menolak tafsiran tersebut", "tidak bersetuju dengan pendirian tersebut",
// "does not accept this position".
const CLAIM_REJECTED =
  /^(?:menolak|tidak bersetuju dengan|reject\w*|disagree\w* with|(?:does|do|did) not accept|regret(?:s|ted)?)\s+(?:(?:tafsiran|pendirian|dakwaan|hujah|alasan|penjelasan|tuntutan)(?:\s+\S+)?\s+(?:tersebut|itu)|(?:the|this|that|these|those)\s+(?:claims?|positions?|interpretation|arguments?|assertions?|explanation|stance))\b/i;

/** The platform named first in the sentence before `s`, else in the one before that. */
function firstPlatformBefore(s: Sentence, sentences: Sentence[], refs: readonly PartyRef[]): PartyRef | undefined {
  const at = sentenceIndexAt(sentences, s.start);
  for (let k = at - 1; k >= Math.max(0, at - 2); k--) {
    const o = sentences[k]!;
    const named = refs.find((r) => r.type === 'platform' && r.start >= o.start && r.end <= o.start + o.text.length);
    if (named) return named;
  }
  return undefined;
}

/**
 * Who gives the order at `at`, if it counts: the body named last before it. A court ("the Superior Electoral Court")
 * or where it sits ("sebuah mahkamah di Berlin") orders anyone the sentence names; any other body only one platform,
 * the party named first after the order ("The Government directs X to appoint …"), for the writers labelled no
 * dispute in orders to several platforms at once ("MCMC telah mengarahkan TikTok dan Meta menurunkan …": they
 * complied). A court named after that body is one the tagger does not know, and the order is not the body's ("the
 * MCMC … and the court had earlier ordered Telegram").
 */
function orderGiven(s: Sentence, parties: readonly Party[], refs: readonly PartyRef[], at: number): PartyRef | undefined {
  const body = refs.findLast((r) => r.type === 'actor' && r.start >= s.start && r.end <= s.start + at);
  if (!body) return undefined;
  if (COURT_WORD.test(s.text.slice(Math.max(0, body.start - s.start - 30), body.end - s.start))) return body;
  if (COURT_AFTER_BODY.test(s.text.slice(body.end - s.start, at))) return undefined;
  const ordered = new Set(parties.filter((p) => p.type === 'platform' && p.at > at).map((p) => p.id));
  return firstAfter(refs, s, at)?.type === 'platform' && ordered.size === 1 ? body : undefined;
}

/** The party named first after `at` in sentence `s`. */
function firstAfter(refs: readonly PartyRef[], s: Sentence, at: number): PartyRef | undefined {
  const from = s.start + at;
  const end = s.start + s.text.length;
  let first: PartyRef | undefined;
  for (const r of refs) if (r.start > from && r.end <= end && (!first || r.start < first.start)) first = r;
  return first;
}

/** The authority last named before sentence `s`, one that acts (not "with the NSRC", "kepada SKMM") where there is one:
 *  "The Ministry urged all platforms to share data with the NSRC. The platforms declined the request." */
function lastAuthorityBefore(s: Sentence, sentences: Sentence[], refs: PartyRef[]): PartyRef | undefined {
  const earlier = refs.filter((r) => r.end <= s.start && r.type === 'actor');
  // A short form in brackets repeats the name before it: that name's place decides.
  const acting = (r: PartyRef) => {
    const held = sentenceAt(sentences, r.start);
    const before = held ? held.text.slice(Math.max(0, r.start - held.start - 30), r.start - held.start) : '';
    return !PREPOSITION_BEFORE.test(before) && !/\(\s*$/.test(before);
  };
  return earlier.findLast(acting) ?? earlier.at(-1);
}

// A law, a bill or a ban answered ("opposes the bill", "kecewa dengan peraturan itu", "mendakwa larangan itu melanggar
// …"): made by a government, not by the regulator that enforces it.
const LAW_ANSWERED =
  /^[^.;]{0,100}?(?:\b(?:the|this|that) (?:bill|law|legislation|ban|measure|decree)\b|\b(?:rang undang-undang|undang-undang|peraturan|larangan|akta|dekri)(?:\s+[\p{L}-]+){0,3}?\s+(?:itu|tersebut|ini)\b)/iu;
const OTHER_GOVERNMENT = 'other-government';
/** Does a platform answer a law that a regulator abroad enforces (eSafety, Ofcom), so that its government made it? */
function lawOpposedAbroad(after: string, authority: string, taxonomy: Taxonomy): boolean {
  const entry = taxonomy.actorEntries.get(authority);
  return entry?.kind === 'regulator' && entry.country !== 'MY' && entry.country !== null && entry.id !== COMMISSION && LAW_ANSWERED.test(after);
}

/** Makes the authority named first in the clause reported by "said", before the cue, the sentence's subject. */
function reportedSubject(text: string, parties: Party[], triggerAt: number): void {
  const said = SPEECH_VERB_BEFORE.exec(text.slice(0, triggerAt));
  if (!said) return;
  const clauseAt = said.index + said[0].length;
  const first = parties.find((p) => p.at >= clauseAt && p.at < triggerAt);
  if (first?.type !== 'actor') return;
  for (const p of parties) p.subject = p === first;
}

const EXECUTIVE = new Set(['ministry', 'regulator', 'government']);
// The cue, then at most three words that are no preposition or conjunction: "accused the ministry", "mengecam
// tindakan SKMM", "criticised the minister's decision", not "criticised the bill for giving the regulator".
const OBJECT_AFTER_TRIGGER = /^[\p{L}-]+(?:\s+(?!(?:for|to|by|in|with|that|which|of|kerana|sebab|untuk|oleh|dalam|dengan|bahawa|yang|kepada)\s)[\p{L}'’-]+){0,3}\s+$/iu;

/**
 * A legislature, as the subject, criticising the executive: "Opposition MP Lim accused the ministry of …", "beberapa
 * Ahli Parlimen pembangkang mengecam cadangan tersebut" (the ministry named before). The one dispute between two
 * authorities that the claims set's writers label alike; a court and a police force in one crime report are not.
 */
function legislatureAgainst(
  s: Sentence,
  parties: Party[],
  triggerAt: number,
  sentences: Sentence[],
  refs: PartyRef[],
  taxonomy: Taxonomy,
): [string, string] | null {
  const house = parties[0];
  if (!house?.subject || house.at > triggerAt || actorKind(house.id, taxonomy) !== 'legislature') return null;
  const executive = (id: string) => id !== house.id && EXECUTIVE.has(actorKind(id, taxonomy));
  const named = parties.filter((p) => p.type === 'actor' && executive(p.id));
  // One named in the sentence must be what is criticised, not a word in what is.
  if (named.length) {
    const object = named.find((p) => p.at > triggerAt && OBJECT_AFTER_TRIGGER.test(s.text.slice(triggerAt, p.at)));
    return object ? [house.id, object.id] : null;
  }
  const before = lastAuthorityBefore(s, sentences, refs);
  return before && executive(before.id) ? [house.id, before.id] : null;
}

const COMMISSION = 'european-commission';
// A member state by name or as a class: "Poland", "six Member States", "negara anggota".
const MEMBER_STATE = new RegExp(`(?<![\\p{L}])(?:${ANOTHER_COUNTRY}|[Mm]ember [Ss]tates?|negara(?:-negara)? anggota)(?![\\p{L}])`, 'u');

/**
 * The European Commission acting against member states, the countries themselves no party the tagger knows: "sends
 * reasoned opinions to Czechia, Cyprus … for failing to designate", "merujuk Poland … ke Mahkamah Keadilan", "Poland
 * menerima amaran daripada Suruhanjaya Eropah". Each writer who wrote of one labelled it a dispute with
 * `other-government`.
 */
function commissionAgainstMemberStates(s: Sentence, parties: Party[], refs: PartyRef[]): [string, string] | null {
  // Named, not a pronoun read back to it ("their health").
  const named = (r: PartyRef) => r.id === COMMISSION && r.via === 'name' && r.start >= s.start && r.end <= s.start + s.text.length;
  if (parties.some((p) => p.type === 'platform') || !refs.some(named)) return null;
  return MEMBER_STATE.test(s.text) ? [COMMISSION, OTHER_GOVERNMENT] : null;
}

/** The cue that makes a sentence a conflict, and where it is, from its first cue; null when that is negated or no act. */
function conflictCue(text: string, { found, trigger }: ConflictMatch): { cue: Cue; at: number } | null {
  const weak = !trigger;
  if (NEGATED.test(text.slice(Math.max(0, found.index - 45), found.index))) return null;
  // "if the findings are confirmed, fines … are possible": a sanction that may come is not one taken ("if it keeps
  // ignoring the ministry" still tells of an ignoring going on).
  if (SANCTION.test(found[0]) && CONDITION_BEFORE.test(text.slice(0, found.index))) return null;
  // "Sekiranya didapati melanggar DSA, TikTok boleh didenda", "if found to have breached the rules": a breach that may
  // be found is none found.
  if (FOUND_IF_BEFORE.test(text.slice(Math.max(0, found.index - 40), found.index))) return null;
  // "The ban is expected to apply to TikTok, Facebook and X": a law's scope, not an act against those named.
  if (!trigger && SCOPE_AFTER.test(text.slice(found.index + found[0].length))) return null;
  // "Platforms that fail to comply could have their services blocked", "HACA may order the suspension", "berdepan
  // risiko denda": a ban or a fine that might come is no act taken ("will" is a threat, and stays one); "in the event
  // of a breach" tells of none either.
  // "Platforms that fail to comply …", "syarikat yang gagal …": a class that might, not a party that did.
  if (CLASS_THAT_BEFORE.test(text.slice(Math.max(0, found.index - 40), found.index))) return null;
  // "If a social media service fails to comply …, it could be fined": any one of a class, none named.
  if (INDEFINITE_IF_BEFORE.test(text.slice(Math.max(0, found.index - 60), found.index))) return null;
  const before = text.slice(Math.max(0, found.index - 50), found.index);
  const risk = RISK_BEFORE.exec(before);
  const might = MIGHT_BEFORE.exec(before);
  // The phrase that starts first decides: a risk always, a modal only for a ban or a sanction.
  if (risk && (!might || risk.index < might.index)) return null;
  if (might && (weak || SANCTION.test(found[0]))) {
    // "MODA memberi amaran bahawa Meta boleh didenda …": a sanction that might come, told as a warning, is one.
    const warned = WARNING.exec(text.slice(0, found.index));
    return warned ? { cue: 'warning', at: warned.index } : null;
  }
  // "asked Google to reject the adverts": the trigger is the act asked for, not a conflict between the two; so is a
  // ban asked for ("a petition calling for TikTok to be banned"), though a ban ordered is one.
  if (trigger && DEMANDED_ACT_BEFORE.test(text.slice(0, found.index))) return null;
  if (weak && REQUESTED_ACT_BEFORE.test(text.slice(0, found.index))) return null;
  // "memberi kuasa kepada pendakwa raya … untuk mengarahkan platform … menyekat", "gives the regulator powers to block":
  // a power a law grants, not an act taken.
  if (POWER_GRANTED_BEFORE.test(text.slice(0, found.index))) return null;
  // "content that threatens children", "kandungan yang melanggar undang-undang", "akaun yang diharamkan" (accounts that
  // were banned): content's doing or what was done to it, no party's act.
  if (CONTENT_DOES_BEFORE.test(text.slice(Math.max(0, found.index - 60), found.index))) return null;
  // "Adakah Meta akan membayar denda …?": a question is no act; nor is one reported ("bertanya sama ada kerajaan akan
  // menyekat X", "asked whether the ministry would block X").
  if (/\?(?:["”]|\s*$)/.test(text) || (weak && REPORTED_QUESTION_BEFORE.test(text.slice(0, found.index)))) return null;
  // "menafikan dakwaan … bahawa kerajaan akan menyekat …": a denied claim is no act.
  if (DENIED.test(text.slice(0, found.index))) return null;
  const cue: Cue = trigger ? (SANCTION.test(text) ? 'sanction' : 'opposition') : WARNING.test(text) ? 'warning' : 'authority-act';
  return { cue, at: found.index };
}

// A contrast between two clauses ("Snap said it would work with the regulator, while Meta said the bill had been
// rushed", "…, manakala X …"): each clause has its own parties.
const CONTRAST = /,\s+(?:while|whereas|manakala|sedangkan)\s+/gi;

/** The clause of a sentence that holds `at`, as a sentence of its own. */
function clauseAt(s: Sentence, at: number): Sentence {
  let start = 0;
  let end = s.text.length;
  for (const m of s.text.matchAll(CONTRAST)) {
    if (m.index + m[0].length <= at) start = m.index + m[0].length;
    else if (m.index >= at) {
      end = m.index;
      break;
    }
  }
  return start === 0 && end === s.text.length ? s : { ...s, start: s.start + start, text: s.text.slice(start, end) };
}

export function findDisputes(
  sentences: Sentence[],
  refs: PartyRef[],
  issueMentions: Mention[],
  taxonomy: Taxonomy,
  /** Each sentence's first cue (`conflictMatch`), as the caller read them to decide which sentences to resolve. */
  cues: readonly (ConflictMatch | null)[] = sentences.map((s) => conflictMatch(s.text)),
): Dispute[] {
  const disputes: Dispute[] = [];
  const weights = issueWeights(issueMentions, sentences);
  const seen = new Set<string>();
  const privacyAuthorities = dataProtectionAuthorities(refs, sentences);
  // A statement about a ban from government devices ("banned TikTok on government devices", "melarang … pada peranti
  // kerajaan"): a block in it is over the data on them, as the writers labelled nine of the ten such.
  const deviceBan = issueMentions.some((m) => m.id === PRIVACY && DEVICES.test(spanText(sentences, m)));
  const securityBan = sentences.some((s) => NATIONAL_SECURITY.test(s.text)) && (issueMentions.some((m) => m.id === PRIVACY) || sentences.some((s) => DATA.test(s.text)));
  for (let i = 0; i < sentences.length; i++) {
    const whole = sentences[i]!;
    const match = cues[i];
    const foundInWhole = match && conflictCue(whole.text, match);
    if (!foundInWhole) continue;
    const s = clauseAt(whole, foundInWhole.at);
    const found = { ...foundInWhole, at: foundInWhole.at - (s.start - whole.start) };
    const parties = partiesIn(s, refs, found.at, taxonomy);
    if (parties.length === 0 || thirdPartyAct(s, refs)) continue;
    const hasActor = parties.some((p) => p.type === 'actor');
    const memberStates = found.cue !== 'authority-act' ? commissionAgainstMemberStates(s, parties, refs) : null;
    // Warnings, bans and blocks say who acts on whom only when the authority and the platform share the sentence; a
    // block told in the passive with no authority named is the one named before's.
    const passive = found.cue === 'authority-act' && !hasActor && blockedInPassive(s, parties);
    if ((found.cue === 'warning' || found.cue === 'authority-act') && !memberStates && !passive && !(hasActor && parties.some((p) => p.type === 'platform'))) continue;
    // A platform that blocks or removes content itself ("we … blocked the accounts the court ordered us to block",
    // "Meta mula menyekat kandungan berita") is acting on content, not being blocked.
    const blocksContent = found.cue === 'authority-act' && BLOCKS_CONTENT.test(s.text.slice(found.at));
    if (blocksContent && blockerIsPlatform(s, parties, refs, found.at)) continue;
    let sideBefore = false;
    if (!hasActor && (passive || (parties[0]!.type === 'platform' && parties[0]!.subject)) && !AGAINST_NON_PARTY.test(s.text.slice(found.at))) {
      // Platforms answering back ("Meta said it disagreed"): the other side is the last authority named before, unless
      // the sentence names its own target that is no party ("tindakan undang-undang terhadap syarikat yang …").
      const named = lastAuthorityBefore(s, sentences, refs);
      const before = named && !passive && lawOpposedAbroad(s.text.slice(found.at), named.id, taxonomy) ? { ...named, id: OTHER_GOVERNMENT } : named;
      if (before) parties.push({ id: before.id, type: before.type, at: Infinity, end: Infinity, distance: Infinity, subject: false });
      sideBefore = before !== undefined;
    } else if (hasActor && parties[0]!.subject && !parties.some((p) => p.type === 'platform') && CLAIM_REJECTED.test(s.text.slice(found.at))) {
      // An authority rejecting "tafsiran tersebut", "this argument": the claim is the platform's named first before.
      const claimant = firstPlatformBefore(s, sentences, refs);
      if (claimant) parties.push({ id: claimant.id, type: claimant.type, at: Infinity, end: Infinity, distance: Infinity, subject: false });
      sideBefore = claimant !== undefined;
    }
    // The authority on the other side: the sentence's subject when it is one ("The minister said X ignored the
    // MCMC's requests"), else the one named nearest the criticism, refusal or action. An authority that is the
    // subject of the reported clause acts, not the one reporting it ("The minister said the MCMC fined Telegram").
    reportedSubject(s.text, parties, found.at);
    const ordered = found.cue === 'authority-act' && ORDER_WORD_AT.test(s.text.slice(found.at));
    if (ordered) {
      const body = orderGiven(s, parties, refs, found.at);
      if (!body) continue;
      for (const p of parties) p.subject = p.id === body.id;
    }
    const actors = parties
      .filter((p) => p.type === 'actor')
      .sort((a, b) => Number(b.subject) - Number(a.subject) || a.distance - b.distance);
    const platforms = parties.filter((p) => p.type === 'platform');
    // A platform that is the subject of an active verb, with no authority named before it ("Meta disagreed with the
    // DPC", "WhatsApp filed a suit in the High Court"), acts against the authority; else the authority acts against
    // the platforms ("Turkey fined Facebook, a minister said", "Twitter was fined").
    const platformActs =
      !passive && parties[0]!.type === 'platform' && parties[0]!.subject && parties[0]!.at < found.at &&
      !parties.some((p) => p.type === 'actor' && p.at < found.at) && !actedOn(s.text, found.at);
    // A denial is a platform answering an accusation; a body denying a rumour ("KKMM menafikan dakwaan … bahawa
    // kerajaan akan menyekat Facebook") is at odds with no platform.
    if (!platformActs && DENIAL.test(s.text.slice(found.at))) continue;
    // A dispute sets an authority against a platform. Two platforms named together are competitors or fellow
    // addressees ("force Google, Meta and others"), two authorities mostly a court and a police force in one crime
    // report; on the claims set's development half such pairs were wrong four times in five.
    const side = actors.length ? jointAuthorities(s.text, actors[0]!, actors) : [];
    // A committee summoning platforms "to explain how they handle scam advertisements" holds a hearing.
    const summons = SUMMONS.test(s.text.slice(found.at));
    const hearing = summons && side.length > 0 && side.every((a) => actorKind(a.id, taxonomy) === 'legislature');
    // "summoned the chairman of the Telecommunications Regulatory Commission to explain why access to Facebook … was
    // blocked": an official summoned, not the platforms named after.
    if (hearing || (summons && firstAfter(refs, s, found.at)?.type === 'actor')) continue;
    // Loops, not flatMap, which Node 20 runs about ten times slower.
    const pairs: [string, string][] = [];
    for (const p of platforms) for (const a of side) pairs.push(platformActs ? [p.id, a.id] : [a.id, p.id]);
    const house = platforms.length === 0 && found.cue !== 'warning' && found.cue !== 'authority-act' ? legislatureAgainst(s, parties, found.at, sentences, refs, taxonomy) : null;
    if (house) pairs.push(house);
    if (memberStates) pairs.push(memberStates);
    const shape = house ? 'legislature' : memberStates ? 'member-states' : sideBefore ? 'side-before' : 'both-named';
    const confidence = claimConfidence('dispute', `${found.cue} ${shape}`);
    // The conflict sentence's own issue, the one the statement is most about where it names several; else the
    // statement's main issue.
    const inSentence = issueMentions.filter((m) => m.start >= s.start && m.end <= s.start + s.text.length);
    // A ban, suspension or block is itself about blocking when its sentence names no other issue; so is a refusal or
    // criticism whose sentence names one ("enggan gantung sekatan TikTok") when the statement names no issue at all.
    // An order is about what it orders, not itself a block: with no issue in its sentence, the statement's.
    const overInSentence = inSentence.length ? sentenceIssue(s, inSentence, weights) : found.cue !== 'authority-act' || ordered ? weightiest(narrowest(issueMentions), weights) ?? (AUTHORITY_ACT.test(s.text) ? BLOCKING : null) : BLOCKING;
    // The Commission's dispute with member states is over the law they are to apply.
    const overHarm = (overInSentence === SAFETY_LAW && !memberStates && harmUnderLaw(s, inSentence, issueMentions, weights)) || overInSentence;
    for (const [from, against] of pairs) {
      const over = privacyAuthorities.has(from) || privacyAuthorities.has(against) || ((deviceBan || securityBan) && (overHarm === BLOCKING || overHarm === null)) ? PRIVACY : overHarm;
      // One dispute per direction, pair and issue: a fine and the appeal against it are two.
      const key = `${from}>${against}|${over}`;
      if (seen.has(key)) continue;
      seen.add(key);
      disputes.push({ from, against, over, evidence: whole.text, speaker: null, confidence });
    }
  }
  // A pair found with its issue in one sentence and without one in another (often the headline) is one dispute.
  return disputes.filter(
    (d) => d.over !== null || !disputes.some((e) => e.over !== null && pairKey(e.from, e.against) === pairKey(d.from, d.against)),
  );
}
