import { crc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { withPngInfo } from './pngText';

/** A valid 1 × 1 PNG built here, with a pHYs chunk of 72 dpi to be replaced. */
function tinyPng(): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  const phys = Buffer.from([0, 0, 0x0b, 0x13, 0, 0, 0x0b, 0x13, 1]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('pHYs', phys),
    chunk('IDAT', deflateSync(Buffer.from([0, 255, 255, 255]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Every chunk of a PNG, with whether its CRC is right. */
function chunks(png: Uint8Array) {
  const buffer = Buffer.from(png);
  const out: { type: string; data: Buffer; crcOk: boolean }[] = [];
  for (let at = 8; at < buffer.length;) {
    const length = buffer.readUInt32BE(at);
    const body = buffer.subarray(at + 4, at + 8 + length);
    out.push({
      type: body.subarray(0, 4).toString('latin1'),
      data: body.subarray(4),
      crcOk: crc32(body) === buffer.readUInt32BE(at + 8 + length),
    });
    at += 12 + length;
  }
  return out;
}

const info = {
  title: 'Military aid figures, Apr – Sep 2023',
  description: 'Military aid figures, Apr – Sep 2023. 9 figures in US dollars. €1B ≈ $1.54B.',
  source: 'Sources: DOD News, CNN · 4 articles · Aidline',
  author: 'Graphic: Jane Doe',
  scale: 2,
};

describe('withPngInfo', () => {
  it('writes the title, alt text, source and byline as UTF-8 text, every chunk valid', () => {
    const out = chunks(withPngInfo(tinyPng(), info));
    expect(out.every((c) => c.crcOk)).toBe(true);
    expect(out[0]?.type).toBe('IHDR');
    expect(out.at(-1)?.type).toBe('IEND');
    const text = new Map(
      out
        .filter((c) => c.type === 'iTXt')
        .map((c) => {
          const key = c.data.subarray(0, c.data.indexOf(0)).toString('latin1');
          return [key, c.data.subarray(key.length + 5).toString('utf8')] as const;
        }),
    );
    expect(Object.fromEntries(text)).toEqual({
      Title: info.title,
      Description: info.description,
      Source: info.source,
      Author: info.author,
      Software: 'Aidline',
    });
  });

  it('sets the density so the file is placed at its CSS size: 2x is 192 dpi, replacing the old one', () => {
    const phys = chunks(withPngInfo(tinyPng(), info)).filter((c) => c.type === 'pHYs');
    expect(phys).toHaveLength(1);
    const perMetre = phys[0]?.data.readUInt32BE(0) ?? 0;
    expect(perMetre * 0.0254).toBeCloseTo(192, 0);
    expect(phys[0]?.data[8]).toBe(1);
  });

  it('leaves out an empty byline, and refuses what is not a PNG', () => {
    const out = chunks(withPngInfo(tinyPng(), { ...info, author: '' }));
    expect(out.filter((c) => c.type === 'iTXt')).toHaveLength(4);
    expect(() => withPngInfo(new Uint8Array([1, 2, 3]), info)).toThrow(/not a PNG/);
  });
});
