import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { benchDataPath } from './benchSizes';
import { ISOLATION_HEADERS } from './memory';
import { serveStatic, type StaticServer } from './staticServer';

/** The sub-folder the build is served from, as on a static host that is not at the domain's root. */
export const APP_BASE = '/aidline/bench/app/';

/** Writes the generated datasets beside the build, so a page can load them with `?dataset=`. */
export async function writeBenchData(distDir: string, datasets: ReadonlyMap<string, string>): Promise<void> {
  for (const [label, text] of datasets) {
    const file = join(resolve(distDir), benchDataPath(label));
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text);
  }
}

/** Serves a folder from a sub-path, isolated across origins so memory can be measured on every thread. */
export function serveIsolated(root: string, base = APP_BASE): Promise<StaticServer> {
  return serveStatic({ root, base, headers: ISOLATION_HEADERS });
}
