// The plain-function markup of the statement pages (src/render/): scraped text stays text, optional attributes are
// left out as Astro leaves them, translated strings keep their word order around links, and the build's shell is
// filled with each statement's title, description, body and own path.
import { describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import { attr, fill, html, Markup } from '../../src/render/markup.ts';
import { fillShell, SHELL_ID, SHELL_PAGE, splitShell } from '../../src/render/statement-shell.ts';
import { diffParts, highlighted } from '../../src/render/text.ts';
import { copyFor } from '../../src/i18n/index.ts';

const HOSTILE = '<img src=x onerror="alert(1)"> & \'quoted\'';

describe('html', () => {
  it('shows every value put in as text, so scraped markup cannot become markup', () => {
    const out = html`<p title="${HOSTILE}">${HOSTILE}</p>`.html;
    const $ = cheerio.load(out);
    expect($('img')).toHaveLength(0);
    expect($('p').text()).toBe(HOSTILE);
    expect($('p').attr('title')).toBe(HOSTILE);
  });

  it('keeps Markup as it is, joins lists and writes nothing for null, undefined and false', () => {
    const items = ['a<b', 'c'].map((x) => html`<li>${x}</li>`);
    expect(html`<ul>${items}${null}${undefined}${false}${0}</ul>`.html).toBe('<ul><li>a&lt;b</li><li>c</li>0</ul>');
    expect(`${html`<b>${new Markup('<i>x</i>')}</b>`}`).toBe('<b><i>x</i></b>');
  });

  it('leaves out an attribute with no value and escapes one with a value', () => {
    expect(html`<div${attr('lang', undefined)}></div>`.html).toBe('<div></div>');
    expect(html`<div${attr('lang', 'ms" onclick="x')}></div>`.html).toBe('<div lang="ms&quot; onclick=&quot;x"></div>');
  });
});

describe('fill', () => {
  it('puts markup at the places a translation leaves unfilled, in that language’s order, and the rest as text', () => {
    const link = html`<a href="/x/">MCMC</a>`;
    expect(fill('{who} <said> {what}', { who: link, what: 'it' }).html).toBe('<a href="/x/">MCMC</a> &lt;said&gt; it');
    expect(fill('kata {who}', { who: link }).html).toBe('kata <a href="/x/">MCMC</a>');
  });
});

describe('the statement text', () => {
  it('marks evidence inside paragraphs, labelled in the page’s language, with the words still text', () => {
    const text = 'First <b>paragraph</b>.\n\nMeta will comply by 1 January. Then more.';
    const $ = cheerio.load(
      highlighted(copyFor('ms'), text, [{ kind: 'commitment', evidence: 'Meta will comply by 1 January.' }]).html,
    );
    expect($('p')).toHaveLength(2);
    expect($('p').first().text()).toBe('First <b>paragraph</b>.');
    expect($('mark.commitment').text()).toContain('Meta will comply by 1 January.');
    expect($('mark .visually-hidden').attr('lang')).toBe('ms');
  });

  it('shows a diff with insertions and deletions labelled, in the compared text’s language', () => {
    const $ = cheerio.load(
      diffParts(
        copyFor('en'),
        [
          { kind: 'same', text: 'a ' },
          { kind: 'removed', text: 'b' },
          { kind: 'added', text: '<c>' },
        ],
        'ms',
      ).html,
    );
    expect($('.diff').attr('lang')).toBe('ms');
    expect($('del').text()).toMatch(/b$/);
    expect($('ins').text()).toMatch(/<c>$/);
  });
});

describe('the statement pages’ shell', () => {
  const shell =
    `<html><head><title>${SHELL_PAGE.title} · Pantau</title><meta name="description" content="${SHELL_PAGE.description}">` +
    `<link rel="alternate" hreflang="ms" href="/pantau/ms/statements/${SHELL_ID}/"></head>` +
    `<body><a href="/pantau/ms/statements/${SHELL_ID}/">Bahasa Melayu</a><main>${SHELL_PAGE.body.html}</main></body></html>`;

  it('is filled with the statement’s title and description as text, its body, and its own path', () => {
    const page = { title: 'Ban <script>', description: 'A "quoted" line', body: html`<article>${'x & y'}</article>` };
    const $ = cheerio.load(fillShell(splitShell(shell), '0123456789abcdef', page));
    expect($('title').text()).toBe('Ban <script> · Pantau');
    expect($('script')).toHaveLength(0);
    expect($('meta[name=description]').attr('content')).toBe('A "quoted" line');
    expect($('main article').text()).toBe('x & y');
    expect($('link[rel=alternate]').attr('href')).toBe('/pantau/ms/statements/0123456789abcdef/');
    expect($('body > a').attr('href')).toBe('/pantau/ms/statements/0123456789abcdef/');
  });

  it('refuses a shell with no place for the body, rather than writing empty pages', () => {
    expect(() => splitShell('<html><main></main></html>')).toThrow(/no place for the page body/);
  });
});
