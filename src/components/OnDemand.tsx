import { Suspense, type ReactNode } from 'react';
import './on-demand.css';

/**
 * Shows a part of the page whose code is loaded on demand. While the code arrives, a quiet box of the
 * part's usual height keeps the layout from jumping.
 */
export function OnDemand({
  minHeight = 0,
  message = 'Loading…',
  fallback,
  children,
}: {
  minHeight?: number;
  /** What the quiet box says while the part is not ready. */
  message?: string;
  /** What holds the part's place instead of the quiet box. */
  fallback?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Suspense
      fallback={
        fallback ?? (
          <div className="on-demand-loading muted" role="status" style={{ minHeight }}>
            {message}
          </div>
        )
      }
    >
      {children}
    </Suspense>
  );
}
