import { benchDataPath } from '../bench/benchSizes';
import type { BenchTarget } from '../bench/firstRender';

/** Where the peer pages are built, inside the folder the bench serves. */
export const PEERS_DIR = 'peers';

/** A peer page's address for a generated dataset served beside the app (`bench-data/1k.json`). */
const peerUrl = (page: string) => (server: { url: string }, size: string) =>
  `${server.url}${PEERS_DIR}/${page}/index.html?dataset=../../${benchDataPath(size)}`;

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

/** How each page gets its data, printed under the table and recorded in bench/peers.json. */
export const DATA_PATHS_NOTE =
  'Aidline is opened as deployed with each generated file as its own data/dataset.json (proven in Node ' +
  'first; drawn once parsed, verified in a worker after); vis-timeline and the bare d3 page fetch the same ' +
  'file named by ?dataset= and validate nothing.';
