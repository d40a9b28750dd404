import type { Summary } from '../bench/stats';
import { formatValue, markdownTable } from '../bench/table';
import type { Unit } from '../bench/results';

export type PeerMeasure = 'firstRender' | 'jsGzip' | 'allBytes' | 'heap' | 'zoomP95' | 'panP95';

export interface PeerFigure {
  measure: PeerMeasure;
  size: string;
  target: string;
  stats: Summary;
}

const MEASURES: { measure: PeerMeasure; label: string; unit: Unit }[] = [
  { measure: 'firstRender', label: 'First render: navigation to first painted frame with marks', unit: 'ms' },
  { measure: 'jsGzip', label: 'JavaScript fetched before the first marks, gzip', unit: 'bytes' },
  {
    measure: 'allBytes',
    label: 'Every byte fetched before the first marks (JS and CSS gzip, the rest as served)',
    unit: 'bytes',
  },
  { measure: 'heap', label: 'JS heap after load, all threads (window + live workers)', unit: 'MB' },
  { measure: 'zoomP95', label: 'Zoom step (Ctrl + wheel), input event to painted frame, p95', unit: 'ms' },
  { measure: 'panP95', label: 'Pan step (drag), input event to painted frame, p95', unit: 'ms' },
];

/** "1,234 ms (1,100–1,400)": the median and the range of the runs. */
function cell(stats: Summary | undefined, unit: Unit): string {
  if (stats === undefined) return 'not measured';
  const median = formatValue(stats.median, unit);
  if (stats.runs === 1) return `${median} (1 run)`;
  return `${median} (${formatValue(stats.min, unit)}–${formatValue(stats.max, unit)})`;
}

/** How many times the peer's median is Aidline's: above 1, Aidline is faster or smaller. */
export function ratio(peer: Summary | undefined, aidline: Summary | undefined): string {
  if (peer === undefined || aidline === undefined || aidline.median === 0) return '';
  const r = peer.median / aidline.median;
  return `${r < 10 ? r.toFixed(2) : r.toFixed(0)}×`;
}

/** One row per measure and size: each page's median and range, and each peer as a ratio to the first. */
export function peerTable(
  figures: readonly PeerFigure[],
  targets: readonly string[],
  sizes: readonly string[],
): string {
  const [home = '', ...peers] = targets;
  const find = (measure: PeerMeasure, size: string, target: string) =>
    figures.find((f) => f.measure === measure && f.size === size && f.target === target)?.stats;
  const header = ['Measure', 'Events', ...targets, ...peers.map((p) => `${p} / ${home}`)];
  const rows: string[][] = [];
  for (const { measure, label, unit } of MEASURES)
    for (const size of sizes) {
      if (targets.every((t) => find(measure, size, t) === undefined)) continue;
      const mine = find(measure, size, home);
      rows.push([
        label,
        size,
        ...targets.map((t) => cell(find(measure, size, t), unit)),
        ...peers.map((p) => ratio(find(measure, size, p), mine)),
      ]);
    }
  return markdownTable(rows, header);
}
