import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDataset } from './generate';
import { writeDatasetFile } from './streamedDatasetFile';

describe('writeDatasetFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'aidline-dataset-file-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the JSON value JSON.stringify would', async () => {
    const dataset = generateDataset({ events: 300, seed: 7 });
    const path = join(dir, 'dataset.json');
    await writeDatasetFile(path, dataset);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(JSON.parse(JSON.stringify(dataset)));
  });
});
