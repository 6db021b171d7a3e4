// Due dates read against the statement's date: a deadline is the last day of the period, a start its first day,
// and a date already past is never due.
import { describe, expect, it } from 'vitest';
import { eventDueDate, findDueDate } from '../../scrapers/tag/due-date.ts';

const on = (text: string, date = '2031-05-14') => findDueDate(text, new Date(date));

describe('due dates', () => {
  it('reads deadlines as the last day and starts as the first day of what they name', () => {
    expect(on('publish the audit by the end of October')).toBe('2031-10-31');
    expect(on('open the office from July')).toBe('2031-07-01');
    expect(on('issue the code by June 2032')).toBe('2032-06-30');
    expect(on('menyiapkan laporan sebelum akhir tahun ini')).toBe('2031-12-31');
    expect(on('menyiapkan laporan sebelum hujung tahun')).toBe('2031-12-31');
    expect(on('reply by the end of the month')).toBe('2031-05-31');
    expect(on('membalas sebelum akhir bulan ini')).toBe('2031-05-31');
    expect(on('melaksanakan sistem itu mulai tahun depan')).toBe('2032-01-01');
    expect(on('finish the review by next year')).toBe('2032-12-31');
    expect(on('menyemak semula akta itu menjelang 2034')).toBe('2034-12-31');
    expect(on('mewajibkan pengesahan mulai 1 November 2031')).toBe('2031-11-01');
  });

  it('reads "from early October" as its first day, "within a year" and "dalam tempoh setahun" from the statement\'s date', () => {
    expect(on('berhenti menyiarkan iklan politik mulai awal Oktober')).toBe('2031-10-01');
    expect(on('stop political ads from early October')).toBe('2031-10-01');
    expect(on('submit its proposals within a year')).toBe('2032-05-14');
    expect(on('menyerahkan cadangannya dalam tempoh setahun')).toBe('2032-05-14');
  });

  it('reads "during 2032", "tomorrow" / "esok", "from next week" / "mulai minggu depan" and "dalam masa dua minggu"', () => {
    expect(on('submit the regulations to the comptroller during 2032')).toBe('2032-12-31');
    expect(on('menyiarkan senarai akaun rasminya esok')).toBe('2031-05-15');
    expect(on('open a help desk from next week')).toBe('2031-05-19');
    expect(on('membuka kaunter bantuan mulai minggu depan')).toBe('2031-05-19');
    expect(on('mengeluarkan soalan lazim dalam masa dua minggu')).toBe('2031-05-28');
  });

  it('reads "until" and "sehingga" a date as the date an act runs to', () => {
    expect(on('accept public comments until 28 February 2032')).toBe('2032-02-28');
    expect(on('menerima maklum balas awam mengenai draf itu sehingga 28 Februari 2032')).toBe('2032-02-28');
  });

  it('reads the Malay "pada" between the word and the date, and a year-end meeting as the year\'s end', () => {
    expect(on('menyediakan aplikasi itu selewat-lewatnya pada akhir Jun 2032')).toBe('2032-06-30');
    expect(on('membentangkan pindaan itu selewat-lewatnya pada persidangan akhir tahun ini')).toBe('2031-12-31');
    expect(on('mengutip duti itu mulai pada 1 Julai')).toBe('2031-07-01');
  });

  it('counts "within N days" and a weekday from the statement\'s date', () => {
    expect(on('remove the posts within 10 days')).toBe('2031-05-24');
    expect(on('review the rules within the next three months')).toBe('2031-08-14');
    expect(on('release the draft on Friday', '2031-05-14')).toBe('2031-05-16');
    expect(on('raise the matter with the minister no later than Friday', '2031-05-14')).toBe('2031-05-16');
    expect(on('menjawab notis itu selewat-lewatnya Jumaat', '2031-05-14')).toBe('2031-05-16');
    expect(on('menubuhkan pejabat pada suku pertama 2032')).toBe('2032-03-31');
  });

  it('reads a month or "next month" a promise falls in as that month\'s last day, and "akhir tahun 2034" as that year\'s', () => {
    expect(on('meet the child protection authorities in January')).toBe('2032-01-31');
    expect(on('mengadakan taklimat pada bulan depan')).toBe('2031-06-30');
    expect(on('launch the campaign in July 2031')).toBe('2031-07-31');
    expect(on('refund users who purchased a subscription in March')).toBeNull();
    // A month gone by is what the promise is about, not when it falls due.
    expect(on('menyerahkan laporan mengenai penutupan internet pada Julai lalu')).toBeNull();
    expect(on('report on the shutdown in July last year')).toBeNull();
    expect(on('menyemak semula Kod itu menjelang akhir tahun 2034')).toBe('2034-12-31');
  });

  it('reads a weekday named on the statement\'s own day as that day', () => {
    expect(on('keep schools closed on Wednesday', '2031-05-14')).toBe('2031-05-14');
  });

  it('takes the day of an event a promise must come before', () => {
    expect(on('train the staff before the general election on 8 June')).toBe('2031-06-08');
    expect(on('memberi latihan sebelum pilihan raya umum 29 Mei')).toBe('2031-05-29');
    expect(on('publish the guide ahead of the vote on June 2')).toBe('2031-06-02');
    expect(on('publish the final regulations before the Act comes into force on December 19')).toBe('2031-12-19');
    expect(on('the rules were announced by the ministry on 30 June')).toBeNull();
    expect(on('report back before the committee, which meets every week')).toBeNull();
  });

  it('never gives a past date, a date with no deadline word, or "may" the verb', () => {
    expect(on('provide feedback on the draft published on Oct 22')).toBeNull();
    expect(on('comply by 1 March 2030')).toBeNull();
    expect(on('the rules it may adopt')).toBeNull();
  });

  it('reads "next year" and "tahun depan" after a day or a month against the statement\'s date', () => {
    expect(on('mewajibkan pendaftaran mulai 1 Januari tahun depan', '2031-01-01')).toBe('2032-01-01');
    expect(on('remove the adverts by 30 June next year', '2031-03-10')).toBe('2032-06-30');
    expect(on('menutup akaun palsu selewat-lewatnya 31 Mac tahun depan', '2031-03-10')).toBe('2032-03-31');
    expect(on('open a local office from July next year', '2031-03-10')).toBe('2032-07-01');
    expect(on('publish the code by May next year', '2031-03-10')).toBe('2032-05-31');
  });

  it('reads "later this year", the next quarter, the end of this quarter, a quarter or half of next year', () => {
    expect(on('Later this year, we will give parents more visibility', '2031-05-21')).toBe('2031-12-31');
    expect(on('publish a quarterly transparency report, starting from the next quarter', '2031-09-23')).toBe('2031-10-01');
    expect(on('menerbitkan laporan mulai suku depan', '2031-11-02')).toBe('2032-01-01');
    expect(on('menerbitkan laporan ketelusan suku tahunan mulai suku berikutnya', '2031-09-24')).toBe('2031-10-01');
    expect(on('publish the data from the following quarter', '2031-05-02')).toBe('2031-07-01');
    // "from today", "mulai hari ini", "bermula minggu ini": the statement's own day; not a law taking effect.
    expect(on('From today, everyone under 16 will be defaulted into a private account', '2031-07-28')).toBe('2031-07-28');
    expect(on('Mulai hari ini, sesiapa yang berumur bawah 16 tahun akan mendapat akaun peribadi', '2031-07-28')).toBe('2031-07-28');
    expect(on('Bermula minggu ini, pengguna akan mula menerima pemberitahuan', '2031-04-14')).toBe('2031-04-14');
    expect(on('the rules took effect from today', '2031-07-28')).toBeNull();
    expect(on('close the review by the end of the quarter', '2031-05-21')).toBe('2031-06-30');
    expect(on('membentangkan dapatan menjelang akhir suku pertama tahun depan', '2031-11-28')).toBe('2032-03-31');
    expect(on('submit the draft to the Council of Ministers in the second quarter', '2031-03-10')).toBe('2031-06-30');
    expect(on('Suruhanjaya itu akan ditubuhkan menjelang separuh pertama 2032', '2031-11-14')).toBe('2032-06-30');
    expect(on('start taking reports in the first half of next year', '2031-11-14')).toBe('2032-06-30');
    // Any deadline or start word: "no later than", "selewat-lewatnya", "effective from".
    expect(on('publish the report no later than the end of the quarter', '2031-05-21')).toBe('2031-06-30');
    expect(on('menyerahkan laporan selewat-lewatnya suku pertama tahun depan', '2031-11-28')).toBe('2032-03-31');
    expect(on('charge the levy effective from the next quarter', '2031-05-21')).toBe('2031-07-01');
  });

  it('reads a quarter "during" which a promise is kept, and the start of next year "from early next year"', () => {
    expect(on('establish a legal entity in Zorvania during the first quarter of 2032', '2031-11-14')).toBe('2032-03-31');
    expect(on('membuka pendaftaran secara dalam talian mulai awal tahun depan', '2031-10-20')).toBe('2032-01-01');
    expect(on('open the register from early next year', '2031-10-20')).toBe('2032-01-01');
    // "By early next year" names no day.
    expect(on('open the register by early next year', '2031-10-20')).toBeNull();
  });

  it('reads a plain "this year" or "tahun ini" as by the year\'s end, but not "earlier this year" or "sejak tahun ini"', () => {
    expect(on('memastikan RUU itu diluluskan tahun ini')).toBe('2031-12-31');
    expect(on('get the bill passed this year')).toBe('2031-12-31');
    expect(on('review what happened earlier this year')).toBeNull();
    expect(on('memantau kes yang meningkat sejak awal tahun ini')).toBeNull();
    expect(on("publish this year's report")).toBeNull();
  });

  it('reads "mid-2032", "the middle of next year" and "pertengahan tahun depan" as 30 June, and "from mid-2032" as 1 July', () => {
    expect(on('complete the trial by mid-2032')).toBe('2032-06-30');
    expect(on('publish the rules by the middle of next year')).toBe('2032-06-30');
    expect(on('menyiapkan kajian menjelang pertengahan tahun depan')).toBe('2032-06-30');
    expect(on('apply the code from mid-2032')).toBe('2032-07-01');
    // The middle of the year already past by the statement's date is no due date of this rule.
    expect(on('diterbitkan pada pertengahan tahun ini', '2031-11-29')).toBe('2031-12-31');
  });

  it('reads "starting this month" as the statement\'s day, "from the end of this month" as its last', () => {
    expect(on('offer the subscription, starting this month')).toBe('2031-05-14');
    expect(on('apply the rules from the end of this month')).toBe('2031-05-31');
    expect(on('publish the report by the end of the month')).toBe('2031-05-31');
  });

  it('reads "before" a quarter or half as by the end of the one before it, "before the end of" as by its end', () => {
    expect(on('roll out the tool ahead of the second half of 2032', '2031-05-21')).toBe('2032-06-30');
    expect(on('melaksanakan sistem itu sebelum suku pertama 2032', '2031-05-21')).toBe('2031-12-31');
    expect(on('finish the audit before the end of the first quarter of 2032', '2031-05-21')).toBe('2032-03-31');
  });

  it('does not give a promise the date a law takes effect', () => {
    expect(on('report to parliament on the obligation, which applies from February 2032')).toBeNull();
    expect(on('membayar pampasan kepada syarikat berita apabila akta itu berkuat kuasa bulan depan')).toBeNull();
    expect(on('mematuhi akta itu mulai 1 Januari 2032')).toBe('2032-01-01');
    // A code of practice's start, told in a relative clause after a comma.
    expect(on('terus berunding dengan industri mengenai butiran Kod Amalan Keselamatan, yang dijangka berkuat kuasa tahun depan')).toBeNull();
  });
});

