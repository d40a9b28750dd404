import {
  EMBED_CHART_PARAM,
  EMBED_CHARTS,
  EMBED_THEME_PARAM,
  EMBED_THEMES,
  type EmbedChart,
  type EmbedTheme,
} from '../ui/exportMenu/embedSnippet';

/** What the embed page was asked to draw, or what is wrong with the request, naming the parameter. */
export type EmbedParams =
  { ok: true; chart: EmbedChart; theme: EmbedTheme | null } | { ok: false; problem: string };

const quoted = (values: readonly string[]) => values.map((v) => `“${v}”`).join(' or ');

/** Reads `chart=` (required) and `theme=` (optional: the reader's system preference by default). */
export function readEmbedParams(search: string): EmbedParams {
  const params = new URLSearchParams(search);
  const chart = params.get(EMBED_CHART_PARAM);
  if (chart === null)
    return {
      ok: false,
      problem: `The address has no “${EMBED_CHART_PARAM}” parameter: add ${EMBED_CHART_PARAM}=timeline or ${EMBED_CHART_PARAM}=figures.`,
    };
  if (!(EMBED_CHARTS as readonly string[]).includes(chart))
    return {
      ok: false,
      problem: `The URL parameter ${EMBED_CHART_PARAM}=“${chart}” is not a chart: use ${quoted(EMBED_CHARTS)}.`,
    };
  const theme = params.get(EMBED_THEME_PARAM);
  if (theme !== null && !(EMBED_THEMES as readonly string[]).includes(theme))
    return {
      ok: false,
      problem: `The URL parameter ${EMBED_THEME_PARAM}=“${theme}” is not a theme: use ${quoted(EMBED_THEMES)}, or leave it out to follow the reader's system.`,
    };
  return { ok: true, chart: chart as EmbedChart, theme: theme as EmbedTheme | null };
}
