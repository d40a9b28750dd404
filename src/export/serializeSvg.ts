import { FRAME, layoutFrame, type FrameTextRole } from './frameLayout';
import { inlineStyles, SANS_STACK, type StyleReader } from './inlineStyles';
import { sanitizeSvg } from './sanitizeSvg';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A chart on the page to put in the export. */
export interface ChartSource {
  svg: SVGSVGElement;
  /** A heading above the chart, or null. */
  heading: string | null;
}

/** Text around the charts. Every string is set as text, never parsed as markup. */
export interface ExportText {
  title: string;
  caption: readonly string[];
  footer: readonly string[];
}

/** The colours of the frame (background and text), resolved for the theme being exported. */
export interface ExportPalette {
  background: string;
  title: string;
  text: string;
  muted: string;
}

export interface SerializedSvg {
  /** A standalone SVG document (with an XML declaration). */
  svg: string;
  /** Size in CSS pixels: the PNG at scale s is `width * s` by `height * s`. */
  width: number;
  height: number;
}

/** The size a chart has on screen, or the size its attributes give when it is not laid out. */
export function chartSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.getBoundingClientRect();
  if (box.width > 0 && box.height > 0)
    return { width: Math.round(box.width), height: Math.round(box.height) };
  const width = Number.parseFloat(svg.getAttribute('width') ?? '');
  const height = Number.parseFloat(svg.getAttribute('height') ?? '');
  if (width > 0 && height > 0) return { width, height };
  const viewBox = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  if (viewBox.length === 4 && (viewBox[2] ?? 0) > 0 && (viewBox[3] ?? 0) > 0) {
    return { width: viewBox[2] ?? 0, height: viewBox[3] ?? 0 };
  }
  throw new Error('The chart has no size: it is hidden, or has no width, height or viewBox.');
}

const TEXT_COLOR: Record<FrameTextRole, keyof ExportPalette> = {
  title: 'title',
  heading: 'title',
  caption: 'text',
  footer: 'muted',
};

function svgElement(doc: Document, name: string, attributes: Record<string, string | number>): Element {
  const element = doc.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

/**
 * Builds one standalone SVG document from charts on the page: each chart cloned with its computed
 * styles inlined and made inert, stacked vertically under a title and caption, above the sources and
 * export date. Read styles while the page shows the theme to export.
 */
export function serializeSvg(
  charts: readonly ChartSource[],
  text: ExportText,
  palette: ExportPalette,
  readStyle: StyleReader = (element) => getComputedStyle(element),
): SerializedSvg {
  if (charts.length === 0) throw new Error('There is no chart to export.');
  const doc = charts[0]?.svg.ownerDocument ?? document;
  const sizes = charts.map((c) => chartSize(c.svg));
  const layout = layoutFrame({
    title: text.title,
    caption: text.caption,
    footer: text.footer,
    charts: charts.map((c, i) => ({ ...(sizes[i] ?? { width: 0, height: 0 }), heading: c.heading })),
  });

  const root = svgElement(doc, 'svg', {
    width: layout.width,
    height: layout.height,
    viewBox: `0 0 ${layout.width} ${layout.height}`,
    role: 'img',
    'font-family': SANS_STACK,
  });
  const title = svgElement(doc, 'title', {});
  title.textContent = text.title;
  const desc = svgElement(doc, 'desc', {});
  desc.textContent = [...text.caption, ...text.footer].join(' ');
  root.append(
    title,
    desc,
    svgElement(doc, 'rect', { width: layout.width, height: layout.height, fill: palette.background }),
  );

  for (const line of layout.texts) {
    const element = svgElement(doc, 'text', {
      x: line.x,
      y: line.y,
      'font-size': line.size,
      'font-weight': FRAME.weights[line.role],
      fill: palette[TEXT_COLOR[line.role]],
      'data-role': line.role,
    });
    element.textContent = line.text;
    root.append(element);
  }

  charts.forEach((chart, i) => {
    const box = layout.charts[i];
    const size = sizes[i];
    if (box === undefined || size === undefined) return;
    const copy = inlineStyles(chart.svg, readStyle);
    if (!copy.hasAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${size.width} ${size.height}`);
    copy.setAttribute('x', String(box.x));
    copy.setAttribute('y', String(box.y));
    copy.setAttribute('width', String(box.width));
    copy.setAttribute('height', String(box.height));
    copy.removeAttribute('xmlns');
    root.append(copy);
  });

  sanitizeSvg(root);
  const markup = new XMLSerializer().serializeToString(root);
  return {
    svg: `<?xml version="1.0" encoding="UTF-8"?>\n${markup}\n`,
    width: layout.width,
    height: layout.height,
  };
}
