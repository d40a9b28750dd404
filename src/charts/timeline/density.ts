import { bin, range } from 'd3-array';

/**
 * Event counts in equal bins of `binPx` px across `width` px of the domain; events outside it are left out.
 * The bins are d3-array's `bin` with thresholds at every `binPx` px (an event on a threshold counts in the
 * bin it starts); counted in one pass, as this runs on every filter change over up to 100,000 events.
 */
export function densityBins(
  at: Float64Array,
  domain: [number, number],
  width: number,
  binPx: number,
): number[] {
  const bins = Math.max(1, Math.ceil(width / binPx));
  const msPerBin = ((domain[1] - domain[0]) / width) * binPx;
  const edge = (b: number) => domain[0] + b * msPerBin;
  // An empty span has one threshold everywhere: d3 then makes a single bin, which is left to it.
  if (!(msPerBin > 0) || !Number.isFinite(msPerBin)) {
    const binner = bin<number, number>()
      .domain([edge(0), edge(bins)])
      .thresholds(range(1, bins).map(edge));
    return binner(at).map((b) => b.length);
  }
  const counts = new Array<number>(bins).fill(0);
  const lo = edge(0);
  const hi = edge(bins);
  for (const t of at) {
    if (!(t >= lo && t <= hi)) continue;
    let b = Math.min(bins - 1, Math.floor((t - domain[0]) / msPerBin));
    // Rounding can put a time beside a threshold in the wrong bin: settle it against the thresholds themselves.
    while (b > 0 && t < edge(b)) b--;
    while (b < bins - 1 && t >= edge(b + 1)) b++;
    counts[b] = (counts[b] ?? 0) + 1;
  }
  return counts;
}

/** An area path of bin counts, bottom-aligned in `height` px, scaled by square root so that lone events show. */
export function densityPath(counts: readonly number[], binPx: number, height: number): string {
  const max = Math.max(0, ...counts);
  if (max === 0) return '';
  const y = (c: number) =>
    c === 0 ? height : height - Math.max(2, (Math.sqrt(c) / Math.sqrt(max)) * height);
  let d = `M0,${height}`;
  counts.forEach((c, i) => {
    d += `V${y(c).toFixed(1)}H${((i + 1) * binPx).toFixed(1)}`;
  });
  return `${d}V${height}Z`;
}
