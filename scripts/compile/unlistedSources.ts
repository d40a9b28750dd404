import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from './problems';
import type { SourceSpec } from './sourcesSchema';

export const SOURCES_DIR = 'data/sources';

/** A warning for each text in data/sources/ that sources.yaml does not list: it would never be read. */
export function unlistedSourceWarnings(
  root: string,
  specs: readonly SourceSpec[],
  overlay?: ReadonlyMap<string, string>,
): Problem[] {
  let names: string[];
  try {
    names = readdirSync(join(root, SOURCES_DIR));
  } catch {
    names = [];
  }
  for (const path of overlay?.keys() ?? []) {
    const name = path.slice(SOURCES_DIR.length + 1);
    if (path.startsWith(`${SOURCES_DIR}/`) && !name.includes('/') && !names.includes(name)) names.push(name);
  }
  const listed = new Set(specs.map((s) => s.file));
  return names
    .filter((name) => name.endsWith('.txt') && !listed.has(`${SOURCES_DIR}/${name}`))
    .sort()
    .map((name) => ({
      file: `${SOURCES_DIR}/${name}`,
      line: 1,
      col: 1,
      path: '(file)',
      message:
        `not listed in ${SOURCES_DIR}/sources.yaml, so nothing in it is compiled: ` +
        `add it with \`npm run add -- ${SOURCES_DIR}/${name}\`, or move it out of ${SOURCES_DIR}/`,
    }));
}
