import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { measureBase } from './catalog';
import { openPage, whyNotMeasured, type BenchTarget } from './firstRender';
import { zoomAndPan, type Recording } from './interactions';
import { measured, notMeasured, type BenchResult } from './results';
import type { StaticServer } from './staticServer';
import { pooledStats, stepTimes } from './stepStats';
import type { SizeCache } from './transfer';

/** Where the floor page is written, inside the folder the bench serves. */
export const INPUT_FLOOR_DIR = 'input-floor';

/** The measures of the floor page, as `browser.<key>.rect`. */
export const INPUT_FLOOR_IDS = ['browser.inputFloorWheel.rect', 'browser.inputFloorDrag.rect'];

/**
 * A page that answers each input as the timeline does, and does nothing else: a non-passive wheel
 * listener that cancels the page's scroll (as d3-zoom's does) and a drag, each moving one rectangle.
 * Its steps time what the browser and the machine add between an input event and the frame that
 * answers it: no page's step is faster.
 */
const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>Input floor</title>
  </head>
  <body style="margin: 0">
    <svg id="floor" width="1200" height="500" role="img" aria-label="One rectangle">
      <rect class="mark" x="10" y="10" width="20" height="20" fill="#0072b2" />
    </svg>
    <script src="floor.js"></script>
  </body>
</html>
`;

const SCRIPT = `const svg = document.getElementById('floor');
const mark = svg.querySelector('.mark');
let x = 10;
const move = (dx) => {
  x = (x + dx + 1000) % 1000;
  mark.setAttribute('x', String(x));
};
svg.addEventListener('wheel', (event) => { event.preventDefault(); move(event.deltaY < 0 ? 7 : -7); }, { passive: false });
svg.addEventListener('mousemove', (event) => { if (event.buttons !== 0) move(event.movementX || 3); });
`;

/** Writes the floor page into the served folder. */
export async function writeInputFloorPage(distDir: string): Promise<void> {
  const dir = join(distDir, INPUT_FLOOR_DIR);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'index.html'), PAGE);
  await writeFile(join(dir, 'floor.js'), SCRIPT);
}

const FLOOR: BenchTarget = {
  name: 'input floor',
  url: (server) => `${server.url}${INPUT_FLOOR_DIR}/index.html`,
  probe: { marks: '#floor .mark', root: '#floor' },
  timeoutMs: 30_000,
};

/**
 * The bench's own zoom and pan sequence (see zoomAndPan), `repeats` times on the floor page, timed with the
 * same probe from each input event: what a step of the timeline would take if it did nothing.
 */
export async function inputFloorResults(
  browser: Browser,
  server: StaticServer,
  sizes: SizeCache,
  repeats: number,
): Promise<BenchResult[]> {
  const [wheelId = '', dragId = ''] = INPUT_FLOOR_IDS;
  try {
    const loaded = await openPage(browser, server, FLOOR, 'rect', sizes);
    const recordings: Recording[] = [];
    try {
      for (let i = 0; i < repeats; i++) recordings.push(await zoomAndPan(loaded.page, FLOOR.probe.root));
    } finally {
      await loaded.page.context().close();
    }
    return [
      measured(
        measureBase(wheelId),
        pooledStats(stepTimes(recordings, 'wheel', 'event'), repeats),
        'the zoom sequence of browser.zoomWheel: event.timeStamp to the end of the first frame painted with the rectangle moved',
      ),
      measured(
        measureBase(dragId),
        pooledStats(stepTimes(recordings, 'drag', 'event'), repeats),
        'the pan sequence of browser.panDrag: event.timeStamp to the end of the first frame painted with the rectangle moved',
      ),
    ];
  } catch (error) {
    const reason = whyNotMeasured(error);
    return INPUT_FLOOR_IDS.map((id) => notMeasured(measureBase(id), reason));
  }
}
