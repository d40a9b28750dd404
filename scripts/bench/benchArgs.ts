/**
 * The command line of a benchmark script: flags that are on when named (`--quick`), and, where the
 * script measures several dataset sizes, `--sizes=a,b` to keep some of them.
 */
export interface BenchArgSpec<F extends string, S extends string> {
  /** Every flag the script takes, with its dashes: `--quick`. */
  flags: readonly F[];
  /** The sizes `--sizes=` may name, in the order they are measured; left out, `--sizes=` is unknown. */
  sizes?: readonly S[];
}

export interface BenchArgs<F extends string, S extends string> {
  /** Whether each flag was given. */
  flags: Record<F, boolean>;
  /** The sizes `--sizes=` named, or every known size when it was not given. */
  sizes: readonly S[];
}

const SIZES = '--sizes=';

function parseSizes<S extends string>(list: string, known: readonly S[]): S[] | string {
  const labels = list.split(',').filter((s) => s !== '');
  const unknown = labels.find((s) => !(known as readonly string[]).includes(s));
  if (unknown !== undefined) return `unknown size "${unknown}" in --sizes (known: ${known.join(', ')})`;
  if (labels.length === 0) return '--sizes needs at least one size';
  return labels as S[];
}

/** The arguments as the spec reads them, or a message naming the first one that is wrong. */
export function parseBenchArgs<F extends string, S extends string = never>(
  argv: readonly string[],
  spec: BenchArgSpec<F, S>,
): BenchArgs<F, S> | string {
  const flags = Object.fromEntries(spec.flags.map((f) => [f, false])) as Record<F, boolean>;
  let sizes: readonly S[] = spec.sizes ?? [];
  for (const arg of argv) {
    if (spec.sizes !== undefined && arg.startsWith(SIZES)) {
      const parsed = parseSizes(arg.slice(SIZES.length), spec.sizes);
      if (typeof parsed === 'string') return parsed;
      sizes = parsed;
    } else if ((spec.flags as readonly string[]).includes(arg)) flags[arg as F] = true;
    else return `unknown argument "${arg}"`;
  }
  return { flags, sizes };
}

/** Prints what is wrong with the arguments and the usage on stderr; returns the exit code for it, 2. */
export function usageError(message: string, usage: string): number {
  console.error(`${message}\n${usage}`);
  return 2;
}
