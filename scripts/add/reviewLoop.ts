/**
 * The review session: one draft at a time, in context, with a key per decision. Input, output, the
 * editor and saving are passed in, so the session runs the same in a terminal and in a test.
 */
import type { Marks } from './draftContext';
import { describeDraft } from './draftContext';
import {
  acceptDraft,
  deleteDraft,
  findDraft,
  listDrafts,
  mergeDraft,
  type DraftRef,
  type Outcome,
  type Texts,
} from './reviewDrafts';
import { draftYaml, replaceDraft } from './reviewEdit';

export interface ReviewIo {
  /** The next key pressed (or line typed), or null when input ends. */
  next: () => Promise<string | null>;
  print: (line: string) => void;
  /** Opens the text in an editor; the edited text, or null when the editor failed. */
  edit: (text: string) => string | null;
  /** Writes the texts that changed (formatted); called after every decision, so quitting loses nothing. */
  save: (texts: Texts) => Promise<Texts>;
  readSource: (file: string) => string | null;
  marks: Marks;
}

export interface ReviewTally {
  accepted: number;
  edited: number;
  deleted: number;
  merged: number;
  skipped: number;
  left: number;
}

const HELP = 'a accept · e edit in $EDITOR (saving accepts) · d delete · s skip · q quit';

function mergeTargets(ref: DraftRef): string[] {
  return ref.list === 'events' && Array.isArray(ref.entry.mergeWith) ? ref.entry.mergeWith.map(String) : [];
}

export async function reviewLoop(start: Texts, io: ReviewIo): Promise<ReviewTally> {
  let texts = start;
  const skipped = new Set<string>();
  const tally: ReviewTally = { accepted: 0, edited: 0, deleted: 0, merged: 0, skipped: 0, left: 0 };
  const apply = async (outcome: Outcome, count: keyof ReviewTally, done: string): Promise<boolean> => {
    if (!outcome.ok) {
      io.print(`  not done: ${outcome.message}`);
      return false;
    }
    texts = await io.save(outcome.texts);
    tally[count]++;
    io.print(`  ${done}${outcome.note === undefined ? '' : `; ${outcome.note}`}`);
    return true;
  };

  for (;;) {
    const drafts = listDrafts(texts);
    const pending = drafts.filter((d) => !skipped.has(d.key));
    if (pending.length === 0) break;
    const ref = pending[0];
    if (!ref) break;
    const position = drafts.length - pending.length + 1;
    io.print('');
    io.print(
      `[${position}/${drafts.length}] ${describeDraft(ref, texts, io.readSource, io.marks).join('\n')}`,
    );
    const targets = mergeTargets(ref);
    const mergeHelp =
      targets.length === 0
        ? ''
        : ` · m merge into ${targets.length === 1 ? (targets[0] ?? '') : `one of ${targets.length} events`}`;
    io.print(`${HELP}${mergeHelp}`);
    const key = (await io.next())?.trim().charAt(0).toLowerCase() ?? 'q';
    if (key === 'q' || key === '\u0003') break;
    if (key === 'a') await apply(acceptDraft(texts, ref), 'accepted', 'accepted');
    else if (key === 'd') await apply(deleteDraft(texts, ref), 'deleted', 'deleted');
    else if (key === 's') {
      skipped.add(ref.key);
      tally.skipped++;
    } else if (key === 'm' && targets.length > 0) {
      let target = targets[0] ?? '';
      if (targets.length > 1) {
        targets.forEach((t, i) => {
          io.print(`  ${i + 1} ${t}`);
        });
        io.print('  merge into which? (number)');
        target = targets[Number((await io.next())?.trim() ?? '') - 1] ?? '';
      }
      await apply(mergeDraft(texts, ref, target), 'merged', `merged into ${target}`);
    } else if (key === 'e') {
      let draft = draftYaml(ref);
      for (;;) {
        const edited = io.edit(draft);
        if (edited === null) {
          io.print('  the editor did not run; set $EDITOR');
          break;
        }
        if (edited === draftYaml(ref)) {
          io.print('  not changed: still a draft');
          break;
        }
        const current = findDraft(texts, ref.key) ?? ref;
        if (await apply(replaceDraft(texts, current, edited), 'edited', 'edited and accepted')) break;
        io.print('  e edit again · any other key: keep the draft as it was');
        if ((await io.next())?.trim().charAt(0).toLowerCase() !== 'e') break;
        draft = edited;
      }
    } else io.print(`  unknown key "${key}"`);
  }
  tally.left = listDrafts(texts).length;
  return tally;
}
