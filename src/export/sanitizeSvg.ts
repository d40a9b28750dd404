/** Elements that run code, pull in other documents, or animate attributes into links. */
const BANNED_ELEMENTS = new Set([
  'script',
  'foreignobject',
  'style',
  'iframe',
  'object',
  'embed',
  'audio',
  'video',
  'canvas',
  'set',
  'animate',
  'animatemotion',
  'animatetransform',
  'discard',
  'handler',
  'listener',
]);
const BANNED_ATTRIBUTES = new Set(['style', 'src', 'action', 'formaction', 'base', 'tabindex']);
const SVG_NS = 'http://www.w3.org/2000/svg';
/** A raster picture embedded in the file itself (a drawn canvas layer). */
const EMBEDDED_IMAGE = /^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/;

/**
 * A `url(...)` paint or reference rewritten to point inside the file (`url(#id)`), or null when it
 * points anywhere else. Values without `url(` come back unchanged.
 */
export function localUrl(value: string, documentUrl = ''): string | null {
  if (!value.includes('url(')) return value;
  const m = /^url\(\s*["']?([^"')]*)["']?\s*\)([^()]*)$/.exec(value.trim());
  if (m === null) return null;
  const target = m[1] ?? '';
  const hash = target.indexOf('#');
  if (hash < 0) return null;
  const address = target.slice(0, hash);
  if (address !== '' && address !== documentUrl.split('#')[0]) return null;
  const fragment = target.slice(hash + 1);
  if (!/^[\w-]+$/.test(fragment)) return null;
  return `url(#${fragment})${m[2] ?? ''}`;
}

function safeHref(element: Element, value: string): boolean {
  const v = value.trim();
  if (/^#[\w-]+$/.test(v)) return true;
  return element.localName === 'image' && EMBEDDED_IMAGE.test(v);
}

/**
 * Makes an SVG tree inert and standalone, in place: no scripts or foreign content, no event-handler
 * attributes, no links or references to anything outside the file (only `#id` fragments remain).
 */
export function sanitizeSvg(root: Element): void {
  const documentUrl = root.ownerDocument.URL;
  const all = [root, ...root.querySelectorAll('*')];
  for (const element of all) {
    if (
      element !== root &&
      (element.namespaceURI !== SVG_NS || BANNED_ELEMENTS.has(element.localName.toLowerCase()))
    ) {
      element.remove();
      continue;
    }
    for (const attr of [...element.attributes]) {
      const name = attr.localName.toLowerCase();
      const value = attr.value;
      let keep = !name.startsWith('on') && !BANNED_ATTRIBUTES.has(name) && !/javascript:/i.test(value);
      if (keep && name === 'href') keep = safeHref(element, value);
      if (keep && value.includes('url(')) {
        const local = localUrl(value, documentUrl);
        if (local === null) keep = false;
        else if (local !== value) element.setAttributeNS(attr.namespaceURI, attr.name, local);
      }
      if (!keep) element.removeAttributeNS(attr.namespaceURI, attr.localName);
    }
  }
}
