import { brotliDecompressSync } from 'node:zlib';

/** Reads a WOFF2 file's UIntBase128 at `at`: its value and where the next field starts. */
function base128(bytes: Uint8Array, at: number): [number, number] {
  let value = 0;
  for (let n = 0; n < 5; n++) {
    const byte = bytes[at + n] ?? 0;
    value = value * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) return [value, at + n + 1];
  }
  throw new Error('a WOFF2 UIntBase128 longer than 5 bytes');
}

/** The places of the tables this reader uses in WOFF2's list of known tags. */
const known = { cmap: 0, head: 1, hhea: 2, hmtx: 3, MATH: 31 } as const;

/** The bytes of a WOFF2 font's tables, by name, as stored (a transformed table cannot be read here). */
function tablesOf(file: Uint8Array): (name: keyof typeof known) => DataView {
  const header = new DataView(file.buffer, file.byteOffset, file.byteLength);
  if (header.getUint32(0) !== 0x774f4632) throw new Error('not a WOFF2 file');
  const count = header.getUint16(12);
  const compressedLength = header.getUint32(20);
  let at = 48;
  let offset = 0;
  const tables = new Map<number, { offset: number; length: number; transformed: boolean }>();
  for (let n = 0; n < count; n++) {
    const flags = file[at++] ?? 0;
    const tag = flags & 0x3f;
    const version = flags >> 6;
    if (tag === 63) at += 4;
    const [length, next] = base128(file, at);
    at = next;
    // glyf (10) and loca (11) are transformed at version 0, every other table at a version other than 0.
    const transformed = tag === 10 || tag === 11 ? version === 0 : version !== 0;
    let stored = length;
    if (transformed) [stored, at] = base128(file, at);
    if (tag !== 63) tables.set(tag, { offset, length: stored, transformed });
    offset += stored;
  }
  const data = brotliDecompressSync(file.subarray(at, at + compressedLength));
  return (name) => {
    const table = tables.get(known[name]);
    if (!table || table.transformed) throw new Error(`no untransformed ${name} table`);
    return new DataView(data.buffer, data.byteOffset + table.offset, table.length);
  };
}

/** The glyph a WOFF2 font's cmap (its format 4 and format 12 subtables) maps each code point to. */
function glyphsOf(cmap: DataView): Map<number, number> {
  const glyphs = new Map<number, number>();
  const subtables = cmap.getUint16(2);
  for (let n = 0; n < subtables; n++) {
    const start = cmap.getUint32(4 + n * 8 + 4);
    const format = cmap.getUint16(start);
    if (format === 4) {
      const segments = cmap.getUint16(start + 6) / 2;
      const ends = start + 14;
      const starts = ends + segments * 2 + 2;
      const deltas = starts + segments * 2;
      const ranges = deltas + segments * 2;
      for (let s = 0; s < segments; s++) {
        const end = cmap.getUint16(ends + s * 2);
        const first = cmap.getUint16(starts + s * 2);
        const delta = cmap.getInt16(deltas + s * 2);
        const range = cmap.getUint16(ranges + s * 2);
        for (let c = first; c <= end && c !== 0xffff; c++) {
          const glyph =
            range === 0 ? (c + delta) & 0xffff : cmap.getUint16(ranges + s * 2 + range + (c - first) * 2);
          if (glyph !== 0) glyphs.set(c, glyph);
        }
      }
    } else if (format === 12) {
      const groups = cmap.getUint32(start + 12);
      for (let g = 0; g < groups; g++) {
        const first = cmap.getUint32(start + 16 + g * 12);
        const last = cmap.getUint32(start + 20 + g * 12);
        const glyph = cmap.getUint32(start + 24 + g * 12);
        for (let c = first; c <= last; c++) glyphs.set(c, glyph + c - first);
      }
    }
  }
  return glyphs;
}

/** Every code point a WOFF2 font maps to a glyph. */
export const codePointsOf = (file: Uint8Array): Set<number> =>
  new Set(glyphsOf(tablesOf(file)('cmap')).keys());

/** The glyphs an OpenType coverage table lists, in coverage order. */
function coverageOf(table: DataView, at: number): number[] {
  const format = table.getUint16(at);
  const count = table.getUint16(at + 2);
  const glyphs: number[] = [];
  for (let n = 0; n < count; n++) {
    if (format === 1) glyphs.push(table.getUint16(at + 4 + n * 2));
    else
      for (let g = table.getUint16(at + 4 + n * 6); g <= table.getUint16(at + 6 + n * 6); g++) glyphs.push(g);
  }
  return glyphs;
}

/**
 * How far right of its glyph's centre a math font attaches a top accent over the character `code`, in em: the MATH
 * table's TopAccentAttachment less half the glyph's advance (0 for a glyph the table does not list).
 */
export function topAccentShift(file: Uint8Array, code: number): number {
  const table = tablesOf(file);
  const glyph = glyphsOf(table('cmap')).get(code);
  if (glyph === undefined) throw new Error(`no glyph for U+${code.toString(16)}`);
  const metrics = table('hhea').getUint16(34);
  const advance = table('hmtx').getUint16(Math.min(glyph, metrics - 1) * 4);
  const math = table('MATH');
  const info = math.getUint16(6);
  const attachments = info + math.getUint16(info + 2);
  const covered = coverageOf(math, attachments + math.getUint16(attachments)).indexOf(glyph);
  const attachment = covered < 0 ? advance / 2 : math.getInt16(attachments + 4 + covered * 4);
  return (attachment - advance / 2) / table('head').getUint16(18);
}
