// A platform named in passing does not make a statement relevant: a scam victim's loss, a driving licence, an
// investment; a licence for an online service does.
import { describe, expect, it } from 'vitest';
import { tag } from './helpers.ts';

describe('relevance needs a governing act', () => {
  it('drops a scam victim\'s loss reported by the police, and a driving or courier licence', async () => {
    expect((await tag('Seorang pesara rugi RM90,000 selepas ditipu skim pelaburan palsu di Telegram, kata polis. Suspek ditahan dan kes disiasat mengikut Seksyen 420 Kanun Keseksaan.')).relevant).toBe(false);
    expect((await tag('The transport department suspended 300 driving licences after a crackdown announced on WhatsApp groups.')).issues).not.toContain('licensing');
  });

  it('keeps a licence for social media platforms', async () => {
    const t = await tag('Social media platforms with eight million users must apply for a class licence from the MCMC, the minister said.');
    expect(t.relevant).toBe(true);
    expect(t.issues).toContain('licensing');
  });
});
