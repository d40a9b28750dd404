import type { EventKind } from '../../data/schema';

/** How each kind of event is named in the legend, lanes and tables. */
export const KIND_LABELS: Record<EventKind, string> = {
  visit: 'Visit',
  meeting: 'Meeting',
  statement: 'Statement',
  announcement: 'Announcement',
  contract: 'Contract',
  budget: 'Budget',
  attack: 'Attack',
  military: 'Military action',
  report: 'Report',
  reaction: 'Reaction',
  decision: 'Decision',
};
