import { useEffect, useId, useRef, useState } from 'react';
import { useDataset } from '../../data/DatasetContext';
import { copyImageUnavailable } from '../../export/clipboardWrite';
import type { RenderedImage } from '../../export/renderImage';
import type { ImageAction } from '../../export/publishImage';
import type { ExportResult } from '../../export/runExport';
import {
  decodePublish,
  encodePublish,
  IMAGE_SCALES,
  IMAGE_WIDTHS,
  type PublishSettings,
  type PublishTarget,
} from '../../state/publishSettings';
import { useAppStore } from '../../state/store';
import { useFilteredView } from '../../state/useFilteredView';
import { ChoiceGroup } from './ChoiceGroup';
import './publish.css';

const TARGET_WORDS: Record<PublishTarget, string> = {
  timeline: 'the timeline',
  figures: 'the figures chart',
  'figures-time': 'the figures over time',
  dashboard: 'the dashboard',
};

/** Wait after a keystroke before drawing the preview again. */
const PREVIEW_DELAY_MS = 200;

type Status =
  { state: 'idle' | 'busy' } | { state: 'done'; result: ExportResult } | { state: 'error'; message: string };

const loadPublishing = () => import('../../export/publishImage');

function writeUrl(target: PublishTarget | null, settings: PublishSettings) {
  const { location, history } = window;
  const search = encodePublish(location.search, target, settings);
  if (search !== location.search)
    history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
}

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  placeholder: string;
  multiline?: boolean;
  hint?: string;
  onChange: (value: string) => void;
}

function TextField({ id, label, value, placeholder, multiline = false, hint, onChange }: TextFieldProps) {
  const hintId = hint === undefined ? undefined : `${id}-hint`;
  const common = {
    id,
    value,
    placeholder,
    'aria-describedby': hintId,
    maxLength: 400,
    onChange: (e: { target: { value: string } }) => {
      onChange(e.target.value);
    },
  };
  return (
    <div className="publish-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={2} {...common} /> : <input type="text" {...common} />}
      {hint !== undefined && (
        <p id={hintId} className="publish-hint">
          {hint}
        </p>
      )}
    </div>
  );
}

/**
 * The publish dialog: the image's text (each field empty for the text that describes the view), its
 * width, colours and pixel density, a live preview of the file, and the downloads. The settings are
 * kept in the URL, so a link opens the same dialog and reproduces the same image.
 */
