/**
 * Drafts the annotations of one article: an event for every dated action or statement, a figure for
 * every money mention, and an ignore entry for what is neither. Every drafted word comes from the
 * article; dates not written in a sentence are inferred from the story and say how.
 */
import { ArticleDraft } from './articleDraft';
import { draftEventsAtDistance, draftSubEvent } from './clauseEvents';
import type { ArticleInput, Drafts, EventDraft, KnownEvent } from './draftTypes';
import { figureEventKind, draftFigures, isConversion } from './figureDrafts';
import { draftIgnores } from './ignoreDrafts';
import { suggestMerges } from './mergeSuggestions';
import { continuesPrevious, roleOf } from './sentenceCues';
import { flat, inside } from './text';
import { eventKind } from './wording';

export function draftArticle(input: ArticleInput, known: KnownEvent[], taken: Set<string>): Drafts {
  const article = new ArticleDraft(input, known, taken);
  const dateline = article.input.extraction.dateline?.date ?? null;
  article.sentences.forEach((sentence) => {
    const existing = article.citedEvent(sentence);
    const money = article.input.extraction.money.filter(
      (m) => inside(m, sentence) && !article.isHandled(m) && !isConversion(article, m),
    );
    if (existing !== undefined) {
      if (money.length > 0)
        draftFigures(article, sentence, money, existing === null ? null : article.existingEvent(existing));
      return;
    }
    const dates = article.datesIn(sentence).map((d) => ({
      mention: d,
      role: roleOf(article.text, sentence, d, dateline),
    }));
    const actors = article.actorsIn(sentence);
    const kind = eventKind(sentence.text);
    const main = dates.find((d) => d.role === 'main');
    const previous = article.lastEvent();
    let event: EventDraft | null = null;

    if (main) {
      event = article.addEvent(
        sentence,
        { mention: flat(main.mention.text) },
        main.mention.date,
        (money.length > 0 ? figureEventKind(article, sentence, money) : null) ??
          kind ??
          (money.length > 0 ? 'announcement' : 'statement'),
        actors.length > 0 ? actors : article.fallbackActors(),
        sentence.text,
      );
    } else if (
      previous &&
      (continuesPrevious(sentence.text) || actors.length === 0) &&
      (kind !== null || money.length > 0) &&
      sentence.paragraph - previous.paragraph <= 2
    ) {
      article.addQuote(previous, sentence);
      event = previous;
    } else if (kind !== null || money.length > 0) {
      const figureKind = money.length > 0 ? figureEventKind(article, sentence, money) : null;
      event = article.undatedEvent(
        sentence,
        figureKind ?? kind ?? 'announcement',
        actors.length > 0 ? actors : article.fallbackActors(),
      );
    } else if (
      previous?.paragraph === sentence.paragraph &&
      actors.some((a) => previous.annotation.actors.includes(a))
    ) {
      article.addQuote(previous, sentence);
    }

    if (event) draftEventsAtDistance(article, sentence, event);
    for (const sub of dates.filter((d) => d.role === 'sub'))
      draftSubEvent(article, sentence, sub.mention, actors);
    if (money.length > 0) draftFigures(article, sentence, money, event);
  });
  suggestMerges(article);
  draftIgnores(article);
  return article.drafts;
}
