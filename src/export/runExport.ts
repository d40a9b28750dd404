import { clipboardWrite } from './clipboardWrite';
import { toCsv } from './csv';
import { normalizePaint, resolveCssVars } from './cssValues';
import { eventsTable, figuresTable } from './dataTables';
import { csvBlob, downloadBlob } from './download';
import { exportText, type ExportTextInput } from './exportText';
import { exportRange, fileName } from './fileName';
import { chartUnavailable, findCharts } from './findCharts';
import { pngSize, renderPng } from './renderPng';
import { serializeSvg, type ExportPalette, type SerializedSvg } from './serializeSvg';
import { toJson } from './toJson';
import { withTheme, type ExportTheme } from './withTheme';
import { yieldToMain } from './yieldToMain';

export type ExportAction =
  | { kind: 'png'; scale: number }
  | { kind: 'svg' }
  | { kind: 'copy'; scale: number }
  | { kind: 'csv'; table: 'events' | 'figures' }
  | { kind: 'json' };

export interface ExportRequest extends ExportTextInput {
  theme: ExportTheme;
}

export interface ExportProgress {
  step: string;
  done: number;
  total: number;
}

export interface ExportResult {
  message: string;
  fileName: string | null;
  /** Pixel size of an image export. */
  width: number | null;
  height: number | null;
  /** Time from start to the file being handed to the browser. */
  ms: number;
}

type Progress = (progress: ExportProgress) => void;

function readPalette(): ExportPalette {
  const style = getComputedStyle(document.documentElement);
  const read = (name: string, fallback: string) => {
    const value = resolveCssVars(style.getPropertyValue(name), (n) => style.getPropertyValue(n));
    const { color } = normalizePaint(value);
    return color === '' || color === 'none' ? fallback : color;
  };
  return {
    background: read('--surface', '#ffffff'),
    title: read('--ink', '#14181f'),
    text: read('--ink-2', '#3d4654'),
    muted: read('--ink-3', '#5b6472'),
  };
}

/** Copies the charts with their styles in the chosen theme, in one task (see withTheme). */
function buildSvg(request: ExportRequest): SerializedSvg {
  const charts = findCharts(request.target);
  if (charts.length === 0)
    throw new Error(chartUnavailable(request.target) ?? 'There is no chart to export.');
  return withTheme(request.theme, () => serializeSvg(charts, exportText(request), readPalette()));
}

async function imagePipeline(
  request: ExportRequest,
  scale: number | null,
  progress: Progress,
): Promise<{ svg: SerializedSvg; png: Blob | null }> {
  const total = scale === null ? 2 : 4;
  progress({ step: 'copying the chart and its styles', done: 0, total });
  await yieldToMain();
  const svg = buildSvg(request);
  if (scale === null) return { svg, png: null };
  progress({ step: 'drawing the image', done: 1, total });
  await yieldToMain();
  const png = await renderPng(svg.svg, svg.width, svg.height, scale);
  progress({ step: 'saving', done: 3, total });
  return { svg, png };
}

const now = () => performance.now();
const pixels = (n: number) => n.toLocaleString('en-US');

/**
 * Runs one export: an image (PNG, SVG, or PNG to the clipboard) of what is on screen, or the shown
 * data as CSV or JSON. Yields to the page between steps and reports each step.
 */
export async function runExport(
  action: ExportAction,
  request: ExportRequest,
  progress: Progress,
): Promise<ExportResult> {
  const started = now();
  const range = exportRange(request.target, request.filters, request.view.window);
  const done = (
    message: string,
    name: string | null,
    size?: { width: number; height: number },
  ): ExportResult => ({
    message,
    fileName: name,
    width: size?.width ?? null,
    height: size?.height ?? null,
    ms: Math.round(now() - started),
  });

  switch (action.kind) {
    case 'copy': {
      const result = imagePipeline(request, action.scale, progress);
      // Hand the clipboard a promise now, while the click still counts as the person's action.
      await clipboardWrite(result.then(({ png }) => png ?? Promise.reject(new Error('No image was drawn.'))));
      const { svg } = await result;
      const size = pngSize(svg.width, svg.height, action.scale);
      return done(`Copied the image (${pixels(size.width)} × ${pixels(size.height)} px).`, null, size);
    }
    case 'png': {
      const { svg, png } = await imagePipeline(request, action.scale, progress);
      if (png === null) throw new Error('No image was drawn.');
      const name = fileName(request.target, 'png', range);
      downloadBlob(png, name);
      const size = pngSize(svg.width, svg.height, action.scale);
      return done(`Saved ${name} (${pixels(size.width)} × ${pixels(size.height)} px).`, name, size);
    }
    case 'svg': {
      const { svg } = await imagePipeline(request, null, progress);
      const name = fileName(request.target, 'svg', range);
      downloadBlob(new Blob([svg.svg], { type: 'image/svg+xml;charset=utf-8' }), name);
      return done(`Saved ${name}.`, name, svg);
    }
    case 'csv': {
      progress({ step: 'writing the table', done: 0, total: 1 });
      await yieldToMain();
      const { dataset, shown } = request;
      const table =
        action.table === 'events'
          ? eventsTable(dataset, shown.events, shown.amounts)
          : figuresTable(dataset, shown.amounts);
      const name = fileName(action.table, 'csv', range);
      downloadBlob(csvBlob(toCsv(table.header, table.rows)), name);
      return done(`Saved ${name} (${table.rows.length} ${action.table}).`, name);
    }
    case 'json': {
      progress({ step: 'writing the data', done: 0, total: 1 });
      await yieldToMain();
      const caption = exportText(request).caption.join(' ');
      const json = toJson({
        ...request,
        events: request.shown.events,
        amounts: request.shown.amounts,
        caption,
      });
      const name = fileName('data', 'json', range);
      downloadBlob(new Blob([json], { type: 'application/json' }), name);
      return done(`Saved ${name}.`, name);
    }
  }
}
