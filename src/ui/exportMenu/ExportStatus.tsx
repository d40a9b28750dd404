import { statusText, type Status } from './menuModel';

/** The line under the menu button: what the export is doing (with a progress bar and Cancel) or did. */
export function ExportStatus({ status, cancel }: { status: Status; cancel: (() => void) | null }) {
  const text = statusText(status);
  return (
    <p
      role="status"
      aria-live="polite"
      className={`export-status export-status-${status.state}${text === '' ? ' export-status-empty' : ''}`}
    >
      {text}
      {status.state === 'busy' && (
        <progress
          className="export-progress"
          max={status.progress.total}
          value={status.progress.done}
          aria-hidden="true"
        />
      )}
      {status.state === 'busy' && cancel !== null && (
        <button type="button" className="btn btn-quiet export-cancel" onClick={cancel}>
          Cancel
        </button>
      )}
    </p>
  );
}
