import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const HERE = dirname(fileURLToPath(import.meta.url));

/** Builds the peer pages (vis-timeline and bare d3) into `outDir`, minified as Aidline's own build. */
export async function buildPeers(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: HERE,
    base: './',
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      assetsInlineLimit: 0,
      rollupOptions: { input: { vis: join(HERE, 'vis/index.html'), d3: join(HERE, 'd3/index.html') } },
    },
  });
}
