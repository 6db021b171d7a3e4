// A platform named in passing does not make a statement relevant: a scam victim's loss, a driving licence, an
// investment; a licence for an online service does.
import { describe, expect, it } from 'vitest';
import { tag } from './helpers.ts';

describe('relevance needs a governing act', () => {
  it('drops a scam victim\'s loss reported by the police, and a driving or courier licence', async () => {
    expect((await tag('Seorang pesara rugi RM90,000 selepas ditipu skim pelaburan palsu di Telegram, kata polis. Suspek ditahan dan kes disiasat mengikut Seksyen 420 Kanun Keseksaan.')).relevant).toBe(false);
    expect((await tag('The transport department suspended 300 driving licences after a crackdown announced on WhatsApp groups.')).issues).not.toContain('licensing');
  });

  it('drops a police force\'s crime report that names the platform the crime used, but keeps police enforcing an online law', async () => {
    const raid = await tag(
      'PREAH SIHANOUK — Zorvanian police raided a compound and freed 60 foreign nationals, including Malaysians, who said they had been forced to run online scams. Most had answered job advertisements on Facebook. "They were beaten if they did not meet their targets," a police official said.',
    );
    expect(raid.relevant).toBe(false);
    expect(raid.reason).toContain('actors: pdrm');
    const enforced = await tag('Police arrested a man under Section 233 of the Communications and Multimedia Act over TikTok videos insulting the royalty, and asked TikTok to remove them.');
    expect(enforced.relevant).toBe(true);
  });

  it('drops a court order about land: people "removed from the land" is no content removed', async () => {
    const land = await tag(
      'The Environment and Land Court of Zorvania issued orders stopping the eviction of 300 families. "No one shall be removed from the land until this matter is determined," the judge said. Residents had posted videos of the bulldozers on TikTok and Facebook.',
    );
    expect(land.issues).toEqual([]);
    expect(land.relevant).toBe(false);
  });

  it('drops a driving licence renewed online: "online" as the way to do an errand is no online service', async () => {
    const renewal = await tag(
      'Jabatan Jalan Raya Zorvania mengingatkan pemegang lesen memandu bahawa lesen yang tamat tempoh tidak boleh diperbaharui. Pemandu dengan lesen tamat tempoh boleh dikenakan tindakan di bawah Akta Jalan Raya. Pembaharuan lesen boleh dibuat di kaunter atau secara dalam talian.',
    );
    expect([renewal.relevant, renewal.issues]).toEqual([false, []]);
  });

  it('reads a licence in a statement about driving licences as that licence, even where it is renewed online', async () => {
    const renewal = await tag(
      'The Zorvania Transport Authority informs the public that the renewal of driving licences and the issuance of learner licences can be done only through the Authority\'s online services platform. Updates are posted on its official Facebook page.',
    );
    expect([renewal.relevant, renewal.issues]).toEqual([false, []]);
    const platforms = await tag('Driving licences aside, the ministry said social media platforms would need a licence from next year.');
    expect(platforms.issues).toContain('licensing');
  });

  it('reads hunting licences applied for on an online licensing platform as hunting licences', async () => {
    const hunting = await tag(
      'Zorvania Fish and Wildlife reminds hunters that applications for nonresident big game combination licenses must be submitted by April 1. Applications can be made through the agency\'s online licensing platform, by phone or at any regional office.',
    );
    expect([hunting.relevant, hunting.issues]).toEqual([false, []]);
  });

  it('keeps a licence for social media platforms', async () => {
    const t = await tag('Social media platforms with eight million users must apply for a class licence from the MCMC, the minister said.');
    expect(t.relevant).toBe(true);
    expect(t.issues).toContain('licensing');
  });
});

