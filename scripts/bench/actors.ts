import type { Actor } from '../../src/data/schema';
import { pick, type Random } from './random';
import {
  COMPANY_STEMS,
  COMPANY_TRADES,
  COUNTRIES,
  FIRST_NAMES,
  LAST_NAMES,
  ORGANIZATIONS,
  ROLES,
} from './vocabulary';

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Exponent of the power law of activity: the actor of rank r is drawn with weight 1 / (r + 1)^ACTIVITY_EXPONENT. */
const ACTIVITY_EXPONENT = 1.1;

export interface GeneratedActors {
  /** Ordered by activity: the first is the busiest. Ukraine comes first. */
  actors: Actor[];
  /** Relative activity of each actor, in the same order. */
  weights: number[];
}

/**
 * `count` actors: the countries and organizations of the vocabulary, then invented companies and people
 * until the count is reached, in an order shuffled by the seed (Ukraine first), weighted by a power law.
 */
export function generateActors(random: Random, count: number): GeneratedActors {
  const actors: Actor[] = [];
  const used = new Set<string>();
  const add = (name: string, type: Actor['type'], role: string | null, aliases: string[] = []) => {
    const id = slugify(name);
    if (used.has(id) || actors.length >= count) return;
    used.add(id);
    actors.push({ id, name, type, aliases, role });
  };
  for (const name of COUNTRIES) add(name, 'country', null);
  for (const name of ORGANIZATIONS) add(name, 'organization', null, name === 'NATO' ? ['the Alliance'] : []);
  let attempts = 0;
  while (actors.length < count && attempts < count * 50) {
    attempts++;
    if (random() < 0.25) {
      add(
        `${pick(random, COMPANY_STEMS)} ${pick(random, COMPANY_TRADES)}`,
        'organization',
        'defence company',
      );
    } else {
      const name = `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`;
      add(name, 'person', `${pick(random, ROLES)} of ${pick(random, COUNTRIES)}`);
    }
  }
  if (actors.length < count) throw new Error(`The vocabulary has names for only ${actors.length} actors.`);

  const [first, ...rest] = actors;
  for (let i = rest.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = rest[i];
    const b = rest[j];
    if (a === undefined || b === undefined) continue;
    rest[i] = b;
    rest[j] = a;
  }
  const ordered = first === undefined ? rest : [first, ...rest];
  return { actors: ordered, weights: ordered.map((_, rank) => 1 / (rank + 1) ** ACTIVITY_EXPONENT) };
}
