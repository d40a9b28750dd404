import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetLookups } from './lookups';
import type { Dataset } from '../data/schema';

const dataset = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as Dataset;

describe('datasetLookups', () => {
  it('is one object per dataset, whose maps are built once', () => {
    const lookups = datasetLookups(dataset);
    expect(datasetLookups(dataset)).toBe(lookups);
    expect(lookups.eventsById).toBe(lookups.eventsById);
    expect(datasetLookups(structuredClone(dataset))).not.toBe(lookups);
  });

  it('finds every record by its id', () => {
    const lookups = datasetLookups(dataset);
    for (const event of dataset.events) expect(lookups.eventsById.get(event.id)).toBe(event);
    for (const actor of dataset.actors) expect(lookups.actorsById.get(actor.id)).toBe(actor);
    for (const source of dataset.sources) expect(lookups.sourcesById.get(source.id)).toBe(source);
    for (const amount of dataset.amounts) expect(lookups.amountsById.get(amount.id)).toBe(amount);
  });

  it('groups figures by event (its own first, running totals after) and by the figure they are part of', () => {
    const lookups = datasetLookups(dataset);
    for (const event of dataset.events) {
      const of = dataset.amounts.filter((a) => a.eventId === event.id);
      expect(lookups.amountsByEvent.get(event.id) ?? []).toEqual([
        ...of.filter((a) => !a.cumulative),
        ...of.filter((a) => a.cumulative),
      ]);
    }
    // The $325M package before the $35.4B total since 2022, which the dataset lists first.
    const usPackage = dataset.amounts.find((a) => a.value === 325e6);
    const listed = lookups.amountsByEvent.get(usPackage?.eventId ?? '') ?? [];
    expect(listed.map((a) => a.cumulative)).toEqual([false, true]);
    expect(dataset.amounts.filter((a) => a.eventId === usPackage?.eventId).map((a) => a.cumulative)).toEqual([
      true,
      false,
    ]);
    for (const amount of dataset.amounts)
      expect(lookups.partsByAmount.get(amount.id) ?? []).toEqual(
        dataset.amounts.filter((a) => a.partOf === amount.id),
      );
    expect([...lookups.partsByAmount.values()].flat().length).toBe(
      dataset.amounts.filter((a) => a.partOf != null).length,
    );
  });

  it('lists each flag under the id it is about (its first ref), not under what it was compared with', () => {
    const flag = { id: 'f', severity: 'warning', message: 'm', refs: ['a', 'b', 'a'] };
    const small = { ...dataset, flags: [flag, { ...flag, id: 'g', refs: ['b'] }] } as unknown as Dataset;
    const about = datasetLookups(small).flagsAbout;
    expect(about.get('a')?.map((f) => f.id)).toEqual(['f']);
    expect(about.get('b')?.map((f) => f.id)).toEqual(['g']);
    expect(about.get('c')).toBeUndefined();
    const naming = datasetLookups(small).flagsNaming;
    expect(naming.get('a')?.map((f) => f.id)).toEqual(['f']);
    expect(naming.get('b')?.map((f) => f.id)).toEqual(['f', 'g']);
  });
});
