/**
 * The marks of a source reader, as a pure function of the source text and what cites it: the text cut
 * into segments at every mark boundary, each segment saying which marks cover it. Rendering only maps
 * segments to text nodes and elements.
 */
import type { Citation } from '../../data/schema';
import type { SourceText } from '../../data/sourceText';

/** An event or figure that cites the source. */
export interface Citer {
  type: 'event' | 'amount';
  id: string;
  /** The event's id for an event; the figure's event for a figure (selecting a figure shows both). */
  eventId: string;
  /** What a link to it says: the event's title, or the figure's value and label. */
  label: string;
  draft: boolean;
  citations: readonly Citation[];
}

/** A cited passage: one range of the text and every event or figure that cites exactly that range. */
export interface Passage {
  start: number;
  end: number;
  citers: Citer[];
  draft: boolean;
}

export interface Segment {
  /** Offsets into the source's file, like citations. */
  start: number;
  end: number;
  text: string;
  /** Inside the quote the reader was opened for. */
  focus: boolean;
  /** Inside a passage some event or figure cites. */
  cited: boolean;
  /** Inside a passage cited by a draft. */
  draft: boolean;
  uncovered: 'money' | 'date' | null;
  /** Why this part is not news, when it is excluded. */
  excluded: string | null;
  /** The passages that end here: their links follow this segment. */
  ending: Passage[];
}

export interface ReaderModel {
  segments: Segment[];
  passages: Passage[];
  /** Citations whose quote is not the text at their offsets (the text changed): left unmarked. */
  mismatched: number;
  counts: { cited: number; draft: number; money: number; date: number; excluded: number };
}

interface Range {
  start: number;
  end: number;
}

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

/** The passages of a source: citations grouped by their exact range, in text order. */
function passagesOf(
  source: SourceText,
  citers: readonly Citer[],
): { passages: Passage[]; mismatched: number } {
  const byRange = new Map<string, Passage>();
  let mismatched = 0;
  const { offset, text } = source;
  for (const citer of citers) {
    for (const c of citer.citations) {
      if (c.source !== source.source) continue;
      if (text.slice(c.start - offset, c.end - offset) !== c.quote) {
        mismatched++;
        continue;
      }
      const key = `${c.start}:${c.end}`;
      let passage = byRange.get(key);
      if (passage === undefined) {
        passage = { start: c.start, end: c.end, citers: [], draft: false };
        byRange.set(key, passage);
      }
      if (!passage.citers.includes(citer)) passage.citers.push(citer);
      passage.draft ||= citer.draft;
    }
  }
  const passages = [...byRange.values()].sort((a, b) => a.start - b.start || b.end - a.end);
  return { passages, mismatched };
}

/** Cuts the text at every mark boundary and says what covers each piece. */
export function readerModel(source: SourceText, citers: readonly Citer[], focus: Range | null): ReaderModel {
  const { passages, mismatched } = passagesOf(source, citers);
  const first = source.offset;
  const last = source.offset + source.text.length;
  const cuts = new Set([first, last]);
  const ranges: Range[] = [...passages, ...source.uncovered, ...source.excluded];
  if (focus !== null) ranges.push(focus);
  for (const r of ranges) {
    if (r.start > first && r.start < last) cuts.add(r.start);
    if (r.end > first && r.end < last) cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const piece = { start: points[i] ?? 0, end: points[i + 1] ?? 0 };
    const covering = passages.filter((p) => overlaps(p, piece));
    segments.push({
      ...piece,
      text: source.text.slice(piece.start - first, piece.end - first),
      focus: focus !== null && overlaps(focus, piece),
      cited: covering.length > 0,
      draft: covering.some((p) => p.draft),
      uncovered: source.uncovered.find((u) => overlaps(u, piece))?.kind ?? null,
      excluded: source.excluded.find((x) => overlaps(x, piece))?.reason ?? null,
      ending: passages.filter((p) => p.end === piece.end),
    });
  }
  return {
    segments,
    passages,
    mismatched,
    counts: {
      cited: passages.length,
      draft: passages.filter((p) => p.draft).length,
      money: source.uncovered.filter((u) => u.kind === 'money').length,
      date: source.uncovered.filter((u) => u.kind === 'date').length,
      excluded: source.excluded.length,
    },
  };
}
