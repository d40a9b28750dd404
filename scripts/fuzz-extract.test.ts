/**
 * A sample of the extractor's property-based tests (scripts/fuzz-extract.ts runs 10,000 cases of
 * each): 200 generated cases per property, from a fixed seed so that a failure reproduces.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { PROPERTIES } from './fuzz-extract/properties';

const params = { numRuns: 200, seed: 20_241_102 };

describe('extractor properties (a sample; the fuzz script runs 10,000 cases each)', () => {
  it('money on any text: finite values, offsets that slice back', () => {
    fc.assert(PROPERTIES['money on any text'], params);
  });
  it('money on assembled articles: finite values, offsets that slice back', () => {
    fc.assert(PROPERTIES['money on assembled articles'], params);
  });
  it('an amount alone in a sentence is read whole, with its value and currency', () => {
    fc.assert(PROPERTIES['an amount alone in a sentence'], params);
  });
  it('dates on any text without a dateline: nothing inferred from a fixed reference', () => {
    fc.assert(PROPERTIES['dates on any text, no dateline'], params);
  });
  it('dates on any text with a dateline: real dates, offsets that slice back', () => {
    fc.assert(PROPERTIES['dates on any text, with a dateline'], params);
  });
  it('dates on assembled articles fall within the article era', () => {
    fc.assert(PROPERTIES['dates on assembled articles, within the era'], params);
  });
  it('a written date alone in a sentence is read as written', () => {
    fc.assert(PROPERTIES['a written date alone in a sentence'], params);
  });
  it('the whole extractor never throws and gives plain JSON', () => {
    fc.assert(PROPERTIES['the whole extractor on any text'], params);
  });
});
