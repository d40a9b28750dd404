import { join } from 'node:path';
import { format, getFileInfo, resolveConfig } from 'prettier';

/**
 * The text as the repository's prettier setup would write it, so `npm run lint` stays green after a
 * tool edits a file; files prettier ignores (data/sources/) are left exactly as they are.
 */
export async function formatted(root: string, path: string, text: string): Promise<string> {
  const file = join(root, path);
  const info = await getFileInfo(file, { ignorePath: join(root, '.prettierignore') });
  if (info.ignored || info.inferredParser === null) return text;
  const config = (await resolveConfig(file)) ?? {};
  return format(text, { ...config, filepath: file });
}
