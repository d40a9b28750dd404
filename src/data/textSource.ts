/**
 * The events' long text as the page has it: not asked for yet, on its way, there, or failed. Whatever
 * reads a summary or a quote asks for it through one TextSource per dataset and is told when it arrives
 * (see useDatasetText), so nothing shows a summary the page does not have.
 */
import type { DatasetText } from './eventText';

export type TextState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; text: DatasetText }
  | { status: 'failed'; message: string };

export class TextSource {
  private state: TextState;
  private pending: Promise<DatasetText> | null = null;
  private readonly listeners = new Set<() => void>();

  /** `fetchText` reads the text, once, when it is first asked for; it rejects with an Error that says why not. */
  constructor(private readonly fetchText: () => Promise<DatasetText>) {
    this.state = { status: 'idle' };
  }

  /** A source whose text is there from the start (read from a whole dataset). */
  static of(text: DatasetText): TextSource {
    const source = new TextSource(() => Promise.resolve(text));
    source.state = { status: 'ready', text };
    source.pending = Promise.resolve(text);
    return source;
  }

  readonly current = (): TextState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /** Starts reading the text, unless it has begun (or again, after a failure); resolves with it. */
  load(): Promise<DatasetText> {
    if (this.pending !== null && this.state.status !== 'failed') return this.pending;
    this.set({ status: 'loading' });
    this.pending = this.fetchText().then(
      (text) => {
        this.set({ status: 'ready', text });
        return text;
      },
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        this.set({ status: 'failed', message });
        throw error instanceof Error ? error : new Error(message);
      },
    );
    return this.pending;
  }

  private set(state: TextState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
