import { lazy, Suspense, useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { TARGET_NAMES } from '../../export/targetNames';
import type { ExportTarget } from '../../export/fileName';
import { decodePublish } from '../../state/publishSettings';
import './export-menu.css';
import { ExportMenuPopup } from './ExportMenuPopup';
import { ExportStatus } from './ExportStatus';
import { menuGroups, type MenuItem } from './menuModel';
import { useDataExport } from './useDataExport';

export type { ExportTarget } from '../../export/fileName';

// The publish and embed dialogs (and the image renderer they use) are loaded when first opened.
const PublishDialog = lazy(() =>
  import('../publish/PublishDialog').then((m) => ({ default: m.PublishDialog })),
);
const EmbedDialog = lazy(() => import('./EmbedDialog').then((m) => ({ default: m.EmbedDialog })));

/** The export menu of one chart, or of the whole dashboard: an image of it (the publish dialog), and its data. */
export function ExportMenu({ target }: { target: ExportTarget }) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [alignStart, setAlignStart] = useState(false);
  // A link with `publish=<this target>` opens the dialog, with the settings the link holds.
  const [publishing, setPublishing] = useState(() => decodePublish(window.location.search).target === target);
  const [embedding, setEmbedding] = useState(false);
  const { status, lastResult: result, cancel, start } = useDataExport(target);

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
    } else {
      close(true);
      start(command.action);
    }
  };

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
        <ExportMenuPopup
          id={id}
          groups={groups}
          alignStart={alignStart}
          current={current}
          itemRefs={itemRefs}
          onKeyDown={onMenuKeyDown}
          onFocusItem={setActive}
          onSelect={select}
        />
      )}
      <ExportStatus status={status} cancel={cancel} />
      {embedding && target !== 'dashboard' && (
        <Suspense fallback={null}>
          <EmbedDialog
            chart={target === 'timeline' ? 'timeline' : 'figures'}
            onClose={() => {
              setEmbedding(false);
              buttonRef.current?.focus();
            }}
          />
        </Suspense>
      )}
      {publishing && (
        <Suspense fallback={null}>
          <PublishDialog
            target={target}
            onClose={() => {
              setPublishing(false);
              buttonRef.current?.focus();
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
