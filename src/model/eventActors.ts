import type { LeanEvent } from '../data/leanDataset';

/**
 * Each event's actors as small integers in one flat array (rows of a compressed table), so that filtering
 * and grouping 100,000 events compare integers, not strings. Built by the filters (per dataset) and by
 * the timeline (per time-sorted event list).
 */
export interface EventActorIndex {
  /** The actor ids; events refer to actors by their position in this list. */
  readonly actorIds: readonly string[];
  /** The actors of event i are `actorList[actorStart[i]]` up to `actorStart[i + 1]`, each once. */
  readonly actorStart: Int32Array;
  readonly actorList: Int32Array;
}

/**
 * Indexes the events' actors. With `actorIds` (a dataset's actors), codes follow that list and ids it
 * does not have are left out; without, codes are given in order of first appearance.
 */
export function eventActorIndex(events: readonly LeanEvent[], actorIds?: readonly string[]): EventActorIndex {
  const codes = new Map((actorIds ?? []).map((id, i) => [id, i]));
  const open = actorIds === undefined;
  const actorStart = new Int32Array(events.length + 1);
  const actorList: number[] = [];
  events.forEach((event, i) => {
    const first = actorList.length;
    actorStart[i] = first;
    for (const id of event.actors) {
      let code = codes.get(id);
      if (code === undefined && open) {
        code = codes.size;
        codes.set(id, code);
      }
      if (code !== undefined && !actorList.includes(code, first)) actorList.push(code);
    }
  });
  actorStart[events.length] = actorList.length;
  return { actorIds: actorIds ?? [...codes.keys()], actorStart, actorList: Int32Array.from(actorList) };
}

/** The rows of some events (by position), in the order given, with the same actor codes. */
export function pickEventActors(index: EventActorIndex, rows: readonly number[]): EventActorIndex {
  const actorStart = new Int32Array(rows.length + 1);
  const actorList: number[] = [];
  rows.forEach((row, r) => {
    actorStart[r] = actorList.length;
    for (let a = index.actorStart[row] ?? 0; a < (index.actorStart[row + 1] ?? 0); a++) {
      actorList.push(index.actorList[a] ?? 0);
    }
  });
  actorStart[rows.length] = actorList.length;
  return { actorIds: index.actorIds, actorStart, actorList: Int32Array.from(actorList) };
}
