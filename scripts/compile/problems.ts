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

export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}:${problem.col} ${problem.path}: ${problem.message}`;
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
