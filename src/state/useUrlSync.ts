/** Keeps the store and the URL's query string in sync (filters, selection, view). */
export function useUrlSync(): void {
  // Not wired yet.
}
