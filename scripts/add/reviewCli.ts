/** The terminal side of `npm run review`: keys, the editor, and saving. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface, emitKeypressEvents } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { ANNOTATIONS_PATH, SOURCES_PATH } from '../compile/compileDataset';
import { writeFilesAtomic } from '../compile/outputs';
import { ANSI_MARKS, PLAIN_MARKS } from './draftContext';
import { formatted } from './formatted';
import { listDrafts, type Texts } from './reviewDrafts';
import { reviewLoop } from './reviewLoop';

const REPOSITORY_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function readOrNull(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** Keys from a terminal in raw mode, or lines from a pipe. */
function keyReader(): {
  next: () => Promise<string | null>;
  pause: () => void;
  resume: () => void;
  close: () => void;
} {
  const stdin = process.stdin;
  if (stdin.isTTY) {
    emitKeypressEvents(stdin);
    stdin.setRawMode(true);
    return {
      next: () =>
        new Promise((done) => {
          stdin.once(
            'keypress',
            (text: string | undefined, key: { ctrl?: boolean; name?: string } | undefined) => {
              done(key?.ctrl === true && key.name === 'c' ? 'q' : (text ?? key?.name ?? ''));
            },
          );
          stdin.resume();
        }),
      pause: () => {
        stdin.setRawMode(false);
        stdin.pause();
      },
      resume: () => {
        stdin.setRawMode(true);
      },
      close: () => {
        stdin.setRawMode(false);
        stdin.pause();
      },
    };
  }
  const lines = createInterface({ input: stdin })[Symbol.asyncIterator]();
  return {
    next: async () => {
      const line = await lines.next();
      return line.done === true ? null : line.value;
    },
    pause: () => undefined,
    resume: () => undefined,
    close: () => {
      stdin.pause();
    },
  };
}

function openEditor(text: string): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'aidline-review-'));
  const file = join(dir, 'draft.yaml');
  try {
    writeFileSync(file, text);
    const editor = process.env.VISUAL ?? process.env.EDITOR ?? 'vi';
    const run = spawnSync(editor, [file], { stdio: 'inherit', shell: true });
    return run.status === 0 ? readFileSync(file, 'utf8') : null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function runReview(argv: readonly string[]): Promise<number> {
  const rootAt = argv.indexOf('--root');
  const root = rootAt >= 0 ? resolve(argv[rootAt + 1] ?? '.') : REPOSITORY_ROOT;
  const annotations = readOrNull(join(root, ANNOTATIONS_PATH));
  const sources = readOrNull(join(root, SOURCES_PATH));
  if (annotations === null || sources === null) {
    console.error(`review: ${annotations === null ? ANNOTATIONS_PATH : SOURCES_PATH} cannot be read`);
    return 1;
  }
  let texts: Texts = { annotations, sources };
  const drafts = listDrafts(texts);
  if (argv.includes('--list')) {
    for (const d of drafts)
      console.log(
        `${d.file === 'sources' ? SOURCES_PATH : ANNOTATIONS_PATH}:${d.line} ${d.list} ${d.key.replace(/^\w+:/, '')}`,
      );
    console.log(`${drafts.length} draft(s)`);
    return 0;
  }
  if (drafts.length === 0) {
    console.log('No drafts to review.');
    return 0;
  }
  const keys = keyReader();
  const save = async (next: Texts): Promise<Texts> => {
    const saved = { ...next };
    const writes = [];
    for (const [file, path] of [
      ['annotations', ANNOTATIONS_PATH],
      ['sources', SOURCES_PATH],
    ] as const) {
      if (next[file] === texts[file]) continue;
      saved[file] = await formatted(root, path, next[file]);
      writes.push({ path: join(root, path), text: saved[file] });
    }
    writeFilesAtomic(writes);
    texts = saved;
    return saved;
  };
  try {
    const tally = await reviewLoop(texts, {
      next: keys.next,
      print: (line) => {
        console.log(line);
      },
      edit: (text) => {
        keys.pause();
        try {
          return openEditor(text);
        } finally {
          keys.resume();
        }
      },
      save,
      readSource: (file) => readOrNull(join(root, file)),
      marks: process.stdout.isTTY && process.env.NO_COLOR === undefined ? ANSI_MARKS : PLAIN_MARKS,
    });
    console.log(
      `\n${tally.accepted} accepted, ${tally.edited} edited, ${tally.merged} merged, ${tally.deleted} deleted, ${tally.skipped} skipped; ` +
        `${tally.left} draft(s) left. Run \`npm run data\` to compile.`,
    );
    return 0;
  } finally {
    keys.close();
  }
}
