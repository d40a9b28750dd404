/**
 * What a sentence's wording says: the kind of event its verb reports, its tense, the stage and kind
 * of a money figure, and a short title drafted from its own words.
 */
import type { AmountKind, AmountStage, EventKind } from '../../src/data/schema';
import { MAX_TITLE_LENGTH } from '../compile/annotationSchema';
import { flat } from './text';

/** The text with quoted speech blanked out (same length), so a quoted verb is not the sentence's verb. */
export function withoutQuotes(text: string): string {
  return text.replace(/“[^”]*”|"[^"]*"|«[^»]*»/g, (q) => ' '.repeat(q.length));
}

/** Verb cues of event kinds; the earliest cue in the sentence wins, the longer one at the same place. */
const KIND_CUES: [EventKind, RegExp][] = [
  [
    'reaction',
    /\b(?:seized on|condemn(?:ed|s)?|critici[sz]ed|reacted|responded|commenting on|in response to|denounced|slammed|rejected)\b/gi,
  ],
  [
    'visit',
    /\b(?:visit(?:ed|s|ing)?|trip to|toured|arrived in|travel(?:l)?ed to|(?:was|were) (?:also )?in)\b/gi,
  ],
  ['meeting', /\b(?:met|meets|meeting|talks with|held (?:a |talks)|hosted|summit|forum|discussed)\b/gi],
  [
    'attack',
    /\b(?:attack(?:ed|s)?|strikes? (?:on|against|near)|struck|shell(?:ed|ing)|bombard(?:ed|ment)|launched \d+ (?:drones|missiles)|drone attack|missile attack)\b/gi,
  ],
  [
    'military',
    /\b(?:invaded|invasion|liberat(?:ed|ing)|captured|recaptured|retook|counter-?offensive|offensive|clawing back|advanced)\b/gi,
  ],
  ['decision', /\b(?:decided|decision to|approved|allowed|authori[sz]ed|voted|adopted|passed a)\b/gi],
  ['contract', /\b(?:contracts?|ordered|orders)\b/gi],
  ['budget', /\b(?:budget|military spending|defen[cs]e spending)\b/gi],
  ['announcement', /\b(?:announced|announces|unveiled|announcement|pledged|promised|committed)\b/gi],
  [
    'report',
    /\b(?:reported|according to|documents? (?:show|showed|said)|a leak of|figures .{0,30}showed)\b/gi,
  ],
  [
    'statement',
    /\b(?:said|says|told|declared|stated|added|noted|urged|called for|acknowledged|predicted|wrote|stressed|warned|reiterated|expressed|explained|agreed|promised|vowed|insisted)\b/gi,
  ],
];

/** The kind of event the sentence's verb reports, or null when it reports no action or statement. */
export function eventKind(sentence: string): EventKind | null {
  const text = withoutQuotes(sentence);
  let best: { kind: EventKind; at: number; length: number } | null = null;
  for (const [kind, cue] of KIND_CUES) {
    for (const m of text.matchAll(cue)) {
      if (best === null || m.index < best.at || (m.index === best.at && m[0].length > best.length))
        best = { kind, at: m.index, length: m[0].length };
    }
  }
  return best?.kind ?? null;
}

/** "Stoltenberg said ...": whatever the tense of what was said, the saying is dated. */
const REPORTED = /\b(?:said|told|declared|stated|announced|added|wrote|noted|reiterated|warned|urged)\b/i;

