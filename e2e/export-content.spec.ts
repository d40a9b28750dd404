import { readCsv } from '../src/test/readCsv';
import { expect, test, useTheme, waitForApp } from './fixtures';
import {
  column,
  dialogShown,
  dialogSvg,
  expectInert,
  exportFile,
  flagNotes,
  openDialog,
  parseSvgInPage,
  shownFigures,
  watchProblems,
} from './exportFiles';

test.describe('what exports hold', () => {
  watchProblems();
  test.beforeEach(async ({ page }) => {
    await useTheme(page, 'light');
  });

  test('the key names the stages drawn, and no export names a source id', async ({ page }) => {
    await page.goto('./');
    await waitForApp(page, 30_000);
    const json = JSON.parse(
      (await exportFile(page, 'dashboard', /Download data \(JSON\)/)).bytes.toString('utf8'),
    ) as {
      sources: { id: string }[];
      amounts: { stage: string }[];
      events: { kind: string }[];
    };
    const ids = json.sources.map((s) => s.id);
    expect(ids.length).toBeGreaterThan(0);
    const dialog = await openDialog(page, 'dashboard');
    await dialog.getByRole('checkbox', { name: /full provenance/ }).check();
    const file = await dialogSvg(page, dialog);
    const svg = await parseSvgInPage(page, file.text);
    for (const id of ids) expect(file.text.includes(id), `source id ${id} in the SVG`).toBe(false);
    const stages = new Set(json.amounts.map((a) => a.stage));
    expect(new Set(svg.keys.filter((k) => k.startsWith('stage-')))).toEqual(
      new Set([...stages].map((s) => `stage-${s}`)),
    );
    const kinds = new Set(json.events.map((e) => `kind-${e.kind}`));
    const keyKinds = svg.keys.filter((k) => k.startsWith('kind-') && kinds.has(k));
    expect(keyKinds.length).toBeGreaterThan(0);
    expect(svg.lines.heading).toContain('Timeline of events');
    expect(svg.lines.source).toMatch(/^Sources: .+ · \d+ articles · Aidline$/);
    expect(svg.text).toContain('USD basis');
  });

  test('caption and file name say the window and the figures drawn in it', async ({ page }) => {
    await page.goto('./?figview=time&window=2023-09-25,2023-10-01&publish=figures-time');
    await waitForApp(page, 30_000);
    const dialog = await dialogShown(page);
    const file = await dialogSvg(page, dialog);
    const svg = await parseSvgInPage(page, file.text);
    const count = Number(/(\d+) figures?/.exec(svg.lines.description)?.[1]);
    expect(count).toBeGreaterThan(0);
    // The window ends at the start of 1 Oct: it shows 25 to 30 September.
    expect(svg.lines.description).toContain('25–30 Sep 2023');
    expect(file.name).toBe(`aidline-figures-time-2023-09-25_2023-09-30-${count}-figures-light-600px.svg`);
    // A section with no figure in the window is not drawn as an empty panel; a note names it.
    expect(svg.text).not.toMatch(/· 0 figures/);
    expect(svg.lines.notes).toMatch(
      /Not drawn: running totals \(\d+ figures?\), (all )?dated outside this window\./,
    );
    // Each flag drawn is explained inside the image, after its mark, in plain words; bounded at 600 px.
    const flags = await flagNotes(page, file.text);
    expect(flags.marks).toBeGreaterThan(0);
    expect(flags.marks).toBeLessThanOrEqual(3);
    expect(flags.lines.length).toBeLessThanOrEqual(2 * flags.marks);
    expect(flags.lines.join(' ')).toContain('written as $1.54B');
    // Several bars carry the same mark: at the narrowest width too, each note names its figure.
    expect(flags.lines.join(' ')).toContain('NATO firm ammunition orders: €1B written as $1.54B');
    expect(flags.lines.join(' ')).not.toMatch(/implies|USD\/|see the CSV|"/);
  });

  test('the timeline image titles every event on its own at each width', async ({ page }) => {
    for (const width of [600, 800, 1200]) {
      await page.goto(`./?publish=timeline&pw=${width}`);
      await waitForApp(page, 30_000);
      const dialog = await dialogShown(page);
      const file = await dialogSvg(page, dialog);
      const svg = await parseSvgInPage(page, file.text);
      const events = Number(/^(\d+) events/.exec(svg.lines.description)?.[1]);
      expect(events, `${width} px`).toBeGreaterThan(20);
      expect(svg.lines.notes, `${width} px`).not.toContain('Named one by one');
      expect(svg.keys, `${width} px`).not.toContain('cluster');
      await page.keyboard.press('Escape');
    }
  });

  test('a dashboard in a window dates the events it follows, not the figures it does not', async ({
    page,
  }) => {
    await page.goto('./?window=2023-09-25,2023-10-01&publish=dashboard');
    await waitForApp(page, 30_000);
    const dialog = await dialogShown(page);
    const file = await dialogSvg(page, dialog);
    const svg = await parseSvgInPage(page, file.text);
    expect(svg.lines.description).toMatch(
      /^\d+ events dated 25–30 Sep 2023, and \d+ figures in US dollars, of all dates\.$/,
    );
    // The headline dates each part as drawn: the events in the window, the figures over their own dates.
    expect(svg.lines.headline).toMatch(
      /^Events, 25–30 Sep 2023, and military aid and state budget figures, \S.* \d{4}$/,
    );
  });

  test('an image that draws the rouble sign embeds the part of the font that has it', async ({ page }) => {
    await page.goto('./?publish=figures');
    await waitForApp(page, 30_000);
    const dialog = await dialogShown(page);
    const file = await dialogSvg(page, dialog);
    const svg = await parseSvgInPage(page, file.text);
    expect(svg.text).toContain('₽');
    // The Latin subset has no "₽": the file carries the Latin Extended subset too, as the screen loads it.
    expect(file.text.match(/@font-face\{/g)).toHaveLength(2);
    expect(file.text).toContain('U+20AD-20C0');
    expectInert(file.text);
  });

  test('a filtered export says so in its caption and file name', async ({ page }) => {
    await page.goto('./?from=2023-01-01&to=2023-12-31&publish=figures');
    await waitForApp(page, 30_000);
    const dialog = await dialogShown(page);
    const file = await dialogSvg(page, dialog);
    expect(file.name).toMatch(
      /^aidline-figures-2023-\d\d-\d\d_2023-\d\d-\d\d-filtered-\d+-figures-light-600px\.svg$/,
    );
    const svg = await parseSvgInPage(page, file.text);
    expect(svg.lines.description).toMatch(/Filtered to .*2023/);
  });

  test('the events CSV and the JSON hold the shown events and figures with citations', async ({ page }) => {
    await page.goto('./?from=2023-01-01&to=2023-12-31');
    await waitForApp(page, 30_000);
    const summary = (await page.locator('.summary-bar').textContent()) ?? '';
    const shownEvents = Number(/(\d+) of \d+ events/.exec(summary)?.[1] ?? NaN);

    const events = await exportFile(page, 'dashboard', /Download events \(CSV\)/);
    expect(events.name).toBe('aidline-events-2023-01-01_2023-12-31.csv');
    const rows = readCsv(events.bytes.toString('utf8'));
    expect(rows.length - 1).toBe(shownEvents);
    for (const cell of column(rows, 'citations')) expect(cell).toMatch(/: “.+”/s);

    const json = await exportFile(page, 'dashboard', /Download data \(JSON\)/);
    expect(json.name).toBe('aidline-data-2023-01-01_2023-12-31.json');
    const data = JSON.parse(json.bytes.toString('utf8')) as {
      filters: { from: string; to: string };
      events: { id: string; citations: unknown[] }[];
      amounts: { id: string; citations: unknown[] }[];
    };
    expect(data.filters).toMatchObject({ from: '2023-01-01', to: '2023-12-31' });
    expect(data.events.map((e) => e.id)).toEqual(column(rows, 'id'));
    expect(data.amounts).toHaveLength(await shownFigures(page));
    for (const item of [...data.events, ...data.amounts]) expect(item.citations.length).toBeGreaterThan(0);
  });
});
