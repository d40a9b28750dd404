// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { localUrl, sanitizeSvg } from './sanitizeSvg';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

function el(name: string, attrs: Record<string, string> = {}, ns = SVG_NS): Element {
  const element = document.createElementNS(ns, name);
  for (const [k, v] of Object.entries(attrs)) element.setAttribute(k, v);
  return element;
}

/** An SVG with every way a file could run code or reach outside itself. */
function hostile(): Element {
  const root = el('svg');
  const defs = el('defs');
  defs.append(el('pattern', { id: 'hatch', width: '4', height: '4' }));
  const g = el('g', { onclick: 'alert(1)', style: 'fill:red', tabindex: '0' });
  g.append(el('rect', { fill: 'url(#hatch)', onmouseover: 'x()' }));
  const link = el('a', { href: 'https://evil.example/' });
  link.append(el('circle', { r: '2' }));
  g.append(link);
  const use = el('use');
  use.setAttributeNS(XLINK_NS, 'xlink:href', 'http://evil.example/sprite.svg#icon');
  g.append(use, el('use', { href: '#hatch' }));
  g.append(el('image', { href: 'http://evil.example/track.png' }));
  g.append(el('image', { href: 'data:image/png;base64,iVBORw0KGgo=' }));
  g.append(
    el('script'),
    el('foreignObject'),
    el('style'),
    el('set', { attributeName: 'href', to: 'javascript:x' }),
  );
  g.append(el('div', {}, 'http://www.w3.org/1999/xhtml'));
  g.append(el('rect', { filter: 'url(https://evil.example/f.svg#f)' }));
  g.append(el('rect', { 'clip-path': 'url("#clip")' }));
  root.append(defs, g);
  return root;
}

describe('sanitizeSvg', () => {
  it('removes scripts, handlers, foreign content, styles and animation', () => {
    const root = hostile();
    sanitizeSvg(root);
    const markup = new XMLSerializer().serializeToString(root);
    expect(markup).not.toMatch(/<script|foreignObject|<style|<set|<div/i);
    expect(markup).not.toMatch(/\son\w+=/i);
    expect(markup).not.toMatch(/javascript:|tabindex|style=/i);
  });

  it('removes every reference outside the file and keeps those inside it', () => {
    const root = hostile();
    sanitizeSvg(root);
    const markup = new XMLSerializer().serializeToString(root);
    expect(markup.replace('xmlns="http://www.w3.org/2000/svg"', '')).not.toMatch(/https?:/i);
    expect(root.querySelector('a')?.hasAttribute('href')).toBe(false);
    expect([...root.querySelectorAll('use')].map((u) => u.getAttribute('href'))).toEqual([null, '#hatch']);
    expect([...root.querySelectorAll('image')].map((i) => i.getAttribute('href'))).toEqual([
      null,
      'data:image/png;base64,iVBORw0KGgo=',
    ]);
    expect(root.querySelector('rect[fill="url(#hatch)"]')).not.toBeNull();
    expect(root.querySelector('[clip-path]')?.getAttribute('clip-path')).toBe('url(#clip)');
  });
});

describe('localUrl', () => {
  it('keeps fragments, rewrites this document’s own address, refuses any other', () => {
    expect(localUrl('url(#a)')).toBe('url(#a)');
    expect(localUrl('url("http://x/page#a")', 'http://x/page')).toBe('url(#a)');
    expect(localUrl('url(http://evil/#a)', 'http://x/page')).toBeNull();
    expect(localUrl('url(data:image/png;base64,AAAA)')).toBeNull();
    expect(localUrl('#fff')).toBe('#fff');
  });
});
