/**
 * Text width estimates for layout without touching the DOM (layouts stay pure and testable). The
 * factors are average advance widths of the UI font, rounded up so estimates err on the wide side.
 */

function charWidth(ch: string): number {
  if (/[0-9]/.test(ch)) return 0.6;
  if (/[.,:;'’!|il ]/.test(ch)) return 0.3;
  if (/[A-Z€$£₽₴¥≈>< —–]/.test(ch)) return 0.7;
  if (/[mwMW]/.test(ch)) return 0.85;
  return 0.56;
}

/** Estimated width in px of `text` at `fontSize` px. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let units = 0;
  for (const ch of text) units += charWidth(ch);
  return units * fontSize;
}

/** `text` cut with an ellipsis so its estimated width fits `maxWidth`. */
export function truncateToWidth(text: string, fontSize: number, maxWidth: number): string {
  if (estimateTextWidth(text, fontSize) <= maxWidth) return text;
  const chars = Array.from(text);
  let width = estimateTextWidth('…', fontSize);
  let end = 0;
  while (end < chars.length) {
    const next = width + charWidth(chars[end] ?? '') * fontSize;
    if (next > maxWidth) break;
    width = next;
    end++;
  }
  return `${chars.slice(0, end).join('').trimEnd()}…`;
}
