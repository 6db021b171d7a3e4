// Some sites answer 200 with a block or challenge page. Storing "no new statements" then would hide the failure.
import type { Source } from '../../src/lib/sources.ts';

/** Markers of the common bot walls (Cloudflare, Incapsula/Imperva, Akamai, DataDome, PerimeterX). */
const CHALLENGE_MARKERS: [RegExp, string][] = [
  [/<title>\s*Just a moment\.\.\.\s*<\/title>|cf_chl_|\/cdn-cgi\/challenge-platform\//i, 'a Cloudflare challenge'],
  [/<title>\s*Attention Required! \| Cloudflare\s*<\/title>/i, 'a Cloudflare block page'],
  [/_Incapsula_Resource|Request unsuccessful\. Incapsula incident/i, 'an Incapsula block page'],
  [/<title>\s*Access Denied\s*<\/title>[\s\S]*Reference\s*#/i, 'an Akamai block page'],
  [/captcha-delivery\.com|geo\.captcha-delivery/i, 'a DataDome captcha'],
  [/px-captcha|_pxCaptcha/i, 'a PerimeterX captcha'],
];

/** Why this page is not the source's content, or null when it looks like it is. */
export function blockReason(body: string, expect?: Source['expect']): string | null {
  for (const [marker, what] of CHALLENGE_MARKERS) if (marker.test(body)) return `the site answered with ${what}`;
  if (expect && !body.includes(expect.contains)) return `the page lacks the expected "${expect.contains}": probably a block page`;
  return null;
}
