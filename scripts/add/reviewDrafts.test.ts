import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PLAIN_MARKS, describeDraft } from './draftContext';
import { acceptDraft, deleteDraft, listDrafts, mergeDraft, type Texts } from './reviewDrafts';
import { replaceDraft } from './reviewEdit';
import { reviewLoop } from './reviewLoop';

const SOURCES = `sources:
  - id: s1
    file: data/sources/s1.txt
    title: T
`;
const ARTICLE = 'Norway pledged 2 billion crowns on Tuesday.\nLund said it would help Ukraine.\n';

const ANNOTATIONS = `title: T
actors:
  - id: norway
    name: Norway
    type: country
    aliases: []
    role: null
  - id: ingrid-lund
    draft: true
    name: Ingrid Lund
    type: person
    aliases: [Lund]
    role: null
events:
  # Curated
  - id: curated
    title: Curated
    summary: >-
      A curated
      summary.
    kind: statement
    actors: [norway]
    location: null
    when: { mention: Tuesday }
    quotes:
      - source: s1
        quote: Norway pledged 2 billion crowns on Tuesday.
  - id: pledge
    draft: true
    title: Norway pledged
    summary: Norway pledged.
    kind: announcement
    actors: [norway, ingrid-lund]
    location: null
    when: { mention: Tuesday }
    quotes:
      - source: s1
        quote: Lund said it would help Ukraine.
    mergeWith: [curated]
amounts:
  - id: norway-2b
    draft: true
    event: pledge
    label: 2 billion crowns
    quotes:
      - source: s1
        quote: Norway pledged 2 billion crowns on Tuesday.
    donor: norway
    recipient: null
    kind: package
    stage: committed
ignore: []
`;

const texts: Texts = { annotations: ANNOTATIONS, sources: SOURCES };
const data = (t: Texts) => parse(t.annotations) as Record<string, Record<string, unknown>[]>;
const ref = (t: Texts, key: string) => {
  const found = listDrafts(t).find((d) => d.key === key);
  if (!found) throw new Error(`no draft ${key}`);
  return found;
};
const ok = (outcome: ReturnType<typeof acceptDraft>): Texts => {
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.texts;
};

describe('the drafts to review', () => {
  it('are listed actors first, then each event followed by its figures, with their lines', () => {
    expect(listDrafts(texts).map((d) => `${d.key}@${d.line}`)).toEqual([
      'actors:ingrid-lund@8',
      'events:pledge@28',
      'amounts:norway-2b@41',
    ]);
  });

  it('are shown with each quote in its paragraph and the figure marked', () => {
    const lines = describeDraft(ref(texts, 'amounts:norway-2b'), texts, () => ARTICLE, PLAIN_MARKS);
    expect(lines[0]).toBe('draft figure norway-2b  (data/annotations.yaml:41)');
    expect(lines).toContain('  data/sources/s1.txt:1: [Norway pledged 2 billion crowns on Tuesday.]');
  });
});

describe('reviewing a draft', () => {
  it('accepting removes the draft mark and the merge suggestion, and nothing else', () => {
    const accepted = ok(acceptDraft(texts, ref(texts, 'events:pledge')));
    const pledge = data(accepted).events?.find((e) => e.id === 'pledge');
    expect(pledge).not.toHaveProperty('draft');
    expect(pledge).not.toHaveProperty('mergeWith');
    expect(accepted.annotations).toContain('    summary: >-\n      A curated\n      summary.');
    expect(accepted.annotations.split('\n').length).toBe(ANNOTATIONS.split('\n').length - 2);
  });

  it('deleting an event takes its drafted figures with it', () => {
    const outcome = deleteDraft(texts, ref(texts, 'events:pledge'));
    expect(outcome.ok && outcome.note).toBe('deleted its 1 drafted figure(s) too');
    const after = data(ok(outcome));
    expect(after.events?.map((e) => e.id)).toEqual(['curated']);
    expect(after.amounts).toEqual([]);
  });

  it('deleting an actor that an event still names is refused', () => {
    const outcome = deleteDraft(texts, ref(texts, 'actors:ingrid-lund'));
    expect(outcome).toEqual({ ok: false, message: 'event pledge names this actor: change it first' });
  });

  it('merging moves the quotes, actors and figures into the other event and removes the draft', () => {
    const after = data(ok(mergeDraft(texts, ref(texts, 'events:pledge'), 'curated')));
    expect(after.events?.map((e) => e.id)).toEqual(['curated']);
    const curated = after.events?.[0];
    expect(curated?.actors).toEqual(['norway', 'ingrid-lund']);
    expect((curated?.quotes as unknown[]).length).toBe(2);
    expect(after.amounts?.[0]?.event).toBe('curated');
  });

  it('an edit replaces the draft when it is a valid entry, and is refused with located problems otherwise', () => {
    const pledge = ref(texts, 'events:pledge');
    const edited = ok(
      replaceDraft(
        texts,
        pledge,
        'id: pledge-2\ntitle: Norway pledges\nsummary: S.\nkind: announcement\nactors: [norway]\nlocation: Oslo\nwhen: { mention: Tuesday }\nquotes:\n  - source: s1\n    quote: Lund said it would help Ukraine.\n',
      ),
    );
    expect(data(edited).events?.[1]).toMatchObject({
      id: 'pledge-2',
      title: 'Norway pledges',
      location: 'Oslo',
    });
    expect(data(edited).amounts?.[0]?.event).toBe('pledge-2');
    const refused = replaceDraft(texts, pledge, 'id: pledge\nkind: rumour\n', 'draft.yaml');
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.message).toContain('draft.yaml:2:7 kind: ');
  });
});

