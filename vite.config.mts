// One build for the whole app: the renderer (React) into dist/, and the Electron main process and
// preload as CommonJS into dist-electron/. The headless server (npm run serve) serves dist/.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import electron from 'vite-plugin-electron/simple';

const root = import.meta.dirname;

export default defineConfig({
  root: resolve(root, 'renderer'),
  base: './',
  plugins: [
    react(),
    electron({
      main: {
        entry: resolve(root, 'electron/main.ts'),
        vite: {
          build: {
            outDir: resolve(root, 'dist-electron'),
            rolldownOptions: { external: ['better-sqlite3', 'electron'] },
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
