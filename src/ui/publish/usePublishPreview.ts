import { useEffect, useState } from 'react';
import type { ImageRequest } from '../../export/composeImage';
import type { RenderedImage } from '../../export/renderImage';
import type { PublishSettings } from '../../state/publishSettings';

/** Wait after a keystroke before drawing the preview again. */
const PREVIEW_DELAY_MS = 200;

export const loadPublishing = () => import('../../export/publishImage');

export interface PublishPreview {
  /** The last preview drawn, with its blob: URL; it may be of earlier settings. */
  preview: { image: RenderedImage; url: string } | null;
  /** The image of exactly the current view and settings, or null while it is being drawn. */
  current: RenderedImage | null;
}

/**
 * The dialog's live preview: the image is drawn again a moment after the view or a setting changes.
 * Its blob: URL lives as long as it is shown; `onError` (a stable function) hears why an image could
 * not be drawn.
 */
export function usePublishPreview(
  { target, dataset, shown, filters, view }: ImageRequest,
  settings: PublishSettings,
  onError: (message: string) => void,
): PublishPreview {
  const [preview, setPreview] = useState<{ image: RenderedImage; url: string; made: unknown[] } | null>(null);
  const inputs = [target, dataset, shown, filters, view, settings];
  // The downloads wait for the preview of the current settings: a file never has the previous headline.
  const current = preview?.made.every((input, k) => input === inputs[k]) ? preview.image : null;

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
            if (live) onError(error instanceof Error ? error.message : String(error));
          },
        );
    }, PREVIEW_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [target, dataset, shown, filters, view, settings, onError]);

  useEffect(
    () => () => {
      if (preview !== null) URL.revokeObjectURL(preview.url);
    },
    [preview],
  );

  return { preview, current };
}
