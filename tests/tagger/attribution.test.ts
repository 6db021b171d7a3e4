// Who acts and who speaks: "we" is the quote's speaker's body or, outside quotes, the statement's author.
import { describe, expect, it } from 'vitest';
import { tag } from './helpers.ts';

const makers = async (text: string, title = '') => (await tag(text, title)).commitments.map((c) => c.by);

describe('attribution', () => {
  it('gives "we will" in a platform\'s own post to the platform, and to the parent company when it is named', async () => {
    expect(await makers('We will add more moderators who speak Zorvanian to our safety team, after talks with the MCMC.', 'TikTok: our response to the online safety code')).toEqual(['tiktok']);
    expect(await makers('Instagram is part of Meta. We will publish a child safety report every quarter under the online safety law, as the MCMC asked.')).toEqual(['meta']);
  });

  it('gives "we will" inside a quote to the body its speaker speaks for', async () => {
    expect(await makers('TikTok was criticised by the MCMC on Monday. "We will publish the audit by June," said Communications Minister Fahmi Fadzil.')).toEqual(['kkd']);
  });
});
