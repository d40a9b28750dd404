import type { ExportTextInput } from './exportText';

/**
 * A data export, written in a worker (see dataExport/runDataExport). Images are published from the
 * publish dialog (see publishImage).
 */
export type ExportAction = { kind: 'csv'; table: 'events' | 'figures' } | { kind: 'json' };

export type ExportRequest = ExportTextInput;

export interface ExportProgress {
  step: string;
  done: number;
  total: number;
}

export interface ExportResult {
  message: string;
  fileName: string | null;
  /** Pixel size of an image export. */
  width: number | null;
  height: number | null;
  /** Time from start to the file being handed to the browser. */
  ms: number;
}
