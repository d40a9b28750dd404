import type { ImageRequest } from '../../export/composeImage';
import { defaultPublishSettings, type ImageThemeChoice } from '../../state/publishSettings';

/**
 * Saves an embed's static fallback under the name its snippet shows: the image the publish dialog
 * makes of the same view with its default text, at the narrowest width preset and twice its pixels.
 * The export code is loaded on first use.
 */
export async function saveFallbackPng(
  request: ImageRequest,
  theme: ImageThemeChoice,
  name: string,
): Promise<{ width: number; height: number }> {
  const settings = { ...defaultPublishSettings, theme };
  const [{ prepareImage }, { pngSize, renderPng }, { downloadBlob }] = await Promise.all([
    import('../../export/publishImage'),
    import('../../export/renderPng'),
    import('../../export/download'),
  ]);
  const image = await prepareImage(request, settings);
  downloadBlob(await renderPng(image.svg, image.width, image.height, settings.scale), name);
  return pngSize(image.width, image.height, settings.scale);
}
