/**
 * JSON with every character past ASCII escaped (`\u20ac`), as the app's own data files are written. A
 * few currency signs would otherwise make the browser decode a whole file into a two-byte string, which
 * at 100k events made decoding the bytes and parsing them several times slower (CPU profiles of the page).
 */
export function asciiJson(value: unknown): string {
  const escape = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  return `${JSON.stringify(value).replace(/[\u0080-\uffff]/g, escape)}\n`;
}
