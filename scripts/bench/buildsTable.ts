import { percentile } from './stats';

/** What one build's loads and zoom-and-pan recordings at one size gave. */
export interface BuildSamples {
  build: string;
  size: string;
  firstRender: number[];
  /** Ctrl + wheel steps, from dispatch and from the input event, and drag steps from the input event. */
  wheelDispatch: number[];
  wheelEvent: number[];
  dragEvent: number[];
}

const ms = (samples: readonly number[], p: number) =>
  samples.length === 0 ? 'not measured' : `${percentile(samples, p).toFixed(1)} ms`;

/** A Markdown table with one row per build and size: medians and p95s of the pooled steps. */
export function buildsTable(rows: readonly BuildSamples[]): string {
  const head = [
    'build',
    'events',
    'first render, median',
    'zoom step from dispatch, p50 / p95',
    'zoom step from input event, p95',
    'pan step from input event, p95',
    'zoom / pan steps',
  ];
  const lines = rows.map((r) =>
    [
      r.build,
      r.size,
      ms(r.firstRender, 50),
      `${ms(r.wheelDispatch, 50)} / ${ms(r.wheelDispatch, 95)}`,
      ms(r.wheelEvent, 95),
      ms(r.dragEvent, 95),
      `${r.wheelDispatch.length} / ${r.dragEvent.length}`,
    ].join(' | '),
  );
  return [head.join(' | '), head.map(() => '---').join(' | '), ...lines].map((l) => `| ${l} |`).join('\n');
}
