import { useEffect, useState } from 'react';

/** How long the hint stays after the last plain wheel, in ms. */
const SHOWN_FOR = 1500;

/** The modifier key that turns the wheel into zoom: ⌘ on Apple systems, Ctrl elsewhere. */
export function zoomModifier(platform: string): string {
  return /Mac|iPhone|iPad|iPod/i.test(platform) ? '⌘' : 'Ctrl';
}

/**
 * The hint a plain wheel over the chart shows, as maps do: the wheel scrolls the page, and zooming takes
 * a modifier. `shown` counts the plain wheels; each one keeps the hint up a little longer.
 */
export function WheelHint({ shown }: { shown: number }) {
  // The count of wheels when the hint last went away: it shows while more have come since.
  const [expired, setExpired] = useState(0);
  useEffect(() => {
    if (shown === 0) return;
    const timer = window.setTimeout(() => {
      setExpired(shown);
    }, SHOWN_FOR);
    return () => {
      window.clearTimeout(timer);
    };
  }, [shown]);
  if (shown === expired) return null;
  const key = zoomModifier(navigator.platform || navigator.userAgent);
  return (
    <div className="tl-wheel-hint" aria-hidden="true">
      Use {key} + scroll to zoom
    </div>
  );
}
