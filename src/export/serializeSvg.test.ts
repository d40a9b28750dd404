// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type { StyleReader } from './inlineStyles';
import { SANS_STACK } from './inlineStyles';
import { chartSize, serializeSvg, type ExportText } from './serializeSvg';
import { defined } from '../test/defined';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

const INHERITED_DEFAULTS: Record<string, string> = {
  fill: 'rgb(0, 0, 0)',
  'fill-opacity': '1',
  stroke: 'none',
  'stroke-opacity': '1',
  'stroke-width': '1px',
  'stroke-dasharray': 'none',
  'font-family': '"Inter Variable", system-ui, sans-serif',
  'font-size': '16px',
  'font-weight': '400',
  'text-anchor': 'start',
  'dominant-baseline': 'auto',
  visibility: 'visible',
  'paint-order': 'normal',
};
const OWN_DEFAULTS: Record<string, string> = {
  opacity: '1',
  display: 'inline',
  transform: 'none',
  'clip-path': 'none',
  mask: 'none',
};

/** Class rules as a browser would compute them: custom properties already resolved. */
const CLASS_RULES: Record<string, Record<string, string>> = {
  chart: { 'font-size': '12px', fill: 'rgb(20, 24, 31)' },
  bar: { fill: 'rgb(0, 114, 178)', stroke: 'rgba(20, 24, 31, 0.5)', 'stroke-width': '2px' },
  faint: { opacity: '0.4' },
  label: { 'text-anchor': 'end', 'dominant-baseline': 'middle', 'font-family': 'ui-monospace, monospace' },
  gone: { display: 'none' },
  hatch: { fill: `url("${document.URL}#hatch")`, 'clip-path': 'url("https://evil.example/c.svg#c")' },
  clipped: { 'clip-path': `url("${document.URL}#clip")`, 'paint-order': 'stroke' },
};

/** A small cascade standing in for getComputedStyle (jsdom does not resolve custom properties). */
const fakeReader: StyleReader = (element) => {
  const own = { ...OWN_DEFAULTS };
  const parent =
    element.parentElement && element.localName !== 'svg' ? fakeValues(element.parentElement) : null;
  const values: Record<string, string> = { ...(parent ?? INHERITED_DEFAULTS), ...own };
  for (const cls of element.classList) Object.assign(values, CLASS_RULES[cls]);
  const inline = (element as SVGElement).style;
  if (inline.getPropertyValue('transform') !== '') values.transform = 'matrix(1, 0, 0, 1, 5, 6)';
  return { getPropertyValue: (name: string) => values[name] ?? '' };
};
function fakeValues(element: Element): Record<string, string> {
  const style = fakeReader(element);
  return Object.fromEntries(Object.keys(INHERITED_DEFAULTS).map((k) => [k, style.getPropertyValue(k)]));
}

const palette = { background: '#ffffff', title: '#14181f', text: '#3d4654', muted: '#5b6472' };
const text: ExportText = {
  title: 'Figures <b>bold</b> & "quoted" \'single\'',
  caption: ['Filters: text “<script>alert(1)</script>”. Dates: all dates.'],
  footer: ['Sources: “Contracts <signed> & "firm" orders”.', 'Exported from Aidline on 2025-01-02.'],
};

function el(name: string, attrs: Record<string, string> = {}, ns = SVG_NS): Element {
  const element = document.createElementNS(ns, name);
  for (const [k, v] of Object.entries(attrs)) element.setAttribute(k, v);
  return element;
}

let chart: SVGSVGElement;

