/**
 * Compiles data/sources/ and data/annotations.yaml into public/data/dataset.json and its JSON Schema.
 *
 *   npm run data                 compile, print the coverage report, write both files atomically
 *   npm run data -- --check      exit 1 if the committed files differ from what the inputs produce
 *   npm run data -- --strict     also exit 1 on warnings (drafts, uncovered mentions, unused entries),
 *                                writing nothing
 *   npm run data -- --root DIR   read and write under DIR instead of the repository root
 */
import { runCompile } from './compile/cli';

process.exitCode = runCompile(process.argv.slice(2), {
  stdout: (line) => {
    console.log(line);
  },
  stderr: (line) => {
    console.error(line);
  },
});
