/**
 * Adds an article to the dataset: its verbatim copy in data/sources/, its sources.yaml entries and
 * drafted annotations appended to data/annotations.yaml, every new entry marked `draft: true`.
 * Nothing already written is changed, and adding the same article again adds nothing.
 *
 * The plan is computed first and checked by compiling it in memory; drafts the compiler refuses are
 * left out and reported. Only then are the files written, all together.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import type { ActorAnnotation } from '../compile/annotationSchema';
import {
  ANNOTATIONS_PATH,
  compileDataset,
  SOURCES_PATH,
  type CompileResult,
} from '../compile/compileDataset';
import { CompileError, formatProblem, type Problem } from '../compile/problems';
import type { SourceSpec } from '../compile/sourcesSchema';
import { SOURCES_DIR } from '../compile/unlistedSources';
import { draftArticle, type Drafts, type KnownEvent } from './draftArticle';
import { actorMentions, knownActors } from './knownActors';
import { newNameStubs } from './newNames';
import { formatted } from './formatted';
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

export class AddError extends Error {}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function readArticle(path: string): { bytes: Buffer; text: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new AddError(`${path}: cannot be read (does it exist?)`);
  }
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    throw new AddError(`${path}: is not UTF-8 text; save it as UTF-8 and add it again`);
  }
  if (text.trim() === '') throw new AddError(`${path}: is empty`);
  return { bytes, text };
}

/** `NNN_<first 16 hex digits of the text's SHA-256>.txt`, NNN one more than the highest number in use. */
export function sourceFileName(existing: readonly string[], bytes: Uint8Array): string {
  const numbers = existing
    .map((name) => /^(\d{3,})_/.exec(name)?.[1])
    .filter((n): n is string => n !== undefined);
  const next = numbers.length === 0 ? 0 : Math.max(...numbers.map(Number)) + 1;
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  return `${String(next).padStart(3, '0')}_${hash}.txt`;
}

/** Where the article lives in data/sources/: itself, an identical copy, or a new name. */
function placeArticle(root: string, file: string, bytes: Buffer): { path: string; isNew: boolean } {
  const dir = join(root, SOURCES_DIR);
  const inside = relative(dir, resolve(file));
  if (!inside.startsWith('..') && !inside.includes('/') && inside.endsWith('.txt'))
    return { path: `${SOURCES_DIR}/${inside}`, isNew: false };
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.txt'));
  } catch {
    names = [];
  }
  const same = names.find((name) => readFileSync(join(dir, name)).equals(bytes));
  if (same !== undefined) return { path: `${SOURCES_DIR}/${same}`, isNew: false };
  return { path: `${SOURCES_DIR}/${sourceFileName(names, bytes)}`, isNew: true };
}

