import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

/**
 * The Content-Security-Policy of the built app. It is injected at build time only: Vite's dev server
 * needs inline scripts for hot reload, the production build has none.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'aidline-csp',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      );
    },
  };
}

const DOWNLOAD_ENTRY = fileURLToPath(new URL('./src/startDownload.ts', import.meta.url));

/**
 * The app page starts downloading its dataset from a script of its own (src/startDownload.ts), tiny and
 * loaded `async`, so it runs as soon as it arrives instead of after the app's code has loaded and run.
 * It is built as an entry of its own and its tag added to index.html here: Vite would bundle a second
 * script written in the page into the app's entry.
 */
function downloadScript(): Plugin {
  return {
    name: 'aidline-download-script',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { filename, bundle }) {
        if (!filename.endsWith('index.html') || bundle === undefined) return html;
        const entry = Object.values(bundle).find(
          (file) => file.type === 'chunk' && file.isEntry && file.facadeModuleId === DOWNLOAD_ENTRY,
        );
        if (entry === undefined) throw new Error('The build has no chunk for src/startDownload.ts.');
        const app = html.indexOf('<script type="module"');
        if (app < 0) throw new Error("index.html has no module script to put the dataset's download before.");
        // First of the scripts, and after the Content-Security-Policy, which applies to what follows it.
        const tag = `<script type="module" async crossorigin fetchpriority="high" src="./${entry.fileName}"></script>\n    `;
        return html.slice(0, app) + tag + html.slice(app);
      },
    },
  };
}

/**
 * The modules each page imports statically (not through `import()`): everything the page runs before it
 * draws. Filled once the module graph is known, read when the chunks are made.
 */
const STATIC_IMPORTS = { app: new Set<string>(), embed: new Set<string>() };

function staticImports(): Plugin {
  return {
    name: 'aidline-static-imports',
    apply: 'build',
    buildEnd() {
      const ids = [...this.getModuleIds()];
      const collect = (entry: RegExp, into: Set<string>) => {
        into.clear();
        const stack = ids.filter((id) => entry.test(id));
        if (stack.length === 0) throw new Error(`The build has no module matching ${entry}.`);
        for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
          if (into.has(id)) continue;
          into.add(id);
          stack.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
      };
      collect(/src[\\/]main\.tsx$/, STATIC_IMPORTS.app);
      collect(/src[\\/]embed[\\/]main\.tsx$/, STATIC_IMPORTS.embed);
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy(), downloadScript(), staticImports()],
  build: {
    outDir: process.env.AIDLINE_DIST ?? 'dist',
    assetsInlineLimit: 0,
    // Every browser the target admits but old Safari (before 17) preloads modules itself; there the
    // modules still load, only later, so the polyfill is not worth its bytes on the path to the first view.
    modulePreload: { polyfill: false },
    target: 'es2022',
    // Two pages, the app and the chromeless embed of one chart (both get the CSP above), and the script
    // that starts the app's dataset download (see downloadScript).
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        embed: fileURLToPath(new URL('./embed.html', import.meta.url)),
        startDownload: DOWNLOAD_ENTRY,
      },
      // The early download's code is one file, so it is one request: the script, and what the app
      // imports from it to take the response. What a page runs before it draws is in as few files as
      // there are pages that share it: split by the code's own module boundaries it was some twenty small
      // files, and a browser fetches six at a time from one host over HTTP/1.1, so the page waited on
      // round trips rather than bytes. Code loaded later with `import()` keeps its own chunks.
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'startDownload',
              test: /src[\\/](startDownload|data[\\/]earlyDataset)\.ts$/,
              priority: 2,
            },
            {
              name: 'shared',
              test: (id) => STATIC_IMPORTS.app.has(id) && STATIC_IMPORTS.embed.has(id),
              priority: 1,
            },
            { name: 'app', test: (id) => STATIC_IMPORTS.app.has(id) },
          ],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
});
