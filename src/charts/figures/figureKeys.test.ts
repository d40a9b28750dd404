import type { KeyboardEvent } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { handleFigureKey } from './figureKeys';

function press(key: string) {
  const event = { key, preventDefault: vi.fn() };
  const actions = { select: vi.fn(), toggleCompare: vi.fn(), hideTip: vi.fn() };
  handleFigureKey(event as unknown as KeyboardEvent, actions);
  return { event, actions };
}

describe('handleFigureKey', () => {
  it.each(['Enter', ' '])('selects the figure on %j and keeps the page from scrolling', (key) => {
    const { event, actions } = press(key);
    expect(actions.select).toHaveBeenCalledOnce();
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it.each(['c', 'C'])('toggles the comparison on %j', (key) => {
    expect(press(key).actions.toggleCompare).toHaveBeenCalledOnce();
  });

  it('hides the tooltip on Escape', () => {
    expect(press('Escape').actions.hideTip).toHaveBeenCalledOnce();
  });

  it('leaves other keys alone', () => {
    const { event, actions } = press('x');
    expect(event.preventDefault).not.toHaveBeenCalled();
    expect(
      [actions.select, actions.toggleCompare, actions.hideTip].every((f) => f.mock.calls.length === 0),
    ).toBe(true);
  });
});
