/** lz-string's URI-safe alphabet. */
export const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

/**
 * A hostile lz-string stream of `codes` codes: one literal "a", then each code names the entry being
 * defined, so each entry is one character longer than the last. The output grows quadratically: about
 * codes²/2 characters from about codes × 2 bytes of link.
 */
export function quadraticStream(codes: number): string {
  const chars: string[] = [];
  let value = 0;
  let used = 0;
  const write = (bits: number, count: number) => {
    for (let n = 0; n < count; n += 1) {
      value = (value << 1) | ((bits >> n) & 1);
      used += 1;
      if (used === 6) {
        chars.push(alphabet.charAt(value));
        value = 0;
        used = 0;
      }
    }
  };
  write(0, 2);
  write('a'.charCodeAt(0), 8);
  let size = 4;
  let numBits = 3;
  let enlargeIn = 4;
  for (let n = 0; n < codes; n += 1) {
    write(size, numBits);
    size += 1;
    enlargeIn -= 1;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits += 1;
    }
  }
  write(2, numBits);
  if (used > 0) chars.push(alphabet.charAt(value << (6 - used)));
  return chars.join('');
}
