/**
 * When the first view of a dataset has been painted. The code of what sits below or beside it (the
 * figures panel's body, the details) waits for this, so it is fetched right after the timeline's first
 * marks rather than before them.
 */
let painted: () => void = () => undefined;
export const firstViewPainted = new Promise<void>((resolve) => {
  painted = resolve;
});

/** Called when the workspace has mounted: resolves `firstViewPainted` once two more frames are painted. */
export function noteFirstView(): void {
  requestAnimationFrame(() => {
    requestAnimationFrame(() => {
      setTimeout(painted, 0);
    });
  });
}
