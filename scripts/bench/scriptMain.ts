/** A progress line on stderr, after the whole seconds since `started` (a `performance.now()` time). */
export function progressLog(started: number): (line: string) => void {
  return (line) => {
    console.error(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
  };
}

/** Runs a script's `main` on its arguments; the exit code is what it returns, or 1 with the error printed. */
export function runMain(main: (argv: readonly string[]) => Promise<number>): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
