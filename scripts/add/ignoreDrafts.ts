/** Ignore entries for the date mentions no drafted quote covers. */
import type { ArticleDraft } from './articleDraft';
import { inside, overlaps, type Sentence } from './text';

/** Date mentions no drafted quote covers: ignore entries the curator confirms or turns into events. */
export function draftIgnores(article: ArticleDraft): void {
  const quoted = [
    ...article.drafts.events.flatMap((e) => e.quotes),
    ...article.drafts.amounts.flatMap((a) => a.quotes),
  ]
    .map((q) => article.sentences.find((s) => s.text === q.quote))
    .filter((s): s is Sentence => s !== undefined);
  const dated = [...article.input.extraction.dates, ...article.input.extraction.unresolved];
  for (const mention of dated) {
    if (article.isHandled(mention) || !inside(mention, article.input.source.span)) continue;
    if (article.input.source.excluded.some((e) => overlaps(e, mention))) continue;
    if (quoted.some((s) => overlaps(s, mention))) continue;
    article.ignore(
      'date',
      mention.text,
      'no action or statement is drafted from its sentence: cite it in an event, or say why it is not one',
    );
  }
}
