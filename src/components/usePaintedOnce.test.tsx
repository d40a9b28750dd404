// @vitest-environment jsdom
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { usePaintedOnce } from './usePaintedOnce';

describe('usePaintedOnce', () => {
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('is false for the first render and true once a frame has run, and stays true', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
      frames.push(callback);
      return frames.length;
    });
    const { result, rerender } = renderHook(() => usePaintedOnce());
    expect(result.current).toBe(false);
    // No frame yet: nothing changes however long the page waits.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(result.current).toBe(false);
    for (const frame of frames.splice(0)) frame(performance.now());
    await waitFor(() => {
      expect(result.current).toBe(true);
    });
    rerender();
    expect(result.current).toBe(true);
    expect(frames).toHaveLength(0);
  });
});
