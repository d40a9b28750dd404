/** Merge suggestions: a drafted event on the same day as another, of the same kind, sharing an actor. */
import type { ArticleDraft } from './articleDraft';

/** Events on the same day, of the same kind, sharing an actor: the curator decides whether to merge. */
export function suggestMerges(article: ArticleDraft): void {
  const fresh = article.events.filter((e) => e.isNew);
  for (const event of fresh) {
    const a = event.annotation;
    const others = [
      ...article.known.map((k) => ({ id: k.id, date: k.date, kind: k.kind, actors: k.actors })),
      ...fresh
        .filter((e) => e !== event && e.sentence < event.sentence)
        .map((e) => ({
          id: e.annotation.id,
          date: e.date,
          kind: e.annotation.kind,
          actors: e.annotation.actors,
        })),
    ];
    const same = others.filter(
      (o) => o.date === event.date && o.kind === a.kind && o.actors.some((actor) => a.actors.includes(actor)),
    );
    if (same.length > 0) a.mergeWith = same.map((o) => o.id);
  }
  for (const event of fresh)
    article.known.push({
      id: event.annotation.id,
      date: event.date,
      kind: event.annotation.kind,
      actors: event.annotation.actors,
    });
}
