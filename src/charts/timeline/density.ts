import { bin, range } from 'd3-array';

/** Event counts in equal bins of `binPx` px across `width` px of the domain; events outside it are left out. */
export function densityBins(
  at: Float64Array,
  domain: [number, number],
  width: number,
  binPx: number,
): number[] {
  const bins = Math.max(1, Math.ceil(width / binPx));
  const msPerBin = ((domain[1] - domain[0]) / width) * binPx;
  const edge = (b: number) => domain[0] + b * msPerBin;
  const binner = bin<number, number>()
    .domain([edge(0), edge(bins)])
    .thresholds(range(1, bins).map(edge));
  return binner(at).map((b) => b.length);
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
