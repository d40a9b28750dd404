/** The command line of `npm run add`, as a function of its arguments and output, for tests. */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isoPartialDate } from '../../src/data/schema';
import { writeFilesAtomic } from '../compile/outputs';
import { planAdd } from './addArticle';
import { AddError } from './addError';

export const USAGE = `usage: npm run add -- FILE [--published YYYY-MM-DD] [--outlet NAME] [--url URL] [--root DIR]

Copies the article FILE (UTF-8 text) into data/sources/ verbatim, lists it in data/sources/sources.yaml
and appends drafted events, figures, actors and ignore entries to data/annotations.yaml, each marked
"draft: true". Review them with \`npm run review\`, then compile with \`npm run data\`.
Adding the same article again adds nothing that is already there.

  --published DATE  the article's publication date (YYYY-MM-DD, YYYY-MM or YYYY), e.g. from its page;
                    without it the date is read from a dateline or a dated caption, or left unknown
  --outlet NAME     the outlet that published it
  --url URL         where it was published (http or https)
  --root DIR        the repository root (default: this repository)`;

export interface AddIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
}

interface Args {
  file: string;
  published?: string;
  outlet?: string;
  url?: string;
  root: string;
}

const REPOSITORY_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function parseArgs(argv: readonly string[], cwd: string): Args | string {
  let file: string | undefined;
  const args: Partial<Args> = { root: REPOSITORY_ROOT };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new AddError(`${arg} needs a value`);
      return next;
    };
    if (arg === '--published') args.published = value();
    else if (arg === '--outlet') args.outlet = value();
    else if (arg === '--url') args.url = value();
    else if (arg === '--root') args.root = resolve(cwd, value());
    else if (arg.startsWith('-')) return `unknown option "${arg}"`;
    else if (file === undefined) file = arg;
    else return `one article at a time (got "${file}" and "${arg}")`;
  }
  if (file === undefined) return 'which article? give its file';
  if (args.published !== undefined && !isoPartialDate.safeParse(args.published).success)
    return `--published "${args.published}" must be YYYY-MM-DD, YYYY-MM or YYYY`;
  if (args.url !== undefined && !/^https?:\/\/\S+$/.test(args.url))
    return `--url "${args.url}" must be an http(s) URL`;
  return { ...args, root: args.root ?? REPOSITORY_ROOT, file: resolve(cwd, file) };
}

export async function runAdd(argv: readonly string[], io: AddIo, cwd = process.cwd()): Promise<number> {
  if (argv.includes('-h') || argv.includes('--help')) {
    io.stdout(USAGE);
    return 0;
  }
  let args: Args | string;
  try {
    args = parseArgs(argv, cwd);
  } catch (error) {
    if (!(error instanceof AddError)) throw error;
    args = error.message;
  }
  if (typeof args === 'string') {
    io.stderr(`${args}\n\n${USAGE}`);
    return 2;
  }
  try {
    const plan = await planAdd(args);
    writeFilesAtomic(plan.writes.map((w) => ({ path: join(args.root, w.path), text: w.content })));
    const { counts } = plan;
    // The next commands work on the same copy of the data.
    const rootArg = args.root === REPOSITORY_ROOT ? '' : ` -- --root ${args.root}`;
    for (const note of plan.notes) io.stderr(`note: ${note}`);
    if (plan.writes.length === 0) {
      io.stdout(
        `${plan.sourceFile} (${plan.sourceIds.join(', ')}) is added already and nothing new was drafted.`,
      );
      return 0;
    }
    io.stdout(
      `${plan.sourceFile}: ${counts.sources} source entr${counts.sources === 1 ? 'y' : 'ies'} (${plan.sourceIds.join(', ')}); ` +
        `drafted ${counts.events} events, ${counts.amounts} figures, ${counts.actors} actors, ${counts.ignore} ignore entries.\n` +
        `Next: \`npm run review${rootArg}\` to confirm, edit or delete each draft, then \`npm run data${rootArg}\`.`,
    );
    return 0;
  } catch (error) {
    if (error instanceof AddError) {
      io.stderr(`add: ${error.message}\nNothing was written.`);
      return 1;
    }
    throw error;
  }
}
