import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8 } from './utf8';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('firstInvalidUtf8', () => {
  it('accepts UTF-8 text of every length of sequence', () => {
    expect(firstInvalidUtf8(new TextEncoder().encode('Kyiv, Київ, €2.4B, 🇺🇦'))).toBe(-1);
  });

  it('points at the first byte that is not UTF-8', () => {
    expect(firstInvalidUtf8(bytes(0x41, 0xff, 0x41))).toBe(1); // not a lead byte
    expect(firstInvalidUtf8(bytes(0x41, 0xe2, 0x82))).toBe(1); // truncated
    expect(firstInvalidUtf8(bytes(0xc0, 0xaf))).toBe(0); // overlong
    expect(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80))).toBe(0); // a UTF-16 surrogate
    expect(firstInvalidUtf8(bytes(0x41, 0x42, 0xe9, 0x43))).toBe(2); // Latin-1 "é"
  });
});
