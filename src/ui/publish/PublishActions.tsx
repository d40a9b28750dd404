import type { ImageAction } from '../../export/publishImage';
import type { ExportResult } from '../../export/runExport';

export type PublishStatus =
  { state: 'idle' | 'busy' } | { state: 'done'; result: ExportResult } | { state: 'error'; message: string };

interface PublishActionsProps {
  id: string;
  status: PublishStatus;
  /** Whether the image of the current settings is ready to save. */
  ready: boolean;
  /** Why the page cannot copy an image, or null when it can. */
  noCopy: string | null;
  run: (action: ImageAction) => void;
}

function statusMessage(status: PublishStatus): string {
  switch (status.state) {
    case 'busy':
      return 'Exporting…';
    case 'done':
      return status.result.message;
    case 'error':
      return `Export failed: ${status.message}`;
    case 'idle':
      return '';
  }
}

/** The dialog's foot: what the last export did, and the copy and download buttons. */
export function PublishActions({ id, status, ready, noCopy, run }: PublishActionsProps) {
  const blocked = !ready || status.state === 'busy';
  return (
    <div className="publish-actions">
      <p role="status" aria-live="polite" className={`publish-status publish-status-${status.state}`}>
        {statusMessage(status)}
      </p>
      {noCopy !== null && (
        <p id={`${id}-nocopy`} className="publish-hint">
          {noCopy}
        </p>
      )}
      <button
        type="button"
        className="btn"
        disabled={blocked || noCopy !== null}
        aria-describedby={noCopy === null ? undefined : `${id}-nocopy`}
        onClick={() => {
          run('copy');
        }}
      >
        Copy image
      </button>
      <button
        type="button"
        className="btn"
        disabled={blocked}
        onClick={() => {
          run('svg');
        }}
      >
        Download SVG
      </button>
      <button
        type="button"
        className="btn btn-primary"
        disabled={blocked}
        onClick={() => {
          run('png');
        }}
      >
        Download PNG
      </button>
    </div>
  );
}
