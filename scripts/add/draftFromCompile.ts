/**
 * The drafts of a newly listed article, from the dataset compiled with it: its events, figures and
 * ignore entries, and stubs for the actors they name that the dataset does not know.
 */
import type { ActorAnnotation } from '../compile/annotationSchema';
import type { CompileResult } from '../compile/compileDataset';
import { draftArticle } from './draftArticle';
import type { Drafts, KnownEvent } from './draftTypes';
import { actorMentions, knownActors } from './knownActors';
import { newNameStubs } from './newNames';

export function draftSourceAnnotations(
  compiled: CompileResult,
  sourceFile: string,
): { drafts: Drafts; actors: ActorAnnotation[] } {
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
  const mine = compiled.extractions.filter((e) => e.source.spec.file === sourceFile);
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
  return { drafts, actors };
}
