/**
 * JSON.parse gives every string value its own copy, so a large dataset holds the same ids, dates and
 * vocabulary words tens of thousands of times over (at 100k events, about a fifth of the page's heap).
 * Keeping one copy of each short value changes no value and no object: only which copy a field points to.
 */

/** Longer strings (titles, summaries, quotes) are nearly all distinct: looking them up would only cost time. */
export const MAX_SHARED_LENGTH = 48;

/** How long one slice of the work may hold the page before it yields, in ms. */
const SLICE_MS = 8;

type Share = (text: string) => string;

/** Points every short string inside `value` (an object or array parsed from JSON) to its shared copy. */
function visit(value: unknown, share: Share): void {
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    const list = value as unknown[];
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      if (typeof item === 'string') list[i] = share(item);
      else visit(item, share);
    }
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const item = record[key];
    if (typeof item === 'string') record[key] = share(item);
    else visit(item, share);
  }
}

const nextTask = () =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, 0);
  });

/**
 * Replaces, in place, every string of at most MAX_SHARED_LENGTH characters in parsed JSON by the first
 * equal string met. The top level's arrays (a dataset's collections) are walked item by item in slices
 * of a few milliseconds, so a large dataset never holds the page for long; resolves when all is done.
 */
export async function shareStrings(json: unknown): Promise<void> {
  if (typeof json !== 'object' || json === null) return;
  const shared = new Map<string, string>();
  const share: Share = (text) => {
    if (text.length > MAX_SHARED_LENGTH) return text;
    const known = shared.get(text);
    if (known !== undefined) return known;
    shared.set(text, text);
    return text;
  };
  const top = json as Record<string, unknown>;
  let sliceStart = performance.now();
  for (const key of Object.keys(top)) {
    const value = top[key];
    if (!Array.isArray(value)) {
      if (typeof value === 'string') top[key] = share(value);
      else visit(value, share);
      continue;
    }
    const list = value as unknown[];
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      if (typeof item === 'string') list[i] = share(item);
      else visit(item, share);
      if ((i & 63) === 63 && performance.now() - sliceStart > SLICE_MS) {
        await nextTask();
        sliceStart = performance.now();
      }
    }
  }
}
