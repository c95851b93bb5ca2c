#!/usr/bin/env node
'use strict';
// npm's install step for the ignis package: builds the native addon build/ignis.node with CMake
// (nothing is downloaded; node-addon-api and node-api-headers come from devDependencies).
//
//   IGNIS_LIB_DIR=/opt/ignis/lib npm install   against an installed or built libignis.so
//                                              (headers: IGNIS_INCLUDE_DIR, IGNIS_LIB_DIR/../include,
//                                              or the checkout's capi/include)
//   npm install                                in a checkout: against build/default or build/dev
//                                              when one has libignis.so, else it builds the
//                                              default preset (build/default) up to the addon
//   IGNIS_NODE_SKIP_BUILD=1 npm install        installs the packages only (scripts/bootstrap.sh,
//                                              whose CMake build makes the addon itself)
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const pkg = path.resolve(__dirname, '..');
const checkout = path.resolve(pkg, '..', '..');
const out = path.join(pkg, 'build');

function run(cmd, args) {
  console.log(`ignis: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.error) fail(`${cmd}: ${r.error.message}${r.error.code === 'ENOENT' ? ' (install CMake 3.20+ and a C++20 compiler)' : ''}`);
  if (r.status !== 0) fail(`${cmd} ${args[0]} failed (exit ${r.status})`);
}

function fail(message) {
  console.error(`ignis: cannot build the native addon: ${message}`);
  process.exit(1);
}

const hasLib = (dir) => ['libignis.so', 'libignis.so.1'].some((f) => fs.existsSync(path.join(dir, f)));
const generator = () => (spawnSync('ninja', ['--version']).status === 0 ? ['-G', 'Ninja'] : []);
const jobs = String(Number(process.env.IGNIS_BUILD_JOBS) || 2);

function main() {
  if (process.env.IGNIS_NODE_SKIP_BUILD) {
    console.log('ignis: IGNIS_NODE_SKIP_BUILD is set; not building the addon');
    return;
  }
  let libDir = process.env.IGNIS_LIB_DIR;
  if (libDir && !hasLib(libDir)) fail(`IGNIS_LIB_DIR=${libDir} holds no libignis.so`);
  if (!libDir) {
    libDir = ['default', 'dev'].map((p) => path.join(checkout, 'build', p, 'capi')).find(hasLib);
  }
  if (libDir) {
    const args = ['-S', pkg, '-B', out, ...generator(), '-DCMAKE_BUILD_TYPE=Release',
      `-DIGNIS_LIB_DIR=${path.resolve(libDir)}`];
    if (process.env.IGNIS_INCLUDE_DIR) args.push(`-DIGNIS_INCLUDE_DIR=${path.resolve(process.env.IGNIS_INCLUDE_DIR)}`);
    run('cmake', args);
    run('cmake', ['--build', out, '--target', 'ignis_node', '-j', jobs]);
  } else if (fs.existsSync(path.join(checkout, 'CMakePresets.json')) &&
             fs.existsSync(path.join(checkout, 'capi', 'include', 'ignis', 'ignis.h'))) {
    // A checkout without a built libignis: build the engine's default preset (build/default,
    // as the README's two commands do) as far as the addon, then copy the addon where index.js
    // looks first. Its RUNPATH is build/default/capi.
    process.chdir(checkout);
    run('cmake', ['--preset', 'default']);
    run('cmake', ['--build', '--preset', 'default', '--target', 'ignis_node', '-j', jobs]);
    fs.mkdirSync(out, { recursive: true });
    fs.copyFileSync(path.join(checkout, 'build', 'default', 'bindings', 'node', 'ignis.node'),
      path.join(out, 'ignis.node'));
  } else {
    fail('no libignis.so found: set IGNIS_LIB_DIR to the directory holding it (and ' +
      'IGNIS_INCLUDE_DIR to the directory holding ignis/ignis.h unless it is IGNIS_LIB_DIR/../include)');
  }
  console.log(`ignis: built ${path.join(out, 'ignis.node')}`);
}

main();
