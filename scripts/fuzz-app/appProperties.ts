import { textOfEvents } from '../../src/data/eventText';
/**
 * The app's input properties, shared by the test suite (a small sample) and scripts/fuzz-app.ts (the
 * full run):
 * - the dataset loader: any mutated or truncated dataset file is either loaded, with the derived views
 *   computable, or refused with a message that places the problem (a JSON path, or a line and column);
 * - URL state: any query string parses without throwing into a well-formed state, which round-trips
 *   through the link the app writes.
 */
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { parseDatasetBytes, type DatasetOutcome } from '../../src/data/datasetWorker';
import { datasetLookups } from '../../src/model/lookups';
import type { Dataset } from '../../src/data/schema';
import { AMOUNT_STAGES, EVENT_KINDS } from '../../src/data/vocabulary';
import { emptyFilters } from '../../src/state/filtersSlice';
import { exploreDataset } from '../../src/state/selectors';
import {
  decodeUrlState,
  encodeUrlState,
  MAX_QUERY_LENGTH,
  mergeSearch,
  type UrlState,
} from '../../src/state/url';
import { datasetMutation, mutateDataset, type DatasetMutation } from './datasetMutations';
import { queryString } from './queryStrings';

export const BUNDLED_DATASET = 'public/data/dataset.json';
/** The URL the mutated files are named by in messages. */
export const FUZZ_URL = 'fuzz/mutated.json';

export function readBundledDataset(): { text: string; dataset: Dataset } {
  const text = readFileSync(BUNDLED_DATASET, 'utf8');
  return { text, dataset: JSON.parse(text) as Dataset };
}

/** How the cases of the dataset property ended, for the report. */
export type DatasetTally = Record<'loaded' | 'invalid' | 'json' | 'html' | 'encoding' | 'other', number>;
export const emptyTally = (): DatasetTally => ({
  loaded: 0,
  invalid: 0,
  json: 0,
  html: 0,
  encoding: 0,
  other: 0,
});

const PATH_STEP = /\.?([^.[\]]+)|\[(\d+)\]/gy;

/** The steps of a JSON path as the validator writes it (`events[3].actors[0]`), or null if malformed. */
export function parseJsonPath(path: string): (string | number)[] | null {
  if (path === '(root)') return [];
  if (path === '') return null;
  const steps: (string | number)[] = [];
  PATH_STEP.lastIndex = 0;
  while (PATH_STEP.lastIndex < path.length) {
    const at = PATH_STEP.lastIndex;
    const match = PATH_STEP.exec(path);
    if (match === null || (at === 0 && path.startsWith('.'))) return null;
    steps.push(match[2] === undefined ? (match[1] ?? '') : Number(match[2]));
  }
  return steps;
}

function resolves(root: unknown, steps: readonly (string | number)[]): boolean {
  let node = root;
  for (const step of steps) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, step)) return false;
    node = (node as Record<string | number, unknown>)[step];
  }
  return true;
}

/**
 * What is wrong with the loader's answer to `bytes`, as a list of broken promises (empty when it kept
 * them all). `text` is the bytes decoded, for placing paths.
 */
export function outcomeProblems(bytes: Uint8Array, outcome: DatasetOutcome): string[] {
  const problems: string[] = [];
  if (outcome.ok) {
    // What the app derives first from a loaded dataset must not throw either.
    const { dataset } = outcome;
    datasetLookups(dataset);
    exploreDataset(dataset, emptyFilters, textOfEvents(dataset.events));
    exploreDataset(
      dataset,
      { ...emptyFilters, text: 'kyiv 2023', kinds: ['visit'] },
      textOfEvents(dataset.events),
    );
    decodeUrlState('?q=a&kinds=visit', dataset);
    return problems;
  }
  const { kind, message, issues } = outcome.error;
  if (!message.includes(FUZZ_URL)) problems.push(`the message does not name the file: ${message}`);
  switch (kind) {
    case 'json':
      if (!/ at line \d+, column \d+: \S| is empty: /.test(message))
        problems.push(`a JSON syntax error without its line and column: ${message}`);
      break;
    case 'encoding':
      if (!/at offset \d+ \(line \d+\)/.test(message))
        problems.push(`an encoding error without its place: ${message}`);
      break;
    case 'html': {
      const start = new TextDecoder().decode(bytes).trimStart();
      if (!start.startsWith('<'))
        problems.push(`called HTML although it does not start with "<": ${message}`);
      break;
    }
    case 'invalid': {
      const json: unknown = JSON.parse(new TextDecoder().decode(bytes));
      if (issues.length === 0) problems.push('a schema failure with no issues');
      for (const issue of issues) {
        const steps = parseJsonPath(issue.path);
        if (steps === null) problems.push(`a malformed JSON path: ${issue.path}`);
        // The value may be missing (that is often the problem), but the object that should hold it is there.
        else if (!resolves(json, steps.slice(0, -1)))
          problems.push(`a JSON path that leads nowhere: ${issue.path}`);
        if (issue.message.trim() === '') problems.push(`an issue without a message at ${issue.path}`);
      }
      break;
    }
    default:
      problems.push(`an unexpected kind of failure for a file: ${kind}`);
  }
  return problems;
}

