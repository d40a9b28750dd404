interface TimelineHelpProps {
  helpId: string;
  brushHelpId: string;
  /** What the keyboard focus moved to, read out as it changes. */
  announcement: string;
}

/** What a screen reader hears about the timeline: how its keys work, and where the focus went. */
export function TimelineHelp({ helpId, brushHelpId, announcement }: TimelineHelpProps) {
  return (
    <>
      <p id={helpId} className="visually-hidden">
        Arrow keys move between events: left and right in time, up and down between lanes and rows. Enter
        opens an event, or lists the events of a group. Plus and minus zoom, 0 fits all, Home and End go to
        the first and last event.
      </p>
      <p id={brushHelpId} className="visually-hidden">
        Left and right arrows move the window, up and down zoom it, Home and End go to the start and the end.
      </p>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </>
  );
}
