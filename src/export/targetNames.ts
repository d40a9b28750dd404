import type { ExportTarget } from './fileName';

/** Titles of the exported images. The dashboard takes the dataset's title. */
export const TARGET_TITLES: Record<Exclude<ExportTarget, 'dashboard'>, string> = {
  timeline: 'Timeline of events',
  figures: 'Money figures, in US dollars',
  'figures-time': 'Money figures over time, in US dollars',
};

/** How the export menus name what they export, for their accessible names. */
export const TARGET_NAMES: Record<ExportTarget, string> = {
  timeline: 'timeline',
  figures: 'figures chart',
  'figures-time': 'figures over time chart',
  dashboard: 'dashboard',
};
