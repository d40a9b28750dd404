/** Time to keep a download's blob: URL alive; some browsers start reading it after the click returns. */
export const REVOKE_AFTER_MS = 30_000;

/** Saves the file a blob: URL holds under the given name, through a temporary link with `download`. */
export function downloadUrl(url: string, name: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}

/** Saves a blob as a file with the given name. */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  downloadUrl(url, name);
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, REVOKE_AFTER_MS);
}

/** A CSV file: UTF-8 with a byte-order mark, so spreadsheets read non-ASCII text correctly. */
export function csvBlob(csv: string): Blob {
  return new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' });
}
