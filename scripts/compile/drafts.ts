/**
 * Drafts are entries written by `npm run add` that no curator has reviewed yet. They compile (the
 * dataset marks them `draft: true`), each one is a warning, and `--strict` fails while any remain.
 */
import type { Annotations } from './annotationSchema';
import type { CompileContext } from './context';
import { unknownId } from './didYouMean';
import type { Problem } from './problems';
import type { SourceSpec } from './sourcesSchema';
import { problemAt, type YamlFile } from './yamlFile';

const REVIEW = 'review it (npm run review) and remove "draft: true"';

/** One warning per draft entry, located at its `draft` field. */
export function draftWarnings(
  annotationsYaml: YamlFile,
  annotations: Annotations,
  sourcesYaml: YamlFile,
  sources: readonly SourceSpec[],
): Problem[] {
  const warnings: Problem[] = [];
  sources.forEach((source, i) => {
    if (source.draft === true)
      warnings.push(
        problemAt(sourcesYaml, ['sources', i, 'draft'], `draft source "${source.id}": ${REVIEW}`),
      );
  });
  const at = (path: PropertyKey[], message: string) =>
    warnings.push(problemAt(annotationsYaml, path, message));
  annotations.actors.forEach((actor, i) => {
    if (actor.draft === true) at(['actors', i, 'draft'], `draft actor "${actor.id}": ${REVIEW}`);
  });
  annotations.events.forEach((event, i) => {
    const merge =
      event.mergeWith === undefined ? '' : ` (suggested merge with ${event.mergeWith.join(', ')})`;
    if (event.draft === true) at(['events', i, 'draft'], `draft event "${event.id}"${merge}: ${REVIEW}`);
    else if (event.mergeWith !== undefined)
      at(
        ['events', i, 'mergeWith'],
        `event "${event.id}" has an unconfirmed merge suggestion${merge}: merge it (npm run review) or remove mergeWith`,
      );
  });
  annotations.amounts.forEach((amount, i) => {
    if (amount.draft === true) at(['amounts', i, 'draft'], `draft amount "${amount.id}": ${REVIEW}`);
  });
  annotations.ignore.forEach((entry, i) => {
    if (entry.draft === true)
      at(['ignore', i, 'draft'], `draft ignore entry for ${entry.kind} "${entry.mention}": ${REVIEW}`);
  });
  return warnings;
}

/** A merge suggestion must name other events that exist. */
export function checkMergeSuggestions(ctx: CompileContext, annotations: Annotations): void {
  const ids = new Set(annotations.events.map((e) => e.id));
  annotations.events.forEach((event, i) => {
    event.mergeWith?.forEach((target, j) => {
      if (target === event.id) ctx.fail(['events', i, 'mergeWith', j], 'an event cannot merge with itself');
      else if (!ids.has(target)) ctx.fail(['events', i, 'mergeWith', j], unknownId('event', target, ids));
    });
  });
}
