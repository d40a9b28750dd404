import { useEffect, useId, useRef, useState } from 'react';

const CONFIRMATION_MS = 2500;

type CopyState = 'idle' | 'copied' | 'manual';

/**
 * A read-only text with a Copy button: the Clipboard API with a visible confirmation, else the text is
 * selected and the reader is told to copy it themselves (as "Copy link" does).
 */
export function CopyField({ label, value, rows }: { label: string; value: string; rows: number }) {
  const [state, setState] = useState<CopyState>('idle');
  const field = useRef<HTMLTextAreaElement>(null);
  const id = useId();

  useEffect(() => {
    if (state !== 'copied') return;
    const timer = setTimeout(() => {
      setState('idle');
    }, CONFIRMATION_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [state]);

  useEffect(() => {
    if (state === 'manual') field.current?.select();
  }, [state]);

  const copy = () => {
    const manual = () => {
      setState('manual');
      field.current?.select();
    };
    if (typeof navigator.clipboard === 'undefined') {
      manual();
      return;
    }
    navigator.clipboard.writeText(value).then(() => {
      setState('copied');
    }, manual);
  };

  return (
    <div className="copy-field-block">
      <div className="copy-field-head">
        <label htmlFor={id} className="copy-field-label">
          {label}
        </label>
        <button type="button" className="btn" onClick={copy}>
          Copy
        </button>
        <span className="copy-field-status" role="status">
          {state === 'copied' ? 'Copied' : state === 'manual' ? 'Selected: press Ctrl+C (⌘C) to copy' : ''}
        </span>
      </div>
      <textarea
        id={id}
        ref={field}
        className="copy-field-text"
        readOnly
        rows={rows}
        spellCheck={false}
        value={value}
        onFocus={(e) => {
          e.target.select();
        }}
      />
    </div>
  );
}
