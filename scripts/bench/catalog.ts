import type { Group, MeasureBase, Unit } from './results';

const FILTER_LABELS: Record<string, string> = {
  actor: 'Filter selectors in Node, no rendering (actor)',
  kind: 'Filter selectors in Node, no rendering (kind)',
  text: 'Filter selectors in Node, no rendering (text search)',
  dateRange: 'Filter selectors in Node, no rendering (date range)',
  firstText: 'First text search in Node (builds the text index)',
};

const FAMILIES: Record<string, { label: string; unit: Unit }> = {
  'node.compile': { label: 'Compile the dataset', unit: 'ms' },
  'node.validate': { label: 'Parse + validate + index in Node', unit: 'ms' },
  'node.layoutTimeline': { label: 'Timeline layout per zoom step at 1440 px in Node', unit: 'ms' },
  'node.layoutBars': { label: 'Bar chart layout at 1440 px in Node', unit: 'ms' },
  'build.js': { label: 'JavaScript index.html imports statically (build files)', unit: 'bytes' },
  'build.css': { label: 'CSS index.html links (build files)', unit: 'bytes' },
  'browser.firstRender': {
    label:
      'First render, dataset shipped with the app: navigation to the first painted frame with event marks',
    unit: 'ms',
  },
  'browser.firstRenderOwnFile': {
    label:
      "First render as a visitor's own file (?dataset=, validated before drawing): navigation to the first painted frame with event marks",
    unit: 'ms',
  },
  'browser.jsBeforeMarks': {
    label: 'JavaScript fetched before the first marks (page + workers), gzip',
    unit: 'bytes',
  },
  'browser.cssBeforeMarks': { label: 'CSS fetched before the first marks, gzip', unit: 'bytes' },
  'browser.fontBeforeMarks': { label: 'Fonts fetched before the first marks', unit: 'bytes' },
  'browser.dataBeforeMarks': { label: 'Data fetched before the first marks, uncompressed', unit: 'bytes' },
  'browser.allBeforeMarks': {
    label: 'Every byte fetched before the first marks (JS and CSS gzip, the rest as served)',
    unit: 'bytes',
  },
  'browser.heapAllThreads': {
    label: 'JS heap after load, all threads (window + live workers)',
    unit: 'MB',
  },
  'browser.heapWorkers': { label: 'JS heap after load, live workers only', unit: 'MB' },
  'browser.zoomWheel': {
    label: 'Zoom step (Ctrl + wheel): input event to painted frame with the chart changed',
    unit: 'ms',
  },
  'browser.zoomWheelDispatch': {
    label: 'Zoom step (Ctrl + wheel): dispatch to painted frame with the chart changed',
    unit: 'ms',
  },
  'browser.panDrag': {
    label: 'Pan step (drag): input event to painted frame with the chart changed',
    unit: 'ms',
  },
  'browser.inputFloorWheel': {
    label: 'Input floor, zoom step (Ctrl + wheel): input event to painted frame',
    unit: 'ms',
  },
  'browser.inputFloorDrag': {
    label: 'Input floor, pan step (drag): input event to painted frame',
    unit: 'ms',
  },
  'browser.brush': {
    label: 'Brush drag step: input event to painted frame with the timeline changed',
    unit: 'ms',
  },
  'browser.zoomPanFrames': { label: 'Zoom and pan: frame intervals', unit: 'ms' },
  'browser.timelineNodes': {
    label: 'Timeline SVG elements after each zoom, pan or brush step',
    unit: 'elements',
  },
  'browser.filterChange': {
    label: 'Filter change (kind checkbox): input event to painted frame of the whole view',
    unit: 'ms',
  },
  'browser.exportPng2x': { label: 'Export PNG at 2x: menu choice to downloaded file', unit: 'ms' },
  'browser.exportSvg': { label: 'Export SVG: menu choice to downloaded file', unit: 'ms' },
};

function sizeLabel(size: string): string {
  if (size === 'seed') return 'seed data';
  if (size === 'raw' || size === 'gzip') return size;
  if (size === 'rect') return 'a page that only moves one rectangle';
  return `${size} events`;
}

/** Every measure the bench takes: its id (`group.family[.variant].size`), label and unit in one place. */
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
