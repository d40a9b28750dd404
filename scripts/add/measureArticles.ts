/**
 * How much of what an analyst would annotate `npm run add` drafts on articles it was not built from.
 * Each article is added on its own to a scratch copy of the dataset (the curated sources and
 * annotations, so the actors it already knows are known) and its drafts are compared with the
 * figures and events written down by hand in an expectations file:
 *
 *   - figures: an expected figure is found when a drafted figure has the same value and currency;
 *     a drafted figure that matches neither an expected nor an optional figure is a false figure, and
 *     a second draft of the same value and currency is a repeat (the curator merges or deletes it);
 *   - events: an expected event is found when a drafted event has the same date (same precision)
 *     and an actor whose name or alias is one of the expected event's actors.
 *
 *   npx tsx scripts/add/measureArticles.ts EXPECTED.json [--verbose]
 *
 * EXPECTED.json lists `{ file, published?, figures, optionalFigures?, events }` per article, `file`
 * relative to the expectations file. The articles stay outside the repository: their text is an
 * outlet's, not ours.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import type { Actor, AidEvent, Amount } from '../../src/data/schema';
import { compileDataset } from '../compile/compileDataset';
import { writeFilesAtomic } from '../compile/outputs';
import { REPOSITORY } from '../compile/testRoot';
import { planAdd } from './addArticle';

const figure = z.object({ value: z.number(), currency: z.string(), what: z.string().optional() });
const expectedArticle = z.object({
  file: z.string(),
  published: z.string().optional(),
  figures: z.array(figure),
  optionalFigures: z.array(figure).optional(),
  events: z.array(z.object({ date: z.string(), actors: z.array(z.string()).min(1), what: z.string() })),
});
export const expectations = z.array(expectedArticle);
export type ExpectedArticle = z.infer<typeof expectedArticle>;

export interface ArticleMeasure {
  file: string;
  figures: { expected: number; found: number; missed: string[]; false: string[]; repeated: number };
  events: { expected: number; found: number; missed: string[] };
  drafted: { events: AidEvent[]; amounts: Amount[]; actors: Actor[] };
}

const sameFigure = (a: { value: number; currency: string }, b: { value: number; currency: string }) =>
  a.value === b.value && a.currency === b.currency;

export async function measureArticle(article: ExpectedArticle, base: string): Promise<ArticleMeasure> {
  const root = mkdtempSync(join(tmpdir(), 'aidline-articles-'));
  try {
    cpSync(join(REPOSITORY, 'data/sources'), join(root, 'data/sources'), { recursive: true });
    cpSync(join(REPOSITORY, 'data/annotations.yaml'), join(root, 'data/annotations.yaml'));
    const plan = await planAdd({
      root,
      file: resolve(base, article.file),
      ...(article.published === undefined ? {} : { published: article.published }),
    });
    writeFilesAtomic(plan.writes.map((w) => ({ path: join(root, w.path), text: w.content })));
    const dataset = compileDataset({ root }).dataset;
    const ours = (cited: { citations: { source: string }[] }) =>
      cited.citations.some((c) => plan.sourceIds.includes(c.source));
    const amounts = dataset.amounts.filter(ours);
    const events = dataset.events.filter(ours);
    const names = new Map(
      dataset.actors.map((a) => [a.id, [a.name, ...a.aliases].map((n) => n.toLowerCase())]),
    );
    const optional = article.optionalFigures ?? [];
    const missedFigures = article.figures.filter((f) => !amounts.some((a) => sameFigure(a, f)));
    const falseFigures = amounts.filter(
      (a) => ![...article.figures, ...optional].some((f) => sameFigure(a, f)),
    );
    const missedEvents = article.events.filter(
      (e) =>
        !events.some(
          (d) =>
            d.date === e.date &&
            d.actors.some((id) => e.actors.some((n) => names.get(id)?.includes(n.toLowerCase()))),
        ),
    );
    const drafted = new Set([...events, ...amounts].flatMap((x) => ('actors' in x ? x.actors : [])));
    return {
      file: article.file,
      figures: {
        expected: article.figures.length,
        found: article.figures.length - missedFigures.length,
        missed: missedFigures.map((f) => `${f.value} ${f.currency}${f.what ? ` (${f.what})` : ''}`),
        false: falseFigures.map((a) => `${a.value} ${a.currency} (${a.id})`),
        repeated: amounts.filter((a, i) => amounts.findIndex((b) => sameFigure(a, b)) < i).length,
      },
      events: {
        expected: article.events.length,
        found: article.events.length - missedEvents.length,
        missed: missedEvents.map((e) => `${e.date} ${e.actors.join('/')}: ${e.what}`),
      },
      drafted: { events, amounts, actors: dataset.actors.filter((a) => drafted.has(a.id)) },
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const percent = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(1)}%`;

export function articlesReport(measures: readonly ArticleMeasure[], verbose: boolean): string {
  const sum = (pick: (m: ArticleMeasure) => number) => measures.reduce((s, m) => s + pick(m), 0);
  const lines: string[] = [];
  for (const m of measures) {
    lines.push(
      `${m.file}: figures ${m.figures.found}/${m.figures.expected}, false ${m.figures.false.length}, repeated ${m.figures.repeated}; events ${m.events.found}/${m.events.expected}`,
    );
    for (const f of m.figures.missed) lines.push(`  missed figure: ${f}`);
    for (const f of m.figures.false) lines.push(`  false figure: ${f}`);
    for (const e of m.events.missed) lines.push(`  missed event: ${e}`);
    if (verbose) {
      for (const e of m.drafted.events)
        lines.push(
          `  drafted event ${e.date} [${e.kind}] "${e.title}" at ${e.location ?? '-'} (${e.actors.join(', ')})`,
        );
      for (const a of m.drafted.amounts)
        lines.push(
          `  drafted figure ${a.value} ${a.currency} ${a.stage} ${a.bound} "${a.label}" ${a.donor} -> ${a.recipient ?? '-'}`,
        );
    }
  }
  const figures = sum((m) => m.figures.expected);
  const found = sum((m) => m.figures.found);
  const events = sum((m) => m.events.expected);
  const eventsFound = sum((m) => m.events.found);
  const titles = measures.flatMap((m) => m.drafted.events.map((e) => e.title));
  const located = sum((m) => m.drafted.events.filter((e) => e.location !== null).length);
  lines.push(
    `${measures.length} articles: figures found ${found}/${figures} = ${percent(found, figures)}; ` +
      `false figures ${sum((m) => m.figures.false.length)}; repeated figure drafts ${sum((m) => m.figures.repeated)}; events found ${eventsFound}/${events} = ${percent(eventsFound, events)}`,
    `  drafted events: ${titles.length}, titles cut with "…": ${titles.filter((t) => t.includes('…')).length}, with a location: ${located}`,
  );
  return lines.join('\n');
}

if (process.argv[1]?.endsWith('measureArticles.ts')) {
  const file = process.argv[2];
  if (file === undefined || file.startsWith('-')) {
    console.error('usage: npx tsx scripts/add/measureArticles.ts EXPECTED.json [--verbose]');
    process.exit(2);
  }
  const list = expectations.parse(JSON.parse(readFileSync(file, 'utf8')));
  const measures: ArticleMeasure[] = [];
  for (const article of list) measures.push(await measureArticle(article, dirname(resolve(file))));
  console.log(articlesReport(measures, process.argv.includes('--verbose')));
}
