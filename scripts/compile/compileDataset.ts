import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Actor, AidEvent, Dataset } from '../../src/data/schema';
import { validateDataset } from '../../src/data/validate';
import { actorMentionsBySource, unsupportedActorWarnings } from './actorSupport';
import { annotationsSchema, type ActorAnnotation, type Annotations } from './annotationSchema';
import { CompileContext, compareStrings } from './context';
import { computeCoverage, type CoverageReport } from './coverage';
import { computeFlags } from './flags';
import { sourceTextFiles, type OutputFile } from './sourceTexts';
import { datasetJsonSchema, serializeDataset, serializeJson, DATASET_PATH } from './outputs';
import { CompileError, type Problem } from './problems';
import type { AmountDetail } from './readings';
import { resolveAmounts } from './resolveAmounts';
import { resolveEvents } from './resolveEvents';
import { resolveSources, toDatasetSource } from './resolveSources';
import { extractSource, type SourceExtraction } from './sourceExtraction';
import { sourcesFileSchema, type SourceSpec } from './sourcesSchema';
import { parseYamlFile, problemAt, type YamlFile } from './yamlFile';
import { zodProblems } from './zodProblems';
import { unknownId } from './didYouMean';
import { checkMergeSuggestions, draftWarnings } from './drafts';
import { unlistedSourceWarnings } from './unlistedSources';

export const ANNOTATIONS_PATH = 'data/annotations.yaml';
export const SOURCES_PATH = 'data/sources/sources.yaml';

export interface CompileOptions {
  /** The repository root; inputs are read from `data/` under it. */
  root: string;
  /**
   * Files (path relative to the root -> text) read instead of the ones on disk, so a tool can check
   * what it is about to write before writing it.
   */
  overlay?: ReadonlyMap<string, string>;
}

export interface CompileResult {
  dataset: Dataset;
  /** The exact bytes of public/data/dataset.json. */
  datasetText: string;
  /** The exact bytes of public/data/dataset.schema.json. */
  schemaText: string;
  /** The source texts the app's reader shows, one file per source (sourceTexts.ts). */
  sourceTexts: OutputFile[];
  /** Problems that do not stop the compile: uncovered mentions, unused actors or ignore entries. */
  warnings: Problem[];
  coverage: CoverageReport;
  /** Per-amount readings and rates, for reports and tests. */
  amountDetails: AmountDetail[];
  /** What the extractor found in each source, for the drafting tools. */
  extractions: SourceExtraction[];
  /** The annotation file as parsed, for the drafting tools. */
  annotations: Annotations;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The file's text; null when it cannot be read; a message when it is not UTF-8 text. */
function readText(
  root: string,
  file: string,
  overlay?: ReadonlyMap<string, string>,
): string | null | { problem: string } {
  const given = overlay?.get(file);
  if (given !== undefined) return given;
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(root, file));
  } catch {
    return null;
  }
  try {
    return UTF8.decode(bytes);
  } catch {
    return { problem: `${file} is not UTF-8 text; save it as UTF-8` };
  }
}

/** Reads and validates one YAML input; a missing file or any schema problem is reported, never thrown. */
function loadYaml<T>(
  root: string,
  overlay: ReadonlyMap<string, string> | undefined,
  file: string,
  parse: (data: unknown) => { success: true; data: T } | { success: false; error: import('zod').ZodError },
  problems: Problem[],
): { yaml: YamlFile; data: T } | null {
  const text = readText(root, file, overlay);
  if (text === null || typeof text !== 'string') {
    const message = text === null ? 'file does not exist' : text.problem;
    problems.push({ file, line: 1, col: 1, path: '(file)', message });
    return null;
  }
  const { yaml, problems: syntax } = parseYamlFile(file, text);
  if (syntax.length > 0) {
    problems.push(...syntax);
    return null;
  }
  const parsed = parse(yaml.data);
  if (!parsed.success) {
    problems.push(...zodProblems(yaml, parsed.error));
    return null;
  }
  return { yaml, data: parsed.data };
}

/** Every way the text names an actor: aliases, titles and metonyms, without repeats. */
function namesOf(actor: ActorAnnotation): string[] {
  const titles = (actor.titles ?? []).map((t) => (typeof t === 'string' ? t : t.title));
  return [...new Set([...actor.aliases, ...titles, ...(actor.metonyms ?? [])])];
}

