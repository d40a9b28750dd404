/**
 * Names no actor list knows: a person introduced by a role ("Defence Minister Anna Kowalska",
 * "spokeswoman Maria Berg said"), an organisation whose name says what it is ("Nordic Investment
 * Bank", "State Emergency Service (SES)"), a company by its legal form ("Nordwerk AG") or introduced as
 * one ("arms maker Nordwerk"). Each becomes a draft actor stub with its short forms as aliases;
 * anything less certain is left for the curator.
 */
import type { ActorMention } from '../../src/data/extract/index';
import type { ActorAnnotation } from '../compile/annotationSchema';
import { slugify, type Span } from './text';

const ROLE =
  /\b(?:minister|president|prime minister|premier|chancellor|spokesman|spokeswoman|spokesperson|secretary|senator|chief|head|general|ambassador|envoy|commander|director|governor|mayor|lawmaker|deputy|official|chairman|chairwoman|chair|ceo|adviser|advisor|speaker|king|queen|commissioner)\s*,?\s*$/i;
const ORGANISATION =
  /\b(?:Ministry|Council|Agency|Bank|Fund|Group|Commission|Forces|Union|Organi[sz]ation|Committee|Parliament|Company|Corporation|Institute|Office|Department|Administration|Army|Navy|Guard|Service|Programme|Program|Facility|Authority|Foundation|Alliance|Coalition|Cabinet|Government|Secretariat|Operator)\b/;
const NAME =
  /\b\p{Lu}[\p{Ll}'’-]+(?:\s+(?:(?:de|von|van|der|al|bin|la|le|of|for|and|the)\s+)*\p{Lu}[\p{L}'’-]+){1,4}/gu;
const COMPANY_NAME = String.raw`\p{Lu}[\p{L}&'’-]+(?:\s+\p{Lu}[\p{L}&'’-]+){0,2}`;
/** A company's legal form after its name: "Nordwerk AG", "Baltic Shipyards Ltd". */
const LEGAL_FORM = String.raw`(?:AG|GmbH|SE|SA|ASA|AB|Oyj|plc|PLC|Ltd|Inc|Corp|LLC|NV)\b\.?`;
const WITH_LEGAL_FORM = new RegExp(String.raw`\b(${COMPANY_NAME})\s+${LEGAL_FORM}`, 'gu');
/** A name introduced as a company's: "arms maker Nordwerk", "the defence firm Vell Systems". */
const INTRODUCED_COMPANY = new RegExp(
  String.raw`\b(?:company|firm|group|concern|manufacturer|maker|producer|contractor|conglomerate|shipbuilder|start-?up)\s+(${COMPANY_NAME})`,
  'gu',
);
const NOT_NAMES =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|In|On|At|As|But|And|Earlier|Later|Meanwhile|According)\b/;

export interface NameStub {
  actor: ActorAnnotation;
  /** Where the name is written, for the review. */
  at: Span;
}

/** Stubs for the unknown person and organisation names in `text` between `span.start` and `span.end`. */
export function newNameStubs(
  text: string,
  span: Span,
  known: readonly ActorMention[],
  takenIds: ReadonlySet<string>,
): NameStub[] {
  const stubs = new Map<string, NameStub>();
  const body = text.slice(span.start, span.end);
  const companies = [
    ...[...body.matchAll(WITH_LEGAL_FORM)].map((m) => ({ m, name: m[1] ?? '', full: m[0] })),
    ...[...body.matchAll(INTRODUCED_COMPANY)].map((m) => {
      // "the arms maker Nordwerk AG": the name with its legal form, and without it.
      const bare = (m[1] ?? '').replace(new RegExp(String.raw`\s+${LEGAL_FORM}$`, 'u'), '');
      return { m, name: bare, full: bare === m[1] ? null : (m[1] ?? null) };
    }),
  ].sort((a, b) => a.m.index - b.m.index);
  for (const { m, name, full } of companies) {
    const start = span.start + m.index + m[0].indexOf(name);
    const end = start + (full ?? name).length;
    const id = slugify(name, 8);
    if (NOT_NAMES.test(name) || id === '' || takenIds.has(id) || stubs.has(id)) continue;
    if (known.some((k) => k.start < end && start < k.end)) continue;
    stubs.set(id, {
      actor: {
        id,
        name: full ?? name,
        type: 'organization',
        aliases: full === null ? [] : [name],
        role: null,
        draft: true,
      },
      at: { start, end },
    });
  }
  for (const match of body.matchAll(NAME)) {
    let name = match[0];
    let start = span.start + match.index;
    // "The Energy Community Secretariat": the article is not part of the name.
    const article = /^The\s+/.exec(name);
    if (article) {
      name = name.slice(article[0].length);
      start += article[0].length;
      if (!/\s/.test(name)) continue;
    }
    // "Ukraine's State Emergency Service": the owner is named apart from the name.
    const possessive = /^.*\p{L}['’]s\s+/u.exec(name);
    if (possessive) {
      name = name.slice(possessive[0].length);
      start += possessive[0].length;
      if (!/\s/.test(name)) continue;
    }
    // "Nordwerk AG CEO Jan Berg": a company's name ends at its legal form.
    const company = new RegExp(String.raw`^.*?\s${LEGAL_FORM}\s+`, 'u').exec(name);
    if (company) {
      name = name.slice(company[0].length);
      start += company[0].length;
    }
    // "Defence Minister Anna Kowalska": a role written in capitals is not part of the name.
    const role =
      /^(?:.*\b(?:Minister|President|Secretary|Spokesman|Spokeswoman|Chancellor|Premier|General|Ambassador|Commander|Director|Governor|Mayor|Senator|Chief|Head|Deputy|Commissioner|CEO)\s+)/.exec(
        name,
      );
    if (role && !ORGANISATION.test(name)) {
      name = name.slice(role[0].length);
      start += role[0].length;
    }
    const end = start + name.length;
    if (NOT_NAMES.test(name) || known.some((m) => m.start < end && start < m.end)) continue;
    const before = text.slice(Math.max(span.start, start - 40), start);
    const after = text.slice(end, end + 30);
    const words = name.split(/\s+/);
    let actor: ActorAnnotation | null = null;
    if (ORGANISATION.test(name)) {
      const acronym = /^\s*\((\p{Lu}{2,8})\)/u.exec(after)?.[1];
      actor = {
        id: slugify(name, 8),
        name,
        type: 'organization',
        aliases: acronym === undefined ? [] : [acronym],
        role: null,
        draft: true,
      };
    } else if (
      words.length >= 2 &&
      words.length <= 3 &&
      (ROLE.test(before) || role || /^\s*,?\s*(?:said|says|told|added|wrote)\b/.test(after))
    ) {
      const surname = words[words.length - 1] ?? name;
      actor = { id: slugify(name, 8), name, type: 'person', aliases: [surname], role: null, draft: true };
    }
    if (!actor || actor.id === '' || takenIds.has(actor.id) || stubs.has(actor.id)) continue;
    stubs.set(actor.id, { actor, at: { start, end } });
  }
  return [...stubs.values()];
}
