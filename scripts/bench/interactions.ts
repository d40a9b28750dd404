import type { Locator, Page } from '@playwright/test';
import { PageNotReady } from './firstRender';
import type { PageProbe, ProbeStep, StepKind } from './pageProbe';

/** Input steps and the intervals between painted frames during one scripted sequence. */
export interface Recording {
  steps: ProbeStep[];
  frameIntervals: number[];
}

/** Resolves once the frame after the last input has been painted: one input per frame, as a hand moves. */
async function nextFrame(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        requestAnimationFrame(() => {
          setTimeout(done, 0);
        });
      }),
  );
}

/** Back to the whole span ("Fit all"), so every repetition starts from the same view. */
export async function fitAll(page: Page): Promise<void> {
  const fit = page.getByRole('button', { name: 'Fit all', exact: true });
  if ((await fit.count()) === 0 || (await fit.getAttribute('aria-disabled')) === 'true') return;
  await fit.click();
  await page.waitForFunction(
    () => document.querySelector('button[aria-label="Fit all"]')?.getAttribute('aria-disabled') === 'true',
    null,
    { timeout: 5_000 },
  );
  await nextFrame(page);
}

/** How long a step may take to change the chart before it counts as having changed nothing. */
const STEP_TIMEOUT_MS = 2_000;

/**
 * Waits until the last input's change to the chart has been painted (or `STEP_TIMEOUT_MS` passed, when
 * the step is recorded as having changed nothing): each step is timed alone, never overlapping the next.
 */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    (timeout) => (window as unknown as { __probe: PageProbe }).__probe.settle(timeout),
    STEP_TIMEOUT_MS,
  );
}

async function record(page: Page, script: () => Promise<void>): Promise<Recording> {
  await page.evaluate(() => {
    (window as unknown as { __probe: PageProbe }).__probe.start();
  });
  await script();
  await nextFrame(page);
  await nextFrame(page);
  return page.evaluate(() => {
    const probe = (window as unknown as { __probe: PageProbe }).__probe;
    probe.stop();
    const frameIntervals = probe.frames.slice(1).map((t, i) => t - (probe.frames[i] ?? t));
    return { steps: probe.steps.slice(), frameIntervals };
  });
}

/** Whether any step of a kind changed the chart. */
const changedOn = (recording: Recording, kind: StepKind) =>
  recording.steps.some((s) => s.kind === kind && s.changed);

/** The middle of the part of an element inside the viewport, after scrolling it into view. */
async function centreOf(locator: Locator, what: string): Promise<{ x: number; y: number; width: number }> {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  const viewport = locator.page().viewportSize();
  if (box === null || viewport === null) throw new PageNotReady(`${what} is not visible`);
  const top = Math.max(0, box.y);
  const bottom = Math.min(viewport.height, box.y + box.height);
  const left = Math.max(0, box.x);
  const right = Math.min(viewport.width, box.x + box.width);
  if (bottom <= top || right <= left) throw new PageNotReady(`${what} is outside the viewport`);
  return { x: (left + right) / 2, y: (top + bottom) / 2, width: right - left };
}

async function drag(page: Page, from: { x: number; y: number }, dx: number, steps: number): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(from.x + (dx * i) / steps, from.y);
    await settle(page);
  }
  await page.mouse.up();
}

/**
 * The wheel step of a zoom: Ctrl + wheel zooms the timeline (a plain wheel scrolls the page), and
 * d3-zoom counts a Ctrl wheel ten times, so 15 px zoom as far as a plain 150 px step did before.
 */
const ZOOM_WHEEL = 15;

/**
 * From the whole span, zooms in with eight Ctrl + wheel steps over the middle of the chart (a plain
 * wheel scrolls the page), pans with a 20-step drag, and zooms back out. Each step waits for the chart's
 * change to be painted before the next. Fails when no wheel step changed the chart, so a dead surface is
 * never reported as fast.
 */
export async function zoomAndPan(page: Page, root: string): Promise<Recording> {
  const svg = page.locator(root).first();
  if ((await svg.count()) === 0) throw new PageNotReady(`the page has no ${root}`);
  await fitAll(page);
  const centre = await centreOf(svg, 'the chart');
  const recording = await record(page, async () => {
    await page.mouse.move(centre.x, centre.y);
    await page.keyboard.down('Control');
    for (let i = 0; i < 8; i++) {
      await page.mouse.wheel(0, -ZOOM_WHEEL);
      await settle(page);
    }
    await page.keyboard.up('Control');
    await drag(page, centre, -Math.min(300, centre.width / 4), 20);
    await page.keyboard.down('Control');
    for (let i = 0; i < 8; i++) {
      await page.mouse.wheel(0, ZOOM_WHEEL);
      await settle(page);
    }
    await page.keyboard.up('Control');
  });
  if (!changedOn(recording, 'wheel'))
    throw new PageNotReady(`the chart did not change within ${STEP_TIMEOUT_MS / 1000} s of Ctrl + wheel`);
  return recording;
}

