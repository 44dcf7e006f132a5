/** A seeded pseudo-random generator: the same seed always gives the same numbers (no hidden randomness). */

/** Mulberry32: a small, fast 32-bit generator; each call gives a number in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes 32-bit words into one well-spread seed (the finaliser of MurmurHash3 after each word). */
export function mixSeed(...words: readonly number[]): number {
  let h = 0x9e3779b9;
  for (const word of words) {
    h = Math.imul(h ^ (word >>> 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

/** The largest seed: seeds are whole numbers from 0 to 2^32 − 1. */
export const maxSeed = 0xffffffff;

/** True for a valid seed. */
export function isSeed(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= maxSeed;
}
