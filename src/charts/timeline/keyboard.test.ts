import { describe, expect, it } from 'vitest';
import { timelineKeyAction } from './keyboard';

describe('timelineKeyAction', () => {
  it('moves between events in time order, stopping at the ends', () => {
    expect(timelineKeyAction('ArrowRight', 3, 10)).toEqual({ type: 'focus', index: 4 });
    expect(timelineKeyAction('ArrowLeft', 3, 10)).toEqual({ type: 'focus', index: 2 });
    expect(timelineKeyAction('ArrowRight', 9, 10)).toEqual({ type: 'focus', index: 9 });
    expect(timelineKeyAction('ArrowLeft', 0, 10)).toEqual({ type: 'focus', index: 0 });
    expect(timelineKeyAction('PageDown', 5, 10)).toEqual({ type: 'focus', index: 9 });
  });

  it('starts from the first or the last event when none is focused', () => {
    expect(timelineKeyAction('ArrowRight', null, 10)).toEqual({ type: 'focus', index: 0 });
    expect(timelineKeyAction('ArrowLeft', null, 10)).toEqual({ type: 'focus', index: 9 });
  });

  it('jumps to the ends with Home and End', () => {
    expect(timelineKeyAction('Home', 5, 10)).toEqual({ type: 'focus', index: 0 });
    expect(timelineKeyAction('End', 5, 10)).toEqual({ type: 'focus', index: 9 });
  });

  it('selects with Enter only when an event is focused, and zooms with + and -', () => {
    expect(timelineKeyAction('Enter', 2, 10)).toEqual({ type: 'select' });
    expect(timelineKeyAction('Enter', null, 10)).toBeNull();
    expect(timelineKeyAction('+', null, 10)).toEqual({ type: 'zoom', factor: 2 });
    expect(timelineKeyAction('-', null, 10)).toEqual({ type: 'zoom', factor: 0.5 });
    expect(timelineKeyAction('0', null, 10)).toEqual({ type: 'fit' });
  });

  it('does nothing without events or for other keys', () => {
    expect(timelineKeyAction('ArrowRight', null, 0)).toBeNull();
    expect(timelineKeyAction('Home', null, 0)).toBeNull();
    expect(timelineKeyAction('a', 1, 10)).toBeNull();
  });
});
