import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The folder layering is enforced by `npm run lint` (boundaries/dependencies in eslint.config.js): these
 * tests lint one-line files with the project's own configuration, as if they stood at real paths.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'boundaries/dependencies' || m.fatal === true)
    .map((m) => m.message);
}

describe('the layer rule', () => {
  // The first lint starts TypeScript's project service, which takes a while on a busy machine.
  beforeAll(async () => {
    await layerErrors('src/data/schema.ts', 'export {};\n');
  }, 120_000);

  it('fails a back-edge: the domain model importing the store', async () => {
    const errors = await layerErrors(
      'src/model/dates.ts',
      "import { useAppStore } from '../state/store';\n\nexport const store = useAppStore;\n",
    );
    expect(errors).toEqual([
      expect.stringMatching(/^src\/model may import only from its own folder, src\/data/),
    ]);
  });

  it('fails a chart importing the export menu', async () => {
    const errors = await layerErrors(
      'src/charts/timeline/axis.ts',
      "import { ExportMenu } from '../../ui/exportMenu/ExportMenu';\n\nexport const menu = ExportMenu;\n",
    );
    expect(errors).toHaveLength(1);
  });

  it('lets a layer import the layers before it', async () => {
    const errors = await layerErrors(
      'src/ui/Workspace.tsx',
      [
        "import { DAY_MS } from '../model/dates';",
        "import { useAppStore } from '../state/store';",
        "import { axisTicks } from '../charts/timeline/axis';",
        '',
        'export const all = [DAY_MS, useAppStore, axisTicks];',
        '',
      ].join('\n'),
    );
    expect(errors).toEqual([]);
  });

  it("puts the embed page on top: it may use the app's panels, and nothing may import it", async () => {
    const uses = [
      "import { TimelineChart } from '../charts/timeline/TimelineChart';",
      "import { embedUrl } from '../ui/exportMenu/embedSnippet';",
      '',
      'export const all = [TimelineChart, embedUrl];',
      '',
    ].join('\n');
    expect(await layerErrors('src/embed/EmbedFrame.tsx', uses)).toEqual([]);
    const back = "import { EmbedApp } from '../../embed/EmbedApp';\n\nexport const app = EmbedApp;\n";
    expect(await layerErrors('src/ui/exportMenu/ExportMenu.tsx', back)).toEqual([
      expect.stringMatching(/^src\/ui may import only from its own folder/),
    ]);
  });

  it('keeps test support out of product code, and lets tests use it', async () => {
    const code = "import { bundled } from '../test/bundledDataset';\n\nexport const dataset = bundled;\n";
    expect(await layerErrors('src/model/dates.ts', code)).toEqual([
      'Only tests may import src/test, so test data never reaches the build.',
    ]);
    expect(await layerErrors('src/model/dates.test.ts', code)).toEqual([]);
  });
});