/** Property 1: mutated and truncated datasets are loaded, or refused with a placed message; never a throw. */
export function datasetProperty(base: string, tally: DatasetTally = emptyTally()) {
  return fc.property(datasetMutation, (mutation: DatasetMutation) => {
    const bytes = mutateDataset(base, mutation);
    const outcome = parseDatasetBytes({
      url: FUZZ_URL,
      bytes: bytes.slice().buffer,
      contentType: 'application/json',
    });
    const kind = outcome.ok ? 'loaded' : outcome.error.kind;
    tally[kind in tally ? (kind as keyof DatasetTally) : 'other'] += 1;
    const problems = outcomeProblems(bytes, outcome);
    if (problems.length > 0) throw new Error(problems.join('\n'));
  });
}

const CONTROL_OR_LONE_SURROGATE = /[\p{Cc}\p{Cs}]/u;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What is wrong with a decoded state: values the app could not hold, or ids not in the dataset. */
export function stateProblems(state: UrlState, dataset: Dataset): string[] {
  const problems: string[] = [];
  const { filters: f, view: v, selection: s } = state;
  const actorIds = new Set(dataset.actors.map((a) => a.id));
  const amountIds = new Set(dataset.amounts.map((a) => a.id));
  const eventIds = new Set(dataset.events.map((e) => e.id));
  const unique = (list: readonly string[]) => new Set(list).size === list.length;
  if (!f.actors.every((id) => actorIds.has(id)) || !unique(f.actors))
    problems.push(`actors: ${f.actors.join(',')}`);
  if (!f.kinds.every((k) => (EVENT_KINDS as readonly string[]).includes(k)) || !unique(f.kinds))
    problems.push('kinds');
  if (!f.stages.every((k) => (AMOUNT_STAGES as readonly string[]).includes(k)) || !unique(f.stages))
    problems.push('stages');
  for (const bound of [f.from, f.to])
    if (bound !== null && !ISO_DAY.test(bound)) problems.push(`a date: ${bound}`);
  if (f.from !== null && f.to !== null && f.from > f.to)
    problems.push(`a reversed range: ${f.from} > ${f.to}`);
  if (f.text.length > MAX_QUERY_LENGTH) problems.push(`a search of ${f.text.length} characters`);
  if (f.text !== f.text.trim() || CONTROL_OR_LONE_SURROGATE.test(f.text)) problems.push('an unclean search');
  if (v.window !== null && !(Number.isFinite(v.window[0]) && v.window[0] < v.window[1]))
    problems.push(`a window: ${v.window.join(',')}`);
  if (s.eventId !== null && !eventIds.has(s.eventId)) problems.push(`an event: ${s.eventId}`);
  if (s.amountId !== null && !amountIds.has(s.amountId)) problems.push(`a figure: ${s.amountId}`);
  if (s.compare.length > 2 || !s.compare.every((id) => amountIds.has(id))) problems.push('compare');
  return problems;
}

/** Property 2: any query string parses, without throwing, into a state the app can hold. */
export function urlParseProperty(dataset: Dataset) {
  return fc.property(queryString(dataset), (search) => {
    const problems = stateProblems(decodeUrlState(search, dataset), dataset);
    if (problems.length > 0) throw new Error(`decoded state is not well-formed: ${problems.join('; ')}`);
  });
}

/**
 * Property 3: the parsed state round-trips: its link parses to the same state, the link is canonical
 * (writing it again gives the same text), and the link the app writes into the address bar, which keeps
 * parameters that are not ours, parses to the same state and keeps those parameters.
 */
export function urlRoundTripProperty(dataset: Dataset) {
  return fc.property(queryString(dataset), (search) => {
    const state = decodeUrlState(search, dataset);
    const encoded = encodeUrlState(state);
    const again = decodeUrlState(encoded, dataset);
    if (!isDeepStrictEqual(again, state))
      throw new Error(
        `parse(serialize(s)) differs from s:\n${JSON.stringify(again)}\n${JSON.stringify(state)}`,
      );
    if (encodeUrlState(again) !== encoded) throw new Error(`the link is not canonical: ${encoded}`);
    const merged = mergeSearch(search, encoded);
    if (!isDeepStrictEqual(decodeUrlState(merged, dataset), state))
      throw new Error(`the address bar's query parses to another state: ${merged}`);
    const datasets = (q: string) => new URLSearchParams(q).getAll('dataset');
    if (!isDeepStrictEqual(datasets(merged), datasets(search)))
      throw new Error(
        `the dataset parameter changed: ${JSON.stringify(datasets(search))} -> ${JSON.stringify(datasets(merged))}`,
      );
  });
}
