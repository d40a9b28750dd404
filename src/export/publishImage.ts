import type { PublishSettings } from '../state/publishSettings';
import { clipboardWrite } from './clipboardWrite';
import type { ImageRequest } from './composeImage';
import { downloadBlob } from './download';
import { pngSize, renderPng } from './renderPng';
import { withPngInfo } from './pngText';
import { renderImage, type RenderedImage } from './renderImage';
import type { ExportResult } from './runExport';
import { yieldToMain } from '../components/yieldToMain';
import { wholeNumber } from '../model/counts';

export type ImageAction = 'png' | 'svg' | 'copy';

/** The weights the frame and charts use; they are loaded before text is measured. */
const WEIGHTS = [400, 500, 600, 650, 700];

/**
 * Waits until the page has the chart font in every weight the image uses, so text is measured in the
 * font the file embeds (measureText falls back to an estimate while a font loads).
 */
export async function chartFontReady(): Promise<void> {
  if (typeof document === 'undefined') return;
  await Promise.all(WEIGHTS.map((w) => document.fonts.load(`${w} 12px 'Inter Variable'`))).catch(
    () => undefined,
  );
}

/** Renders the image for the dialog's preview and exports, once the font is ready. */
export async function prepareImage(request: ImageRequest, settings: PublishSettings): Promise<RenderedImage> {
  await chartFontReady();
  return renderImage(request, settings);
}

/** Saves or copies a rendered image: SVG as written, PNG at the settings' pixel density. */
export async function publishImage(
  action: ImageAction,
  image: RenderedImage,
  settings: PublishSettings,
): Promise<ExportResult> {
  const started = performance.now();
  const result = (message: string, fileName: string | null, size: { width: number; height: number }) => ({
    message,
    fileName,
    width: size.width,
    height: size.height,
    ms: Math.round(performance.now() - started),
  });
  if (action === 'svg') {
    const name = image.fileName('svg');
    downloadBlob(new Blob([image.svg], { type: 'image/svg+xml;charset=utf-8' }), name);
    return result(`Saved ${name}.`, name, image);
  }
  const size = pngSize(image.width, image.height, settings.scale);
  if (action === 'copy') {
    // Hand the clipboard a promise now, while the click still counts as the person's action.
    await clipboardWrite(renderPng(image.svg, image.width, image.height, settings.scale));
    return result(
      `Copied the image (${wholeNumber(size.width)} × ${wholeNumber(size.height)} px).`,
      null,
      size,
    );
  }
  await yieldToMain();
  const drawn = await renderPng(image.svg, image.width, image.height, settings.scale);
  const png = withPngInfo(new Uint8Array(await drawn.arrayBuffer()), {
    title: image.headline,
    description: image.alt,
    source: settings.source.trim() || image.defaults.source,
    author: settings.byline.trim(),
    scale: settings.scale,
  });
  const name = image.fileName('png');
  downloadBlob(new Blob([png], { type: 'image/png' }), name);
  return result(`Saved ${name} (${wholeNumber(size.width)} × ${wholeNumber(size.height)} px).`, name, size);
}