function readOrNull(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
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

interface Planned {
  sources: SourceSpec[];
  actors: ActorAnnotation[];
  drafts: Drafts;
  /** Ids of the events drafted in this run (as keys), before any was left out. */
  eventIds: Record<string, true>;
}

interface Counts {
  sources: number;
  actors: number;
  events: number;
  amounts: number;
  ignore: number;
}

/** `draft: true` right under the id, where a reader of the file sees it first. */
function draftFirst(entry: object): object {
  const { draft, ...rest } = entry as { draft?: boolean; id?: string };
  if (draft === undefined) return entry;
  return rest.id === undefined ? { draft, ...rest } : { id: rest.id, draft, ...rest };
}

function render(sourcesText: string, annotationsText: string, planned: Planned, sourceFile: string) {
  const heading = `Drafted by npm run add from ${sourceFile}: review with npm run review`;
  return {
    sources: appendToList(
      sourcesText,
      ['sources'],
      planned.sources.map((s) => draftFirst(plainSource(s))),
    ),
    annotations: [
      ['actors', planned.actors] as const,
      ['events', planned.drafts.events] as const,
      ['amounts', planned.drafts.amounts] as const,
      ['ignore', planned.drafts.ignore] as const,
    ].reduce(
      (text, [key, items]) => appendToList(text, [key], items.map(draftFirst), heading),
      annotationsText,
    ),
  };
}

/** The source entry as written: defaults (no agencies, nothing excluded, not citable) left out. */
function plainSource(spec: SourceSpec): Record<string, unknown> {
  const { agencies, excluded, ...rest } = spec;
  return {
    ...rest,
    ...(agencies.length > 0 ? { agencies } : {}),
    ...(excluded.length > 0
      ? { excluded: excluded.map(({ citable, ...e }) => (citable ? { ...e, citable } : e)) }
      : {}),
  };
}

/** Which appended entry a problem is about: `events[12]...` with 12 >= the count before the drafts. */
function draftIndexOf(problem: Problem, key: string, firstDraft: number): number | null {
  const match = new RegExp(`^${key}\\[(\\d+)\\]`).exec(problem.path);
  if (!match) return null;
  const index = Number(match[1]);
  return index >= firstDraft ? index - firstDraft : null;
}

/**
 * Leaves out the drafts the compiler refuses, the figures of a refused event and merge suggestions
 * naming it, and excluded spans of a new source whose marker does not resolve. Says which and why.
 * Returns false when nothing could be left out (the problem is in curated entries).
 */
function dropRefused(
  planned: Planned,
  problems: readonly Problem[],
  before: Counts,
  notes: string[],
): boolean {
  let dropped = false;
  const indexesOf = (key: string, file: string) => {
    const found = new Map<number, string>();
    for (const problem of problems) {
      const i = problem.file === file ? draftIndexOf(problem, key, before[key as keyof Counts]) : null;
      if (i !== null && !found.has(i)) found.set(i, problem.message);
    }
    return [...found].sort((a, b) => b[0] - a[0]);
  };
  const leaveOut = <T>(list: T[], key: string, name: (entry: T) => string) => {
    for (const [i, message] of indexesOf(key, ANNOTATIONS_PATH)) {
      const [entry] = list.splice(i, 1);
      if (entry === undefined) continue;
      dropped = true;
      notes.push(`left out the drafted ${key.replace(/s$/, '')} ${name(entry)}: ${message}`);
    }
  };
  leaveOut(planned.drafts.events, 'events', (e) => e.id);
  leaveOut(planned.drafts.amounts, 'amounts', (a) => a.id);
  leaveOut(planned.drafts.ignore, 'ignore', (e) => `for "${e.mention}"`);
  leaveOut(planned.actors, 'actors', (a) => a.id);

  for (const problem of problems) {
    const i = problem.file === SOURCES_PATH ? draftIndexOf(problem, 'sources', before.sources) : null;
    const j = /\.excluded\[(\d+)\]/.exec(problem.path)?.[1];
    const spec = i === null ? undefined : planned.sources[i];
    if (!spec || j === undefined) continue;
    const [span] = spec.excluded.splice(Number(j), 1);
    if (!span) continue;
    dropped = true;
    notes.push(`left out an excluded span of ${spec.id} (${span.reason}): ${problem.message}`);
  }

  const events = new Set(planned.drafts.events.map((e) => e.id));
  const drafted = (id: string) => id in planned.eventIds;
  planned.drafts.amounts = planned.drafts.amounts.filter((a) => {
    const orphan = drafted(a.event) && !events.has(a.event);
    if (orphan) notes.push(`left out the drafted amount ${a.id}: its event ${a.event} was left out`);
    return !orphan;
  });
  for (const event of planned.drafts.events) {
    const kept = event.mergeWith?.filter((id) => !drafted(id) || events.has(id));
    if (kept === undefined) continue;
    if (kept.length > 0) event.mergeWith = kept;
    else delete event.mergeWith;
  }
  return dropped;
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
  const ids = new Set<string>([
    ...compiled.annotations.actors.map((a) => a.id),
    ...compiled.annotations.events.map((e) => e.id),
    ...compiled.annotations.amounts.map((a) => a.id),
  ]);
  const knownEvents: KnownEvent[] = compiled.dataset.events.map((e) => ({
    id: e.id,
    date: e.date,
    kind: e.kind,
    actors: e.actors,
  }));
  const known = knownActors(compiled.annotations.actors);
  const drafts: Drafts = { events: [], amounts: [], ignore: [] };
  const stubs = new Map<string, ActorAnnotation>();
  const mine = compiled.extractions.filter((e) => e.source.spec.file === placed.path);
  for (const extraction of mine) {
    const { source } = extraction;
    const id = source.spec.id;
    const dateline = extraction.dateline?.date ?? null;
    let mentions = actorMentions(known, source.text, source.span, dateline);
    const named = newNameStubs(source.text, source.span, mentions, new Set([...ids, ...stubs.keys()]));
    if (named.length > 0) {
      for (const { actor } of named) {
        stubs.set(actor.id, actor);
        known.list = [
          ...known.list,
          { id: actor.id, name: actor.name, type: actor.type, aliases: actor.aliases },
        ];
        known.types.set(actor.id, actor.type);
      }
      mentions = actorMentions(known, source.text, source.span, dateline);
    }
    const handled = compiled.coverage.mentions
      .filter((m) => m.source === id && m.status !== 'uncovered')
      .map((m) => ({ start: m.start, end: m.end }));
    const cited = [
      ...compiled.dataset.events.flatMap((e) =>
        e.citations.filter((c) => c.source === id).map((c) => ({ start: c.start, end: c.end, event: e.id })),
      ),
      ...compiled.dataset.amounts.flatMap((a) =>
        a.citations
          .filter((c) => c.source === id)
          .map((c) => ({ start: c.start, end: c.end, event: a.eventId })),
      ),
    ];
    const article = draftArticle(
      {
        source,
        extraction,
        actors: mentions,
        actorTypes: known.types,
        actorNames: new Map(known.list.map((a) => [known.idOf(a.id), a.name])),
        places: new Set(
          known.list.filter((a) => a.type === 'country').flatMap((a) => [a.name, ...(a.metonyms ?? [])]),
        ),
        handled,
        cited,
      },
      knownEvents,
      ids,
    );
    drafts.events.push(...article.events);
    drafts.amounts.push(...article.amounts);
    drafts.ignore.push(...article.ignore);
  }

  // 3. Stubs for the actors the drafts name that the dataset does not know.
  const used = new Set([
    ...drafts.events.flatMap((e) => e.actors),
    ...drafts.amounts.flatMap((a) => [a.donor, ...(a.recipient === null ? [] : [a.recipient])]),
  ]);
  const existingActors = new Set(compiled.annotations.actors.map((a) => a.id));
  const actors = [...used]
    .filter((id) => !existingActors.has(id))
    .map((id) => stubs.get(id) ?? known.stubs.get(id))
    .filter((a): a is ActorAnnotation => a !== undefined)
    .sort((a, b) => (a.id < b.id ? -1 : 1));

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

/** The `id` and `file` of each entry of sources.yaml (nothing when it does not parse yet). */
function listedSources(sourcesText: string): { id: string; file: string }[] {
  const data: unknown = parseDocument(sourcesText).toJS();
  if (typeof data !== 'object' || data === null || !('sources' in data) || !Array.isArray(data.sources))
    return [];
  return (data.sources as unknown[]).flatMap((entry) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { id, file } = entry as { id?: unknown; file?: unknown };
    return typeof id === 'string' && typeof file === 'string' ? [{ id, file }] : [];
  });
}
