/**
 * The day a story is about, and how a sentence without a date of its own is dated from it. News is
 * written about its day: a statement without a date was made that day; one in the perfect ("has
 * sent") or looking ahead ("will", "set to") is given only the month; one after a dated sentence of
 * the same paragraph lies between that date and the story's day.
 */
import type { SourceExtraction } from '../compile/sourceExtraction';
import type { When } from '../compile/annotationSchema';
import type { Sentence } from './text';

export interface StoryDay {
  /** YYYY-MM-DD, or YYYY-MM / YYYY when the article is only dated that precisely. */
  date: string;
  /** How it was found, for the draft's note. */
  how: string;
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

/** The first day a sentence of the article names within the week up to its dateline, else the dateline. */
export function storyDay(extraction: SourceExtraction, sentences: readonly Sentence[]): StoryDay | null {
  const dateline = extraction.dateline;
  if (!dateline) return null;
  if (dateline.date.length !== 10)
    return { date: dateline.date, how: `the article's date, ${dateline.date}` };
  const last = dayNumber(dateline.date);
  const inNews = (m: { start: number; end: number }) =>
    sentences.some((s) => m.start >= s.start && m.end <= s.end);
  const lead = extraction.dates.find((m) => {
    if (m.precision !== 'day' || !inNews(m)) return false;
    const day = dayNumber(m.date);
    return day <= last && day >= last - 7;
  });
  return lead
    ? { date: lead.date, how: `the day of the story, "${lead.text.trim()}" (${lead.date})` }
    : { date: dateline.date, how: `the article's date, ${dateline.date}` };
}

function precisionOf(date: string): 'day' | 'month' | 'year' {
  return date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
}

/** The longest common prefix of two ISO dates that is itself a date: the period holding both. */
function periodHolding(a: string, b: string): string {
  if (a === b) return a;
  return a.slice(0, 7) === b.slice(0, 7) ? a.slice(0, 7) : a.slice(0, 4);
}

export function undatedWhen(
  story: StoryDay,
  paragraphDate: string | null,
  tense: { perfect: boolean; future: boolean },
): { when: When; date: string } {
  let date = story.date;
  let why = `no date in the sentence; ${story.how}`;
  const gap =
    paragraphDate !== null && paragraphDate.length === 10 && story.date.length === 10
      ? dayNumber(story.date) - dayNumber(paragraphDate)
      : null;
  // Only a recent date bounds the sentence; after an old one ("since 2022") the story's day is the guess.
  if (paragraphDate !== null && gap !== null && gap > 0 && gap <= 31) {
    date = periodHolding(paragraphDate, story.date);
    why = `no date in the sentence; between ${paragraphDate}, the date of the sentence before it, and ${story.how}`;
  } else if ((tense.perfect || tense.future) && date.length === 10) {
    date = date.slice(0, 7);
    why = `no date in the sentence, which ${tense.future ? 'looks ahead' : 'is in the perfect'}; the month of ${story.how}`;
  }
  return { when: { date, precision: precisionOf(date), basis: 'inferred', note: `Drafted: ${why}.` }, date };
}
