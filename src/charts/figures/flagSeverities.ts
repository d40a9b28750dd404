import type { Flag } from '../../data/schema';

/** Flag severities, most serious first: the order keys list them in. */
const SEVERITIES: readonly Flag['severity'][] = ['error', 'warning', 'info'];

/** What a flag's colour says, where a key has to tell two colours apart. */
export const SEVERITY_WORDS: Record<Flag['severity'], string> = {
  error: 'likely wrong',
  warning: 'to check',
  info: 'note',
};

/**
 * The colours flagged marks are drawn in, most serious first: a flagged figure is drawn in the colour of
 * its first flag's severity, so a key shows one flag entry per severity here, and none without flags.
 */
export function drawnSeverities(rows: readonly { flags: readonly Flag[] }[]): Flag['severity'][] {
  const used = new Set(rows.flatMap((r) => (r.flags[0] === undefined ? [] : [r.flags[0].severity])));
  return SEVERITIES.filter((s) => used.has(s));
}