function resolveActors(ctx: CompileContext, actors: readonly ActorAnnotation[]): Actor[] {
  const seen = new Set<string>();
  const ids = new Set(actors.map((a) => a.id));
  actors.forEach((actor, i) => {
    if (seen.has(actor.id)) ctx.fail(['actors', i, 'id'], `duplicate actor id "${actor.id}"`);
    seen.add(actor.id);
    actor.titles?.forEach((title, j) => {
      if (typeof title !== 'string' && title.context !== undefined && !ids.has(title.context))
        ctx.fail(['actors', i, 'titles', j, 'context'], unknownId('actor', title.context, ids));
    });
  });
  return actors
    .map((actor) => ({
      id: actor.id,
      name: actor.name,
      type: actor.type,
      aliases: namesOf(actor),
      role: actor.role,
      ...(actor.draft === true ? { draft: true } : {}),
    }))
    .sort((a, b) => compareStrings(a.id, b.id));
}

function unusedActorWarnings(
  yaml: YamlFile,
  annotations: Annotations,
  events: readonly AidEvent[],
  details: readonly AmountDetail[],
): Problem[] {
  const used = new Set<string>();
  for (const event of events) for (const actor of event.actors) used.add(actor);
  for (const { amount } of details) {
    used.add(amount.donor);
    if (amount.recipient !== null) used.add(amount.recipient);
  }
  return annotations.actors.flatMap((actor, i) =>
    used.has(actor.id)
      ? []
      : [problemAt(yaml, ['actors', i, 'id'], `actor "${actor.id}" is not used by any event or amount`)],
  );
}

/**
 * Compiles the sources and annotations under `root` into a verified dataset, without writing anything.
 * Throws a CompileError listing every problem when the inputs are invalid.
 */
export function compileDataset({ root, overlay }: CompileOptions): CompileResult {
  const problems: Problem[] = [];
  const sourcesFile = loadYaml(root, overlay, SOURCES_PATH, (d) => sourcesFileSchema.safeParse(d), problems);
  const annotationsFile = loadYaml(
    root,
    overlay,
    ANNOTATIONS_PATH,
    (d) => annotationsSchema.safeParse(d),
    problems,
  );
  if (!sourcesFile || !annotationsFile) throw new CompileError(problems);

  const specs: SourceSpec[] = sourcesFile.data.sources;
  const resolved = resolveSources(sourcesFile.yaml, specs, (file) => readText(root, file, overlay));
  if (resolved.problems.length > 0) throw new CompileError(resolved.problems);

  const extractions = resolved.sources.map(extractSource);
  const ctx = new CompileContext(
    annotationsFile.yaml,
    resolved.sources,
    new Map(extractions.map((e) => [e.source.spec.id, e])),
  );
  const annotations = annotationsFile.data;
  const actors = resolveActors(ctx, annotations.actors);
  const actorIds = new Set(actors.map((a) => a.id));
  const events = resolveEvents(ctx, annotations.events, actorIds);
  checkMergeSuggestions(ctx, annotations);
  const eventsById = new Map(events.map((e) => [e.id, e]));
  const details = resolveAmounts(
    ctx,
    annotations.amounts,
    eventsById,
    new Set(annotations.events.map((e) => e.id)),
    actorIds,
  );
  if (ctx.problems.length > 0) throw new CompileError(ctx.problems);

  const byDateThenId = (a: { date: string; id: string }, b: { date: string; id: string }) =>
    compareStrings(a.date, b.date) || compareStrings(a.id, b.id);
  const candidate: Dataset = {
    schemaVersion: 1,
    title: annotations.title,
    sources: resolved.sources.map(toDatasetSource),
    actors,
    events: [...events].sort(byDateThenId),
    amounts: details.map((d) => d.amount).sort(byDateThenId),
    flags: computeFlags(details),
  };
  const validation = validateDataset(candidate);
  if (!validation.ok)
    throw new CompileError(
      validation.issues.map((issue) => ({
        file: DATASET_PATH,
        line: 1,
        col: 1,
        path: issue.path,
        message: issue.message,
      })),
    );

  const coverage = computeCoverage(extractions, events, details, annotations.ignore, annotationsFile.yaml);
  const eventIndex = new Map(annotations.events.map((e, i) => [e.id, i]));
  const actorMentions = actorMentionsBySource(extractions, annotations.actors);
  const warnings = [
    ...unlistedSourceWarnings(root, specs, overlay),
    ...draftWarnings(annotationsFile.yaml, annotations, sourcesFile.yaml, specs),
    ...coverage.warnings,
    ...unusedActorWarnings(annotationsFile.yaml, annotations, events, details),
    ...unsupportedActorWarnings(annotationsFile.yaml, events, eventIndex, actorMentions),
  ];
  return {
    dataset: validation.dataset,
    datasetText: serializeDataset(validation.dataset),
    schemaText: serializeJson(datasetJsonSchema()),
    sourceTexts: sourceTextFiles(resolved.sources, coverage),
    warnings,
    coverage,
    amountDetails: details,
    extractions,
    annotations,
  };
}
