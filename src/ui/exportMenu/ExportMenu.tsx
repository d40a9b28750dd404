import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useDataset, useDatasetSource } from '../../data/DatasetContext';
import { useAppStore } from '../../state/store';
import { useFilteredView } from '../../state/useFilteredView';
import { TARGET_NAMES } from '../../export/targetNames';
import type { ExportTarget } from '../../export/fileName';
import type { ExportAction, ExportProgress, ExportResult } from '../../export/runExport';
import { decodePublish } from '../../state/publishSettings';
import { PublishDialog } from '../publish/PublishDialog';
import './export-menu.css';
import { EmbedDialog } from './EmbedDialog';
import { actionLabel, menuGroups, statusText, type MenuItem, type Status } from './menuModel';

export type { ExportTarget } from '../../export/fileName';

const MESSAGE_MS = 8000;

/** The export menu of one chart, or of the whole dashboard: an image of it (the publish dialog), and its data. */
export function ExportMenu({ target }: { target: ExportTarget }) {
  const dataset = useDataset();
  const datasetUrl = useDatasetSource().url;
  const shown = useFilteredView();
  const filters = useAppStore((s) => s.filters);

  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [alignStart, setAlignStart] = useState(false);
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const [lastResult, setLastResult] = useState<ExportResult | null>(null);
  // A link with `publish=<this target>` opens the dialog, with the settings the link holds.
  const [publishing, setPublishing] = useState(() => decodePublish(window.location.search).target === target);
  const [embedding, setEmbedding] = useState(false);
  const [cancel, setCancel] = useState<(() => void) | null>(null);

  const id = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const busy = status.state === 'busy';

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  }, []);

  const openAt = (index: 'first' | 'last') => {
    const box = buttonRef.current?.getBoundingClientRect();
    setAlignStart(box !== undefined && box.right < 300);
    setActive(index === 'first' ? 0 : -1);
    setOpen(true);
  };

  const start = (action: ExportAction) => {
    close(true);
    const label = actionLabel(action);
    setStatus({ state: 'busy', label, progress: { step: 'starting', done: 0, total: 1 } });
    // Read the view (zoom window, scale) now: subscribing would re-render every menu on each zoom frame.
    const { view } = useAppStore.getState();
    const exportedAt = new Date();
    const onProgress = (progress: ExportProgress) => {
      setStatus({ state: 'busy', label, progress });
    };
    // The export code is loaded on first use, not with the page; CSV and JSON are written in a worker,
    // with a Cancel button.
    import('../../export/dataExport/runDataExport')
      .then(({ runDataExport }) =>
        runDataExport(
          action,
          { target, dataset, shown, filters, view, exportedAt },
          datasetUrl,
          onProgress,
          (stop) => {
            setCancel(() => stop);
          },
        ),
      )
      .then(
        (result) => {
          setStatus({ state: 'done', result });
          setLastResult(result);
        },
        (error: unknown) => {
          setStatus({ state: 'error', message: error instanceof Error ? error.message : String(error) });
        },
      )
      .finally(() => {
        setCancel(null);
      });
  };

  const dataBlocked = busy ? 'An export is running.' : null;
  const groups = menuGroups({ target, dataBlocked });
  const items = groups.flatMap((g) => g.items);
  const count = items.length;
  const current = active < 0 ? count - 1 : Math.min(active, count - 1);

  useEffect(() => {
    if (open) itemRefs.current[current]?.focus();
  }, [open, current]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) close(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open, close]);

  const onButtonKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent) => {
    const move = (index: number) => {
      event.preventDefault();
      setActive((index + count) % count);
    };
    switch (event.key) {
      case 'ArrowDown':
        move(current + 1);
        break;
      case 'ArrowUp':
        move(current - 1);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(count - 1);
        break;
      case 'Escape':
        event.preventDefault();
        close(true);
        break;
      case 'Tab':
        close(false);
        break;
    }
  };

  const select = (item: MenuItem) => {
    if (item.unavailable !== null) return;
    const { command } = item;
    if (command.type === 'publish') {
      close(false);
      setPublishing(true);
    } else if (command.type === 'embed') {
      close(false);
      setEmbedding(true);
    } else start(command.action);
  };

  // A finished export's message stays a while, then gets out of the way; errors stay until the next export.
  useEffect(() => {
    if (status.state !== 'done') return;
    const timer = setTimeout(() => {
      setStatus({ state: 'idle' });
    }, MESSAGE_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [status]);

  const text = statusText(status);
  const result = lastResult;

  return (
    <div
      ref={rootRef}
      className="export-menu"
      data-export-menu={target}
      data-export-state={status.state}
      data-export-file={result?.fileName ?? undefined}
      data-export-width={result?.width ?? undefined}
      data-export-height={result?.height ?? undefined}
      data-export-ms={result?.ms ?? undefined}
    >
      <button
        ref={buttonRef}
        type="button"
        id={`${id}-button`}
        className="btn export-menu-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        aria-label={`Export ${TARGET_NAMES[target]}`}
        onClick={() => {
          if (open) close(false);
          else openAt('first');
        }}
        onKeyDown={onButtonKeyDown}
      >
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" className="export-menu-icon">
          <path d="M8 2v8M4.5 6.5 8 10l3.5-3.5M3 13h10" fill="none" stroke="currentColor" strokeWidth="1.6" />
        </svg>
        Export
        <span aria-hidden="true" className="export-menu-caret">
          ▾
        </span>
      </button>
      {open && (
        <div
          id={`${id}-menu`}
          role="menu"
          aria-labelledby={`${id}-button`}
          className={`export-menu-popup${alignStart ? ' export-menu-popup-start' : ''}`}
          onKeyDown={onMenuKeyDown}
        >
          {groups.map((group) => (
            <div key={group.label} role="group" aria-label={group.label} className="export-menu-group">
              <div aria-hidden="true" className="export-menu-heading">
                {group.label}
              </div>
              {group.items.map((item) => {
                const position = items.indexOf(item);
                const noteId = `${id}-${item.key}-note`;
                return (
                  <button
                    key={item.key}
                    ref={(node) => {
                      itemRefs.current[position] = node;
                    }}
                    type="button"
                    role={item.role}
                    tabIndex={position === current ? 0 : -1}
                    aria-disabled={item.unavailable !== null ? true : undefined}
                    aria-describedby={item.unavailable !== null ? noteId : undefined}
                    className="export-menu-item"
                    data-item={item.key}
                    onClick={() => {
                      select(item);
                    }}
                    onFocus={() => {
                      setActive(position);
                    }}
                  >
                    <span className="export-menu-label">
                      {item.label}
                      {item.unavailable !== null && (
                        <span id={noteId} className="export-menu-note">
                          {item.unavailable}
                        </span>
                      )}
                    </span>
                  </button>
                );
              })}
            </div>
          ))}
        </div>
      )}
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
      {embedding && target !== 'dashboard' && (
        <EmbedDialog
          chart={target === 'timeline' ? 'timeline' : 'figures'}
          onClose={() => {
            setEmbedding(false);
            buttonRef.current?.focus();
          }}
        />
      )}
      {publishing && (
        <PublishDialog
          target={target}
          onClose={() => {
            setPublishing(false);
            buttonRef.current?.focus();
          }}
        />
      )}
    </div>
  );
}
