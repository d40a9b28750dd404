import { lazy, Suspense, useRef, useState } from 'react';
import type { Citation } from '../../data/schema';

// The reader's code, like the texts it shows, is loaded when first opened.
const SourceReaderDialog = lazy(() => import('./SourceReaderDialog'));

/**
 * "Read in source": opens the article a citation comes from, with the quote highlighted. The focus
 * returns to this button when the reader closes, or to the details when a linked passage was chosen.
 */
export function ReadInSource({ citation, sourceTitle }: { citation: Citation; sourceTitle: string }) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="btn btn-quiet btn-small read-in-source"
        aria-haspopup="dialog"
        aria-label={`Read in source: ${sourceTitle}`}
        onClick={() => {
          setOpen(true);
        }}
      >
        Read in source
      </button>
      {open && (
        <Suspense
          fallback={
            <span role="status" className="visually-hidden">
              Opening the source…
            </span>
          }
        >
          <SourceReaderDialog
            citation={citation}
            onClose={(chosen) => {
              setOpen(false);
              if (!chosen) buttonRef.current?.focus();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
