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

/** The bytes of a WOFF2 font's cmap table (the first table of the known-tags list, index 0). */
function cmapTable(file: Uint8Array): DataView {
  const header = new DataView(file.buffer, file.byteOffset, file.byteLength);
  if (header.getUint32(0) !== 0x774f4632) throw new Error('not a WOFF2 file');
  const tables = header.getUint16(12);
  const compressedLength = header.getUint32(20);
  let at = 48;
  let offset = 0;
  let cmap: { offset: number; length: number } | undefined;
  for (let n = 0; n < tables; n++) {
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
    if (tag === 0) cmap = { offset, length };
    offset += stored;
  }
  if (!cmap) throw new Error('no cmap table');
  const data = brotliDecompressSync(file.subarray(at, at + compressedLength));
  return new DataView(data.buffer, data.byteOffset + cmap.offset, cmap.length);
}

/** Every code point a WOFF2 font maps to a glyph (its cmap's format 4 and format 12 subtables). */
export function codePointsOf(file: Uint8Array): Set<number> {
  const cmap = cmapTable(file);
  const points = new Set<number>();
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
          if (glyph !== 0) points.add(c);
        }
      }
    } else if (format === 12) {
      const groups = cmap.getUint32(start + 12);
      for (let g = 0; g < groups; g++) {
        const first = cmap.getUint32(start + 16 + g * 12);
        const last = cmap.getUint32(start + 20 + g * 12);
        for (let c = first; c <= last; c++) points.add(c);
      }
    }
  }
  return points;
}
