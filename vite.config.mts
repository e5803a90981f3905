// One build for the whole app: the renderer (React) into dist/, and the Electron main process and
// preload as CommonJS into dist-electron/. The headless server (npm run serve) serves dist/.
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import electron from 'vite-plugin-electron/simple';

const root = import.meta.dirname;

/** The dev server injects inline scripts and styles (React refresh, CSS hot reload), which the page's
 *  strict Content-Security-Policy forbids. Relax it only while serving in development; builds keep it. */
function devContentSecurityPolicy(): Plugin {
  return {
    name: 'dev-content-security-policy',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws://localhost:* ws://127.0.0.1:*"),
  };
}

export default defineConfig({
  root: resolve(root, 'renderer'),
  base: './',
  plugins: [
    react(),
    devContentSecurityPolicy(),
    electron({
      main: {
        entry: resolve(root, 'electron/main.ts'),
        vite: {
          build: {
            outDir: resolve(root, 'dist-electron'),
            rolldownOptions: { external: ['better-sqlite3', 'serialport', 'electron'] },
          },
        },
      },
      preload: {
        input: resolve(root, 'electron/preload.ts'),
        vite: { build: { outDir: resolve(root, 'dist-electron') } },
      },
    }),
  ],
  build: {
    outDir: resolve(root, 'dist'),
    emptyOutDir: true,
  },
});
