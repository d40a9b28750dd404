/**
 * What the page's stylesheets give the chart marks that carry a class instead of paint attributes,
 * written as attributes for an image (an exported file has no stylesheet). Colours are palette tokens.
 */
export const MARK_STYLES: readonly (readonly [selector: string, attributes: Record<string, string>])[] = [
  ['.tl-lane-band', { fill: 'var(--surface-2)' }],
  ['.tl-lane-name', { fill: 'var(--ink-2)', 'font-weight': '650' }],
  ['.tl-title', { fill: 'var(--ink)' }],
  ['.tl-chip rect', { fill: 'var(--surface-2)', stroke: 'var(--line-strong)' }],
  ['.tl-chip text', { fill: 'var(--ink-2)' }],
  ['.tl-range', { 'fill-opacity': '0.3' }],
  ['.tl-cluster-span', { stroke: 'var(--ink-3)', 'stroke-width': '2' }],
  ['.tl-cluster-glyph-back', { fill: 'var(--line-strong)', stroke: 'var(--surface)' }],
  ['.tl-cluster-glyph', { fill: 'var(--ink-3)', stroke: 'var(--surface)' }],
  // A halo of the background keeps the cluster's span line from striking through its label.
  [
    '.tl-cluster-label',
    {
      fill: 'var(--ink-2)',
      stroke: 'var(--surface)',
      'stroke-width': '4',
      'stroke-linejoin': 'round',
      'paint-order': 'stroke',
    },
  ],
];

/** Attributes that may hold a paint or a `var()`. */
const PAINTED = ['fill', 'stroke', 'stop-color', 'color', 'flood-color', 'lighting-color'];

/**
 * Gives every element its class's attributes (where it has none of its own), then replaces each `var()`
 * in a paint attribute through `resolve`. In place.
 */
export function paintMarks(root: Element, resolve: (value: string) => string): void {
  for (const [selector, attributes] of MARK_STYLES) {
    for (const element of root.querySelectorAll(selector)) {
      for (const [name, value] of Object.entries(attributes)) {
        if (!element.hasAttribute(name)) element.setAttribute(name, value);
      }
    }
  }
  for (const element of [root, ...root.querySelectorAll('*')]) {
    for (const name of PAINTED) {
      const value = element.getAttribute(name);
      if (value?.includes('var(')) element.setAttribute(name, resolve(value));
    }
  }
}
