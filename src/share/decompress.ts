/**
 * A bounded reader of lz-string's `compressToEncodedURIComponent` output.
 *
 * lz-string's own decompressor trusts its input: a hostile 64 KB link can expand to hundreds of megabytes
 * (each dictionary entry may be one character longer than the last, so the output grows quadratically), and
 * damaged input gives null, "" or garbage. This reader follows the same algorithm but stops as soon as the
 * output would pass `maxLength` characters, and reports damage instead of guessing.
 */

/** lz-string's URI-safe alphabet: each character carries 6 bits, its index here. */
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

/** The 6-bit value of each ASCII character code, or -1 for a character outside the alphabet. */
const valueOfCode: Int8Array = (() => {
  const table = new Int8Array(128).fill(-1);
  for (let n = 0; n < alphabet.length; n += 1) table[alphabet.charCodeAt(n)] = n;
  return table;
})();

/** The outcome of decompressing: the text, or why there is none. */
export type Decompression =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly reason: 'characters' | 'damaged' | 'too-large' };

/** Reads bits as lz-string writes them: each character's 6 bits from the highest, values assembled from the lowest. */
class BitReader {
  private index = 0;
  private value = 0;
  /** The bit of `value` to read next (32 down to 1), or 0 when the next character must be loaded. */
  private position = 0;

  constructor(private readonly values: Uint8Array) {}

  /** The next `count` bits as a number, or -1 when the input ends first. */
  read(count: number): number {
    let bits = 0;
    let power = 1;
    for (let n = 0; n < count; n += 1) {
      if (this.position === 0) {
        const next = this.values[this.index];
        if (next === undefined) return -1;
        this.value = next;
        this.index += 1;
        this.position = 32;
      }
      if ((this.value & this.position) !== 0) bits += power;
      this.position >>= 1;
      power *= 2;
    }
    return bits;
  }
}

/** The input as 6-bit values, or undefined when a character is outside the alphabet. */
function toValues(input: string): Uint8Array | undefined {
  const values = new Uint8Array(input.length);
  for (let n = 0; n < input.length; n += 1) {
    const code = input.charCodeAt(n);
    const value = code < 128 ? (valueOfCode[code] ?? -1) : -1;
    if (value < 0) return undefined;
    values[n] = value;
  }
  return values;
}

/** Decompresses lz-string's URI-safe output, refusing damaged input and any text longer than `maxLength`. */
export function decompressBounded(input: string, maxLength: number): Decompression {
  const damaged: Decompression = { ok: false, reason: 'damaged' };
  const values = toValues(input);
  if (values === undefined) return { ok: false, reason: 'characters' };
  if (values.length === 0) return damaged;
  const reader = new BitReader(values);
  // Codes 0, 1 and 2 are reserved: an 8-bit character, a 16-bit character, the end of the stream.
  const dictionary: string[] = ['', '', ''];
  let enlargeIn = 4;
  let numBits = 3;
  const literal = (code: number): string | undefined => {
    const bits = code === 0 ? reader.read(8) : code === 1 ? reader.read(16) : -1;
    return bits < 0 ? undefined : String.fromCharCode(bits);
  };
  const first = reader.read(2);
  if (first === 2) return { ok: true, text: '' };
  const start = literal(first);
  if (start === undefined) return damaged;
  let w: string = start;
  dictionary.push(w);
  const parts = [w];
  let length = w.length;
  for (;;) {
    let code = reader.read(numBits);
    if (code < 0) return damaged;
    if (code === 2) return { ok: true, text: parts.join('') };
    if (code === 0 || code === 1) {
      const c = literal(code);
      if (c === undefined) return damaged;
      dictionary.push(c);
      code = dictionary.length - 1;
      enlargeIn -= 1;
    }
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits += 1;
    }
    const entry: string | undefined =
      dictionary[code] ?? (code === dictionary.length ? w + w.charAt(0) : undefined);
    if (entry === undefined) return damaged;
    length += entry.length;
    if (length > maxLength) return { ok: false, reason: 'too-large' };
    parts.push(entry);
    dictionary.push(w + entry.charAt(0));
    enlargeIn -= 1;
    w = entry;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits += 1;
    }
  }
}
