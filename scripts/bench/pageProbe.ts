/**
 * What the bench installs in a page before the page's own code runs (Playwright's addInitScript): it notes
 * the end of the first painted frame that holds event marks, and while recording, times each input from
 * the input event's own timestamp to the end of the first frame painted after the chart changed in
 * answer to it. Runs in the browser, so it must not refer to anything outside itself. Every time is
 * `performance.now()`, whose origin is the start of the navigation.
 */

/** How an input was made: a mouse-wheel step, a mouse move with a button down, a key, a click. */
export type StepKind = 'wheel' | 'drag' | 'key' | 'click';

export interface ProbeStep {
  kind: StepKind;
  /**
   * Whether the chart changed after the input (its root's elements, attributes or text). A step that
   * changed nothing (a zoom already at its limit) has no time to report.
   */
  changed: boolean;
  /**
   * From the input event's creation (`event.timeStamp`) to the end of the first frame painted after the
   * chart's first change since the input; for a step that changed nothing, to when the probe gave up.
   */
  fromEvent: number;
  /** From the start of the event's dispatch (the probe's capture listener) to the same frame. */
  fromDispatch: number;
  /** Elements in the chart's root after the step. */
  nodes: number;
}

export interface PageProbe {
  /** Milliseconds from navigation start to the end of the first painted frame with marks, or null. */
  firstMarks: number | null;
  recording: boolean;
  /** Inputs whose change has not been painted yet. */
  awaiting: number;
  /** rAF timestamps while recording. */
  frames: number[];
  steps: ProbeStep[];
  /**
   * The last click while recording: its timestamp, and the end of the frame painted after the last DOM
   * change since (null until something changed): a click's full effect, however many renders it takes.
   */
  click: { at: number; settled: number | null; changedAt: number | null } | null;
  /** Starts recording: clears what was recorded and watches the chart for changes. */
  start: () => void;
  /** Stops recording; inputs still waiting are recorded as having changed nothing. */
  stop: () => void;
  /**
   * Resolves once every input so far has had its change painted, or after `timeoutMs`, when those still
   * waiting are recorded as having changed nothing.
   */
  settle: (timeoutMs: number) => Promise<void>;
}

/** What counts as an event mark, and which element's size the steps report. */
export interface ProbeTargets {
  /** A selector that matches only drawn event marks (glyphs, clusters, bars), never titles or axes. */
  marks: string;
  /** The chart's root element, whose element count is reported after each step. */
  root: string;
}

/** `scheduler.postTask` (Prioritized Task Scheduling), which Chromium has. */
type PostTask = (task: () => void, options: { priority: 'user-blocking' }) => Promise<void>;

export function installPageProbe(targets: ProbeTargets): void {
  interface Pending {
    kind: StepKind;
    timeStamp: number;
    dispatched: number;
  }
  let pending: Pending[] = [];
  let painting = 0;
  let waiters: (() => void)[] = [];
  const nodes = () => document.querySelector(targets.root)?.querySelectorAll('*').length ?? 0;
  const wake = () => {
    probe.awaiting = pending.length + painting;
    if (probe.awaiting > 0) return;
    const woken = waiters;
    waiters = [];
    for (const done of woken) done();
  };
  const expire = () => {
    const now = performance.now();
    for (const p of pending)
      probe.steps.push({
        kind: p.kind,
        changed: false,
        fromEvent: now - p.timeStamp,
        fromDispatch: now - p.dispatched,
        nodes: nodes(),
      });
    pending = [];
    wake();
  };
  // A task posted from a rAF callback runs after that frame's style, layout and paint. A message would
  // also wait for every task the page queued before it (a render it deferred, say) and for any frame due
  // meanwhile, and so would time a later frame; a user-blocking task runs first where the browser has them.
  const tasks = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
  const afterPaint = (done: (time: number) => void) => {
    requestAnimationFrame(() => {
      const end = () => {
        done(performance.now());
      };
      if (tasks?.postTask !== undefined) {
        void tasks.postTask(end, { priority: 'user-blocking' });
        return;
      }
      const channel = new MessageChannel();
      channel.port1.onmessage = end;
      channel.port2.postMessage(null);
    });
  };
  // The chart changed: every input still waiting is answered by the frame that paints this change.
  const watchChart = new MutationObserver((records) => {
    const root = document.querySelector(targets.root);
    if (pending.length === 0 || root === null) return;
    if (!records.some((r) => root.contains(r.target))) return;
    const answered = pending;
    pending = [];
    painting += 1;
    afterPaint((end) => {
      const count = nodes();
      for (const p of answered)
        probe.steps.push({
          kind: p.kind,
          changed: true,
          fromEvent: end - p.timeStamp,
          fromDispatch: end - p.dispatched,
          nodes: count,
        });
      painting -= 1;
      wake();
    });
    wake();
  });
  const probe: PageProbe = {
    firstMarks: null,
    recording: false,
    awaiting: 0,
    frames: [],
    steps: [],
    click: null,
    start: () => {
      probe.frames = [];
      probe.steps = [];
      probe.click = null;
      pending = [];
      probe.recording = true;
      watchChart.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
    },
    stop: () => {
      probe.recording = false;
      expire();
      watchChart.disconnect();
    },
    settle: (timeoutMs) =>
      new Promise<void>((done) => {
        if (pending.length + painting === 0) {
          done();
          return;
        }
        const timer = setTimeout(expire, timeoutMs);
        waiters.push(() => {
          clearTimeout(timer);
          done();
        });
      }),
  };
  (window as unknown as { __probe: PageProbe }).__probe = probe;
  // Marks are noticed when they enter the DOM (a mutation record is delivered right after the change),
  // and timed at the end of the frame that first paints them.
  const watchMarks = new MutationObserver(() => {
    if (document.querySelector(targets.marks) === null) return;
    watchMarks.disconnect();
    afterPaint((time) => {
      probe.firstMarks = time;
    });
  });
  watchMarks.observe(document, { childList: true, subtree: true });
  const watchClick = new MutationObserver(() => {
    const click = probe.click;
    if (click === null) return;
    click.changedAt = performance.now();
    afterPaint((time) => {
      click.settled = time;
    });
  });
  const loop = (time: number) => {
    if (probe.recording) probe.frames.push(time);
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  const kindOf = (event: Event): StepKind | null => {
    if (event.type === 'wheel') return 'wheel';
    if (event.type === 'keydown') return 'key';
    if (event.type === 'click') return 'click';
    return (event as MouseEvent).buttons === 0 ? null : 'drag';
  };
  const onInput = (event: Event) => {
    if (!probe.recording) return;
    const kind = kindOf(event);
    if (kind === null) return;
    if (kind === 'click') {
      probe.click = { at: event.timeStamp, settled: null, changedAt: null };
      watchClick.observe(document.body, {
        childList: true,
        subtree: true,
        attributes: true,
        characterData: true,
      });
      return;
    }
    pending.push({ kind, timeStamp: event.timeStamp, dispatched: performance.now() });
    wake();
  };
  for (const type of ['wheel', 'mousemove', 'keydown', 'click'])
    window.addEventListener(type, onInput, { capture: true, passive: true });
}

/**
 * The probe as the source of an init script. The bench runs through a transpiler that wraps named inner
 * functions in a `__name` helper the page does not have; the wrapper gives the probe a local one.
 */
export function pageProbeScript(targets: ProbeTargets): string {
  return `(() => { const __name = (fn) => fn; (${installPageProbe.toString()})(${JSON.stringify(targets)}); })();`;
}
