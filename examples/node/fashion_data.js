'use strict';
// Reads the Fashion-MNIST IDX files (gzip-compressed, as Debian's dataset-fashion-mnist ships
// them in /usr/share/datasets/fashion-mnist, the directory the engine's loader uses too).
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const DEFAULT_ROOT = '/usr/share/datasets/fashion-mnist';

function readIdx(file, magic, headerInts) {
  const raw = fs.readFileSync(file);
  const buf = file.endsWith('.gz') ? zlib.gunzipSync(raw) : raw;
  const got = buf.readUInt32BE(0);
  if (got !== magic) throw new Error(`${file}: not an IDX file (magic ${got}, expected ${magic})`);
  const dims = [];
  for (let i = 0; i < headerInts; i++) dims.push(buf.readUInt32BE(4 + 4 * i));
  const expected = dims.reduce((a, b) => a * b, 1);
  const have = buf.length - 4 - 4 * headerInts;
  if (have !== expected) {
    throw new Error(`${file}: ${have} bytes of data, expected ${expected} for ${dims.join('x')}`);
  }
  const data = new Uint8Array(buf.buffer, buf.byteOffset + 4 + 4 * headerInts, expected);
  return { dims, data };
}

// The test (train = false) or training set: {images: Uint8Array(n * 784), labels: Uint8Array(n), n}.
function loadFashionMnist(root = DEFAULT_ROOT, train = false) {
  const prefix = train ? 'train' : 't10k';
  const find = (name) => {
    for (const f of [name, `${name}.gz`]) if (fs.existsSync(path.join(root, f))) return path.join(root, f);
    throw new Error(`Fashion-MNIST: ${path.join(root, name)}(.gz) not found; install Debian's ` +
      'dataset-fashion-mnist or pass its directory');
  };
  const images = readIdx(find(`${prefix}-images-idx3-ubyte`), 2051, 3);
  const labels = readIdx(find(`${prefix}-labels-idx1-ubyte`), 2049, 1);
  if (images.dims[0] !== labels.dims[0] || images.dims[1] !== 28 || images.dims[2] !== 28) {
    throw new Error(`Fashion-MNIST: images ${images.dims.join('x')} do not match labels ${labels.dims[0]}`);
  }
  return { images: images.data, labels: labels.data, n: labels.dims[0] };
}

module.exports = { loadFashionMnist, DEFAULT_ROOT };
