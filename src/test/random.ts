/** A seeded source of numbers in [0, 1): the same seed always gives the same sequence. */
export type Random = () => number;

/**
 * mulberry32: a small, fast 32-bit generator; good enough for synthetic data, not for cryptography.
 * The one seeded generator of the repository: test fixtures and the benchmark datasets both use it.
 */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
