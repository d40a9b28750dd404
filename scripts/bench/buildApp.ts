import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

/** Runs `vite build` into `outDir` (relative to `root`), as `AIDLINE_DIST=<outDir> npx vite build` would. */
export async function buildApp(root: string, outDir: string): Promise<void> {
  const vite = resolve(root, 'node_modules/vite/bin/vite.js');
  await new Promise<void>((done, fail) => {
    const child = spawn(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
      cwd: root,
      env: { ...process.env, AIDLINE_DIST: outDir },
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => {
      errors += chunk.toString();
      process.stderr.write(chunk);
    });
    child.on('error', fail);
    child.on('close', (code) => {
      if (code === 0) done();
      else
        fail(new Error(`vite build exited with code ${String(code)}: ${errors.trim().split('\n')[0] ?? ''}`));
    });
  });
}