describe('the review session', () => {
  it('takes one key per draft and saves after each decision', async () => {
    const keys = ['s', 'a', 'd', 'q'];
    const saved: Texts[] = [];
    const printed: string[] = [];
    const tally = await reviewLoop(texts, {
      next: () => Promise.resolve(keys.shift() ?? null),
      print: (line) => printed.push(line),
      edit: () => null,
      save: (t) => {
        saved.push(t);
        return Promise.resolve(t);
      },
      readSource: () => ARTICLE,
      marks: PLAIN_MARKS,
    });
    expect(tally).toEqual({ accepted: 1, edited: 0, deleted: 1, merged: 0, skipped: 1, left: 1 });
    expect(saved).toHaveLength(2);
    expect(listDrafts(saved[1] ?? texts).map((d) => d.key)).toEqual(['actors:ingrid-lund']);
    expect(printed.join('\n')).toContain('m merge into curated');
  });
});

describe('the review order', () => {
  it('keeps a figure right after its event once the event is accepted', () => {
    const accepted = ok(acceptDraft(texts, ref(texts, 'events:pledge')));
    expect(listDrafts(accepted).map((d) => d.key)).toEqual(['actors:ingrid-lund', 'amounts:norway-2b']);
    const withLaterEvent = accepted.annotations.replace(
      'ignore: []',
      'ignore:\n  - source: s1\n    draft: true\n    kind: date\n    mention: Tuesday\n    reason: r\n',
    );
    expect(listDrafts({ ...accepted, annotations: withLaterEvent }).map((d) => d.list)).toEqual([
      'actors',
      'amounts',
      'ignore',
    ]);
  });
});

describe('merging an event whose figure the other event has already', () => {
  it('makes the drafted figure another quote of the existing one', () => {
    const curatedFigure = `  - id: curated-2b
    event: curated
    label: 2 billion crowns
    quotes:
      - source: s1
        quote: The 2 billion crowns Norway pledged.
    donor: norway
    recipient: null
    kind: package
    stage: committed
`;
    const withFigure = {
      ...texts,
      annotations: texts.annotations.replace('amounts:\n', `amounts:\n${curatedFigure}`),
    };
    const merged = mergeDraft(withFigure, ref(withFigure, 'events:pledge'), 'curated');
    expect(merged.ok && merged.note).toBe('1 figure(s) were already there and became quotes of them');
    const after = data(ok(merged));
    expect(after.amounts?.map((a) => a.id)).toEqual(['curated-2b']);
    expect((after.amounts?.[0]?.quotes as unknown[]).length).toBe(2);
  });
});

describe('editing in the review session', () => {
  const session = async (keys: string[], edit: (text: string) => string) => {
    let last = texts;
    const printed: string[] = [];
    const tally = await reviewLoop(texts, {
      next: () => Promise.resolve(keys.shift() ?? null),
      print: (line) => printed.push(line),
      edit,
      save: (t) => {
        last = t;
        return Promise.resolve(t);
      },
      readSource: () => ARTICLE,
      marks: PLAIN_MARKS,
    });
    return { tally, last, printed: printed.join('\n') };
  };

  it('accepts the entry it saves: the editor gets it without the draft mark, a merge suggestion as a comment', async () => {
    const seen: string[] = [];
    const { tally, last } = await session(['s', 'e', 'q'], (text) => {
      seen.push(text);
      return text.replace('title: Norway pledged', 'title: Norway pledges aid');
    });
    expect(seen[0]).not.toMatch(/^draft:/m);
    expect(seen[0]).toContain('# Suggested merge with curated');
    expect(seen[0]).not.toMatch(/^mergeWith:/m);
    expect(tally.edited).toBe(1);
    const pledge = data(last).events?.find((e) => e.id === 'pledge');
    expect(pledge).toMatchObject({ title: 'Norway pledges aid' });
    expect(pledge?.draft).toBeUndefined();
    expect(listDrafts(last).map((d) => d.key)).not.toContain('events:pledge');
  });

  it('keeps the draft when the editor saves it unchanged, or with its draft mark written back', async () => {
    const unchanged = await session(['s', 'e', 'q'], (text) => text);
    expect(unchanged.tally.edited).toBe(0);
    expect(unchanged.printed).toContain('not changed: still a draft');
    const kept = await session(['s', 'e', 'q'], (text) => `${text}draft: true\n`);
    expect(kept.tally.edited).toBe(1);
    expect(listDrafts(kept.last).map((d) => d.key)).toContain('events:pledge');
  });
});
