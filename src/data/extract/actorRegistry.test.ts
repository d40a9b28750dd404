/**
 * One actor registry with one set of ids: the extractor's built-in actors and the curated actors of
 * data/annotations.yaml must agree wherever they meet, so they can never drift apart again.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_ACTORS } from './defaultActors';
import type { KnownActor } from './types';

interface CuratedActor {
  id: string;
  name: string;
  aliases?: string[];
  demonyms?: string[];
  metonyms?: string[];
}

const curated = (parse(readFileSync('data/annotations.yaml', 'utf8')) as { actors: CuratedActor[] }).actors;

/** Every surface form that names an actor, with the actor's id. */
function formsOf(actors: readonly (CuratedActor | KnownActor)[]): Map<string, string[]> {
  const forms = new Map<string, string[]>();
  for (const a of actors)
    for (const form of [a.name, ...(a.aliases ?? []), ...(a.demonyms ?? []), ...(a.metonyms ?? [])])
      forms.set(form, [...(forms.get(form) ?? []), a.id]);
  return forms;
}

describe('the built-in actor registry and the curated actors', () => {
  it('reads the curated actors', () => {
    expect(curated.length).toBeGreaterThan(10);
  });

  it('gives every curated actor whose name or alias the registry knows the same id', () => {
    const registry = formsOf(DEFAULT_ACTORS);
    const disagreements: string[] = [];
    for (const actor of curated)
      for (const form of [actor.name, ...(actor.aliases ?? [])]) {
        const ids = registry.get(form) ?? [];
        if (ids.some((id) => id !== actor.id))
          disagreements.push(`"${form}": curated ${actor.id}, registry ${ids.join(', ')}`);
      }
    expect(disagreements).toEqual([]);
  });

  it('agrees on demonyms and metonyms too ("Kremlin" is Russia in both)', () => {
    const registry = formsOf(DEFAULT_ACTORS);
    const curatedForms = formsOf(curated);
    const disagreements = [...curatedForms].flatMap(([form, ids]) => {
      const theirs = registry.get(form) ?? [];
      return theirs.some((id) => !ids.includes(id))
        ? [`"${form}": curated ${ids.join(', ')}, registry ${theirs.join(', ')}`]
        : [];
    });
    expect(disagreements).toEqual([]);
  });

  it('names an actor both lists hold by the same name', () => {
    const byId = new Map(DEFAULT_ACTORS.map((a) => [a.id, a]));
    const shared = curated.filter((a) => byId.has(a.id));
    expect(shared.length).toBeGreaterThan(15);
    for (const actor of shared) expect(byId.get(actor.id)?.name, actor.id).toBe(actor.name);
  });

  it('holds each id and each surface form once', () => {
    const ids = DEFAULT_ACTORS.map((a) => a.id);
    expect(ids.length).toBe(new Set(ids).size);
    const ambiguous = [...formsOf(DEFAULT_ACTORS)].filter(([, owners]) => new Set(owners).size > 1);
    expect(ambiguous).toEqual([]);
  });
});
