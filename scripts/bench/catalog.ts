import type { Group, Unit } from './results';

/** Every measure the bench takes: its id (`group.family[.variant].size`), label and unit in one place. */
export interface MeasureBase {
  id: string;
  label: string;
  group: Group;
  unit: Unit;
}

const FILTER_LABELS: Record<string, string> = {
  actor: 'Filter change (actor)',
  kind: 'Filter change (kind)',
  text: 'Filter change (text search)',
  dateRange: 'Filter change (date range)',
  firstText: 'First text search (builds the text index)',
};

const FAMILIES: Record<string, { label: string; unit: Unit }> = {
  'node.compile': { label: 'Compile the dataset', unit: 'ms' },
  'node.validate': { label: 'Parse + validate + index', unit: 'ms' },
  'node.layoutTimeline': { label: 'Timeline layout at 1440 px', unit: 'ms' },
  'node.layoutBars': { label: 'Bar chart layout at 1440 px', unit: 'ms' },
  'build.js': { label: 'First-load JavaScript', unit: 'bytes' },
  'build.css': { label: 'First-load CSS', unit: 'bytes' },
  'browser.firstRender': { label: 'First render after the data arrived', unit: 'ms' },
  'browser.heap': { label: 'JS heap after load', unit: 'MB' },
  'browser.zoomPan': { label: 'Zoom/pan step: input to painted frame', unit: 'ms' },
  'browser.zoomPanFrames': { label: 'Zoom/pan: frame intervals', unit: 'ms' },
  'browser.brush': { label: 'Brush drag step: input to painted frame', unit: 'ms' },
  'browser.brushFrames': { label: 'Brush drag: frame intervals', unit: 'ms' },
  'browser.timelineNodes': {
    label: 'Timeline SVG elements after each zoom, pan or brush step',
    unit: 'elements',
  },
  'browser.exportPng2x': { label: 'Export PNG at 2x', unit: 'ms' },
  'browser.exportSvg': { label: 'Export SVG', unit: 'ms' },
};

function sizeLabel(size: string): string {
  if (size === 'seed') return 'seed data';
  if (size === 'raw' || size === 'gzip') return size;
  return `${size} events`;
}

export function measureBase(id: string): MeasureBase {
  const parts = id.split('.');
  const [group, family] = parts;
  const size = parts[parts.length - 1] ?? '';
  const key = `${group ?? ''}.${family ?? ''}`;
  if (key === 'node.filter') {
    const variant = parts[2] ?? '';
    const label = FILTER_LABELS[variant];
    if (label === undefined || parts.length !== 4) throw new Error(`Unknown filter measure "${id}".`);
    return { id, label: `${label}, ${sizeLabel(size)}`, group: 'node', unit: 'ms' };
  }
  const known = FAMILIES[key];
  if (known === undefined || parts.length !== 3) throw new Error(`Unknown measure "${id}".`);
  return { id, label: `${known.label}, ${sizeLabel(size)}`, group: group as Group, unit: known.unit };
}
