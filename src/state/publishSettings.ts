/**
 * What a published image is set to: its text (empty for the text that describes the view), width,
 * colours and pixel density. Kept in the URL beside the view, so a link reproduces the export.
 */

export const IMAGE_WIDTHS = [600, 800, 1200] as const;
export const IMAGE_SCALES = [1, 2, 3] as const;
export type ImageWidth = (typeof IMAGE_WIDTHS)[number];
export type ImageScale = (typeof IMAGE_SCALES)[number];
export type ImageThemeChoice = 'light' | 'dark';

/** What the publish dialog exports: one chart, or the dashboard (timeline and figures). */
export type PublishTarget = 'timeline' | 'figures' | 'figures-time' | 'dashboard';
export const PUBLISH_TARGETS: readonly PublishTarget[] = ['timeline', 'figures', 'figures-time', 'dashboard'];

export interface PublishSettings {
  headline: string;
  description: string;
  notes: string;
  byline: string;
  /** The source line; empty for the sources of what is drawn. */
  source: string;
  alt: string;
  width: ImageWidth;
  theme: ImageThemeChoice;
  scale: ImageScale;
  /** Whether the image ends with the full provenance: every figure's basis, flags and sources. */
  appendix: boolean;
}

export const defaultPublishSettings: PublishSettings = {
  headline: '',
  description: '',
  notes: '',
  byline: '',
  source: '',
  alt: '',
  width: 600,
  theme: 'light',
  scale: 2,
  appendix: false,
};

/** Longest text kept per field, so a link stays a link. */
export const MAX_FIELD_LENGTH = 400;

/** The URL parameter of each setting; `publish` names the chart whose dialog is open. */
const PARAMS = {
  headline: 'headline',
  description: 'dek',
  notes: 'notes',
  byline: 'byline',
  source: 'credit',
  alt: 'alt',
  width: 'pw',
  theme: 'ptheme',
  scale: 'pscale',
  appendix: 'appendix',
} as const satisfies Record<keyof PublishSettings, string>;

export const PUBLISH_PARAM = 'publish';
export const PUBLISH_KEYS: readonly string[] = [PUBLISH_PARAM, ...Object.values(PARAMS)];

const TEXT_FIELDS = ['headline', 'description', 'notes', 'byline', 'source', 'alt'] as const;

function cleanText(value: string | null): string {
  return (value ?? '').replace(/\p{Cc}/gu, ' ').slice(0, MAX_FIELD_LENGTH);
}

function numberIn<T extends number>(value: string | null, allowed: readonly T[], fallback: T): T {
  const n = Number(value);
  return allowed.find((a) => a === n) ?? fallback;
}

/** The settings a query string holds (unknown or malformed values take their defaults), and which dialog is open. */
export function decodePublish(search: string): { target: PublishTarget | null; settings: PublishSettings } {
  const params = new URLSearchParams(search);
  const settings = { ...defaultPublishSettings };
  for (const field of TEXT_FIELDS) settings[field] = cleanText(params.get(PARAMS[field]));
  settings.width = numberIn(params.get(PARAMS.width), IMAGE_WIDTHS, defaultPublishSettings.width);
  settings.scale = numberIn(params.get(PARAMS.scale), IMAGE_SCALES, defaultPublishSettings.scale);
  settings.theme = params.get(PARAMS.theme) === 'dark' ? 'dark' : 'light';
  settings.appendix = params.get(PARAMS.appendix) === '1';
  const target = params.get(PUBLISH_PARAM);
  return { target: PUBLISH_TARGETS.find((t) => t === target) ?? null, settings };
}

/**
 * A query string with the dialog's parameters set (only those that differ from the defaults), every
 * other parameter kept in place; `target` null removes them all.
 */
export function encodePublish(
  search: string,
  target: PublishTarget | null,
  settings: PublishSettings,
): string {
  const ours = new Set(PUBLISH_KEYS);
  const kept = search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair !== '' && !ours.has(new URLSearchParams(pair).keys().next().value ?? ''));
  const params = new URLSearchParams();
  if (target !== null) {
    params.set(PUBLISH_PARAM, target);
    for (const field of Object.keys(PARAMS) as (keyof PublishSettings)[]) {
      const value = settings[field];
      if (value === defaultPublishSettings[field]) continue;
      params.set(PARAMS[field], typeof value === 'boolean' ? '1' : String(value));
    }
  }
  const all = [...kept, ...(target === null ? [] : [params.toString()])];
  return all.length === 0 ? '' : `?${all.join('&')}`;
}
