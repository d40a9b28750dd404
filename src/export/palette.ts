import type { Paint } from '../model/colors';

/**
 * The colours of an exported image, per theme, as plain values: an image never reads the page's styles
 * or switches its theme. They are the values of the app's theme (src/ui/theme.css) and of the timeline's
 * kind colours (kindColors.css); palette.test.ts checks they stay equal.
 */
export type ImageTheme = 'light' | 'dark';

export const IMAGE_THEMES: readonly ImageTheme[] = ['light', 'dark'];

/** Custom property name (without `--`) to colour. */
export type Palette = Readonly<Record<string, string>>;

const light: Palette = {
  surface: '#ffffff',
  'surface-2': '#eef1f5',
  ink: '#14181f',
  'ink-2': '#3d4654',
  'ink-3': '#5b6472',
  line: '#d5dbe3',
  'line-strong': '#aab4c2',
  accent: '#0b5cad',
  'accent-soft': '#e3eefb',
  focus: '#0b5cad',
  danger: '#b3261e',
  warning: '#8a5a00',
  'warning-soft': '#fff4db',
  'data-1': '#0072b2',
  'data-2': '#e69f00',
  'data-3': '#009e73',
  'data-4': '#d55e00',
  'data-5': '#cc79a7',
  'data-6': '#56b4e9',
  'data-7': '#b8a400',
  'data-8': '#7a7a7a',
  'stage-announced': '#b06f00',
  'stage-committed': '#0072b2',
  'stage-contracted': '#2a86bf',
  'stage-allocated': '#008763',
  'stage-disbursed': '#857700',
  'stage-budgeted': '#d55e00',
  'stage-cumulative': '#7a7a7a',
  'kind-diplomacy': '#1f6fd1',
  'kind-words': '#9142c4',
  'kind-money': '#168057',
  'kind-decision': '#0f7f8c',
  'kind-force': '#d1470b',
  'kind-report': '#8a6a2c',
};

const dark: Palette = {
  surface: '#161b22',
  'surface-2': '#1f2630',
  ink: '#e8ecf1',
  'ink-2': '#c2cad5',
  'ink-3': '#9aa5b4',
  line: '#2d3644',
  'line-strong': '#4a5566',
  accent: '#6cb4f5',
  'accent-soft': '#16304b',
  focus: '#8cc8ff',
  danger: '#ff8a80',
  warning: '#f5c061',
  'warning-soft': '#3a2c0c',
  'data-1': '#4aa3e8',
  'data-2': '#e69f00',
  'data-3': '#2fbf8f',
  'data-4': '#ff7a2e',
  'data-5': '#e08fbd',
  'data-6': '#56b4e9',
  'data-7': '#f0e442',
  'data-8': '#a0a0a0',
  'stage-announced': '#e69f00',
  'stage-committed': '#4aa3e8',
  'stage-contracted': '#56b4e9',
  'stage-allocated': '#2fbf8f',
  'stage-disbursed': '#f0e442',
  'stage-budgeted': '#ff7a2e',
  'stage-cumulative': '#a0a0a0',
  'kind-diplomacy': '#5aa2f0',
  'kind-words': '#c38ae8',
  'kind-money': '#3cc08a',
  'kind-decision': '#3fbfcc',
  'kind-force': '#ff7a45',
  'kind-report': '#cfa455',
};

export const PALETTES: Readonly<Record<ImageTheme, Palette>> = { light, dark };

const VAR = /var\(\s*--([\w-]+)\s*(?:,\s*([^()]*))?\)/g;

/**
 * A paint value with each `var(--name)` replaced by the palette's colour (or the fallback written in
 * it). A name the palette lacks is an error: a colour silently left out would draw black.
 */
export function resolvePaint(value: string, palette: Palette): string {
  return value.replace(VAR, (_, name: string, fallback: string | undefined) => {
    const color = palette[name] ?? fallback?.trim();
    if (color === undefined) throw new Error(`The image palette has no colour for --${name}.`);
    return color;
  });
}

/** The paint of an image: every theme colour written out as the palette's value. */
export function palettePaint(palette: Palette): Paint {
  return (color) => resolvePaint(color, palette);
}
