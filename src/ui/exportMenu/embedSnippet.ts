/**
 * The embed contract shared by the embed page and the "Embed" dialog: which chart the page draws, the
 * message it sends its parent, and the snippet a web producer pastes into a page.
 */
import type { PublishTarget } from '../../state/publishSettings';
import type { ViewOptions } from '../../state/viewSlice';

/** The charts an embed can draw, as `embed.html?chart=`. */
export const EMBED_CHARTS = ['timeline', 'figures'] as const;
export type EmbedChart = (typeof EMBED_CHARTS)[number];

/** The image of the publish dialog an embed matches: the timeline, or the figures as bars or over time. */
export function embedTarget(chart: EmbedChart, view: Pick<ViewOptions, 'figuresView'>): PublishTarget {
  if (chart === 'timeline') return 'timeline';
  return view.figuresView === 'time' ? 'figures-time' : 'figures';
}

/** The query parameters of the embed page itself; all others are the app's view state. */
export const EMBED_CHART_PARAM = 'chart';
export const EMBED_THEME_PARAM = 'theme';
export const EMBED_THEMES = ['light', 'dark'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/** The message the embed page posts to its parent whenever its height changes (as Datawrapper does). */
export const HEIGHT_MESSAGE = 'aidline:height';
export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  height: number;
}

/** The iframe's height until the embed reports its own; close to a chart's usual height at column width. */
export const INITIAL_IFRAME_HEIGHT = 560;

/** The folder a page lives in: `https://host/a/b/` for `https://host/a/b/index.html?x`. */
function folderOf(location: Pick<Location, 'origin' | 'pathname'>): string {
  return `${location.origin}${location.pathname.replace(/[^/]*$/, '')}`;
}

/**
 * The embed page's address for a chart and the app's view state (`search` without `?`): a sibling of
 * the app's page, so it works from whatever folder the app is served.
 */
export function embedUrl(
  chart: EmbedChart,
  state: string,
  location: Pick<Location, 'origin' | 'pathname'>,
  theme: EmbedTheme | null = null,
): string {
  const params = [
    `${EMBED_CHART_PARAM}=${chart}`,
    ...(theme === null ? [] : [`${EMBED_THEME_PARAM}=${theme}`]),
  ];
  return `${folderOf(location)}embed.html?${[...params, ...(state === '' ? [] : [state])].join('&')}`;
}

/** The app's view state in an embed's query string: every parameter but the embed's own. */
export function appSearch(search: string): string {
  const params = new URLSearchParams(search);
  params.delete(EMBED_CHART_PARAM);
  params.delete(EMBED_THEME_PARAM);
  const rest = params.toString();
  return rest === '' ? '' : `?${rest}`;
}

/** Text made safe inside a double-quoted HTML attribute. */
function attribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface EmbedSnippetInput {
  url: string;
  title: string;
  /** The PNG the producer uploads next to the page, shown where the iframe cannot run. */
  fallbackFile: string;
}

/** The responsive iframe, with a static image for readers without JavaScript or frames. */
export function iframeSnippet({ url, title, fallbackFile }: EmbedSnippetInput): string {
  return [
    `<iframe data-aidline-embed src="${attribute(url)}" title="${attribute(title)}"`,
    `  style="display:block;width:100%;min-width:300px;height:${INITIAL_IFRAME_HEIGHT}px;border:0"`,
    `  loading="lazy"></iframe>`,
    `<noscript><img src="${attribute(fallbackFile)}" alt="${attribute(title)}" style="width:100%;height:auto"></noscript>`,
  ].join('\n');
}

/**
 * The host page's script that sets each Aidline iframe's height from its messages. It runs on the
 * producer's page, never in Aidline; it accepts messages only from the embed's origin and only from
 * one of its iframes, and only ever sets a height.
 */
export function listenerSnippet(origin: string): string {
  return [
    '<script>',
    'window.addEventListener("message", function (e) {',
    `  if (e.origin !== ${JSON.stringify(origin)} || !e.data || e.data.type !== "${HEIGHT_MESSAGE}") return;`,
    '  var frames = document.querySelectorAll("iframe[data-aidline-embed]");',
    '  for (var i = 0; i < frames.length; i++) {',
    '    if (frames[i].contentWindow === e.source) frames[i].style.height = Math.ceil(e.data.height) + "px";',
    '  }',
    '});',
    '</script>',
  ].join('\n');
}
