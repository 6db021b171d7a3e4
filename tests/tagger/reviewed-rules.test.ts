// Rules added after the review of the tagger on the curated events (docs/curation.md): office holders named
// without a title, Cabinet and heads of government, foreign police, and the issue wordings real reports use.
// Sentences are our own wording; each rule is checked in English and Malay, with a false friend beside it.
import { describe, expect, it } from 'vitest';
import { tag } from './helpers.ts';

describe('actors the review found missing', () => {
  it('reads a known office holder named without a title as their organisation', async () => {
    expect((await tag('Fahmi Fadzil said platforms must act faster on scam ads.')).actors).toEqual(['kkd']);
    expect((await tag('Teo Nie Ching berkata platform perlu menapis iklan judi dalam talian.')).actors).toEqual(['kkd']);
    expect((await tag('Meutya Hafid said the rules protect children on social media.')).actors).toEqual(['komdigi']);
    expect((await tag('Josephine Teo said the bill gives victims of online harms a faster remedy.')).actors).toEqual(['mddi-sg']);
    // A surname alone is not enough: "Teo" is also the surname of other people.
    expect((await tag('Mr Teo, a parent, said social media apps worry him.')).actors).toEqual([]);
  });
  it('reads the Cabinet and the Prime Minister as other-government, a lower-case "prime minister" in a story about him not', async () => {
    expect((await tag('The Cabinet agreed that social media platforms must be licensed.')).actors).toEqual(['other-government']);
    expect((await tag('Prime Minister Anwar Ibrahim said online scams cost Malaysians billions.')).actors).toEqual(['other-government']);
    expect((await tag('Jemaah Menteri bersetuju platform media sosial perlu dilesenkan.')).actors).toEqual(['other-government']);
    expect((await tag('Perdana Menteri berkata penipuan dalam talian semakin meningkat.')).actors).toEqual(['other-government']);
    expect((await tag('A deepfake video of the prime minister was removed from YouTube.')).actors).toEqual([]);
  });
  it("reads Singapore's police as a foreign body, not PDRM", async () => {
    expect((await tag('Singapore police said scams on Facebook fell last year.')).actors).toEqual(['other-government']);
    expect((await tag('Polis Singapura berkata penipuan di Facebook menurun tahun lalu.')).actors).toEqual(['other-government']);
    expect((await tag('Police said scams on Facebook rose in Selangor last year.')).actors).toEqual(['pdrm']);
  });
  it('reads the usual forms of Komdigi, the Commission and a Malaysian MP', async () => {
    expect((await tag("Indonesia's Communications and Digital Ministry suspended the app's registration.")).actors).toEqual(['komdigi']);
    expect((await tag("Meta said it disagreed with the Commission's preliminary findings under the DSA in the EU.")).actors).toEqual(['european-commission']);
    expect((await tag('Commission spokesman Jan Example said the EU proceedings against X continue.')).actors).toEqual(['european-commission']);
    // Another country's commission, named in full, is the one whose findings a tribunal affirms where no EU is named.
    expect((await tag("The Zorvania Competition Commission (ZCC) welcomed the ruling. The Tribunal affirmed the Commission's findings against Meta.")).actors).toEqual(['other-government']);
    expect((await tag('Segamat MP urged X to apply for a licence from the MCMC.')).actors).toEqual(['mcmc', 'parliament-my']);
    // "the commission" in a Malaysian statement is the MCMC's, not the European Commission.
    expect((await tag('The MCMC said the commission had blocked 300 gambling sites.')).actors).toEqual(['mcmc']);
    // A British MP is not a member of Malaysia's Parliament.
    expect((await tag('A Labour MP told Ofcom in London that Britain must protect children on TikTok.')).actors).not.toContain('parliament-my');
  });
});

describe('issues the review found missing', () => {
  it('reads children and under-16s as child safety, in both languages', async () => {
    expect((await tag('The MCMC said platforms must do more to keep children safe from harmful content online.')).issues).toContain('child-safety');
    expect((await tag('The government will bar under-16s from holding social media accounts.')).issues).toContain('child-safety');
    expect((await tag('SKMM berkata platform media sosial perlu melindungi kanak-kanak bawah umur daripada kandungan berbahaya.')).issues).toContain('child-safety');
  });
  it('reads a minimum age of users as age assurance, but not a privacy case about data of children under 13', async () => {
    expect((await tag('Platforms licensed by the MCMC must stop users under 13 from opening accounts.')).issues).toContain('age-assurance');
    expect((await tag('Kerajaan akan menetapkan had umur minimum untuk akaun media sosial, kata SKMM.')).issues).toContain('age-assurance');
    expect((await tag('The FTC fined the app for collecting data from children under 13 without consent online.')).issues).not.toContain('age-assurance');
  });
  it('reads Grok and AI-generated images as AI and deepfakes', async () => {
    expect((await tag('The MCMC said it would meet X over misuse of Grok on the platform.')).issues).toContain('ai-deepfakes');
    expect((await tag('SKMM berkata video palsu dijana AI disebarkan di TikTok.')).issues).toContain('ai-deepfakes');
  });
  it('reads blocking a service as content removal', async () => {
    expect((await tag('The ministry blocked access to the app on Monday until it removes the feature, the regulator said online.')).issues).toContain('content-removal');
    expect((await tag('Komdigi memblokir aplikasi itu buat sementara, kata kementerian dalam talian.')).issues).toContain('content-removal');
  });
  it('reads "bullying" alone as cyberbullying, in both languages', async () => {
    expect((await tag('The online safety bill will address bullying and scams on social media, the minister said.')).issues).toContain('cyberbullying');
    expect((await tag('Rang undang-undang itu akan menangani buli dan penipuan di media sosial, kata menteri.')).issues).toContain('cyberbullying');
  });
  it('reads race, religion and royalty in any order as hate speech', async () => {
    expect((await tag('The MCMC said Facebook was flooded with posts on race, royalty and religion.')).issues).toContain('hate-speech');
    expect((await tag('SKMM berkata kandungan berkaitan agama, bangsa dan raja di TikTok akan diturunkan.')).issues).toContain('hate-speech');
  });
  it('reads gambling content alone as online gambling', async () => {
    expect((await tag('The MCMC removed gambling videos from YouTube after complaints.')).issues).toContain('online-gambling');
    expect((await tag('SKMM memadam kandungan judi di Facebook selepas aduan.')).issues).toContain('online-gambling');
  });
});
