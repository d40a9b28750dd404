/** Editing a draft in the review: the entry as YAML for an editor, and the edited entry put back. */
import { stringify } from 'yaml';
import { formatProblem } from '../compile/problems';
import { parseYamlFile } from '../compile/yamlFile';
import { zodProblems } from '../compile/zodProblems';
import {
  entriesOf,
  SCHEMAS,
  update,
  type DraftRef,
  type Entry,
  type Outcome,
  type Texts,
} from './reviewDrafts';
import { replaceItem, setScalar } from './yamlText';

/**
 * The draft as YAML, for an editor, without its draft mark: saving an edit is reviewing it. A merge
 * suggestion is given as a comment, since merging is its own key.
 */
export function draftYaml(ref: DraftRef): string {
  const entry = { ...ref.entry };
  delete entry.draft;
  const merge = Array.isArray(entry.mergeWith)
    ? `# Suggested merge with ${entry.mergeWith.map(String).join(', ')}: to merge instead, quit without saving and press m.\n`
    : '';
  delete entry.mergeWith;
  return `# Saving accepts this entry. To keep it a draft, add the line: draft: true\n${merge}${stringify(entry, { lineWidth: 0 })}`;
}

/** Replaces a draft with an edited version, if it is a valid entry; its problems otherwise. */
export function replaceDraft(
  texts: Texts,
  ref: DraftRef,
  edited: string,
  label = 'the edited entry',
): Outcome {
  const { yaml, problems } = parseYamlFile(label, edited);
  if (problems.length > 0) return { ok: false, message: problems.map(formatProblem).join('\n') };
  const parsed = SCHEMAS[ref.list].safeParse(yaml.data);
  if (!parsed.success)
    return { ok: false, message: zodProblems(yaml, parsed.error).map(formatProblem).join('\n') };
  const value = yaml.data as Entry;
  let text = replaceItem(texts[ref.file], [ref.list], ref.index, value);
  if (ref.list === 'events' && value.id !== ref.entry.id) {
    // A renamed event keeps its figures.
    entriesOf(text, 'amounts').entries.forEach((amount, i) => {
      if (amount.event === ref.entry.id) text = setScalar(text, ['amounts', i, 'event'], String(value.id));
    });
  }
  return { ok: true, texts: update(texts, ref.file, text) };
}
