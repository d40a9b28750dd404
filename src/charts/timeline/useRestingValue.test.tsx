// @vitest-environment jsdom
import { cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useRestingValue } from './useRestingValue';

interface Props {
  value: string;
  moving: boolean;
}

function renderResting(value: string, moving = false) {
  const initialProps: Props = { value, moving };
  return renderHook((props: Props) => useRestingValue(props.value, props.moving), { initialProps });
}

describe('useRestingValue', () => {
  afterEach(cleanup);

  it('follows the value at rest', () => {
    const { result, rerender } = renderResting('a');
    expect(result.current).toBe('a');
    rerender({ value: 'b', moving: false });
    expect(result.current).toBe('b');
  });

  it('keeps the value from before a move until the view rests', () => {
    const { result, rerender } = renderResting('a');
    rerender({ value: 'b', moving: true });
    expect(result.current).toBe('a');
    rerender({ value: 'c', moving: true });
    expect(result.current).toBe('a');
    rerender({ value: 'd', moving: false });
    expect(result.current).toBe('d');
    rerender({ value: 'e', moving: true });
    expect(result.current).toBe('d');
  });

  it('keeps what a move ends on for the next move', () => {
    const { result, rerender } = renderResting('a');
    rerender({ value: 'b', moving: true });
    rerender({ value: 'b', moving: false });
    rerender({ value: 'c', moving: true });
    expect(result.current).toBe('b');
  });
});
