interface Scheduler {
  yield?: () => Promise<void>;
}

/** Lets the page handle input and paint before the next step of a long task. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
