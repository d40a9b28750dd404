/**
 * The actors a draft may name: the dataset's own, then the extractor's built-in list for names the
 * dataset does not know yet (those become draft actor stubs). News outlets are sources, not actors.
 */
import { DEFAULT_ACTORS, findActors, type ActorMention, type KnownActor } from '../../src/data/extract/index';
import { knownActor } from '../compile/actorSupport';
import type { ActorAnnotation } from '../compile/annotationSchema';
import { slugify } from './text';

export interface KnownActors {
  /** Every actor to look for, dataset actors first. A new list for new actors: the finder caches by list. */
  list: readonly KnownActor[];
  /** The dataset id an extractor id stands for (a built-in actor gets the id of its stub). */
  idOf: (extractorId: string) => string;
  /** Stubs for built-in actors, by their dataset id; only the ones a draft uses are written. */
  stubs: Map<string, ActorAnnotation>;
  types: Map<string, KnownActor['type']>;
}

const norm = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function namesOf(actor: KnownActor): Set<string> {
  const titles = (actor.titles ?? []).map((t) => (typeof t === 'string' ? t : t.title));
  return new Set([actor.name, ...actor.aliases, ...titles, ...(actor.metonyms ?? [])].map(norm));
}

export function knownActors(dataset: readonly ActorAnnotation[]): KnownActors {
  const own = dataset.map(knownActor);
  const ids = new Set(own.map((a) => a.id));
  const names = own.map((a) => ({ id: a.id, names: namesOf(a) }));
  const idOf = new Map<string, string>(own.map((a) => [a.id, a.id]));
  const stubs = new Map<string, ActorAnnotation>();
  const extra: KnownActor[] = [];
  for (const actor of DEFAULT_ACTORS) {
    if (actor.role === 'news outlet') continue;
    const same = names.find(
      (n) => n.names.has(norm(actor.name)) || namesOf(actor).has(norm([...n.names][0] ?? '')),
    );
    if (same) {
      idOf.set(actor.id, same.id);
      continue;
    }
    let id = actor.type === 'person' ? slugify(actor.name, 8) : actor.id;
    while (ids.has(id)) id = `${id}-2`;
    ids.add(id);
    idOf.set(actor.id, id);
    extra.push(actor);
    stubs.set(id, {
      id,
      name: actor.name,
      type: actor.type,
      aliases: actor.aliases,
      role: actor.role ?? null,
      ...(actor.titles && { titles: actor.titles }),
      ...(actor.demonyms && { demonyms: actor.demonyms }),
      ...(actor.metonyms && { metonyms: actor.metonyms }),
      draft: true,
    });
  }
  const list = [...own, ...extra];
  return {
    list,
    idOf: (extractorId) => idOf.get(extractorId) ?? extractorId,
    stubs,
    types: new Map(list.map((a) => [idOf.get(a.id) ?? a.id, a.type])),
  };
}

/** Actor mentions of a part of a file, with offsets into the file and dataset ids. */
export function actorMentions(
  known: KnownActors,
  text: string,
  span: { start: number; end: number },
  dateline: string | null,
): ActorMention[] {
  return findActors(text.slice(span.start, span.end), known.list, dateline).map((m) => ({
    ...m,
    actorId: known.idOf(m.actorId),
    start: m.start + span.start,
    end: m.end + span.start,
  }));
}
