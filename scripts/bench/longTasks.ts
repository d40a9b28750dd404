/**
 * Long tasks of the page's main thread, as Chromium reports them (PerformanceObserver, `longtask`: every
 * task of 50 ms or more), kept in the page for the bench to read.
 */
export const LONG_TASKS_SCRIPT = `
window.__longTasks = [];
// Held by the page: an observer nothing refers to is collected with the garbage, and hears nothing after.
window.__longTaskObserver = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__longTasks.push([entry.startTime, entry.duration]);
});
window.__longTaskObserver.observe({ type: 'longtask', buffered: true });
`;

/** A long task: its start in the page's clock and its duration, in ms. */
export type LongTask = [start: number, duration: number];

export interface LongTaskSummary {
  /** Long tasks that started in the span. */
  count: number;
  /** Of those, the tasks longer than the limit, with their durations. */
  over: number[];
  longestMs: number;
}

/** The long tasks that started at or after `from` (and before `to`), against a limit in ms. */
export function summarizeLongTasks(
  tasks: readonly LongTask[],
  limitMs: number,
  from: number,
  to = Infinity,
): LongTaskSummary {
  const inSpan = tasks.filter(([start]) => start >= from && start < to).map(([, duration]) => duration);
  return {
    count: inSpan.length,
    over: inSpan.filter((d) => d > limitMs),
    longestMs: Math.max(0, ...inSpan),
  };
}

export interface MillionRun {
  events: number;
  figures: number;
  firstRenderMs: number;
  /** Every byte fetched before the first marks, in MB (see allBytes). */
  megabytes: number;
  /** Long tasks from the first view until the page's work after it ended (the panels below, the data's check). */
  afterFirstView: LongTaskSummary;
  zoomAndPan: LongTaskSummary;
  /** Zoom steps, input event to painted frame. */
  zoomStepsMs: readonly number[];
  heapMB: number;
  limitMs: number;
}

const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`;

function overText(summary: LongTaskSummary): string {
  if (summary.over.length === 0) return 'none';
  return `${summary.over.length} (${summary.over.map(ms).join(', ')})`;
}

/** The run as a Markdown table, and whether the stretch goal was met. */
export function millionTable(run: MillionRun): string {
  const steps = [...run.zoomStepsMs].sort((a, b) => a - b);
  const p95 = steps[Math.min(steps.length - 1, Math.ceil(0.95 * steps.length) - 1)];
  const met = run.afterFirstView.over.length === 0 && run.zoomAndPan.over.length === 0;
  const limit = `over ${ms(run.limitMs)}`;
  return [
    `${run.events.toLocaleString('en')} events, ${run.figures.toLocaleString('en')} figures`,
    '',
    '| measure | result |',
    '| --- | --- |',
    `| first render (navigation to the first painted frame with event marks) | ${ms(run.firstRenderMs)} |`,
    `| every byte fetched before it | ${run.megabytes.toFixed(1)} MB |`,
    `| main-thread tasks ${limit} after the first view, until its data is checked | ${overText(run.afterFirstView)} |`,
    `| main-thread tasks ${limit} while zooming and panning | ${overText(run.zoomAndPan)} |`,
    `| longest main-thread task after the first view / while zooming | ${ms(run.afterFirstView.longestMs)} / ${ms(run.zoomAndPan.longestMs)} |`,
    `| zoom step from the input event, p95 | ${p95 === undefined ? 'no step' : ms(p95)} |`,
    `| JavaScript heap, all threads | ${Math.round(run.heapMB)} MB |`,
    '',
    met
      ? `Stretch goal met: no main-thread task ${limit} after the first view.`
      : `Stretch goal missed: main-thread tasks ${limit} after the first view.`,
  ].join('\n');
}
