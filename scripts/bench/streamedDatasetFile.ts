import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Dataset } from '../../src/data/schema';

/**
 * Writes a dataset as dataset.json, one record at a time: the text of a million events is longer than
 * the longest string V8 can hold, so it is never built whole. The file holds the same JSON value as
 * JSON.stringify(dataset), with events and amounts written last.
 */
export async function writeDatasetFile(path: string, dataset: Dataset): Promise<void> {
  const out = createWriteStream(path);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  try {
    const head = Object.entries(dataset).filter(([key]) => key !== 'events' && key !== 'amounts');
    await write('{');
    for (const [i, [key, value]] of head.entries())
      await write(`${i === 0 ? '' : ','}${JSON.stringify(key)}:${JSON.stringify(value)}`);
    for (const key of ['events', 'amounts'] as const) {
      await write(`${head.length === 0 && key === 'events' ? '' : ','}"${key}":[`);
      for (const [i, record] of dataset[key].entries())
        await write(`${i === 0 ? '' : ','}${JSON.stringify(record)}`);
      await write(']');
    }
    await write('}');
  } finally {
    out.end();
    await once(out, 'close');
  }
}