beforeEach(() => {
  document.body.replaceChildren();
  chart = el('svg', {
    class: 'chart',
    width: '400',
    height: '200',
    'data-export': 'figures',
  }) as SVGSVGElement;
  const defs = el('defs');
  defs.append(el('pattern', { id: 'hatch', width: '4', height: '4' }));
  const g = el('g', { transform: 'translate(10,20)', onclick: 'alert(1)' });
  g.append(
    el('rect', { class: 'bar', 'data-amount-id': 'fig-a', width: '50', height: '10', fill: 'var(--data-1)' }),
    el('rect', {
      class: 'bar faint',
      'data-amount-id': 'fig-b',
      width: '30',
      height: '10',
      onmouseover: 'x()',
    }),
    el('rect', { class: 'hatch', width: '5', height: '5' }),
    el('rect', { class: 'gone', 'data-amount-id': 'hidden-bar', width: '5', height: '5' }),
  );
  g.append(el('rect', { class: 'clipped', 'data-clipped': '', width: '3', height: '3' }));
  const label = el('text', { class: 'label', 'aria-label': 'Quote: "a" & <b>' });
  label.textContent = 'Contracts <signed> & "firm" orders';
  g.append(label);
  const moved = el('circle', { r: '3' });
  (moved as SVGElement).style.setProperty('transform', 'translate(5px, 6px)');
  g.append(moved);
  const link = el('a', { href: 'https://evil.example/' });
  link.append(el('circle', { r: '2' }));
  g.append(link);
  const use = el('use');
  use.setAttributeNS(XLINK_NS, 'xlink:href', 'http://evil.example/sprite.svg#icon');
  g.append(use, el('use', { href: '#hatch' }));
  g.append(el('image', { href: 'http://evil.example/track.png', width: '1', height: '1' }));
  g.append(el('image', { href: 'data:image/png;base64,iVBORw0KGgo=', width: '1', height: '1' }));
  g.append(
    el('script'),
    el('foreignObject'),
    el('style'),
    el('set', { attributeName: 'href', to: 'javascript:x' }),
  );
  g.append(el('rect', { filter: 'url(https://evil.example/f.svg#f)', width: '1', height: '1' }));
  chart.append(defs, g);
  document.body.append(chart);
});

