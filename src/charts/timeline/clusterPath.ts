import type { ClusterMark } from './layoutTypes';

const f = (n: number) => n.toFixed(1);

/** A rectangle with rounded corners, as a path. */
function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number): string {
  const radius = Math.min(r, (x1 - x0) / 2, (y1 - y0) / 2);
  const arc = `A${f(radius)},${f(radius)} 0 0 1`;
  return (
    `M${f(x0 + radius)},${f(y0)}H${f(x1 - radius)}${arc} ${f(x1)},${f(y0 + radius)}` +
    `V${f(y1 - radius)}${arc} ${f(x1 - radius)},${f(y1)}H${f(x0 + radius)}${arc} ${f(x0)},${f(y1 - radius)}` +
    `V${f(y0 + radius)}${arc} ${f(x0 + radius)},${f(y0)}Z`
  );
}

/**
 * The outline of a cluster. A narrow one is a rounded box as tall as its densest column; a long run of
 * dense columns is a density band, each column as tall as its count warrants, around the lane centre.
 */
export function clusterPath(cluster: ClusterMark, bandMinWidth = 54): string {
  const segments = [...cluster.segments].sort((a, b) => a.x0 - b.x0);
  const maxHeight = Math.max(...segments.map((s) => s.height));
  if (cluster.x1 - cluster.x0 < bandMinWidth) {
    return roundedRect(cluster.x0, cluster.cy - maxHeight / 2, cluster.x1, cluster.cy + maxHeight / 2, 3);
  }
  const minHeight = Math.min(...segments.map((s) => s.height));
  // Columns left to right, without overlaps; gaps between merged columns are bridged at the lowest height.
  const columns: { x0: number; x1: number; height: number }[] = [];
  let x = cluster.x0;
  for (const s of segments) {
    if (s.x0 > x) columns.push({ x0: x, x1: s.x0, height: minHeight });
    const x0 = Math.max(s.x0, x);
    if (s.x1 > x0) {
      columns.push({ x0, x1: s.x1, height: s.height });
      x = s.x1;
    }
  }
  if (x < cluster.x1) columns.push({ x0: x, x1: cluster.x1, height: minHeight });
  const top = columns.map((c) => `V${f(cluster.cy - c.height / 2)}H${f(c.x1)}`).join('');
  const bottom = [...columns]
    .reverse()
    .map((c) => `V${f(cluster.cy + c.height / 2)}H${f(c.x0)}`)
    .join('');
  return `M${f(cluster.x0)},${f(cluster.cy)}${top}${bottom}Z`;
}