/**
 * The app's main region while it still follows a filter change: it updates in stages (the box, the
 * timeline, then counts and figures) and is `aria-busy` until the last stage shows the new filters.
 */
const FOLLOWING_SELECTOR = 'main#main[aria-busy="true"]';

/**
 * How long nothing may change after the last stage before a filter change counts as done: a render
 * the last stage sets off (a size measured, a list that pages) is part of the change, and is caught.
 */
const QUIET_AFTER_FILTER_MS = 500;

/**
 * Resolves once the main region is no longer busy, the frame after the last DOM change has been
 * painted, and nothing changed for `quietMs` after that change.
 */
async function settled(page: Page, quietMs: number, timeoutMs: number): Promise<void> {
  await page.waitForFunction(
    ({ quiet, following }) => {
      const click = (window as unknown as { __probe: PageProbe }).__probe.click;
      if (click?.changedAt == null || click.settled === null) return false;
      if (document.querySelector(following) !== null) return false;
      return click.settled >= click.changedAt && performance.now() - click.changedAt > quiet;
    },
    { quiet: quietMs, following: FOLLOWING_SELECTOR },
    { timeout: timeoutMs, polling: 50 },
  );
}

/**
 * Toggles the first kind in the filter panel off and on again, `times` times each way. Each step is
 * timed from the click event's timestamp to the end of the frame painted after the last change it made
 * anywhere on the page (timeline, counts, tables): the whole filtered view on screen, once the app says
 * its last stage has drawn (the main region is no longer `aria-busy`).
 */
export async function filterChange(page: Page, times: number): Promise<number[]> {
  const box = page.locator('.filters-panel ul[data-facet="kinds"] input[type="checkbox"]').first();
  if ((await box.count()) === 0) throw new PageNotReady('the filter panel has no kind checkbox');
  if ((await page.locator('main#main').count()) === 0) throw new PageNotReady('the page has no main#main');
  const samples: number[] = [];
  await record(page, async () => {
    for (let i = 0; i < times * 2; i++) {
      await box.click();
      try {
        await settled(page, QUIET_AFTER_FILTER_MS, 20_000);
      } catch {
        throw new PageNotReady('a click on a kind filter was not followed to its last stage within 20 s');
      }
      samples.push(
        await page.evaluate(() => {
          const click = (window as unknown as { __probe: PageProbe }).__probe.click;
          return (click?.settled ?? 0) - (click?.at ?? 0);
        }),
      );
    }
  });
  return samples;
}

async function boxOf(locator: Locator, what: string) {
  if ((await locator.count()) === 0) throw new PageNotReady(`the timeline has no ${what}`);
  const box = await locator.boundingBox();
  if (box === null) throw new PageNotReady(`the ${what} is not visible`);
  return box;
}

/**
 * From the whole span, drags the brush's right handle to the middle of the overview (zooming in to the
 * left half), then drags the selection sideways (panning).
 */
export async function dragBrush(page: Page, root: string): Promise<Recording> {
  await fitAll(page);
  const card = page.locator('section', { has: page.locator(root) }).first();
  const overlay = await boxOf(
    card.locator('.brush .overlay, rect.overlay').first(),
    'd3-brush overlay (rect.overlay)',
  );
  const handle = await boxOf(card.locator('.handle--e').first(), 'brush handle (.handle--e)');
  const y = overlay.y + overlay.height / 2;
  // The handle overhangs the overview's right edge when the selection spans it all: press its inner half.
  const handleX = Math.min(handle.x + handle.width / 2, overlay.x + overlay.width - 2);
  const middle = overlay.x + overlay.width * 0.5;
  const recording = await record(page, async () => {
    await drag(page, { x: handleX, y }, middle - handleX, 20);
    const selection = await boxOf(
      card.locator('.brush .selection, rect.selection').first(),
      'brush selection',
    );
    await drag(page, { x: selection.x + selection.width / 2, y }, overlay.width * 0.15, 20);
  });
  if (!changedOn(recording, 'drag'))
    throw new PageNotReady('the timeline did not change while the brush was dragged');
  return recording;
}
