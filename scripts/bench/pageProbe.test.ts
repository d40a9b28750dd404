import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { pageProbeScript, type PageProbe } from './pageProbe';

class FakeObserver {
  static observed: unknown[] = [];
  constructor(readonly callback: () => void) {}
  observe(target: unknown) {
    FakeObserver.observed.push(target);
  }
  disconnect() {
    FakeObserver.observed = [];
  }
}

describe('pageProbeScript', () => {
  it('installs the probe in a page-like global without needing anything from the bench', () => {
    const frames: ((time: number) => void)[] = [];
    const listeners: string[] = [];
    const document = { querySelector: () => null, body: {} };
    const page = {
      requestAnimationFrame: (callback: (time: number) => void) => frames.push(callback),
      document,
      performance: { now: () => 0 },
      MessageChannel: Object,
      MutationObserver: FakeObserver,
      window: { addEventListener: (type: string) => listeners.push(type) } as { __probe?: PageProbe },
    };
    runInNewContext(pageProbeScript({ marks: 'svg .mark', root: 'svg' }), page);
    expect(page.window.__probe).toMatchObject({
      firstMarks: null,
      recording: false,
      awaiting: 0,
      frames: [],
      steps: [],
      click: null,
    });
    // The document is watched for marks from the start; wheel, drag, key and click steps are timed.
    expect(FakeObserver.observed).toEqual([document]);
    expect(listeners).toEqual(['wheel', 'mousemove', 'keydown', 'click']);
    frames[0]?.(16);
    expect(frames).toHaveLength(2);
  });

  it('ends a frame in a user-blocking task where the page has scheduler.postTask, so no queued task delays it', () => {
    const frames: ((time: number) => void)[] = [];
    const posted: { task: () => void; priority: string }[] = [];
    const watching: (() => void)[] = [];
    let marks: unknown = null;
    let now = 0;
    const page = {
      requestAnimationFrame: (callback: (time: number) => void) => frames.push(callback),
      document: { querySelector: () => marks, body: {} },
      performance: { now: () => now },
      // A message would wait behind the tasks queued before it: the page has none to send.
      MessageChannel: undefined,
      // Until recording starts, the only observer watching is the one for the first marks.
      MutationObserver: class {
        constructor(readonly callback: () => void) {}
        observe() {
          watching.push(this.callback);
        }
        disconnect = () => undefined;
      },
      scheduler: {
        postTask: (task: () => void, options: { priority: string }) => {
          posted.push({ task, priority: options.priority });
          return Promise.resolve();
        },
      },
      window: { addEventListener: () => undefined } as { __probe?: PageProbe },
    };
    runInNewContext(pageProbeScript({ marks: 'svg .mark', root: 'svg' }), page);
    marks = {};
    now = 5;
    watching.at(-1)?.();
    // The frame after the marks appeared (with the probe's own frame loop).
    for (const frame of frames.splice(0)) frame(16);
    expect(posted.map((p) => p.priority)).toEqual(['user-blocking']);
    now = 21;
    posted[0]?.task();
    expect(page.window.__probe?.firstMarks).toBe(21);
  });

  it('times an input to the frame painted after the chart changed, and counts inputs that changed nothing', async () => {
    const observers: { callback: (records: { target: unknown }[]) => void; target: unknown }[] = [];
    class Observer {
      entry: { callback: (records: { target: unknown }[]) => void; target: unknown };
      constructor(callback: (records: { target: unknown }[]) => void) {
        this.entry = { callback, target: null };
        observers.push(this.entry);
      }
      observe(target: unknown) {
        this.entry.target = target;
      }
      disconnect() {
        this.entry.target = null;
      }
    }
    class Channel {
      port1: { onmessage: (() => void) | null } = { onmessage: null };
      port2 = { postMessage: () => this.port1.onmessage?.() };
    }
    let now = 0;
    let frames: (() => void)[] = [];
    const paint = () => {
      const due = frames;
      frames = [];
      for (const frame of due) frame();
    };
    const inChart = {};
    const root = { contains: (node: unknown) => node === inChart, querySelectorAll: () => ({ length: 7 }) };
    const document = { querySelector: (selector: string) => (selector === 'svg' ? root : null), body: {} };
    const listeners = new Map<string, (event: unknown) => void>();
    const page = {
      requestAnimationFrame: (callback: () => void) => frames.push(callback),
      setTimeout: (callback: () => void) => callback,
      clearTimeout: () => undefined,
      document,
      performance: { now: () => now },
      MessageChannel: Channel,
      MutationObserver: Observer,
      window: {
        addEventListener: (type: string, listener: (event: unknown) => void) => listeners.set(type, listener),
      } as { __probe?: PageProbe },
    };
    runInNewContext(pageProbeScript({ marks: 'svg .mark', root: 'svg' }), page);
    const probe = page.window.__probe;
    if (probe === undefined) throw new Error('no probe');
    probe.start();
    // The first observer the probe makes watches the chart while recording.
    const chart = observers[0];
    now = 10;
    listeners.get('wheel')?.({ type: 'wheel', timeStamp: 8 });
    expect(probe.awaiting).toBe(1);
    const settled = probe.settle(2000);
    // A change outside the chart answers nothing; a change inside it is timed at the next painted frame.
    chart?.callback([{ target: {} }]);
    now = 20;
    chart?.callback([{ target: inChart }]);
    now = 30;
    paint();
    await settled;
    expect(probe.steps).toEqual([
      { kind: 'wheel', changed: true, fromEvent: 22, fromDispatch: 20, nodes: 7 },
    ]);
    now = 40;
    listeners.get('mousemove')?.({ type: 'mousemove', timeStamp: 40, buttons: 1 });
    probe.stop();
    expect(probe.steps[1]).toMatchObject({ kind: 'drag', changed: false });
    expect(probe.awaiting).toBe(0);
  });
});
