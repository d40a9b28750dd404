import { describe, expect, it } from 'vitest';
import { bundled } from '../test/bundledDataset';
import { datasetHasDrafts } from './filterMasks';

describe('datasetHasDrafts', () => {
  const dataset = bundled;
  const reviewed = {
    ...dataset,
    events: dataset.events.map((e) => ({ ...e, draft: undefined })),
    amounts: dataset.amounts.map((a) => ({ ...a, draft: undefined })),
  };

  it('is false when every event and figure has been reviewed', () => {
    expect(datasetHasDrafts(reviewed)).toBe(false);
  });

  it('finds a draft event, and a draft figure under a reviewed event', () => {
    const [event, ...events] = reviewed.events;
    const [amount, ...amounts] = reviewed.amounts;
    if (event === undefined || amount === undefined) throw new Error('The bundled dataset is empty');
    expect(datasetHasDrafts({ ...reviewed, events: [{ ...event, draft: true }, ...events] })).toBe(true);
    expect(datasetHasDrafts({ ...reviewed, amounts: [{ ...amount, draft: true }, ...amounts] })).toBe(true);
  });
});
