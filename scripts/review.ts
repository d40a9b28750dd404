/**
 * Reviews drafted annotations in the terminal, one at a time, with the quote in its paragraph:
 *
 *   npm run review                 a accept (remove the draft mark), e edit in $EDITOR (saving the
 *                                  edit accepts it), d delete, m merge an event into a suggested
 *                                  one, s skip, q quit
 *   npm run review -- --list       list the drafts, one per line
 *   npm run review -- --root DIR   review the drafts of another copy of data/
 *
 * Every decision is saved at once. Without a terminal, keys are read one per line from stdin.
 */
import { runReview } from './add/reviewCli';

process.exitCode = await runReview(process.argv.slice(2));
