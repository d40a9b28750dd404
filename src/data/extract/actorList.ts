/**
 * Reads an actor list from YAML or JSON text: a top-level `actors:` list of
 * `{ id, name, type, aliases, role?, titles?, demonyms?, metonyms? }`, the shape of the dataset's
 * annotation file. Every problem is reported with file, line, column and field.
 */
import { LineCounter, isNode, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import type { KnownActor } from './types';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');

const titleSchema = z.union([
  z.string().min(1),
  z.object({
    title: z.string().min(1),
    from: isoDay.optional(),
    to: isoDay.optional(),
    context: z.string().min(1).optional(),
  }),
]);

const actorSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a lowercase slug (a-z, 0-9, -)'),
  name: z.string().min(1),
  type: z.enum(['person', 'organization', 'country']),
  aliases: z.array(z.string().min(1)).default([]),
  role: z.string().nullable().optional(),
  titles: z.array(titleSchema).optional(),
  demonyms: z.array(z.string().min(1)).optional(),
  metonyms: z.array(z.string().min(1)).optional(),
});

export type ActorListResult = { ok: true; actors: KnownActor[] | null } | { ok: false; problems: string[] };

function position(doc: Document, counter: LineCounter, path: readonly PropertyKey[]): string {
  for (let length = path.length; length >= 0; length--) {
    const node: unknown = length === 0 ? doc.contents : doc.getIn(path.slice(0, length), true);
    if (isNode(node) && node.range) {
      const { line, col } = counter.linePos(node.range[0]);
      return `${line}:${col}`;
    }
  }
  return '1:1';
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/** `actors: null` when the file parses but has no top-level `actors:` list. */
export function parseActorList(file: string, text: string): ActorListResult {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length > 0)
    return {
      ok: false,
      problems: doc.errors.map((e) => {
        const { line, col } = counter.linePos(e.pos[0]);
        return `${file}:${line}:${col} ${e.message.split('\n')[0] ?? e.message}`;
      }),
    };
  const data: unknown = doc.toJS();
  if (typeof data !== 'object' || data === null || !('actors' in data)) return { ok: true, actors: null };
  const parsed = z.array(actorSchema).safeParse(data.actors);
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => {
        const path = ['actors', ...issue.path];
        return `${file}:${position(doc, counter, path)} ${fieldPath(path)}: ${issue.message}`;
      }),
    };
  const actors: KnownActor[] = parsed.data.map((a) => ({
    id: a.id,
    name: a.name,
    type: a.type,
    aliases: a.aliases,
    ...(a.role !== undefined && { role: a.role }),
    ...(a.titles && { titles: a.titles }),
    ...(a.demonyms && { demonyms: a.demonyms }),
    ...(a.metonyms && { metonyms: a.metonyms }),
  }));
  return { ok: true, actors };
}
