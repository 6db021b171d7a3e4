import { describe, expect, it } from 'vitest';
import { spreadsheetSafe } from '../../src/lib/export.ts';
import { escapeMarkup } from '../../src/lib/escape.ts';

describe('safe exports', () => {
  it('keeps a spreadsheet from running a scraped title as a formula', () => {
    expect(spreadsheetSafe('=HYPERLINK("http://evil.example","x")')).toBe('\'=HYPERLINK("http://evil.example","x")');
    expect(spreadsheetSafe('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(spreadsheetSafe('Fahmi: platforms must apply')).toBe('Fahmi: platforms must apply');
    expect(spreadsheetSafe(null)).toBeNull();
  });

  it('shows markup literally in an RSS description', () => {
    expect(escapeMarkup(`<img src=x onerror="alert('x')">&`)).toBe('&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;');
  });
});
