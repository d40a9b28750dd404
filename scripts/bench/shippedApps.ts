import { mkdir, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { validateDataset } from '../../src/data/validate';
import { COLUMNS_PATH, serializeShippedFiles, TEXT_PATH } from '../compile/outputs';

/**
 * The app deployed with a generated dataset as its own: for each size a folder beside the build holds
 * links to everything the build has (index.html, assets, embed.html, icons) and a data/ folder whose
 * dataset.json is the generated file, with the columns and text files the compiler would write beside
 * it. Opened without `?dataset=`, the page takes the path of the files an app ships with: the columns
 * file, drawn as soon as it is decoded, verified with the text file in a worker afterwards.
 */
export const SHIPPED_DIR = 'shipped';
const DATA_DIR = 'data';
export const DATASET_FILE = 'dataset.json';
const COLUMNS_FILE = basename(COLUMNS_PATH);
const TEXT_FILE = basename(TEXT_PATH);

/** The deployment of one generated size, relative to the served folder. */
export const shippedAppDir = (label: string) => `${SHIPPED_DIR}/${label}`;

/** The page to open for a size: the build's own index.html for the seed data, else its deployment's. */
export const shippedAppPage = (label: string) =>
  label === 'seed' ? 'index.html' : `${shippedAppDir(label)}/index.html`;

/** What a deployment links from the build's top folder: all but its data (replaced) and the deployments. */
export const linkedFromBuild = (entries: readonly string[]) =>
  entries.filter((name) => name !== DATA_DIR && name !== SHIPPED_DIR);

/** What a deployment's data/ links from the build's: all but the dataset's files, written from the generated one. */
export const linkedFromData = (entries: readonly string[]) =>
  entries.filter((name) => name !== DATASET_FILE && name !== COLUMNS_FILE && name !== TEXT_FILE);

/**
 * Validates a generated dataset with the app's own validator, as the compiler proves the file the app
 * ships with; throws naming the first problems, so nothing unproven is measured as shipped.
 */
export function proveDataset(label: string, text: string): void {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`The generated ${label} dataset is not JSON: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const result = validateDataset(json);
  if (result.ok) return;
  const problems = result.issues.slice(0, 3).map((issue) => `${issue.path}: ${issue.message}`);
  throw new Error(
    `The generated ${label} dataset does not validate, so it cannot be deployed as the app's own ` +
      `(${String(result.issues.length)} problems): ${problems.join('; ')}`,
  );
}

/**
 * Proves each generated dataset, then writes its deployment under `distDir/shipped/<label>/` (the
 * columns and text files made by the compiler's own encoder, so what is measured is what a site would ship), replacing
 * any from an earlier run. Links are relative, so the folder can move with the build.
 */
export async function deployShippedApps(
  distDir: string,
  datasets: ReadonlyMap<string, string>,
): Promise<void> {
  for (const [label, text] of datasets) proveDataset(label, text);
  const root = resolve(distDir);
  await rm(join(root, SHIPPED_DIR), { recursive: true, force: true });
  const { top, data } = await buildEntries(root);
  for (const [label, text] of datasets) {
    const dataDir = await linkDeployment(root, label, top, data);
    await writeFile(join(dataDir, DATASET_FILE), text);
    await writeShippedFiles(dataDir, serializeShippedFiles(text));
  }
}

/**
 * Creates the deployment folder of `label` under `root/shipped/` with its links to the build (see
 * deployShippedApps) and returns its data folder, where the dataset's files are to be written.
 */
export async function linkDeployment(
  root: string,
  label: string,
  top: readonly string[],
  data: readonly string[],
): Promise<string> {
  const app = join(root, shippedAppDir(label));
  await mkdir(join(app, DATA_DIR), { recursive: true });
  for (const name of top) await symlink(join('..', '..', name), join(app, name));
  for (const name of data) await symlink(join('..', '..', '..', DATA_DIR, name), join(app, DATA_DIR, name));
  return join(app, DATA_DIR);
}

/** Writes the columns and text files of a deployment into its data folder. */
export async function writeShippedFiles(
  dataDir: string,
  shipped: { columns: string; text: string },
): Promise<void> {
  await writeFile(join(dataDir, COLUMNS_FILE), shipped.columns);
  await writeFile(join(dataDir, TEXT_FILE), shipped.text);
}

/** The names under the build's top folder and its data folder that a deployment links to. */
export async function buildEntries(root: string): Promise<{ top: string[]; data: string[] }> {
  return {
    top: linkedFromBuild(await readdir(root)),
    data: linkedFromData(await readdir(join(root, DATA_DIR)).catch(() => [])),
  };
}
