import { localUrl, normalizePaint, resolveCssVars } from './cssValues';

/** Reads an element's computed style; `getComputedStyle` in the page, a stand-in in tests. */
export type StyleReader = (element: Element) => Pick<CSSStyleDeclaration, 'getPropertyValue'>;

export const SANS_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
export const MONO_STACK = "ui-monospace, Menlo, Consolas, 'Liberation Mono', 'Courier New', monospace";

/** Properties that inherit: written on an element only where they differ from its parent. */
const INHERITED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-opacity',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'paint-order',
  'shape-rendering',
  'marker-start',
  'marker-mid',
  'marker-end',
] as const;

/** Properties of text that some vector editors do not inherit: always written on text elements. */
const TEXT_PROPS = new Set<string>([
  'fill',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
]);
const TEXT_ELEMENTS = new Set(['text', 'tspan', 'textPath']);

/** Properties that do not inherit, with the value that needs no attribute, and where they apply. */
const OWN: readonly { name: string; initial: string; only?: string }[] = [
  { name: 'opacity', initial: '1' },
  { name: 'clip-path', initial: 'none' },
  { name: 'mask', initial: 'none' },
  { name: 'stop-color', initial: '#000000', only: 'stop' },
  { name: 'stop-opacity', initial: '1', only: 'stop' },
];

type Values = Record<string, string>;

function fontStack(family: string): string {
  return /mono/i.test(family) ? MONO_STACK : SANS_STACK;
}

/** Computed values as an SVG file should carry them: plain colours, local references, safe fonts. */
function exportValues(style: Pick<CSSStyleDeclaration, 'getPropertyValue'>, documentUrl: string): Values {
  const values: Values = {};
  for (const name of [...INHERITED, ...OWN.map((p) => p.name)]) {
    const value = style.getPropertyValue(name).trim();
    // References (paint servers, clip paths, markers) must point inside the file, or go.
    values[name] = value.includes('url(') ? (localUrl(value, documentUrl) ?? 'none') : value;
  }
  for (const [paint, opacity] of [
    ['fill', 'fill-opacity'],
    ['stroke', 'stroke-opacity'],
    ['stop-color', 'stop-opacity'],
  ] as const) {
    const { color, opacity: alpha } = normalizePaint(values[paint] ?? '');
    values[paint] = color;
    if (alpha < 1) {
      const own = Number.parseFloat(values[opacity] ?? '');
      values[opacity] = String(Number(((Number.isNaN(own) ? 1 : own) * alpha).toFixed(3)));
    }
  }
  values['font-family'] = fontStack(values['font-family'] ?? '');
  return values;
}

/**
 * Clones an SVG element and writes the computed values of the properties that draw it (paint, stroke,
 * opacity, fonts, text alignment, visibility) as presentation attributes, so the copy looks the same
 * with no style sheet. Elements hidden with `display: none` are left out; classes and style attributes
 * are dropped; `var(--x)` left in any attribute is resolved.
 */
export function inlineStyles(source: SVGSVGElement, readStyle: StyleReader): SVGSVGElement {
  const clone = source.cloneNode(true) as SVGSVGElement;
  const originals = [source, ...source.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  const computed = new Map<Element, Values>();
  const hidden: Element[] = [];

  originals.forEach((original, i) => {
    const copy = copies[i];
    if (copy === undefined) return;
    const style = readStyle(original);
    if (style.getPropertyValue('display').trim() === 'none') {
      hidden.push(copy);
      return;
    }
    const values = exportValues(style, source.ownerDocument.URL);
    computed.set(original, values);
    const parent = i === 0 ? undefined : computed.get(original.parentElement as Element);
    const isText = TEXT_ELEMENTS.has(original.localName);
    for (const name of INHERITED) {
      const value = values[name] ?? '';
      if (value === '') continue;
      if (parent?.[name] !== value || (isText && TEXT_PROPS.has(name))) {
        copy.setAttribute(name, value);
      }
    }
    for (const { name, initial, only } of OWN) {
      if (only !== undefined && only !== original.localName) continue;
      const value = values[name] ?? '';
      if (value !== '' && value !== initial) copy.setAttribute(name, value);
      else if (copy.hasAttribute(name)) copy.removeAttribute(name);
    }
    const inlineTransform = (original as SVGElement).style.getPropertyValue('transform');
    if (inlineTransform !== '') {
      const matrix = style.getPropertyValue('transform').trim();
      if (matrix !== '' && matrix !== 'none') copy.setAttribute('transform', matrix);
    }
    copy.removeAttribute('class');
    copy.removeAttribute('style');
    for (const attr of [...copy.attributes]) {
      if (attr.value.includes('var(')) {
        copy.setAttribute(
          attr.name,
          resolveCssVars(attr.value, (name) => style.getPropertyValue(name)),
        );
      }
    }
  });
  for (const element of hidden) element.remove();
  return clone;
}
