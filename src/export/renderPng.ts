/** Chromium and Firefox refuse canvases above these limits; say so instead of failing quietly. */
const MAX_SIDE = 16_384;
const MAX_AREA = 120_000_000;

/** The PNG's size in pixels for an SVG of `width` by `height` CSS pixels at `scale`. */
export function pngSize(width: number, height: number, scale: number): { width: number; height: number } {
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

/** Whether a browser can draw a PNG of this size. */
export function pngFits(size: { width: number; height: number }): boolean {
  return size.width <= MAX_SIDE && size.height <= MAX_SIDE && size.width * size.height <= MAX_AREA;
}

function loadImage(url: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.decoding = 'async';
  image.src = url;
  return image.decode().then(
    () => image,
    () => {
      throw new Error('The browser could not draw the exported SVG as an image.');
    },
  );
}

/**
 * Draws a standalone SVG document onto a canvas at `scale` times its size and encodes it as PNG.
 * The SVG is loaded from a blob: URL, which the CSP allows for images and which keeps the canvas
 * readable (an SVG with no foreign content does not taint it).
 */
export async function renderPng(svg: string, width: number, height: number, scale: number): Promise<Blob> {
  const size = pngSize(width, height, scale);
  if (!pngFits(size)) {
    throw new Error(
      `The image would be ${size.width} × ${size.height} pixels, more than a browser can draw; choose a smaller scale.`,
    );
  }
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('The browser did not provide a canvas to draw the image on.');
    context.drawImage(image, 0, 0, size.width, size.height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => {
        if (blob === null) reject(new Error('The browser could not encode the image as PNG.'));
        else resolve(blob);
      }, 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}
