import type { BenchTarget } from '../bench/firstRender';

/** Where the peer pages are built, inside the folder the bench serves. */
export const PEERS_DIR = 'peers';

/** A peer page's address for a dataset served beside the app (`bench-data/1k.json`). */
const peerUrl = (page: string) => (server: { url: string }, datasetPath: string) =>
  `${server.url}${PEERS_DIR}/${page}/index.html?dataset=../../${datasetPath}`;

/** vis-timeline: one box per event with its title, stacked. */
export const VIS_TIMELINE: BenchTarget = {
  name: 'vis-timeline',
  url: peerUrl('vis'),
  probe: { marks: '.vis-timeline .vis-item', root: '.vis-timeline' },
  timeoutMs: 300_000,
};

/** The plainest d3 page: one SVG circle per event. */
export const BARE_D3: BenchTarget = {
  name: 'bare d3 SVG',
  url: peerUrl('d3'),
  probe: { marks: 'svg#chart circle', root: 'svg#chart' },
  timeoutMs: 120_000,
};
