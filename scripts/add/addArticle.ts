/**
 * Adds an article to the dataset: its verbatim copy in data/sources/, its sources.yaml entries and
 * drafted annotations appended to data/annotations.yaml, every new entry marked `draft: true`.
 * Nothing already written is changed, and adding the same article again adds nothing.
 *
 * The plan is computed first and checked by compiling it in memory; drafts the compiler refuses are
 * left out and reported. Only then are the files written, all together.
 */
import { basename, join } from 'node:path';
import {
  ANNOTATIONS_PATH,
  compileDataset,
  SOURCES_PATH,
  type CompileResult,
} from '../compile/compileDataset';
import { CompileError, formatProblem } from '../compile/problems';
import { AddError } from './addError';
import { placeArticle, readArticle, readOrNull } from './articleFile';
import { draftSourceAnnotations } from './draftFromCompile';
import { dropRefused } from './dropRefused';
import { formatted } from './formatted';
import { listedSources, plainSource, render, type Counts, type Planned } from './plannedYaml';
import { draftSources, type SourceOptions } from './sourceEntry';
import { appendToList } from './yamlText';

export interface AddOptions extends SourceOptions {
  /** The repository root. */
  root: string;
  /** The article: a UTF-8 text file, anywhere (or already in data/sources/). */
  file: string;
}

export interface FileWrite {
  /** Path relative to the root. */
  path: string;
  content: string;
}

export interface AddPlan {
  /** The article's path in data/sources/. */
  sourceFile: string;
  /** Ids of the article's sources (new or already listed). */
  sourceIds: string[];
  writes: FileWrite[];
  /** What was drafted, by kind. */
  counts: { sources: number; actors: number; events: number; amounts: number; ignore: number };
  /** Notes for the curator: drafts left out, options not applied. */
  notes: string[];
}

function compileOrExplain(root: string, overlay: Map<string, string>, what: string): CompileResult {
  try {
    return compileDataset({ root, overlay });
  } catch (error) {
    if (error instanceof CompileError)
      throw new AddError(`${what}:\n${error.problems.map(formatProblem).join('\n')}`);
    throw error;
  }
}

export async function planAdd(options: AddOptions): Promise<AddPlan> {
  const { root } = options;
  const { bytes, text } = readArticle(options.file);
  const placed = placeArticle(root, options.file, bytes);
  const sourcesText = readOrNull(join(root, SOURCES_PATH)) ?? 'sources: []\n';
  const annotationsText = readOrNull(join(root, ANNOTATIONS_PATH));
  if (annotationsText === null) throw new AddError(`${ANNOTATIONS_PATH} does not exist`);
  const notes: string[] = [];

  // 1. The sources.yaml entries, unless the file is listed already.
  const specs = listedSources(sourcesText);
  const listed = specs.filter((s) => s.file === placed.path).map((s) => s.id);
  const prefix = /^(\d{3,})_/.exec(basename(placed.path))?.[1] ?? basename(placed.path, '.txt');
  const newSources =
    listed.length > 0
      ? []
      : draftSources(text, placed.path, prefix, options, new Set(specs.map((s) => s.id)));
  if (listed.length > 0 && (options.published ?? options.outlet ?? options.url) !== undefined)
    notes.push(
      `${placed.path} is listed already; --published, --outlet and --url apply only to a new article`,
    );
  const sourcesDraft = appendToList(sourcesText, ['sources'], newSources.map(plainSource));

  // 2. Compile with the article listed, to learn what its annotations do not cover yet.
  const overlay = new Map<string, string>([[SOURCES_PATH, sourcesDraft]]);
  if (placed.isNew) overlay.set(placed.path, text);
  const compiled = compileOrExplain(
    root,
    overlay,
    `the dataset does not compile${placed.isNew || listed.length === 0 ? ' with this article listed' : ''}; fix these problems first`,
  );
  const { drafts, actors } = draftSourceAnnotations(compiled, placed.path);

  // 4. Check the whole plan with the compiler; leave out what it refuses.
  const planned: Planned = {
    sources: newSources,
    actors,
    drafts,
    eventIds: Object.fromEntries(drafts.events.map((e) => [e.id, true as const])),
  };
  const counts: Counts = {
    actors: compiled.annotations.actors.length,
    events: compiled.annotations.events.length,
    amounts: compiled.annotations.amounts.length,
    ignore: compiled.annotations.ignore.length,
    sources: specs.length,
  };
  let rendered = render(sourcesText, annotationsText, planned, placed.path);
  for (let attempt = 0; attempt < 6; attempt++) {
    const check = new Map<string, string>([
      [SOURCES_PATH, rendered.sources],
      [ANNOTATIONS_PATH, rendered.annotations],
    ]);
    if (placed.isNew) check.set(placed.path, text);
    try {
      compileDataset({ root, overlay: check });
      break;
    } catch (error) {
      if (!(error instanceof CompileError)) throw error;
      if (attempt === 5 || !dropRefused(planned, error.problems, counts, notes)) {
        throw new AddError(
          `the drafts do not compile, and no draft could be left out to fix it:\n${error.problems.map(formatProblem).join('\n')}`,
        );
      }
      rendered = render(sourcesText, annotationsText, planned, placed.path);
    }
  }

  const writes: FileWrite[] = [];
  if (placed.isNew) writes.push({ path: placed.path, content: text });
  if (rendered.sources !== sourcesText)
    writes.push({ path: SOURCES_PATH, content: await formatted(root, SOURCES_PATH, rendered.sources) });
  if (rendered.annotations !== annotationsText)
    writes.push({
      path: ANNOTATIONS_PATH,
      content: await formatted(root, ANNOTATIONS_PATH, rendered.annotations),
    });
  return {
    sourceFile: placed.path,
    sourceIds: listed.length > 0 ? listed : planned.sources.map((s) => s.id),
    writes,
    counts: {
      sources: planned.sources.length,
      actors: planned.actors.length,
      events: planned.drafts.events.length,
      amounts: planned.drafts.amounts.length,
      ignore: planned.drafts.ignore.length,
    },
    notes,
  };
}