function exportAndParse() {
  const result = serializeSvg([{ svg: chart, heading: null }], text, palette, fakeReader);
  const doc = new DOMParser().parseFromString(result.svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return { result, doc };
}

describe('serializeSvg', () => {
  it('writes a standalone SVG document with the namespace and a safe font stack', () => {
    const { result, doc } = exportAndParse();
    expect(
      result.svg.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"',
      ),
    ).toBe(true);
    const root = doc.documentElement;
    expect(root.getAttribute('width')).toBe(String(result.width));
    expect(root.getAttribute('height')).toBe(String(result.height));
    expect(root.getAttribute('font-family')).toBe(SANS_STACK);
    expect(result.svg).not.toContain('Inter');
  });

  it('places the chart at its size inside the frame', () => {
    const { result, doc } = exportAndParse();
    const nested = defined(doc.querySelector('svg[data-export="figures"]'), 'the chart');
    expect(nested.getAttribute('width')).toBe('400');
    expect(nested.getAttribute('height')).toBe('200');
    expect(nested.getAttribute('viewBox')).toBe('0 0 400 200');
    expect(result.width).toBeGreaterThan(400);
    expect(result.height).toBeGreaterThan(200);
  });

  it('inlines computed paint, stroke, opacity and text styles as attributes, with plain colours', () => {
    const { doc } = exportAndParse();
    const [a, b] = [...doc.querySelectorAll('[data-amount-id]')];
    expect(a?.getAttribute('fill')).toBe('#0072b2');
    expect(a?.getAttribute('stroke')).toBe('#14181f');
    expect(a?.getAttribute('stroke-opacity')).toBe('0.5');
    expect(a?.getAttribute('stroke-width')).toBe('2px');
    expect(b?.getAttribute('opacity')).toBe('0.4');
    const label = defined(doc.querySelector('svg[data-export] text'), 'the chart label');
    expect(label.getAttribute('text-anchor')).toBe('end');
    expect(label.getAttribute('dominant-baseline')).toBe('middle');
    expect(label.getAttribute('font-size')).toBe('12px');
    expect(label.getAttribute('font-family')).toMatch(/^ui-monospace/);
    expect(doc.querySelector('circle')?.getAttribute('transform')).toBe('matrix(1, 0, 0, 1, 5, 6)');
  });

  it('leaves no custom properties, classes or style attributes behind', () => {
    const { result } = exportAndParse();
    expect(result.svg).not.toContain('var(');
    expect(result.svg).not.toMatch(/\sclass=/);
    expect(result.svg).not.toMatch(/\sstyle=/);
  });

  it('leaves out elements hidden with display: none', () => {
    const { doc } = exportAndParse();
    expect(doc.querySelector('[data-amount-id="hidden-bar"]')).toBeNull();
    expect(doc.querySelectorAll('[data-amount-id]')).toHaveLength(2);
  });

  it('is inert: no scripts, handlers, foreign content or external references', () => {
    const { result, doc } = exportAndParse();
    expect(result.svg).not.toMatch(/<script/i);
    expect(result.svg).not.toMatch(/\son\w+=/i);
    expect(result.svg).not.toMatch(/href="http/i);
    expect(result.svg).not.toMatch(/url\(["']?http/i);
    expect(result.svg).not.toMatch(/foreignObject/i);
    expect(result.svg).not.toMatch(/javascript:/i);
    expect(result.svg).not.toContain('url(#f)');
    expect(doc.querySelector('style, set')).toBeNull();
    expect(doc.querySelector('a')?.hasAttribute('href')).toBe(false);
  });

  it('keeps references inside the file and embedded pictures', () => {
    const { doc } = exportAndParse();
    const hatched = defined(doc.querySelector('rect[fill="url(#hatch)"]'), 'the hatched rect');
    expect(hatched.hasAttribute('clip-path')).toBe(false);
    const clipped = defined(doc.querySelector('[data-clipped]'), 'the clipped rect');
    expect(clipped.getAttribute('clip-path')).toBe('url(#clip)');
    expect(clipped.getAttribute('paint-order')).toBe('stroke');
    const uses = [...doc.querySelectorAll('use')];
    expect(uses.map((u) => u.getAttribute('href'))).toEqual([null, '#hatch']);
    expect(uses[0]?.getAttributeNS(XLINK_NS, 'href')).toBeNull();
    const images = [...doc.querySelectorAll('image')].map((i) => i.getAttribute('href'));
    expect(images).toEqual([null, 'data:image/png;base64,iVBORw0KGgo=']);
  });

  it('escapes markup and quotes in the title, caption, sources and chart text', () => {
    const { result, doc } = exportAndParse();
    expect(result.svg).toContain('Figures &lt;b&gt;bold&lt;/b&gt; &amp; "quoted"');
    expect(result.svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(result.svg).toContain('Contracts &lt;signed&gt; &amp; "firm" orders');
    expect(result.svg).toContain('aria-label="Quote: &quot;a&quot; &amp; &lt;b&gt;"');
    expect(doc.querySelector('title')?.textContent).toBe(text.title);
    const lines = [...doc.querySelectorAll('text[data-role]')].map((t) => t.textContent).join(' ');
    expect(lines).toContain('“<script>alert(1)</script>”');
    expect(lines).toContain('Exported from Aidline on 2025-01-02.');
  });

  it('stacks several charts with their headings', () => {
    const second = chart.cloneNode(true) as SVGSVGElement;
    second.setAttribute('data-export', 'timeline');
    second.setAttribute('height', '120');
    document.body.append(second);
    const result = serializeSvg(
      [
        { svg: second, heading: 'Timeline' },
        { svg: chart, heading: 'Figures' },
      ],
      text,
      palette,
      fakeReader,
    );
    const doc = new DOMParser().parseFromString(result.svg, 'image/svg+xml');
    const nested = [...doc.querySelectorAll('svg[data-export]')];
    expect(nested.map((s) => s.getAttribute('data-export'))).toEqual(['timeline', 'figures']);
    const y = nested.map((s) => Number(s.getAttribute('y')));
    expect(defined(y[1], 'the second chart')).toBeGreaterThan(defined(y[0], 'the first chart') + 120);
    const headings = [...doc.querySelectorAll('text[data-role="heading"]')].map((t) => t.textContent);
    expect(headings).toEqual(['Timeline', 'Figures']);
  });

  it('refuses to export nothing, or a chart with no size', () => {
    expect(() => serializeSvg([], text, palette, fakeReader)).toThrow(/no chart to export/);
    const empty = el('svg') as SVGSVGElement;
    expect(() => chartSize(empty)).toThrow(/has no size/);
  });

  it('takes the size from the viewBox when there are no width and height', () => {
    const boxed = el('svg', { viewBox: '0 0 640 360' }) as SVGSVGElement;
    expect(chartSize(boxed)).toEqual({ width: 640, height: 360 });
  });
});
