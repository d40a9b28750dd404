import interLatin from '@fontsource-variable/inter/files/inter-latin-wght-normal.woff2?inline';

/** The family images are set in: the bundled Inter, whose Latin subset is embedded in every SVG. */
export const IMAGE_FONT_FAMILY = "'Inter Variable', sans-serif";

/**
 * The rule that embeds the font: the Latin subset of the variable Inter (all weights, about 48 kB) as a
 * data URL, so the file draws the same anywhere and refers to nothing outside itself.
 */
export function fontFaceRule(): string {
  return `@font-face{font-family:'Inter Variable';font-style:normal;font-weight:100 900;src:url(${interLatin}) format('woff2');}`;
}
