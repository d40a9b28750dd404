// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetAppState, useAppStore } from '../../state/store';
import { useViewWindow } from './useViewWindow';
import type { Window } from './zoomMath';

const DAY = 86_400_000;
const domain: Window = [0, 400 * DAY];
const WIDTH = 800;

function renderView() {
  return renderHook(() => useViewWindow(domain, WIDTH));
}

describe('useViewWindow', () => {
  beforeEach(() => {
    resetAppState();
  });
  afterEach(cleanup);

  it('shows the whole span when the store has no window, and the store’s window otherwise', () => {
    const { result } = renderView();
    expect(result.current.range).toEqual(domain);
    act(() => {
      useAppStore.getState().setWindow([10 * DAY, 20 * DAY]);
    });
    expect(result.current.range).toEqual([10 * DAY, 20 * DAY]);
    expect(result.current.moving).toBe(false);
  });

  it('shows each step of a move without writing the store, and stores where the move rests', () => {
    const { result } = renderView();
    act(() => {
      result.current.move([10 * DAY, 30 * DAY]);
    });
    act(() => {
      result.current.move([12 * DAY, 32 * DAY]);
    });
    expect(result.current.range).toEqual([12 * DAY, 32 * DAY]);
    expect(result.current.moving).toBe(true);
    expect(useAppStore.getState().view.window).toBeNull();
    act(() => {
      result.current.rest();
    });
    expect(useAppStore.getState().view.window).toEqual([12 * DAY, 32 * DAY]);
    expect(result.current.range).toEqual([12 * DAY, 32 * DAY]);
    expect(result.current.moving).toBe(false);
  });

  it('stores the last step even when the move rests before a render has shown it', () => {
    const { result } = renderView();
    act(() => {
      result.current.move([10 * DAY, 30 * DAY]);
      result.current.move([50 * DAY, 70 * DAY]);
      result.current.rest();
    });
    expect(useAppStore.getState().view.window).toEqual([50 * DAY, 70 * DAY]);
    expect(result.current.moving).toBe(false);
  });

  it('keeps steps inside the span, and stores a move back to the whole span as no window', () => {
    const { result } = renderView();
    act(() => {
      useAppStore.getState().setWindow([10 * DAY, 20 * DAY]);
    });
    act(() => {
      result.current.move([-50 * DAY, -30 * DAY]);
    });
    expect(result.current.range).toEqual([0, 20 * DAY]);
    act(() => {
      result.current.move([-10 * DAY, 500 * DAY]);
      result.current.rest();
    });
    expect(useAppStore.getState().view.window).toBeNull();
    expect(result.current.range).toEqual(domain);
  });

  it('does nothing at rest when nothing moved, and a jump ends a move at once', () => {
    const { result } = renderView();
    act(() => {
      useAppStore.getState().setWindow([10 * DAY, 20 * DAY]);
      result.current.rest();
    });
    expect(useAppStore.getState().view.window).toEqual([10 * DAY, 20 * DAY]);
    act(() => {
      result.current.move([30 * DAY, 40 * DAY]);
      result.current.jump([100 * DAY, 110 * DAY]);
    });
    expect(result.current.moving).toBe(false);
    expect(result.current.range).toEqual([100 * DAY, 110 * DAY]);
    act(() => {
      result.current.rest();
    });
    expect(useAppStore.getState().view.window).toEqual([100 * DAY, 110 * DAY]);
  });
});
