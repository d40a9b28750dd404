/**
 * What the bench installs in the page before the app's own code runs (Playwright's addInitScript): a
 * requestAnimationFrame loop that notes when the timeline first has marks and, while recording, the
 * time of every frame; and input listeners that time each wheel, drag or key step to the end of the
 * next painted frame. Runs in the browser, so it must not refer to anything outside itself.
 */

export interface PageProbe {
  /** performance.now() just after the first frame that painted the timeline's marks, or null. */
  firstMarks: number | null;
  recording: boolean;
  /** rAF timestamps while recording. */
  frames: number[];
  /**
   * Per input event while recording: from the start of its dispatch (the probe's capture listener on
   * window runs before the app's listeners) to the end of the next painted frame.
   */
  steps: number[];
  /** Per input event: how long it waited between its creation (event.timeStamp) and its dispatch. */
  queued: number[];
  /** Per input event: how many elements the timeline's SVG held in the frame painted after it. */
  nodes: number[];
}

export const TIMELINE_SELECTOR = 'svg[data-export="timeline"]';

export function installPageProbe(selector: string): void {
  const probe: PageProbe = {
    firstMarks: null,
    recording: false,
    frames: [],
    steps: [],
    queued: [],
    nodes: [],
  };
  (window as unknown as { __probe: PageProbe }).__probe = probe;
  // A message posted from a rAF callback is handled after that frame's style, layout and paint.
  const afterPaint = (done: (time: number) => void) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        done(performance.now());
      };
      channel.port2.postMessage(null);
    });
  };
  let waiting = false;
  const loop = (time: number) => {
    if (probe.recording) probe.frames.push(time);
    if (probe.firstMarks === null && !waiting) {
      const svg = document.querySelector(selector);
      if (svg !== null && svg.childElementCount > 0) {
        waiting = true;
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          probe.firstMarks = performance.now();
        };
        channel.port2.postMessage(null);
      }
    }
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  const onInput = (event: Event) => {
    if (!probe.recording) return;
    if (event.type === 'mousemove' && (event as MouseEvent).buttons === 0) return;
    const start = performance.now();
    probe.queued.push(start - event.timeStamp);
    afterPaint((end) => {
      probe.steps.push(end - start);
      probe.nodes.push(document.querySelector(selector)?.querySelectorAll('*').length ?? 0);
    });
  };
  for (const type of ['wheel', 'mousemove', 'keydown'])
    window.addEventListener(type, onInput, { capture: true, passive: true });
}

/**
 * The probe as the source of an init script. The bench runs through a transpiler that wraps named inner
 * functions in a `__name` helper the page does not have; the wrapper gives the probe a local one.
 */
export function pageProbeScript(selector: string): string {
  return `(() => { const __name = (fn) => fn; (${installPageProbe.toString()})(${JSON.stringify(selector)}); })();`;
}
