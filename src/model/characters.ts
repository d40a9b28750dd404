/** Cutting text where a reader sees a break between two characters, never inside one. */

// Made on first use: the first Intl object a page makes loads the locale data, some tens of
// milliseconds on the way to the first view, and text is rarely cut.
let graphemes: Intl.Segmenter | null = null;

/** The longest start of `text` of at most `max` UTF-16 units that ends between two characters. */
export function cutBetweenCharacters(text: string, max: number): string {
  if (text.length <= max) return text;
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let end = 0;
  for (const { index, segment } of graphemes.segment(text)) {
    if (index + segment.length > max) break;
    end = index + segment.length;
  }
  return text.slice(0, end);
}
