/** Ids of drafted entries: readable slugs, unique in the dataset. */

export function uniqueId(base: string, taken: Set<string>): string {
  const stem = base.replace(/-+$/, '').slice(0, 80).replace(/-+$/, '');
  let id = stem;
  for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`;
  taken.add(id);
  return id;
}

/** `325m`, `2-4b`, `10-8t` for an amount in an id. */
export function valueSlug(value: number): string {
  const scales: [number, string][] = [
    [1e12, 't'],
    [1e9, 'b'],
    [1e6, 'm'],
    [1e3, 'k'],
  ];
  for (const [size, suffix] of scales)
    if (value >= size) return `${String(Number((value / size).toPrecision(4))).replace('.', '-')}${suffix}`;
  return String(value).replace('.', '-');
}
