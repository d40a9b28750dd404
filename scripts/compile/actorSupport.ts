/**
 * An event's actors should be named in its own quotes: the extractor's actor finder checks that each
 * listed actor is mentioned (by name, alias, title, demonym or metonym) in at least one cited passage.
 */
import { findActors } from '../../src/data/extract/actors';
import type { ActorMention, KnownActor } from '../../src/data/extract/types';
import type { AidEvent } from '../../src/data/schema';
import type { ActorAnnotation } from './annotationSchema';
import type { Problem } from './problems';
import type { SourceExtraction } from './sourceExtraction';
import { problemAt, type YamlFile } from './yamlFile';

export function knownActor(actor: ActorAnnotation): KnownActor {
  return {
    id: actor.id,
    name: actor.name,
    type: actor.type,
    aliases: actor.aliases,
    role: actor.role,
    ...(actor.titles && { titles: actor.titles }),
    ...(actor.demonyms && { demonyms: actor.demonyms }),
    ...(actor.metonyms && { metonyms: actor.metonyms }),
  };
}

/** Actor mentions of each source, with offsets into the source's file. */
export function actorMentionsBySource(
  extractions: readonly SourceExtraction[],
  actors: readonly ActorAnnotation[],
): Map<string, ActorMention[]> {
  const known = actors.map(knownActor);
  return new Map(
    extractions.map((extraction) => {
      const { source, dateline } = extraction;
      const text = source.text.slice(source.span.start, source.span.end);
      const shift = source.span.start;
      const mentions = findActors(text, known, dateline?.date ?? null).map((m) => ({
        ...m,
        start: m.start + shift,
        end: m.end + shift,
      }));
      return [source.spec.id, mentions];
    }),
  );
}

/** A warning for each event actor that none of the event's quotes names. */
export function unsupportedActorWarnings(
  annotations: YamlFile,
  events: readonly AidEvent[],
  eventIndex: ReadonlyMap<string, number>,
  mentions: ReadonlyMap<string, readonly ActorMention[]>,
): Problem[] {
  const warnings: Problem[] = [];
  for (const event of events) {
    const index = eventIndex.get(event.id);
    if (index === undefined) continue;
    event.actors.forEach((actor, j) => {
      const named = event.citations.some((c) =>
        (mentions.get(c.source) ?? []).some(
          (m) => m.actorId === actor && m.start >= c.start && m.end <= c.end,
        ),
      );
      if (!named)
        warnings.push(
          problemAt(
            annotations,
            ['events', index, 'actors', j],
            `actor "${actor}" is not named in any quote of this event`,
          ),
        );
    });
  }
  return warnings;
}
