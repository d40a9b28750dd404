/** Why copying an image is not possible here, or null when it is. */
export function copyImageUnavailable(): string | null {
  // navigator.clipboard is missing outside secure contexts, whatever the types say.
  if (typeof ClipboardItem === 'undefined' || !('clipboard' in navigator)) {
    return 'This browser does not let pages copy images; download the PNG instead.';
  }
  if (typeof ClipboardItem.supports === 'function' && !ClipboardItem.supports('image/png')) {
    return 'This browser cannot copy PNG images; download the PNG instead.';
  }
  return null;
}

/**
 * Puts a PNG on the clipboard. The item is created at once with a promise of the image, so browsers
 * that only allow clipboard writes during the click (Safari) accept it while the image is drawn.
 */
export function clipboardWrite(png: Promise<Blob>): Promise<void> {
  return navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
}
