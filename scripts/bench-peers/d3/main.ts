// The plainest d3 timeline: one circle per event with its title, a row per kind, zoom and pan by
// rescaling x and moving every circle.
import { extent } from 'd3-array';
import { scaleBand, scaleOrdinal, scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import { zoom, type D3ZoomEvent } from 'd3-zoom';
import { loadPeerEvents, type PeerEvent } from '../peerData';

const WIDTH = 1440;
const HEIGHT = 820;
const MARGIN = { top: 10, right: 20, bottom: 10, left: 20 };
const PALETTE = [
  '#4e79a7',
  '#f28e2c',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc949',
  '#af7aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ab',
];

const events = await loadPeerEvents();
const [from = 0, to = 1] = extent(events, (e) => e.start);
const x = scaleUtc()
  .domain([from, to])
  .range([MARGIN.left, WIDTH - MARGIN.right]);
const kinds = [...new Set(events.map((e) => e.kind))].sort();
const y = scaleBand(kinds, [MARGIN.top, HEIGHT - MARGIN.bottom]).padding(0.2);
const colour = scaleOrdinal(kinds, PALETTE);
const svg = select<SVGSVGElement, unknown>('#chart');
const circles = svg
  .append('g')
  .selectAll<SVGCircleElement, PeerEvent>('circle')
  .data(events)
  .join('circle')
  .attr('cx', (e) => x(e.start))
  .attr('cy', (e) => (y(e.kind) ?? 0) + y.bandwidth() / 2)
  .attr('r', 4)
  .attr('fill', (e) => colour(e.kind));
circles.append('title').text((e) => e.title);
svg.call(
  zoom<SVGSVGElement, unknown>()
    .scaleExtent([1, 5000])
    // Ctrl + wheel zooms, as in Aidline; a drag pans.
    .filter((event: MouseEvent) => (event.type !== 'wheel' || event.ctrlKey) && !event.button)
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      const zoomed = event.transform.rescaleX(x);
      circles.attr('cx', (e) => zoomed(e.start));
    }),
);
