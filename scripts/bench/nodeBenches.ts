import { resolve } from 'node:path';
import { textOfEvents, type DatasetText } from '../../src/data/eventText';
import type { Dataset } from '../../src/data/schema';
import { validateDataset } from '../../src/data/validate';
import { emptyFilters, type Filters } from '../../src/state/filtersSlice';
import { exploreDataset } from '../../src/state/selectors';
import { measureBase } from './catalog';
import { barLayoutBench, timelineLayoutBench } from './layoutBenches';
import { measured, notMeasured, reasonOf, type BenchResult } from './results';
import { timeRuns } from './stats';

export interface NodeBenchInput {
  root: string;
  /** Generated datasets as JSON text, by size label ("1k", "10k", "100k"). */
  datasets: ReadonlyMap<string, string>;
  /** Timed runs per measure (fewer for the slow ones). */
  runs: number;
  log: (line: string) => void;
}

function parseAndValidate(text: string, label: string): Dataset {
  const result = validateDataset(JSON.parse(text));
  if (!result.ok) {
    const first = result.issues[0];
    throw new Error(`the ${label} dataset is invalid: ${first?.path ?? ''} ${first?.message ?? ''}`);
  }
  return result.dataset;
}

async function compileBench(input: NodeBenchInput): Promise<BenchResult> {
  const base = measureBase('node.compile.seed');
  try {
    // Imported when needed, so a compiler that cannot load yet leaves the other measures standing.
    const { compileDataset } = await import('../compile/compileDataset');
    const stats = await timeRuns(() => compileDataset({ root: resolve(input.root) }), { runs: input.runs });
    return measured(base, stats, 'compileDataset({ root }) from the YAML and source texts, nothing written');
  } catch (error) {
    return notMeasured(base, `compileDataset failed: ${reasonOf(error)}`);
  }
}

/** Parse the JSON text, validate it as the app does, and build the selectors' index (first filter pass). */
async function validateBenches(input: NodeBenchInput): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const [size, text] of input.datasets) {
    const base = measureBase(`node.validate.${size}`);
    try {
      const runs = size === '100k' ? Math.max(3, Math.ceil(input.runs / 2)) : input.runs;
      const stats = await timeRuns(() => exploreDataset(parseAndValidate(text, size), emptyFilters, null), {
        runs,
      });
      results.push(
        measured(base, stats, `JSON.parse of ${(text.length / 1e6).toFixed(1)} MB + validateDataset + index`),
      );
    } catch (error) {
      results.push(notMeasured(base, reasonOf(error)));
    }
  }
  return results;
}

const FILTER_NAMES = ['actor', 'kind', 'text', 'dateRange'] as const;
type FilterName = (typeof FILTER_NAMES)[number];

/** Two values per filter; the bench alternates between them, so every call is a real change. */
function filterStates(dataset: Dataset): Record<FilterName, [Partial<Filters>, Partial<Filters>]> {
  const [, second, third] = dataset.actors;
  return {
    actor: [{ actors: [second?.id ?? ''] }, { actors: [third?.id ?? ''] }],
    kind: [{ kinds: ['contract'] }, { kinds: ['attack', 'military'] }],
    text: [{ text: 'kyiv' }, { text: 'artillery shells' }],
    dateRange: [
      { from: '2023-01-01', to: '2023-06-30' },
      { from: '2023-03-01', to: '2023-09-30' },
    ],
  };
}

async function filterBenches(input: NodeBenchInput, loaded: LoadedDatasets): Promise<BenchResult[]> {
  const text = input.datasets.get('100k');
  const dataset = loaded.get('100k') ?? null;
  const failure = loaded.failures.get('100k') ?? 'the 100k dataset was not generated';
  const results: BenchResult[] = [];
  for (const name of FILTER_NAMES) {
    const base = measureBase(`node.filter.${name}.100k`);
    if (dataset === null) {
      results.push(notMeasured(base, failure));
      continue;
    }
    const subject = dataset;
    const subjectText = textOfEvents(subject.events);
    const states = filterStates(subject)[name];
    let flip = 0;
    const stats = await timeRuns(
      () => exploreDataset(subject, { ...emptyFilters, ...states[flip++ % 2] }, subjectText),
      { runs: input.runs * 3, warmup: 2 },
    );
    results.push(measured(base, stats, 'exploreDataset: the filtered view and the facet counts'));
  }
  if (dataset === null || text === undefined) return results;
  const base = measureBase('node.filter.firstText.100k');
  const stats = await timeRuns(
    (fresh: { dataset: Dataset; text: DatasetText }) =>
      exploreDataset(fresh.dataset, { ...emptyFilters, text: 'kyiv' }, fresh.text),
    {
      runs: Math.max(3, Math.ceil(input.runs / 2)),
      warmup: 0,
      prepare: () => {
        const fresh = parseAndValidate(text, '100k');
        exploreDataset(fresh, emptyFilters, null);
        return { dataset: fresh, text: textOfEvents(fresh.events) };
      },
    },
  );
  results.push(measured(base, stats));
  return results;
}

/** The generated datasets, parsed and validated once for the filter and layout measures. */
class LoadedDatasets extends Map<string, Dataset> {
  readonly failures = new Map<string, string>();

  static from(input: NodeBenchInput, sizes: readonly string[]): LoadedDatasets {
    const loaded = new LoadedDatasets();
    for (const size of sizes) {
      const text = input.datasets.get(size);
      try {
        if (text === undefined) throw new Error(`the ${size} dataset was not generated`);
        loaded.set(size, parseAndValidate(text, size));
      } catch (error) {
        loaded.failures.set(size, reasonOf(error));
      }
    }
    return loaded;
  }
}

async function layoutBenches(input: NodeBenchInput, loaded: LoadedDatasets): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const size of ['10k', '100k']) {
    const dataset = loaded.get(size);
    const failure = loaded.failures.get(size) ?? 'not loaded';
    if (dataset === undefined) {
      results.push(notMeasured(measureBase(`node.layoutTimeline.${size}`), failure));
      results.push(notMeasured(measureBase(`node.layoutBars.${size}`), failure));
      continue;
    }
    results.push(await timelineLayoutBench(dataset, size, input.runs));
    results.push(await barLayoutBench(dataset, size, input.runs));
  }
  return results;
}

export async function runNodeBenches(input: NodeBenchInput): Promise<BenchResult[]> {
  input.log('node: compile');
  const results = [await compileBench(input)];
  input.log('node: parse + validate + index');
  results.push(...(await validateBenches(input)));
  const loaded = LoadedDatasets.from(input, ['10k', '100k']);
  input.log('node: filter changes');
  results.push(...(await filterBenches(input, loaded)));
  input.log('node: layouts');
  results.push(...(await layoutBenches(input, loaded)));
  return results;
}