export function PublishDialog({ target, onClose }: { target: PublishTarget; onClose: () => void }) {
  const dataset = useDataset();
  const shown = useFilteredView();
  const filters = useAppStore((s) => s.filters);
  const view = useAppStore((s) => s.view);
  const [settings, setSettings] = useState<PublishSettings>(
    () => decodePublish(window.location.search).settings,
  );
  const [preview, setPreview] = useState<{ image: RenderedImage; url: string; made: unknown[] } | null>(null);
  const inputs = [target, dataset, shown, filters, view, settings];
  // The downloads wait for the preview of the current settings: a file never has the previous headline.
  const image = preview?.made.every((input, k) => input === inputs[k]) ? preview.image : null;
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const [noCopy] = useState(copyImageUnavailable);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const id = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog !== null && !dialog.open) dialog.showModal();
    // Start where the work starts: the headline, not the close button.
    dialog?.querySelector<HTMLInputElement>('input[type="text"]')?.focus();
  }, []);

  useEffect(() => {
    writeUrl(target, settings);
  }, [target, settings]);

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      loadPublishing()
        .then(({ prepareImage }) => prepareImage({ target, dataset, shown, filters, view }, settings))
        .then(
          (next) => {
            if (!live) return;
            const url = URL.createObjectURL(new Blob([next.svg], { type: 'image/svg+xml;charset=utf-8' }));
            setPreview({ image: next, url, made: [target, dataset, shown, filters, view, settings] });
          },
          (error: unknown) => {
            if (live)
              setStatus({ state: 'error', message: error instanceof Error ? error.message : String(error) });
          },
        );
    }, PREVIEW_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [target, dataset, shown, filters, view, settings]);

  // The preview's blob: URL lives as long as it is shown.
  useEffect(
    () => () => {
      if (preview !== null) URL.revokeObjectURL(preview.url);
    },
    [preview],
  );

  const close = () => {
    writeUrl(null, settings);
    dialogRef.current?.close();
    onClose();
  };

  const set = <K extends keyof PublishSettings>(key: K, value: PublishSettings[K]) => {
    setSettings((s) => ({ ...s, [key]: value }));
  };

  const run = (action: ImageAction) => {
    if (image === null) return;
    setStatus({ state: 'busy' });
    loadPublishing()
      .then(({ publishImage }) => publishImage(action, image, settings))
      .then(
        (result) => {
          setStatus({ state: 'done', result });
        },
        (error: unknown) => {
          setStatus({ state: 'error', message: error instanceof Error ? error.message : String(error) });
        },
      );
  };

  const defaults = image?.defaults;
  const result = status.state === 'done' ? status.result : null;
  const message =
    status.state === 'busy'
      ? 'Exporting…'
      : status.state === 'done'
        ? status.result.message
        : status.state === 'error'
          ? `Export failed: ${status.message}`
          : '';
  return (
    <dialog
      ref={dialogRef}
      className="publish-dialog"
      aria-labelledby={`${id}-title`}
      data-publish={target}
      data-export-state={status.state}
      data-export-file={result?.fileName ?? undefined}
      data-export-width={result?.width ?? undefined}
      data-export-height={result?.height ?? undefined}
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
    >
      <div className="publish-head">
        <h2 id={`${id}-title`}>Image of {TARGET_WORDS[target]}</h2>
        <button type="button" className="btn publish-close" onClick={close} aria-label="Close">
          ×
        </button>
      </div>
      <div className="publish-body">
        <form
          className="publish-form"
          onSubmit={(event) => {
            event.preventDefault();
          }}
        >
          <TextField
            id={`${id}-headline`}
            label="Headline"
            value={settings.headline}
            placeholder={defaults?.headline ?? ''}
            hint="Leave empty for a headline that describes the view."
            onChange={(v) => {
              set('headline', v);
            }}
          />
          <TextField
            id={`${id}-description`}
            label="Description"
            multiline
            value={settings.description}
            placeholder={defaults?.description ?? ''}
            onChange={(v) => {
              set('description', v);
            }}
          />
          <TextField
            id={`${id}-notes`}
            label="Notes"
            multiline
            value={settings.notes}
            placeholder="Optional notes under the chart"
            onChange={(v) => {
              set('notes', v);
            }}
          />
          <TextField
            id={`${id}-source`}
            label="Source line"
            value={settings.source}
            placeholder={defaults?.source ?? ''}
            onChange={(v) => {
              set('source', v);
            }}
          />
          <TextField
            id={`${id}-byline`}
            label="Byline"
            value={settings.byline}
            placeholder="Optional, e.g. Graphic: Jane Doe"
            onChange={(v) => {
              set('byline', v);
            }}
          />
          <TextField
            id={`${id}-alt`}
            label="Alt text"
            multiline
            value={settings.alt}
            placeholder={defaults?.alt ?? ''}
            hint="Written into the SVG; paste it beside the PNG where you publish it."
            onChange={(v) => {
              set('alt', v);
            }}
          />
          <ChoiceGroup
            legend="Width"
            name={`${id}-width`}
            value={settings.width}
            options={IMAGE_WIDTHS.map((w) => ({ value: w, label: `${w} px` }))}
            onChange={(v) => {
              set('width', v);
            }}
          />
          <ChoiceGroup
            legend="Colours"
            name={`${id}-theme`}
            value={settings.theme}
            options={[
              { value: 'light' as const, label: 'Light' },
              { value: 'dark' as const, label: 'Dark' },
            ]}
            onChange={(v) => {
              set('theme', v);
            }}
          />
          <ChoiceGroup
            legend="PNG pixels"
            name={`${id}-scale`}
            value={settings.scale}
            options={IMAGE_SCALES.map((s) => ({ value: s, label: `${s}x` }))}
            onChange={(v) => {
              set('scale', v);
            }}
          />
          <div className="publish-field publish-check">
            <input
              id={`${id}-appendix`}
              type="checkbox"
              checked={settings.appendix}
              onChange={(e) => {
                set('appendix', e.target.checked);
              }}
            />
            <label htmlFor={`${id}-appendix`}>Add the full provenance (figures, flags, articles)</label>
          </div>
        </form>
        <section className="publish-preview" aria-labelledby={`${id}-preview`}>
          <h3 id={`${id}-preview`} className="publish-preview-title">
            Preview
            {image !== null && (
              <span className="publish-size">
                {' '}
                {image.width} × {image.height} px, PNG {image.width * settings.scale} ×{' '}
                {image.height * settings.scale} px
              </span>
            )}
          </h3>
          <div className="publish-preview-frame">
            {preview !== null ? (
              <img
                src={preview.url}
                alt={preview.image.alt}
                width={preview.image.width}
                height={preview.image.height}
              />
            ) : (
              <p className="muted">Drawing the preview…</p>
            )}
          </div>
        </section>
      </div>
      <div className="publish-actions">
        <p role="status" aria-live="polite" className={`publish-status publish-status-${status.state}`}>
          {message}
        </p>
        {noCopy !== null && (
          <p id={`${id}-nocopy`} className="publish-hint">
            {noCopy}
          </p>
        )}
        <button
          type="button"
          className="btn"
          disabled={image === null || status.state === 'busy' || noCopy !== null}
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
          disabled={image === null || status.state === 'busy'}
          onClick={() => {
            run('svg');
          }}
        >
          Download SVG
        </button>
        <button
          type="button"
          className="btn btn-primary"
          disabled={image === null || status.state === 'busy'}
          onClick={() => {
            run('png');
          }}
        >
          Download PNG
        </button>
      </div>
    </dialog>
  );
}
