const NEEDS_ESCAPE = /[&<>"']/;

/** Text as markup that shows it literally (element content or a quoted attribute, in HTML or XML). */
export function escapeMarkup(text: string): string {
  // Most strings need no escaping: one test instead of five replacements (the statement pages escape millions).
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
