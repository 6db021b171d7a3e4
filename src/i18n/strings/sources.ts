// The sources page: every source declaration and how it has been doing.
import type { Strings } from '../translate.ts';

export const SOURCE_STRINGS = {
  'sources.description': {
    en: 'Every source Pantau reads, what it covers, and when it last worked.',
    ms: 'Setiap sumber yang dibaca oleh Pantau, apa yang diliputinya, dan bila kali terakhir ia berfungsi.',
  },
  'sources.declared': { en: '{n} sources declared ({enabled} enabled).', ms: '{n} sumber diisytiharkan ({enabled} didayakan).' },
  'sources.lastRun': { en: 'The last run finished {date}.', ms: 'Larian terakhir selesai pada {date}.' },
  'sources.caption': { en: 'Sources and their health', ms: 'Sumber dan kesihatannya' },
  'sources.source': { en: 'Source', ms: 'Sumber' },
  'sources.covers': { en: 'Covers', ms: 'Liputan' },
  'sources.lastSuccess': { en: 'Last success', ms: 'Kejayaan terakhir' },
  'sources.lastError': { en: 'Last error', ms: 'Ralat terakhir' },
  'sources.history': { en: 'Health history', ms: 'Sejarah kesihatan' },
  'sources.enabled': { en: 'enabled', ms: 'didayakan' },
  'sources.disabled': { en: 'disabled', ms: 'dinyahdayakan' },
  'sources.feed': { en: 'feed', ms: 'suapan' },
  'sources.listing': { en: 'listing page', ms: 'halaman senarai' },
  'sources.keeps': { en: ' · keeps items about {keywords}', ms: ' · menyimpan item tentang {keywords}' },
  'sources.never': { en: 'never', ms: 'tidak pernah' },
  'sources.none': { en: 'none', ms: 'tiada' },
  'sources.failures': { en: '{n} failures in a row', ms: '{n} kegagalan berturut-turut' },
  'sources.since': { en: ' since {date}', ms: ' sejak {date}' },
  'sources.strip': { en: '{name}: changes of state, oldest first', ms: '{name}: perubahan keadaan, yang terawal dahulu' },
  'sources.notRun': { en: 'not run yet', ms: 'belum dijalankan' },
  'health.ok': { en: 'ok', ms: 'baik' },
  'health.failing': { en: 'failing', ms: 'gagal' },
  'health.blocked': { en: 'blocked', ms: 'disekat' },
  'health.stale': { en: 'stale', ms: 'lapuk' },
  'health.empty': { en: 'empty', ms: 'kosong' },
} as const satisfies Strings;
