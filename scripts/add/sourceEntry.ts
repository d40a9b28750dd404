/**
 * The sources.yaml entries of a new article file: one per article in it, with its title, its date and
 * how that date is known, the agencies it names, and the parts of the text that are not news.
 */
import { DEFAULT_ACTORS, findActors, findDateline, findDates } from '../../src/data/extract/index';
import type { SourceSpec } from '../compile/sourcesSchema';
import { layoutOf, type ArticleLayout } from './layout';
import { flat, sentencesOf, slugify } from './text';

export interface SourceOptions {
  /** The article's publication date (YYYY-MM-DD, YYYY-MM or YYYY), e.g. from its web page. */
  published?: string;
  outlet?: string;
  url?: string;
}

export type DraftSource = SourceSpec & { draft: true };

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const OUTLETS = DEFAULT_ACTORS.filter((a) => a.role === 'news outlet');

function shorten(text: string, max: number): string {
  const line = flat(text);
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
}

interface Dated {
  published: string | null;
  publishedBasis: 'stated' | 'inferred' | 'unknown';
  publishedNote: string;
}

/**
 * An article without a dateline is dated by its captions and embedded posts: from a dated photo or
 * post the article is that day or later. If the text names that day's weekday ("on Thursday"), the
 * article is taken to be from that day; otherwise only the month is kept.
 */
function datedByCaptions(text: string, layout: ArticleLayout): Dated | null {
  const dates = layout.captions
    .flatMap((line) => findDates(text.slice(line.start, line.end), null))
    .filter((d) => d.precision === 'day' && d.basis === 'stated')
    .sort((a, b) => (a.date < b.date ? 1 : -1));
  const latest = dates[0];
  if (!latest) return null;
  const [year, month, day] = latest.date.split('-').map(Number) as [number, number, number];
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] ?? '';
  const body = layout.captions.reduce(
    (rest, line) =>
      rest.slice(0, line.start - layout.start) +
      ' '.repeat(line.end - line.start) +
      rest.slice(line.end - layout.start),
    text.slice(layout.start, layout.end),
  );
  if (new RegExp(`\\b${weekday}\\b`).test(body))
    return {
      published: latest.date,
      publishedBasis: 'inferred',
      publishedNote: `No dateline. A caption or embedded post is dated "${latest.text}", a ${weekday}, and the text says "${weekday}": taken as the day of the article.`,
    };
  return {
    published: latest.date.slice(0, 7),
    publishedBasis: 'inferred',
    publishedNote: `No dateline. A caption or embedded post is dated "${latest.text}": the article is from that day or later; month precision.`,
  };
}

function dateOf(text: string, layout: ArticleLayout, given: string | undefined): Dated {
  if (given !== undefined)
    return {
      published: given,
      publishedBasis: 'stated',
      publishedNote: 'Given with --published when the article was added.',
    };
  const dateline = findDateline(text.slice(layout.start, layout.end));
  if (dateline?.source === 'text')
    return dateline.note === undefined
      ? {
          published: dateline.date,
          publishedBasis: 'stated',
          publishedNote: `The dateline "${flat(dateline.text ?? '')}".`,
        }
      : {
          published: dateline.date,
          publishedBasis: 'inferred',
          publishedNote: `The dateline "${flat(dateline.text ?? '')}"; ${dateline.note}.`,
        };
  return (
    datedByCaptions(text, layout) ?? {
      published: null,
      publishedBasis: 'unknown',
      publishedNote:
        'No dateline in the text and none given: write the date here (or add the article again with --published YYYY-MM-DD).',
    }
  );
}

function agenciesOf(text: string, layout: ArticleLayout, outlet: string | undefined): string[] {
  const named = findActors(text.slice(layout.start, layout.end), OUTLETS).map(
    (m) => OUTLETS.find((o) => o.id === m.actorId)?.name ?? m.text,
  );
  return [...new Set([...(outlet === undefined ? [] : [outlet]), ...named])];
}

/**
 * The draft entries for a file: `prefix` is the file's number (`005`), `file` its path in the
 * repository; options apply to the first article (the one a web page's metadata describes).
 */
export function draftSources(
  text: string,
  file: string,
  prefix: string,
  options: SourceOptions,
  takenIds: ReadonlySet<string>,
): DraftSource[] {
  const layouts = layoutOf(text);
  return layouts.map((layout, i) => {
    const dateline = findDateline(text.slice(layout.start, layout.end));
    const header =
      dateline?.start != null && dateline.end != null
        ? [{ start: layout.start + dateline.start, end: layout.start + dateline.end }]
        : [];
    const firstSentence = sentencesOf(text, layout, header)[0]?.text ?? file;
    const title = shorten(layout.headline ?? firstSentence, 100);
    const letter = layouts.length > 1 ? String.fromCharCode(97 + i) : '';
    const outletSlug = options.outlet === undefined || i > 0 ? '' : `${slugify(options.outlet, 2)}-`;
    let id = `${prefix}${letter}-${outletSlug}${slugify(title, 5)}`.replace(/-+$/, '');
    for (let n = 2; takenIds.has(id); n++) id = `${prefix}${letter}-${outletSlug}${slugify(title, 5)}-${n}`;
    const dated = dateOf(text, layout, i === 0 ? options.published : undefined);
    const span =
      layout.startsAt !== undefined || layout.endsBefore !== undefined
        ? {
            span: {
              ...(layout.startsAt === undefined ? {} : { startsAt: layout.startsAt }),
              ...(layout.endsBefore === undefined ? {} : { endsBefore: layout.endsBefore }),
            },
          }
        : {};
    return {
      id,
      file,
      title,
      ...dated,
      outlet: i === 0 ? (options.outlet ?? null) : null,
      ...(i === 0 && options.url !== undefined ? { url: options.url } : {}),
      agencies: agenciesOf(text, layout, i === 0 ? options.outlet : undefined),
      ...span,
      excluded: layout.excluded,
      draft: true,
    };
  });
}
