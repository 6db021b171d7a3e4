// The list of people and each person's page.
import type { Strings } from '../translate.ts';

export const PEOPLE_STRINGS = {
  'people.description': {
    en: 'The people who speak for governments, regulators and platforms, with their offices, quotes and claims.',
    ms: 'Tokoh yang bercakap bagi pihak kerajaan, pengawal selia dan platform, dengan jawatan, petikan dan dakwaan mereka.',
  },
  'people.lede': {
    en: '{n} people: the office holders Pantau keeps with their dated offices, and everyone the statements quote or report as making a claim. Most named first.',
    ms: '{n} tokoh: pemegang jawatan yang disimpan oleh Pantau bersama tarikh jawatan mereka, dan sesiapa yang dipetik atau dilaporkan membuat dakwaan dalam kenyataan. Yang paling kerap disebut dahulu.',
  },
  'people.officeUnknown': { en: 'office not known', ms: 'jawatan tidak diketahui' },
  'people.quotes.one': { en: '{n} quote', ms: '{n} petikan' },
  'people.quotes.other': { en: '{n} quotes', ms: '{n} petikan' },
  'people.statements.one': { en: '{n} statement', ms: '{n} kenyataan' },
  'people.statements.other': { en: '{n} statements', ms: '{n} kenyataan' },
  'person.description': {
    en: 'What {name} said: offices, quotes, claims and statements.',
    ms: 'Apa yang dikatakan oleh {name}: jawatan, petikan, dakwaan dan kenyataan.',
  },
  'person.offices': { en: 'Offices', ms: 'Jawatan' },
  'person.from': { en: 'from {date}', ms: 'dari {date}' },
  'person.noStart': { en: 'start not found', ms: 'tarikh mula tidak ditemui' },
  'person.to': { en: ' to {date}', ms: ' hingga {date}' },
  'person.noEnd': { en: ', no end found', ms: ', tarikh tamat tidak ditemui' },
  'person.source': { en: 'Source', ms: 'Sumber' },
  'person.namedAs': { en: 'Named in the statements as {role}.', ms: 'Dinamakan dalam kenyataan sebagai {role}.' },
  'person.noOffice': { en: 'Pantau keeps no office for this person.', ms: 'Pantau tidak menyimpan jawatan bagi tokoh ini.' },
  'person.notInMap': { en: "Not in Pantau's office-holder map.", ms: 'Tiada dalam peta pemegang jawatan Pantau.' },
  'person.find': { en: 'Find what {name} said', ms: 'Cari apa yang dikatakan oleh {name}' },
  'person.searchAll.one': {
    en: 'Search the {n} statement by or about {name}, newest first: {all}',
    ms: 'Cari {n} kenyataan oleh atau tentang {name}, yang terbaharu dahulu: {all}',
  },
  'person.searchAll.other': {
    en: 'Search the {n} statements by or about {name}, newest first: {all}',
    ms: 'Cari {n} kenyataan oleh atau tentang {name}, yang terbaharu dahulu: {all}',
  },
  'person.thatStatement': { en: 'that statement', ms: 'kenyataan itu' },
  'person.allOfThem': { en: 'all of them', ms: 'kesemuanya' },
  'person.since': { en: '; since ', ms: '; sejak ' },
  'person.aboutPlatform': { en: 'About a platform: ', ms: 'Tentang platform: ' },
  'person.aboutIssue': { en: 'About an issue: ', ms: 'Tentang isu: ' },
  'person.narrow': {
    en: 'The search page then narrows further by words, dates and any other filter.',
    ms: 'Halaman carian kemudian boleh mengecilkan lagi hasil mengikut perkataan, tarikh dan penapis lain.',
  },
  'person.noQuotes': { en: 'No quotes attributed to {name} yet.', ms: 'Belum ada petikan yang dikaitkan dengan {name}.' },
  'person.asOffice': { en: ', as {office}', ms: ', sebagai {office}' },
  'person.newestQuotes': { en: 'The newest {limit} of {total} quotes.', ms: '{limit} petikan terbaharu daripada {total}.' },
  'person.claims': { en: 'Commitments, disputes and demands {name} reported', ms: 'Komitmen, pertikaian dan tuntutan yang dilaporkan oleh {name}' },
  'person.noClaims': { en: 'None found yet.', ms: 'Belum ada yang ditemui.' },
  'person.statements': { en: 'Statements by or about {name}', ms: 'Kenyataan oleh atau tentang {name}' },
  'person.noStatements': { en: 'No statement names {name} yet.', ms: 'Belum ada kenyataan yang menamakan {name}.' },
} as const satisfies Strings;
