// The pages of platforms, actors and issues, and their lists.
import type { Strings } from '../translate.ts';

export const SUBJECT_STRINGS = {
  'subjects.platforms': { en: 'Platforms', ms: 'Platform' },
  'subjects.actors': { en: 'Governments, regulators and agencies', ms: 'Kerajaan, pengawal selia dan agensi' },
  'subjects.issues': { en: 'Issues', ms: 'Isu' },
  'subjects.count.one': { en: '{n} statement', ms: '{n} kenyataan' },
  'subjects.count.other': { en: '{n} statements', ms: '{n} kenyataan' },
  'subject.kind.platforms': { en: 'Platform', ms: 'Platform' },
  'subject.kind.actors': { en: 'Actor', ms: 'Pelaku' },
  'subject.kind.issues': { en: 'Issue', ms: 'Isu' },
  'subject.description': { en: 'Statements, commitments and disputes about {name}.', ms: 'Kenyataan, komitmen dan pertikaian tentang {name}.' },
  'subject.feedTitle': { en: 'Pantau: {name}', ms: 'Pantau: {name}' },
  'subject.lede': {
    en: '{statements} statements tagged {name}; {commitments} commitments and {disputes} disputes involving it.',
    ms: '{statements} kenyataan ditag {name}; {commitments} komitmen dan {disputes} pertikaian yang melibatkannya.',
  },
  'subject.perMonth': { en: '{name}: counts per month', ms: '{name}: bilangan sebulan' },
  'subject.timeline': { en: 'Timeline of commitments and disputes', ms: 'Garis masa komitmen dan pertikaian' },
  'subject.timelineNote': {
    en: 'Commitments and disputes an editor checked, and those the tagger found with a confidence of {threshold} or more.',
    ms: 'Komitmen dan pertikaian yang disemak oleh editor, dan yang ditemui oleh penanda dengan keyakinan {threshold} atau lebih.',
  },
  'subject.inTracker': { en: '{name} in the commitments tracker', ms: '{name} dalam penjejak komitmen' },
  'subject.threadsOver': { en: 'Dispute threads over {name}', ms: 'Rangkaian pertikaian berhubung {name}' },
  'subject.threadsInvolving': { en: 'Dispute threads involving {name}', ms: 'Rangkaian pertikaian yang melibatkan {name}' },
  'subject.newestEvents': {
    en: 'The newest {limit} of {total} events. All are in the {tracker} and the {threads}.',
    ms: '{limit} peristiwa terbaharu daripada {total}. Kesemuanya ada dalam {tracker} dan {threads}.',
  },
  'subject.trackerLink': { en: 'commitments tracker', ms: 'penjejak komitmen' },
  'subject.threadsLink': { en: 'dispute threads', ms: 'rangkaian pertikaian' },
  'subject.moreClaims.one': {
    en: 'Show {n} more machine-found claim of lower confidence',
    ms: 'Tunjukkan {n} lagi dakwaan yang ditemui mesin dengan keyakinan lebih rendah',
  },
  'subject.moreClaims.other': {
    en: 'Show {n} more machine-found claims of lower confidence',
    ms: 'Tunjukkan {n} lagi dakwaan yang ditemui mesin dengan keyakinan lebih rendah',
  },
  'subject.newest': { en: 'The newest {limit} of {total}.', ms: '{limit} terbaharu daripada {total}.' },
} as const satisfies Strings;
