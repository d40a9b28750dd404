/**
 * The bundled dataset (public/data/dataset.json), read and validated when a test starts, so tests of
 * figures, sums and provenance run on what the compiler last wrote rather than on copied values.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Actor, Amount, Dataset } from '../data/schema';
import { validateDataset } from '../data/validate';

const FILE = 'public/data/dataset.json';

function loadBundledDataset(): Dataset {
  const text = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../..', FILE), 'utf8');
  const result = validateDataset(JSON.parse(text));
  if (!result.ok) {
    const problems = result.issues.slice(0, 5).map((i) => `${i.path}: ${i.message}`);
    throw new Error(`${FILE} is not a valid dataset:\n${problems.join('\n')}`);
  }
  return result.dataset;
}

export const bundled: Dataset = loadBundledDataset();

/** A figure of the bundled dataset by id; a test that names a figure the compiler dropped says so. */
export function bundledAmount(id: string): Amount {
  const amount = bundled.amounts.find((a) => a.id === id);
  if (amount === undefined) throw new Error(`${FILE} has no figure "${id}"`);
  return amount;
}

/** An actor of the bundled dataset by name (ids are the registry's business, names are what tests say). */
export function bundledActor(name: string): Actor {
  const actor = bundled.actors.find((a) => a.name === name);
  if (actor === undefined) throw new Error(`${FILE} has no actor named "${name}"`);
  return actor;
}

/** The bundled figures that pass a test, in dataset order. */
export function bundledAmounts(keep: (amount: Amount) => boolean): Amount[] {
  return bundled.amounts.filter(keep);
}

/** The sum in USD of some figures. */
export const usdOf = (amounts: readonly Amount[]): number => amounts.reduce((sum, a) => sum + a.usd, 0);

/** One schema-valid figure for tests of logic that no real figure exercises (cycles, zero values). */
export function testAmount(patch: Partial<Amount> & Pick<Amount, 'id'>): Amount {
  const quote = 'a figure of $1 billion';
  return {
    eventId: bundled.events[0]?.id ?? 'event',
    date: '2023-04-17',
    label: 'Figure',
    value: 1e9,
    currency: 'USD',
    usd: 1e9,
    usdBasis: 'in-text',
    conversion: null,
    donor: bundled.actors[0]?.id ?? 'actor',
    recipient: null,
    kind: 'package',
    stage: 'announced',
    partOf: null,
    cumulative: false,
    bound: 'exact',
    citations: [{ source: bundled.sources[0]?.id ?? 'source', quote, start: 0, end: quote.length }],
    ...patch,
  };
}

/** The bundled figures the tests talk about, by what they are. */
export const figures = {
  usTotal: bundledAmount('us-military-aid-total-2023-04-35-4b'),
  usPackage: bundledAmount('us-package-2023-04-325m'),
  usDrawdown: bundledAmount('us-drawdown-2023-09-198m'),
  usAssistance: bundledAmount('us-security-assistance-2023-09-128m'),
  natoTotal: bundledAmount('nato-support-total-2023-04-150b-eur'),
  natoMilitary: bundledAmount('nato-military-aid-total-2023-04-65b-eur'),
  natoContracts: bundledAmount('nato-ammunition-framework-contracts-2023-09-2-4b-eur'),
  natoOrders: bundledAmount('nato-ammunition-firm-orders-2023-09-1b-eur'),
  russiaBudget: bundledAmount('russia-military-budget-2024-10-8t-rub'),
};
