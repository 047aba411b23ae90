// The length of the longest common subsequence of two word sequences (words as numbers), in
// time proportional to the second's length times the first's in 32-bit blocks: the bit-parallel
// algorithm of Allison and Dix (1986), as Hyyrö writes it ("Bit-parallel LCS-length computation
// revisited", 2004). The memory's index (lib/memory-english-index.ts) uses it as a bound of the
// word score that costs a microsecond where the score's diff costs a hundred.

/** The first sequence prepared once for many comparisons: for each word, the positions it holds, as bits. */
export type LcsPattern = { length: number; blocks: number; masks: Map<number, Uint32Array> };

export function lcsPattern(words: ArrayLike<number>): LcsPattern {
  const blocks = Math.max(1, Math.ceil(words.length / 32));
  const masks = new Map<number, Uint32Array>();
  for (let i = 0; i < words.length; i++) {
    let mask = masks.get(words[i]);
    if (!mask) {
      mask = new Uint32Array(blocks);
      masks.set(words[i], mask);
    }
    mask[i >> 5] |= 1 << (i & 31);
  }
  return { length: words.length, blocks, masks };
}

/** How many words `pattern`'s sequence and `words` have in common, in order. */
export function lcsLength(pattern: LcsPattern, words: ArrayLike<number>): number {
  const { blocks, masks } = pattern;
  // V: a 0 bit at each position of the pattern that ends a longest common subsequence so far.
  const v = new Uint32Array(blocks).fill(0xffffffff);
  const u = new Uint32Array(blocks);
  for (let j = 0; j < words.length; j++) {
    const mask = masks.get(words[j]);
    if (!mask) continue;
    for (let k = 0; k < blocks; k++) u[k] = v[k] & mask[k];
    // V = (V + U) | (V - U), with the carry and the borrow across blocks.
    let carry = 0;
    let borrow = 0;
    for (let k = 0; k < blocks; k++) {
      const sum = v[k] + u[k] + carry;
      carry = sum > 0xffffffff ? 1 : 0;
      const difference = v[k] - u[k] - borrow;
      borrow = difference < 0 ? 1 : 0;
      v[k] = ((sum >>> 0) | (difference >>> 0)) >>> 0;
    }
  }
  let common = 0;
  for (let i = 0; i < pattern.length; i++) if (((v[i >> 5] >>> (i & 31)) & 1) === 0) common++;
  return common;
}