describe('a platform named in passing, with no governing act on an online service', () => {
  it('drops a police scam report that names the messaging apps victims were reached on', async () => {
    const t = await tag(
      'Polis berkata mangsa penipuan kerja sambilan lazimnya dihubungi menerusi WhatsApp dan Telegram sebelum diminta membuat bayaran. Kebanyakan mangsa berusia bawah 30 tahun, menurut statistik polis.',
      'Penipuan kerja sambilan meningkat',
    );
    expect(t.relevant).toBe(false);
    expect(t.platforms).toEqual(['telegram', 'whatsapp']);
    expect(t.reason).toContain('no governing act on an online service');
  });

  it('drops a notice whose only platforms are the channels it points readers to', async () => {
    const t = await tag(
      'The Meteorological Department issued a heavy rain warning for three districts until Sunday. Updates are available on its official X account and Telegram channel.',
    );
    expect(t.relevant).toBe(false);
    const ms = await tag(
      'Jabatan Pengangkutan Jalan melancarkan sistem temu janji ujian memandu yang baharu. Aplikasi itu boleh dimuat turun di Google Play dan Apple App Store.',
    );
    expect(ms.relevant).toBe(false);
  });

  it('drops an athlete\'s apology on Instagram in a sports ruling', async () => {
    const t = await tag(
      'Majlis Sukan Negara menggantung seorang atlet lontar peluru selama dua tahun kerana doping. Atlet itu memohon maaf menerusi hantaran di Instagram dan akan merayu keputusan itu.',
    );
    expect(t.relevant).toBe(false);
  });

  it('drops a courier licence notice from the communications regulator, and road tax is no digital tax', async () => {
    const courier = await tag(
      'SKMM mengingatkan syarikat kurier supaya memiliki lesen di bawah Akta Perkhidmatan Pos. Pemeriksaan mendapati 12 premis beroperasi tanpa lesen.',
    );
    expect(courier.relevant).toBe(false);
    expect(courier.issues).not.toContain('licensing');
    expect((await tag('Motorists no longer need to display a road tax sticker once the digital licence app is live.')).issues).not.toContain('taxation');
    expect((await tag('Pemandu tidak perlu lagi mempamerkan pelekat cukai jalan.')).issues).not.toContain('taxation');
  });
});

describe('a governing act on an online service keeps a statement relevant', () => {
  it('keeps an order suspending an online service, in Malay and English', async () => {
    expect((await tag('Kerajaan mengarahkan penggantungan serta-merta semua operasi pertaruhan dalam talian di seluruh negara, berikutan laporan ramai remaja berjudi.')).relevant).toBe(true);
    expect((await tag('Following the new internet law, the company said it would open a local office and publish the removal orders it receives.')).relevant).toBe(true);
  });

  it('keeps a government cutting the internet and social media, in Malay and English', async () => {
    expect((await tag('Kerajaan Zorvania memutuskan perkhidmatan Internet dan SMS di seluruh negara untuk mengelakkan keputusan palsu tersebar di media sosial.')).relevant).toBe(true);
    expect((await tag('The government of Zorvania shut down mobile internet and social media during the national exams.')).relevant).toBe(true);
  });

  it('keeps a platform\'s policy response told across two sentences', async () => {
    const t = await tag('OpenAI committed to adding provenance labels to images generated by its tools. The company said it would also block requests to create images of real candidates.');
    expect(t.relevant).toBe(true);
    expect(t.reason).not.toContain('no governing act');
  });

  it('keeps a regulator\'s operation against abuse material shared on platforms', async () => {
    const t = await tag('A joint police and MCMC operation led to 12 arrests. Investigators found thousands of child sexual abuse material files shared on Telegram.');
    expect(t.relevant).toBe(true);
  });
  it('keeps an authority signing an agreement with platforms, and drops a trade agreement signed with no platform', async () => {
    expect((await tag('Pejabat Pendaftar Negara Zorvania menandatangani perjanjian kerjasama dengan Meta, Google dan TikTok menjelang pilihan raya presiden.')).relevant).toBe(true);
    expect((await tag('The trade ministry signed an agreement with the palm oil exporters association on Tuesday.')).relevant).toBe(false);
  });
  it('reads a crime reported by another country\'s police as a passing mention, as one reported by the PDRM', async () => {
    const crime = [
      "Ukraine's cyber police, together with officers from the Czech Republic, have exposed a network of call centres that defrauded citizens of several countries.",
      'According to the investigation, the organisers placed advertisements on Facebook and Instagram promising high returns on investments.',
      'Victims were later contacted through WhatsApp and asked to pay fees to withdraw their money.',
      'Officers arrested 12 suspects and seized computers, cash and cars during 20 searches; the suspects face up to 12 years in prison.',
    ].join(' ');
    expect((await tag(crime, 'Cyber police shut down fraudulent call centres')).relevant).toBe(false);
    expect((await tag("Zorvania's telecommunications regulator ordered Facebook to remove the advertisements within 24 hours.")).relevant).toBe(true);
  });
});
