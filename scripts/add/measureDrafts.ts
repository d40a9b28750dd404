/**
 * How much of the curated dataset `npm run add` drafts on its own. In a scratch copy of the data with
 * the curated events, figures and ignore entries removed (actors kept), each seed article is added
 * again; the drafts are compiled and compared with the curated annotations:
 *
 *   - figures: a curated figure is drafted when a drafted figure has the same value and currency;
 *   - events: a curated event is drafted when a drafted event has the same date (same precision)
 *     and at least one actor in common.
 *
 *   npx tsx scripts/add/measureDrafts.ts [--no-published] [--keep DIR]   (--keep: copy the drafted YAML files to DIR)
 *
 * By default each article is added with the publication date its curated source gives (as a curator
 * copying it from the web page would); with --no-published the dates are found in the text alone.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AidEvent, Amount, Dataset } from '../../src/data/schema';
import { ANNOTATIONS_PATH, compileDataset, SOURCES_PATH } from '../compile/compileDataset';
import { writeFilesAtomic } from '../compile/outputs';
import { REPOSITORY } from '../compile/testRoot';
import { planAdd } from './addArticle';

export interface DraftMeasure {
  figures: { curated: number; drafted: number; matched: number; missed: Amount[]; extra: Amount[] };
  events: { curated: number; drafted: number; matched: number; missed: AidEvent[] };
  /** Files written by a second run of add on each seed (should be none). */
  secondRunWrites: number;
  notes: string[];
}

/** The annotation file with its actors only: everything from `events:` on is emptied. */
export function actorsOnly(annotations: string): string {
  const at = annotations.search(/^events:/m);
  if (at < 0) throw new Error(`${ANNOTATIONS_PATH} has no events: list`);
  return `${annotations.slice(0, at)}events: []\namounts: []\nignore: []\n`;
}

export async function measureDrafts(options: { published: boolean; keep?: string }): Promise<DraftMeasure> {
  const curated: Dataset = compileDataset({ root: REPOSITORY }).dataset;
  const root = mkdtempSync(join(tmpdir(), 'aidline-measure-'));
  const notes: string[] = [];
  try {
    mkdirSync(join(root, 'data/sources'), { recursive: true });
    writeFileSync(join(root, SOURCES_PATH), 'sources: []\n');
    writeFileSync(
      join(root, ANNOTATIONS_PATH),
      actorsOnly(readFileSync(join(REPOSITORY, ANNOTATIONS_PATH), 'utf8')),
    );
    const seeds = readdirSync(join(REPOSITORY, 'data/sources'))
      .filter((name) => name.endsWith('.txt'))
      .sort();
    const add = async (name: string, again = false) => {
      const published =
        curated.sources.find((s) => s.file === `data/sources/${name}`)?.published ?? undefined;
      const plan = await planAdd({
        root,
        file: join(REPOSITORY, 'data/sources', name),
        ...(options.published && !again && published != null ? { published } : {}),
      });
      writeFilesAtomic(plan.writes.map((w) => ({ path: join(root, w.path), text: w.content })));
      notes.push(...plan.notes.map((n) => `${name}: ${n}`));
      return plan.writes.length;
    };
    for (const name of seeds) await add(name);
    let secondRunWrites = 0;
    for (const name of seeds) secondRunWrites += await add(name, true);

    const drafted = compileDataset({ root }).dataset;
    if (options.keep !== undefined)
      for (const file of [SOURCES_PATH, ANNOTATIONS_PATH])
        writeFileSync(join(options.keep, file.replace(/\//g, '_')), readFileSync(join(root, file)));
    const sameFigure = (a: Amount, b: Amount) => a.value === b.value && a.currency === b.currency;
    const figuresMissed = curated.amounts.filter((c) => !drafted.amounts.some((d) => sameFigure(c, d)));
    const figuresExtra = drafted.amounts.filter((d) => !curated.amounts.some((c) => sameFigure(c, d)));
    const sameEvent = (c: AidEvent, d: AidEvent) =>
      c.date === d.date && c.actors.some((a) => d.actors.includes(a));
    const eventsMissed = curated.events.filter((c) => !drafted.events.some((d) => sameEvent(c, d)));
    return {
      figures: {
        curated: curated.amounts.length,
        drafted: drafted.amounts.length,
        matched: curated.amounts.length - figuresMissed.length,
        missed: figuresMissed,
        extra: figuresExtra,
      },
      events: {
        curated: curated.events.length,
        drafted: drafted.events.length,
        matched: curated.events.length - eventsMissed.length,
        missed: eventsMissed,
      },
      secondRunWrites,
      notes,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const percent = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(1)}%`;

export function measureReport(m: DraftMeasure, published: boolean): string {
  const lines = [
    `Drafts of the five seed articles (${published ? 'added with their curated publication dates' : 'dates from the text alone'}):`,
    `  figures: ${m.figures.matched}/${m.figures.curated} curated figures drafted (same value and currency) = ${percent(m.figures.matched, m.figures.curated)}; ` +
      `${m.figures.drafted} drafted, ${m.figures.extra.length} matching no curated figure`,
    `  events:  ${m.events.matched}/${m.events.curated} curated events drafted (same date, an actor in common) = ${percent(m.events.matched, m.events.curated)}; ` +
      `${m.events.drafted} drafted`,
    `  adding the five articles a second time wrote ${m.secondRunWrites} file(s)`,
  ];
  for (const a of m.figures.missed) lines.push(`  missed figure: ${a.id} (${a.value} ${a.currency})`);
  for (const a of m.figures.extra) lines.push(`  extra figure: ${a.id} (${a.value} ${a.currency})`);
  for (const e of m.events.missed) lines.push(`  missed event: ${e.id} (${e.date}; ${e.actors.join(', ')})`);
  for (const n of m.notes) lines.push(`  note: ${n}`);
  return lines.join('\n');
}

if (process.argv[1]?.endsWith('measureDrafts.ts')) {
  const published = !process.argv.includes('--no-published');
  const keep = process.argv.indexOf('--keep');
  const dir = keep < 0 ? undefined : process.argv[keep + 1];
  console.log(
    measureReport(await measureDrafts({ published, ...(dir === undefined ? {} : { keep: dir }) }), published),
  );
}
