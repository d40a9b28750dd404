import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  datasetProperty,
  emptyTally,
  parseJsonPath,
  readBundledDataset,
  urlParseProperty,
  urlRoundTripProperty,
} from './appProperties';

/** The sample run by the test suite; scripts/fuzz-app.ts runs 10,000 of each. */
const RUNS = 200;
const bundled = readBundledDataset();

describe('app input properties (a sample of the fuzz run)', () => {
  it(`loads or precisely refuses ${RUNS} mutated and truncated datasets`, () => {
    const tally = emptyTally();
    fc.assert(datasetProperty(bundled.text, tally), { numRuns: RUNS });
    // The sample reaches both sides: datasets that load and each common kind of refusal.
    expect(tally.loaded).toBeGreaterThan(0);
    expect(tally.invalid).toBeGreaterThan(0);
    expect(tally.json).toBeGreaterThan(0);
  }, 60_000);

  it(`parses ${RUNS} query strings into well-formed states`, () => {
    fc.assert(urlParseProperty(bundled.dataset), { numRuns: RUNS });
  });

  it(`round-trips the state of ${RUNS} query strings through the link`, () => {
    fc.assert(urlRoundTripProperty(bundled.dataset), { numRuns: RUNS });
  });
});

describe('parseJsonPath', () => {
  it('reads the paths the validator writes', () => {
    expect(parseJsonPath('(root)')).toEqual([]);
    expect(parseJsonPath('events[3].actors[0]')).toEqual(['events', 3, 'actors', 0]);
    expect(parseJsonPath('title')).toEqual(['title']);
  });

  it('refuses malformed paths', () => {
    for (const path of ['', '.title', 'events.', 'events[x]', 'events..a'])
      expect(parseJsonPath(path), path).toBeNull();
  });
});
