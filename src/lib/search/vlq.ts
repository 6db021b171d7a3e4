// Compact lists of small non-negative integers as text: base-64 digits, five bits each, a sixth bit saying "more
// follows" (the source-map VLQ without a sign). Text, so that static hosts serve it gzipped like any JSON.

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUE_OF = new Int8Array(128).fill(-1);
for (let i = 0; i < DIGITS.length; i++) VALUE_OF[DIGITS.charCodeAt(i)] = i;

/** The character codes of the digits, for builders that append bytes. */
export const DIGIT_CODES = Uint8Array.from(DIGITS, (c) => c.charCodeAt(0));

export function encodeVlq(values: Iterable<number>): string {
  let out = '';
  for (let v of values) {
    if (!Number.isInteger(v) || v < 0) throw new RangeError(`VLQ encodes non-negative integers, not ${v}`);
    do {
      let digit = v & 31;
      v = Math.floor(v / 32);
      if (v > 0) digit |= 32;
      out += DIGITS[digit];
    } while (v > 0);
  }
  return out;
}

export function decodeVlq(text: string): number[] {
  const values: number[] = [];
  let value = 0;
  let scale = 1;
  for (let i = 0; i < text.length; i++) {
    const digit = VALUE_OF[text.charCodeAt(i)] ?? -1;
    if (digit < 0) throw new SyntaxError(`not a VLQ digit at ${i}: ${JSON.stringify(text[i])}`);
    value += (digit & 31) * scale;
    if (digit & 32) {
      scale *= 32;
    } else {
      values.push(value);
      value = 0;
      scale = 1;
    }
  }
  if (scale !== 1) throw new SyntaxError('VLQ ends inside a number');
  return values;
}

/** Ascending document numbers as gaps (each minus the previous minus one), so that neighbours cost one digit. */
export function encodeDocList(docs: readonly number[]): string {
  let previous = -1;
  return encodeVlq(
    docs.map((d) => {
      const gap = d - previous - 1;
      previous = d;
      return gap;
    }),
  );
}

export function decodeDocList(text: string): Int32Array {
  const gaps = decodeVlq(text);
  const docs = new Int32Array(gaps.length);
  let previous = -1;
  for (let i = 0; i < gaps.length; i++) previous = docs[i] = previous + gaps[i]! + 1;
  return docs;
}

export function digitValue(charCode: number): number {
  return VALUE_OF[charCode] ?? -1;
}

export function digitOf(value: number): string {
  const c = DIGITS[value];
  if (c === undefined) throw new RangeError(`one digit holds 0–63, not ${value}`);
  return c;
}
