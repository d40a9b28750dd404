/**
 * What a PNG says about itself, for the newsroom systems and readers that open it: its title, its
 * description (the alt text), its source line and byline as text chunks, and its pixel density, so a
 * layout program places a 2x file at the width it was designed for.
 */
export interface PngInfo {
  title: string;
  description: string;
  source: string;
  /** The byline, or empty for none. */
  author: string;
  /** Device pixels per CSS pixel. */
  scale: number;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** One chunk: length, type, data and the CRC of type and data. */
function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** An uncompressed international text chunk: keyword, no language, UTF-8 text. */
function iTXt(keyword: string, text: string): Uint8Array {
  const key = new TextEncoder().encode(keyword);
  const value = new TextEncoder().encode(text);
  // keyword, 0, compression flag 0, method 0, empty language tag + 0, empty translated keyword + 0.
  const data = new Uint8Array(key.length + 5 + value.length);
  data.set(key, 0);
  data.set(value, key.length + 5);
  return chunk('iTXt', data);
}

/** Pixels per metre at `scale` device pixels per CSS pixel (a CSS pixel is 1/96 inch). */
function pHYs(scale: number): Uint8Array {
  const perMetre = Math.round((96 * scale) / 0.0254);
  const data = new Uint8Array(9);
  const view = new DataView(data.buffer);
  view.setUint32(0, perMetre);
  view.setUint32(4, perMetre);
  data[8] = 1;
  return chunk('pHYs', data);
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The PNG with its text and density written after the header (any density it had is replaced). */
export function withPngInfo(png: Uint8Array, info: PngInfo): Uint8Array<ArrayBuffer> {
  if (SIGNATURE.some((b, i) => png[i] !== b)) throw new Error('withPngInfo: not a PNG');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const parts: Uint8Array[] = [png.subarray(0, 8)];
  let at = 8;
  while (at < png.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const end = at + 12 + length;
    if (type !== 'pHYs') parts.push(png.subarray(at, end));
    if (type === 'IHDR') {
      parts.push(pHYs(info.scale), iTXt('Title', info.title), iTXt('Description', info.description));
      parts.push(iTXt('Source', info.source));
      if (info.author !== '') parts.push(iTXt('Author', info.author));
      parts.push(iTXt('Software', 'Aidline'));
    }
    at = end;
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
