import { useState } from 'react';

/**
 * A value as it was when the view last rested: the value itself at rest, and while the view moves the one
 * from before the move. What follows it (the names a screen reader hears, the outline of the events in
 * view) changes once per move, not at every new layout in the middle of a gesture.
 */
export function useRestingValue<T>(value: T, moving: boolean): T {
  const [rested, setRested] = useState(value);
  if (moving) return rested;
  if (!Object.is(rested, value)) setRested(value);
  return value;
}
