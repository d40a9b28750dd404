/** What both peer pages need of an Aidline dataset: each event's day, title and kind. */
export interface PeerEvent {
  /** Start of the event's date, ms since the epoch (UTC). */
  start: number;
  title: string;
  kind: string;
}

interface DatasetEvent {
  date: string;
  title: string;
  kind: string;
}

/** "2023", "2023-09" or "2023-09-28" to the UTC start of that year, month or day. */
export function startOf(date: string): number {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}

/** Fetches the dataset named by `?dataset=` (relative to the page) and keeps what the peers draw. */
export async function loadPeerEvents(): Promise<PeerEvent[]> {
  const path = new URLSearchParams(location.search).get('dataset');
  if (path === null) throw new Error('The page needs ?dataset=path/to/dataset.json');
  const response = await fetch(path);
  if (!response.ok) throw new Error(`Loading ${path} failed with HTTP ${response.status}.`);
  const dataset = (await response.json()) as { events: DatasetEvent[] };
  return dataset.events.map((e) => ({ start: startOf(e.date), title: e.title, kind: e.kind }));
}
