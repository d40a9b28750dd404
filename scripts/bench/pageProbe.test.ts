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
    expect(page.window.__probe).toEqual({
      firstMarks: null,
      recording: false,
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
});
