#!/usr/bin/env node
// Gets a developer checkout ready for `electron .` (npm start runs this first):
//  1. the Electron binary: package.json's allowScripts keeps electron's own install script from
//     running at `npm ci` (so it works offline), so it is fetched here when missing;
//  2. better-sqlite3 built for Electron. node_modules/better-sqlite3 stays built for Node, because
//     the tests load it in Node; Electron's build is kept apart in .native/electron-<version>/ and
//     electron/main.ts loads it from there. Both builds coexist, so `npm test` and `npm start`
//     work in either order without a manual rebuild.
// Each step is skipped when its result is already there.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const modules = join(root, 'node_modules');
const electronDir = join(modules, 'electron');
const electronVersion = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;

const say = (line) => console.log(`[electron-native] ${line}`);

function failWith(lines) {
  console.error('');
  for (const line of lines) console.error(`[electron-native] ${line}`);
  console.error('');
  process.exit(1);
}

/** Runs a Node script (not a .bin shim, which on Windows is a .cmd) and reports whether it succeeded. */
function runNode(script, args, cwd) {
  say(`> node ${[relative(root, script), ...args].join(' ')}`);
  const result = spawnSync(process.execPath, [script, ...args], { cwd, stdio: 'inherit' });
  if (result.error) console.error(result.error.message);
  return result.status === 0;
}

function electronBinaryPresent() {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return false;
  return existsSync(join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()));
}

function ensureElectronBinary() {
  if (electronBinaryPresent()) {
    say(`Electron ${electronVersion} binary: present.`);
    return;
  }
  say(`Electron ${electronVersion} binary: missing; downloading it now.`);
  const ok = runNode(join(electronDir, 'install.js'), [], electronDir);
  // install.js exits 0 without downloading when ELECTRON_SKIP_BINARY_DOWNLOAD is set, so check again.
  if (!ok || !electronBinaryPresent()) {
    failWith([
      `Could not install the Electron ${electronVersion} binary into node_modules/electron/dist.`,
      'It is downloaded from github.com/electron/electron/releases (or from ELECTRON_MIRROR if set).',
      'Check the network connection or proxy, make sure ELECTRON_SKIP_BINARY_DOWNLOAD is not set, then run:',
      '  node node_modules/electron/install.js',
      'and start again with: npm start',
    ]);
  }
  say(`Electron ${electronVersion} binary: installed.`);
}

function ensureSqliteForElectron() {
  const target = join(root, '.native', `electron-${electronVersion}`);
  const binding = join(target, 'better_sqlite3.node');
  const shown = relative(root, binding);
  if (existsSync(binding)) {
    say(`better-sqlite3 for Electron ${electronVersion}: present (${shown}).`);
    return;
  }

  // The real folder, in case node_modules links it from elsewhere (npm link, pnpm-style stores).
  const source = realpathSync(join(modules, 'better-sqlite3'));
  const work = join(target, 'better-sqlite3');
  say(`better-sqlite3 for Electron ${electronVersion}: missing; preparing a separate copy in ${relative(root, work)}.`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  // Leave out the Node build, so a failed Electron build can never be mistaken for a good one.
  // Links are followed: the copy must be real, as a rebuild in a link would destroy the Node build.
  cpSync(source, work, { recursive: true, dereference: true, filter: (path) => path !== join(source, 'build') });
  if (realpathSync(work) === source) failWith([`${relative(root, work)} must be a copy, not a link to ${source}.`]);

  const electronTarget = [`--runtime=electron`, `--target=${electronVersion}`, `--arch=${process.arch}`];
  say('Trying a prebuilt binary (prebuild-install)...');
  let built = runNode(join(modules, 'prebuild-install', 'bin.js'), [...electronTarget, `--platform=${process.platform}`], work);
  if (!built) {
    say('No prebuilt binary could be fetched; building from source (node-gyp)...');
    built = runNode(
      join(modules, 'node-gyp', 'bin', 'node-gyp.js'),
      [
        'rebuild',
        '--release',
        ...electronTarget,
        '--dist-url=https://electronjs.org/headers',
        // Electron's headers are kept apart from Node's, as Electron's own docs advise.
        `--devdir=${join(homedir(), '.electron-gyp')}`,
      ],
      work,
    );
  }

  const output = join(work, 'build', 'Release', 'better_sqlite3.node');
  if (!built || !existsSync(output)) {
    failWith([
      `Could not get better-sqlite3 built for Electron ${electronVersion}.`,
      'No prebuilt binary could be downloaded (github.com/WiseLibs/better-sqlite3 releases), and building',
      'from source failed. Building needs the Electron headers from https://electronjs.org/headers (network),',
      'Python 3 and a C++ toolchain (Debian/Ubuntu: build-essential; Windows: Visual Studio Build Tools;',
      'macOS: Xcode command line tools). Fix the cause shown above, then run:',
      '  node scripts/electron-native.mjs',
    ]);
  }
  // Copy then rename, so an interrupted copy never leaves a file that the check above takes as ready.
  const partial = `${binding}.partial`;
  copyFileSync(output, partial);
  renameSync(partial, binding);
  say(`better-sqlite3 for Electron ${electronVersion}: ready (${shown}).`);
}

ensureElectronBinary();
ensureSqliteForElectron();
