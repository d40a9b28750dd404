import type { Page } from '@playwright/test';
import { AIDLINE } from './aidlineTarget';
import { measureBase } from './catalog';
import { whyNotMeasured } from './firstRender';
import { dragBrush, filterChange, zoomAndPan, type Recording } from './interactions';
import { measured, notMeasured, type BenchResult } from './results';
import { pooledStats, stepTimes, unchangedNote } from './stepStats';

/** The measures taken on the last load of a size with interactions, as `browser.<key>.<size>`. */
export const INTERACTION_KEYS = [
  'zoomWheel',
  'zoomWheelDispatch',
  'panDrag',
  'brush',
  'zoomPanFrames',
  'timelineNodes',
  'filterChange',
];

/**
 * Zoom and pan, brush and filter changes on a loaded page, `repeats` times each (filter changes two
 * more), every step timed to the painted frame that answers it.
 */
export async function interactionResults(page: Page, size: string, repeats: number): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const base = (key: string) => measureBase(`browser.${key}.${size}`);
  const root = AIDLINE.probe.root;
  const zoom: Recording[] = [];
  const brush: Recording[] = [];
  try {
    for (let i = 0; i < repeats; i++) zoom.push(await zoomAndPan(page, root));
    results.push(
      measured(
        base('zoomWheel'),
        pooledStats(stepTimes(zoom, 'wheel', 'event'), repeats),
        `Ctrl + wheel: event.timeStamp to the end of the first frame painted with the chart changed${unchangedNote(zoom, 'wheel')}`,
      ),
      measured(
        base('zoomWheelDispatch'),
        pooledStats(stepTimes(zoom, 'wheel', 'dispatch'), repeats),
        'Ctrl + wheel: start of dispatch to the end of the same frame (the input queue left out)',
      ),
      measured(
        base('panDrag'),
        pooledStats(stepTimes(zoom, 'drag', 'event'), repeats),
        `mouse move with the button down: event.timeStamp to the end of the first frame painted with the chart changed${unchangedNote(zoom, 'drag')}`,
      ),
      measured(
        base('zoomPanFrames'),
        pooledStats(
          zoom.flatMap((r) => r.frameIntervals),
          repeats,
        ),
        'requestAnimationFrame intervals during the zoom and pan',
      ),
    );
  } catch (error) {
    for (const key of ['zoomWheel', 'zoomWheelDispatch', 'panDrag', 'zoomPanFrames'])
      results.push(notMeasured(base(key), whyNotMeasured(error)));
  }
  try {
    for (let i = 0; i < repeats; i++) brush.push(await dragBrush(page, root));
    results.push(
      measured(
        base('brush'),
        pooledStats(stepTimes(brush, 'drag', 'event'), repeats),
        `overview brush drag: event.timeStamp to the end of the first frame painted with the timeline changed${unchangedNote(brush, 'drag')}`,
      ),
    );
  } catch (error) {
    results.push(notMeasured(base('brush'), whyNotMeasured(error)));
  }
  const nodes = [...zoom, ...brush].flatMap((r) => r.steps.map((s) => s.nodes));
  results.push(
    nodes.length === 0
      ? notMeasured(base('timelineNodes'), 'no zoom, pan or brush step was recorded')
      : measured(
          base('timelineNodes'),
          pooledStats(nodes, repeats),
          'elements in the timeline SVG after each step',
        ),
  );
  try {
    results.push(
      measured(
        base('filterChange'),
        pooledStats(await filterChange(page, repeats + 2), repeats + 2),
        'click on a kind checkbox (event.timeStamp) to the end of the frame painted after its last DOM change',
      ),
    );
  } catch (error) {
    results.push(notMeasured(base('filterChange'), whyNotMeasured(error)));
  }
  return results;
}
