import type { EventKind } from '../data/schema';
import './kindColors.css';

/** The colour family of each kind of event (the values are in kindColors.css, per theme). */
export const KIND_FAMILY: Record<EventKind, string> = {
  visit: 'diplomacy',
  meeting: 'diplomacy',
  statement: 'words',
  reaction: 'words',
  announcement: 'money',
  contract: 'money',
  budget: 'money',
  decision: 'decision',
  attack: 'force',
  military: 'force',
  report: 'report',
};

/** The mark colour of a kind, as a CSS value that follows the theme. */
export function kindColor(kind: EventKind): string {
  return `var(--kind-${KIND_FAMILY[kind]})`;
}
