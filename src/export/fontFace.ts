import interCyrillic from '@fontsource-variable/inter/files/inter-cyrillic-wght-normal.woff2?inline';
import interLatinExt from '@fontsource-variable/inter/files/inter-latin-ext-wght-normal.woff2?inline';
import interLatin from '@fontsource-variable/inter/files/inter-latin-wght-normal.woff2?inline';

/** The family images are set in: the bundled Inter, whose subsets the text needs are embedded in every SVG. */
export const IMAGE_FONT_FAMILY = "'Inter Variable', sans-serif";

/** A subset of the variable Inter as the screen loads it: its file and the characters it draws. */
interface Subset {
  url: string;
  /** The subset's unicode-range, as @fontsource declares it. */
  range: string;
}

// The Latin subset is always embedded; the others only in a file whose text needs them (a "₽", an "ł").
const LATIN: Subset = {
  url: interLatin,
  range:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
};
const EXTRA: readonly Subset[] = [
  {
    url: interLatinExt,
    range:
      'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
  },
  { url: interCyrillic, range: 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116' },
];

/** Whether a unicode-range ("U+0100-02BA,U+2113") holds a code point. */
function inRange(range: string, code: number): boolean {
  return range.split(',').some((part) => {
    const [from = '', to = from] = part.replace('U+', '').split('-');
    return code >= parseInt(from, 16) && code <= parseInt(to, 16);
  });
}

const face = ({ url, range }: Subset) =>
  `@font-face{font-family:'Inter Variable';font-style:normal;font-weight:100 900;src:url(${url}) format('woff2');unicode-range:${range};}`;

/**
 * The rules that embed the font as data URLs, so the file draws the same anywhere and refers to nothing
 * outside itself: the Latin subset of the variable Inter (all weights, about 48 kB), and each other
 * subset the screen would use for a character of `text`, so a "₽" is set in Inter in the file as on
 * the screen and measured the same.
 */
export function fontFaceRule(text: string): string {
  const codes = new Set(Array.from(text, (c) => c.codePointAt(0) ?? 0));
  const needed = EXTRA.filter((s) => [...codes].some((code) => inRange(s.range, code)));
  return [LATIN, ...needed].map(face).join('');
}
