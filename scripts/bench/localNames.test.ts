import { describe, expect, it } from 'vitest';
import { drawLocalName, LOCAL_NAME_COUNT, localName } from './localNames';
import { mulberry32 } from './random';

describe('localName', () => {
  it('gives a distinct capitalised name to every rank', () => {
    const names = new Set<string>();
    for (let rank = 0; rank < LOCAL_NAME_COUNT; rank += 7) names.add(localName(rank));
    expect(names.size).toBe(Math.ceil(LOCAL_NAME_COUNT / 7));
    expect(localName(0)).toBe('Kaivka');
    expect(localName(31)).toMatch(/^[A-Z][a-z]+$/);
  });
});

describe('drawLocalName', () => {
  it('draws the common names often and many rare ones once', () => {
    const random = mulberry32(3);
    const counts = new Map<string, number>();
    for (let i = 0; i < 30_000; i++) {
      const name = drawLocalName(random);
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    expect(counts.get(localName(0))).toBeGreaterThan(1_000);
    expect(counts.size).toBeGreaterThan(10_000);
  });
});
