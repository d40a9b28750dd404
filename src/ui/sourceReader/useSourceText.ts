import { useEffect, useState } from 'react';
import { sourceTextSchema, type SourceText } from '../../data/sourceText';

export type SourceTextState =
  { status: 'loading' } | { status: 'ready'; source: SourceText } | { status: 'failed'; message: string };

/** Each file is fetched once per page; a failed fetch is tried again the next time. */
const requests = new Map<string, Promise<SourceText>>();

async function fetchSourceText(url: string, sourceId: string): Promise<SourceText> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new Error(`Could not reach ${url}: the network request failed.`);
  }
  if (!response.ok) throw new Error(`Loading ${url} failed with HTTP ${response.status}.`);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new Error(`${url} is not valid JSON.`);
  }
  const parsed = sourceTextSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue === undefined || issue.path.length === 0 ? '' : ` at ${issue.path.join('.')}`;
    throw new Error(`${url} is not a source text${where}: ${issue?.message ?? 'unknown problem'}.`);
  }
  if (parsed.data.source !== sourceId)
    throw new Error(`${url} holds the text of ${parsed.data.source}, not of ${sourceId}.`);
  return parsed.data;
}

function load(url: string, sourceId: string): Promise<SourceText> {
  let request = requests.get(url);
  if (request === undefined) {
    request = fetchSourceText(url, sourceId);
    requests.set(url, request);
    request.catch(() => requests.delete(url));
  }
  return request;
}

/** The text of a source, fetched when first asked for (never with the page). */
export function useSourceText(url: string, sourceId: string): SourceTextState {
  const [state, setState] = useState<{ url: string; value: SourceTextState }>({
    url,
    value: { status: 'loading' },
  });
  useEffect(() => {
    let live = true;
    load(url, sourceId).then(
      (source) => {
        if (live) setState({ url, value: { status: 'ready', source } });
      },
      (error: unknown) => {
        if (live)
          setState({
            url,
            value: { status: 'failed', message: error instanceof Error ? error.message : String(error) },
          });
      },
    );
    return () => {
      live = false;
    };
  }, [url, sourceId]);
  return state.url === url ? state.value : { status: 'loading' };
}
