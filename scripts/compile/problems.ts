/** A problem found in an input file, located by line and column so an editor can jump to it. */
export interface Problem {
  /** Path relative to the repository root, e.g. `data/annotations.yaml`. */
  file: string;
  line: number;
  col: number;
  /** Field path inside the file, e.g. `events[3].quotes[0].quote`, or `(syntax)` for a parse error. */
  path: string;
  message: string;
}

const LINE_BREAKS: Record<string, string> = {
  '\n': '\\n',
  '\r': '\\r',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/** One problem per line: a line break inside a message (from a quoted value) is shown escaped. */
export function formatProblem(problem: Problem): string {
  const message = problem.message.replace(/[\n\r\u2028\u2029]/g, (c) => LINE_BREAKS[c] ?? c);
  return `${problem.file}:${problem.line}:${problem.col} ${problem.path}: ${message}`;
}

/** Problems sorted by file, then position, so the report reads top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.path.localeCompare(b.path),
  );
}

/** Thrown when the inputs cannot be compiled; carries every problem found, not just the first. */
export class CompileError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    const sorted = sortProblems(problems);
    const count = sorted.length;
    super(
      `${count} problem${count === 1 ? '' : 's'} in the dataset inputs:\n${sorted.map(formatProblem).join('\n')}`,
    );
    this.name = 'CompileError';
    this.problems = sorted;
  }
}
