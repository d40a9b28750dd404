import { measureFirstLoad } from './buildSize';
import { measureBase } from './catalog';
import { measured, type BenchResult } from './results';

const once = (value: number) => ({ median: value, min: value, max: value, runs: 1 });

/** The four build measures: JS and CSS that index.html loads first, raw and gzipped. */
export async function buildResults(distDir: string): Promise<BenchResult[]> {
  const load = await measureFirstLoad(distDir);
  const names = load.files.map((f) => f.path.replace(/^assets\//, '')).join(', ');
  return [
    measured(measureBase('build.js.raw'), once(load.js.raw), names),
    measured(measureBase('build.js.gzip'), once(load.js.gzip), 'zlib gzip, default level'),
    measured(measureBase('build.css.raw'), once(load.css.raw)),
    measured(measureBase('build.css.gzip'), once(load.css.gzip), 'zlib gzip, default level'),
  ];
}
