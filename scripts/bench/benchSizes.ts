import { generateDataset } from './generate';

/** The seed every generated dataset is made with: the same files on every run. */
export const SEED = 1;

/** The generated datasets, smallest first, by the label the tables and ids use. */
export const GENERATED = [
  { label: '1k', events: 1_000 },
  { label: '10k', events: 10_000 },
  { label: '100k', events: 100_000 },
] as const;

export type GeneratedLabel = (typeof GENERATED)[number]['label'];

/** Every size the suite loads: the dataset the app ships with ("seed"), then the generated ones. */
export const SIZE_LABELS = ['seed', ...GENERATED.map((g) => g.label)] as const;

export type SizeLabel = (typeof SIZE_LABELS)[number];

/** Where a generated dataset is served, beside the build: what `?dataset=` names. */
export const benchDataPath = (label: string) => `bench-data/${label}.json`;

/** The generated datasets among `labels`, as JSON text by label (other labels are left out). */
export function generateDatasets(labels: readonly string[]): Map<string, string> {
  const datasets = new Map<string, string>();
  for (const { label, events } of GENERATED)
    if (labels.includes(label)) datasets.set(label, JSON.stringify(generateDataset({ events, seed: SEED })));
  return datasets;
}
