import { renderToStaticMarkup } from 'react-dom/server';
import type { PublishSettings } from '../state/publishSettings';
import { composeImage, type ComposedImage, type ImageRequest } from './composeImage';
import { fontFaceRule } from './fontFace';
import { sanitizeSvg } from './sanitizeSvg';

export interface RenderedImage extends Omit<ComposedImage, 'element'> {
  /** A standalone SVG document: the font embedded, the theme's colours written out, inert. */
  svg: string;
}

/** Attributes the file keeps: what a text line is (`data-role`) and which key entry a group draws. */
const KEPT_DATA = new Set(['data-role', 'data-legend']);

/** Removes what only the page needs: classes, and data attributes that carry internal ids. */
function stripInternals(root: Element): void {
  for (const element of [root, ...root.querySelectorAll('*')]) {
    for (const attr of [...element.attributes]) {
      if (attr.name === 'class' || (attr.name.startsWith('data-') && !KEPT_DATA.has(attr.name))) {
        element.removeAttribute(attr.name);
      }
    }
  }
}

/**
 * Writes a composed image as an SVG file: the elements rendered to markup, made inert (sanitizeSvg),
 * and the chart font embedded. Every colour must already be written out: a file has no stylesheet.
 */
export function writeSvg(image: ComposedImage): string {
  const markup = renderToStaticMarkup(image.element);
  const unpainted = /var\(--[\w-]+\)/.exec(markup);
  if (unpainted !== null) throw new Error(`The image has a colour left unpainted: ${unpainted[0]}.`);
  const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
  const root = doc.documentElement;
  const error = doc.querySelector('parsererror');
  if (root.localName !== 'svg' || error !== null) {
    throw new Error(`The image could not be written as SVG: ${error?.textContent ?? 'no <svg> root'}`);
  }
  stripInternals(root);
  sanitizeSvg(root);
  // The font goes in after sanitizing, which removes every <style>, and as text: a <style> element
  // added to a document in the page would be refused by the page's CSP (style-src), while a file's own
  // <style> applies wherever the file is drawn. The rule holds no "<" or "&".
  const svg = new XMLSerializer().serializeToString(root);
  const openTag = svg.indexOf('>') + 1;
  const font = `<defs><style>${fontFaceRule(root.textContent)}</style></defs>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg.slice(0, openTag)}${font}${svg.slice(openTag)}\n`;
}

/** Composes and writes an image of a view with the publish settings. */
export function renderImage(request: ImageRequest, settings: PublishSettings): RenderedImage {
  const { element, ...image } = composeImage(request, settings);
  return { ...image, svg: writeSvg({ element, ...image }) };
}
