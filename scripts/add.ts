/**
 * Adds a news article to the dataset with drafted annotations:
 *
 *   npm run add -- FILE [--published YYYY-MM-DD] [--outlet NAME] [--url URL]
 */
import { runAdd } from './add/cli';

process.exitCode = await runAdd(process.argv.slice(2), {
  stdout: (line) => {
    console.log(line);
  },
  stderr: (line) => {
    console.error(line);
  },
});
