/**
 * The bundled dataset as the page holds it (without its summaries and quotes), beside a source of its
 * text that answers only when a test says so: for tests of what shows while the text is read.
 */
import type { ReactNode } from 'react';
import { DatasetContext, DatasetTextContext } from '../data/DatasetContext';
import { leanOf, type DatasetText } from '../data/eventText';
import { TextSource } from '../data/textSource';
import { bundled } from './bundledDataset';

export const leanBundled = leanOf(bundled);

/** A text source that answers when the test calls `release`. */
export function heldTextSource(): { source: TextSource; release: (text: DatasetText) => void } {
  let answer: (text: DatasetText) => void = () => undefined;
  const source = new TextSource(
    () =>
      new Promise<DatasetText>((resolve) => {
        answer = resolve;
      }),
  );
  const release = (text: DatasetText) => {
    answer(text);
  };
  return { source, release };
}

/** The lean bundled dataset and a text source, as DatasetGate provides them. */
export function WithText({ source, children }: { source: TextSource; children: ReactNode }) {
  return (
    <DatasetContext.Provider value={leanBundled}>
      <DatasetTextContext.Provider value={source}>{children}</DatasetTextContext.Provider>
    </DatasetContext.Provider>
  );
}
