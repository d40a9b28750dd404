import type { BenchTarget } from './firstRender';

/** The bundled dataset: what a visitor without `?dataset=` gets. */
export const BUNDLED = 'data/dataset.json';

/** Aidline's timeline: its event marks are glyphs and clusters, never titles, axes or the SVG's <title>. */
export const AIDLINE: BenchTarget = {
  name: 'Aidline',
  url: (server, path) => `${server.url}index.html${path === BUNDLED ? '' : `?dataset=${path}`}`,
  probe: {
    marks: 'svg[data-export="timeline"] :is(.tl-glyph, .tl-cluster)',
    root: 'svg[data-export="timeline"]',
  },
  failure: async (page) => {
    const alert = page.locator('.gate-error[role="alert"]');
    if ((await alert.count()) === 0) return null;
    const lines = (await alert.innerText()).split('\n').filter((line) => line.trim() !== '');
    return lines.slice(0, 2).join(': ');
  },
  timeoutMs: 120_000,
};
