/** What a key does to the focused event of the timeline. */
export type TimelineKeyAction =
  | { type: 'focus'; index: number }
  | { type: 'select' }
  | { type: 'zoom'; factor: number }
  | { type: 'fit' }
  | null;

const PAGE = 10;

/**
 * Maps a key to an action, given the focused event (index in time order, or null) and how many events
 * there are. Arrows move one event in time order, Page Up/Down ten, Home/End to the ends; Enter or Space
 * selects; + and - zoom; 0 fits all.
 */
export function timelineKeyAction(key: string, focused: number | null, count: number): TimelineKeyAction {
  const last = count - 1;
  const move = (delta: number, fallback: number): TimelineKeyAction =>
    count === 0
      ? null
      : { type: 'focus', index: focused === null ? fallback : Math.min(last, Math.max(0, focused + delta)) };
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return move(1, 0);
    case 'ArrowLeft':
    case 'ArrowUp':
      return move(-1, last);
    case 'PageDown':
      return move(PAGE, 0);
    case 'PageUp':
      return move(-PAGE, last);
    case 'Home':
      return count === 0 ? null : { type: 'focus', index: 0 };
    case 'End':
      return count === 0 ? null : { type: 'focus', index: last };
    case 'Enter':
    case ' ':
      return focused === null ? null : { type: 'select' };
    case '+':
    case '=':
      return { type: 'zoom', factor: 2 };
    case '-':
    case '_':
      return { type: 'zoom', factor: 0.5 };
    case '0':
      return { type: 'fit' };
    default:
      return null;
  }
}