describe('a promise dated by an event named elsewhere in the statement', () => {
  const byEvent = (promise: string, statement: string) => eventDueDate(promise, statement, new Date('2031-05-14'));
  it('takes the event\'s date where the statement gives it', () => {
    expect(byEvent('melancarkan pusat operasi sebelum hari mengundi', 'Menjelang pilihan raya umum pada 21 Jun, Meta mengambil beberapa langkah.')).toBe('2031-06-21');
    expect(byEvent('publish guidance ahead of the December start date', 'From 10 December 2031, platforms must keep under-16s off. eSafety will publish guidance ahead of the December start date.')).toBe('2031-12-10');
    expect(byEvent('melaksanakan sistem pengesahan itu sebelum dekri berkuat kuasa', 'Vietnam wajibkan pengesahan akaun mulai 25 Disember')).toBe('2031-12-25');
  });
  it('reads "on election day" and "pada hari mengundi" as the election\'s date, not the dateline\'s', () => {
    expect(byEvent('show a reminder to vote on election day', 'The tribunal signed letters with Meta ahead of the 25 June general elections.')).toBe('2031-06-25');
    expect(
      byEvent(
        'mengaktifkan peringatan mengundi pada hari mengundi',
        'Zorvania meterai perjanjian jelang pilihan raya presiden\nBOGOTA, 14 Mei -- Pejabat Pendaftar menandatangani perjanjian menjelang pilihan raya presiden pada 29 Mei.',
      ),
    ).toBe('2031-05-29');
  });

  it('leaves undated a promise some time before the event, or one whose event has no date', () => {
    expect(byEvent('menerbitkan panduan sebulan sebelum hari mengundi', 'Pilihan raya umum akan diadakan pada 2 Jun.')).toBeNull();
    expect(byEvent('set up a centre before polling day', 'The commission met the platforms on Monday.')).toBeNull();
    expect(byEvent('set up a centre before polling day', 'The new rules apply from 10 June.')).toBeNull();
  });

  it('reads the day a promise is to happen on ("on Dec. 5", "pada 12 November"), unless that day has passed', () => {
    expect(on('bring the bill back to the House on Dec. 5', '2031-11-29')).toBe('2031-12-05');
    expect(on('membentangkan rang undang-undang itu pada 12 November 2031', '2031-10-01')).toBe('2031-11-12');
    expect(on('said at the meeting held on 5 April that it would act', '2031-04-12')).toBeNull();
    expect(on('mematuhi undang-undang yang berkuat kuasa pada 1 Oktober lalu', '2031-12-16')).toBeNull();
  });

  it('reads "in 2032" and "pada 2032" as by that year\'s end, and a year already past as none', () => {
    expect(on('membelanjakan AS$60 bilion sebagai perbelanjaan modal pada 2032')).toBe('2032-12-31');
    expect(on('spend up to US$65 billion on data centres in 2032')).toBe('2032-12-31');
    expect(on('the rules it adopted in 2030')).toBeNull();
  });
  it('reads "sepanjang bulan ini", "throughout this month", "later this month" and "sepanjang bulan Jun dan Julai" as by the last month\'s end', () => {
    const cases: [string, string][] = [
      ['akan mengadakan sesi libat urus sepanjang bulan ini', '2031-05-31'],
      ['will present measures to tackle deepfake crimes later this month', '2031-05-31'],
      ['akan membentangkan langkah itu lewat bulan ini', '2031-05-31'],
      ['will hold talks with the platforms throughout this month', '2031-05-31'],
      ['akan mengadakan sesi penerangan sepanjang bulan Jun dan Julai 2031', '2031-07-31'],
      ['will brief the platforms during June and July', '2031-07-31'],
      ['akan mengadakan sesi libat urus sepanjang Januari', '2032-01-31'],
    ];
    for (const [text, due] of cases) expect(on(text), text).toBe(due);
    expect(on('the ministry met the platforms earlier this month')).toBeNull();
  });
  it('reads a bare "bulan depan" or "next month" as by its last day, but not a law that takes effect then', () => {
    expect(on('akan membawa perkara ini ke mesyuarat pegawai kanan ASEAN bulan depan')).toBe('2031-06-30');
    expect(on('will hold a similar meeting with Google next month')).toBe('2031-06-30');
    expect(on('mengelak sekatan apabila akta itu berkuat kuasa bulan depan')).toBeNull();
  });
});
