import { rename, writeFile } from 'node:fs/promises';

/**
 * Writes JSON beside its destination, then renames it into place, so a reader never sees half a file.
 * `stripPrefix` (the repository root) is cut out of every string, so no machine's paths are recorded.
 */
export async function writeJsonAtomic(path: string, value: unknown, stripPrefix?: string): Promise<void> {
  const replacer = (_key: string, item: unknown) =>
    stripPrefix !== undefined && typeof item === 'string' ? item.split(stripPrefix).join('') : item;
  const temporary = `${path}.${String(process.pid)}.tmp`;
  await writeFile(temporary, `${JSON.stringify(value, replacer, 2)}\n`);
  await rename(temporary, path);
}
