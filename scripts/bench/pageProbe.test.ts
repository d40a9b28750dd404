import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { pageProbeScript, type PageProbe } from './pageProbe';

describe('pageProbeScript', () => {
  it('installs the probe in a page-like global without needing anything from the bench', () => {
    const frames: ((time: number) => void)[] = [];
    const listeners: string[] = [];
    const page = {
      requestAnimationFrame: (callback: (time: number) => void) => frames.push(callback),
      addEventListener: (type: string) => listeners.push(type),
      document: { querySelector: () => null },
      performance: { now: () => 0 },
      MessageChannel: Object,
      window: {} as { __probe?: PageProbe },
    };
    runInNewContext(pageProbeScript('svg[data-export="timeline"]'), {
      ...page,
      window: Object.assign(page.window, { addEventListener: page.addEventListener }),
    });
    expect(page.window.__probe).toEqual({
      firstMarks: null,
      recording: false,
      frames: [],
      steps: [],
      queued: [],
      nodes: [],
    });
    expect(listeners).toEqual(['wheel', 'mousemove', 'keydown']);
    frames[0]?.(16);
    expect(frames).toHaveLength(2);
  });
});