/** "has sent", "have been clawing": done some time before the story, not on its day. */
export function isPerfect(sentence: string): boolean {
  const text = withoutQuotes(sentence);
  return (
    !REPORTED.test(text) && /\b(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?\w+(?:ed|en|ne|wn|t|ing)\b/i.test(text)
  );
}

/** "will", "is set to", "ahead of": still to come when the story was written. */
export function isFuture(sentence: string): boolean {
  const text = withoutQuotes(sentence);
  return (
    !REPORTED.test(text) &&
    /\b(?:will|would|(?:is|are|was|were) set to|plans? to|is due to|are due to|(?:is|are) expected to|ahead of)\b/i.test(
      text,
    )
  );
}

/** Stage and kind of a figure from the words around it (`before` ends at it, `after` starts after it). */
export function figureWording(
  before: string,
  after: string,
): { kind: AmountKind; stage: AmountStage } | null {
  // After the figure, only its own clause speaks for it ("$325 million in aid, bringing the total ...").
  const own = after.split(/[,;:]|\s(?:including|bringing|while|and)\s/)[0] ?? '';
  const near = `${before.slice(-90)} ${own.slice(0, 60)}`;
  if (/\b(?:budget|spending|expenditures?|budgeted)\b/i.test(near))
    return { kind: 'budget', stage: 'budgeted' };
  if (
    /\b(?:in total|total(?:ling|ing)?|so far|to date|since (?:\w+ )?\d{4}|since the start|overall|cumulative|altogether|bringing the total)\b/i.test(
      near,
    ) ||
    /\b(?:has|have) (?:so far )?(?:sent|provided|given|donated|delivered|pledged|committed|allocated|spent)\b/i.test(
      before.slice(-90),
    )
  )
    return { kind: 'total', stage: 'cumulative' };
  if (/\b(?:firm orders?|ordered|orders? for|purchase orders?)\b/i.test(near))
    return { kind: 'contract', stage: 'ordered' };
  if (/\bframework\b|\bcontracts? in place\b/i.test(near)) return { kind: 'contract', stage: 'committed' };
  if (
    /\b(?:signed|awarded|won)\b.{0,40}\bcontracts?\b|\bcontracts?\b.{0,20}\b(?:signed|awarded)\b/i.test(near)
  )
    return { kind: 'contract', stage: 'contracted' };
  if (/\bcontracts?\b/i.test(near)) return { kind: 'contract', stage: 'contracted' };
  // An approved loan or grant is money promised for good, as a pledge is.
  if (/\b(?:pledg(?:e|ed|es|ing)|promis(?:e|ed)|commit(?:ted|s)?|vowed|approv(?:e|ed|es))\b/i.test(near))
    return { kind: 'package', stage: 'committed' };
  if (/\b(?:allocat(?:e|ed|es)|earmark(?:ed)?|set aside)\b/i.test(near))
    return { kind: 'package', stage: 'allocated' };
  if (/\b(?:disbursed|paid out|transferred)\b/i.test(near)) return { kind: 'package', stage: 'disbursed' };
  if (/\b(?:delivered|shipped|handed over)\b/i.test(near)) return { kind: 'package', stage: 'delivered' };
  if (
    /\b(?:announc(?:e|ed|es)|unveil(?:ed|s)?|new (?:set|package|tranche)|will (?:provide|give|send))\b/i.test(
      near,
    )
  )
    return { kind: 'package', stage: 'announced' };
  return null;
}

/** Whether the words before a figure make it a part of the figure before it ("including", "of which"). */
export const introducesPart = (between: string) =>
  /\b(?:including|of which|among them|out of which)\s+(?:\w+\s+){0,3}$/i.test(between);

/** Whether the words before a figure make it the total of the figure before it ("bringing the total to"). */
export const introducesTotal = (between: string) =>
  /\bbringing (?:the|its) total (?:up )?to\s+$/i.test(between);

const LEADING =
  /^(?:(?:Earlier|Later|Meanwhile|Also|However|Separately|Previously|In particular|In addition|Additionally|Today|Yesterday|On the ground|In (?:a|the) \w+(?: \w+)?|On \w+(?: \d+)?|Last \w+|Earlier in the day|According to [^,“"]{1,60})\s*,\s*)+/i;
const SUBORDINATE =
  /^(?:While|Although|Though|Whereas|As|After|Before|During|Despite|Since|From|Following|Speaking|Under this)\b[^,]{0,160},\s*/i;
const ATTRIBUTION =
  /,?\s*(?:(?:the|a) (?:report|document|statement|ministry|spokes\w+) (?:said|showed|added)|(?:\p{Lu}[\p{L}.&-]*\s?){1,4}(?:reported|said|quoted \w+ as saying)|according to [^,.;]{2,60}|\p{Lu}\w+ reported)\s*[.!]?\s*$/u;

/** A name of one to four capitalized words, a verb of saying (and its day), and what was said, in lower case. */
const REPORTED_SPEECH =
  /^((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*)\s+(?:said|says|added|stressed|warned|insisted)\s+(?:(?:on\s+|last\s+)?\p{Lu}\p{Ll}+day\s+|(?:yesterday|today)\s+)?(?:that\s+)?(\p{Ll}.*)$/u;

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Where a new clause begins: a title may end before it and still say one whole thing. */
const CLAUSE_BREAK =
  /[,;]\s|\s[–—]\s|\s(?:as|while|whereas|although|after|amid|which|who|when|but|because|including|saying|calling)\s/g;
/** Where a phrase that only adds detail begins ("for ...", "of ..."), or a second verb ("and ..."). */
const PHRASE_BREAK =
  /\s(?:and|for|of|in|on|at|from|with|by|over|into|under|than|since|during|to(?=\s(?:the|a|an|its|more|\p{Lu}|\d|[$€£])))\s/gu;
/** Words a title cannot end on: they wait for what follows. */
const DANGLING =
  /\b(?:a|an|the|its|their|his|her|our|this|that|these|those|of|to|is|are|was|were|be|been|has|have|had|will|would|could|more|less|than|and|or|said|says|told|about|some|another|new)$/i;
/** An opening phrase ("From the start of the war,", "Speaking in Berlin,"): no title on its own. */
const OPENER =
  /^(?:\p{Lu}\p{Ll}+ing|From|In|On|At|Since|During|With|By|For|Under|Over|Amid|Despite|After|Before|Today|Yesterday)\b[^,]*$/u;
/** Titles shorter than this say too little to stand for their sentence. */
const MIN_WHOLE_TITLE = 24;

/** The longest beginning of `line` that ends before a break, fits in `max` and stands on its own. */
function wholeBeginning(line: string, breaks: RegExp, max: number): string | null {
  let best: string | null = null;
  for (const m of line.matchAll(breaks)) {
    if (m.index > max) break;
    const head = line.slice(0, m.index).replace(/[\s,;:–—-]+$/, '');
    const quotes = (head.match(/[“”"]/g) ?? []).length;
    // "the Netherlands, Estonia and Denmark": a list of names is not where a clause ends.
    const inList = /\p{Lu}[\p{L}.’'-]*$/u.test(head) && /^\p{Lu}/u.test(line.slice(m.index + m[0].length));
    if (
      head.length < MIN_WHOLE_TITLE ||
      DANGLING.test(head) ||
      OPENER.test(head) ||
      inList ||
      quotes % 2 === 1
    )
      continue;
    best = head;
  }
  return best;
}

/**
 * Cuts a text to the title length: before a new clause, else before a phrase that only adds detail,
 * so the title says one whole thing; failing both, at a clause or word boundary marked with "…".
 */
export function fitTitle(text: string, max = MAX_TITLE_LENGTH): string {
  let line = flat(text).replace(/[.,;:]+$/, '');
  // An opening quote mark whose quote the title does not hold is dropped.
  if (/^[“"]/.test(line) && !/[”"]/.test(line.slice(1))) line = line.slice(1);
  if (line.length <= max) return line;
  const whole = wholeBeginning(line, CLAUSE_BREAK, max) ?? wholeBeginning(line, PHRASE_BREAK, max);
  if (whole !== null) return whole;
  const head = line.slice(0, max - 2);
  const clause = Math.max(
    head.lastIndexOf(', '),
    head.lastIndexOf('; '),
    head.lastIndexOf(' – '),
    head.lastIndexOf(' — '),
  );
  let cut: string;
  if (clause >= max * 0.75) cut = head.slice(0, clause).replace(/[\s,;:–—-]+$/, '');
  else {
    const word = head.lastIndexOf(' ');
    cut = `${head.slice(0, word > max / 2 ? word : max - 2).replace(/[\s,;:–—-]+$/, '')}…`;
  }
  // Close a quote the cut left open.
  const open = (cut.match(/“/g) ?? []).length - (cut.match(/”/g) ?? []).length;
  return open > 0 ? `${cut}”` : cut;
}

/**
 * A title from the sentence's own words: its main clause without openers ("Earlier in the day,") or
 * the attribution ("CNN reported"); a quote attributed to a speaker reads `Speaker: “quote”`.
 */
export function draftTitle(sentence: string, speaker: string | null): string {
  const text = flat(sentence);
  const quoted = /^[“"]([^”"]+)[”"],?\s+(.*)$/.exec(text);
  if (quoted && speaker !== null) {
    const words = (quoted[1] ?? '').replace(/[,.]+$/, '');
    const room = MAX_TITLE_LENGTH - speaker.length - 4;
    const said = words.length <= room ? words : `${words.slice(0, room - 1).replace(/\s+\S*$/, '')}…`;
    return `${speaker}: “${said}”`;
  }
  const opened = text.replace(LEADING, '');
  const main = opened.replace(SUBORDINATE, '');
  // "Speaking with colleagues from the UK, France and Poland, she said": the opening phrase ends
  // after its list of names, not at the list's first comma.
  const inList = /^\p{Lu}[\p{L}.’'-]*(?:,\s+\p{Lu}[\p{L}.’'-]*)*,?\s+(?:and|or)\s+\p{Lu}/u.test(main);
  const core = (inList ? opened : main).replace(ATTRIBUTION, '');
  // "Vaitkute said the first radars would ..." reads as `Vaitkute: the first radars would ...`.
  const reported = REPORTED_SPEECH.exec(core);
  // "Lund said this at the conference": "this" is what was said about, not what was said.
  if (reported && !/^(?:this|it|so|nothing)\b/.test(reported[2] ?? ''))
    return fitTitle(`${speaker ?? reported[1] ?? ''}: ${reported[2] ?? ''}`);
  return capitalize(fitTitle(core === '' ? text : core));
}
