'use strict';
// examples/node/fashion_train.js on a subset: the MLP learns (test accuracy over 75% after two
// epochs on 8192 images), writes a checkpoint each epoch, and --resume continues from it.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { ignis } = require('./helpers');
const { train } = require('../../../examples/node/fashion_train');

const haveFashion = fs.existsSync('/usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz');

test('the Fashion-MNIST training example learns, checkpoints and resumes', { skip: !haveFashion && 'dataset-fashion-mnist not installed' }, async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ignis-node-train-'));
  try {
    const checkpoint = path.join(dir, 'mlp.safetensors');
    const lines = [];
    const first = await train({ epochs: 2, limit: 8192, checkpoint, log: (l) => lines.push(l) });
    t.diagnostic(lines.join('; '));
    assert.equal(first.losses.length, 2);
    assert.ok(first.losses[1] < first.losses[0], `losses ${first.losses}`);
    assert.ok(first.accuracy > 0.75, `test accuracy ${first.accuracy}`);
    assert.equal(ignis.load(checkpoint).metadata.epoch, '2');

    const more = [];
    const resumed = await train({ epochs: 3, limit: 8192, checkpoint, resume: true, log: (l) => more.push(l) });
    t.diagnostic(more.join('; '));
    assert.match(more[0], /resumed from .* at epoch 2/);
    assert.equal(resumed.losses.length, 1);
    assert.ok(resumed.losses[0] < first.losses[0], `resumed loss ${resumed.losses[0]}`);
    assert.ok(resumed.accuracy > 0.75, `test accuracy ${resumed.accuracy}`);
    assert.equal(ignis.load(checkpoint).metadata.epoch, '3');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
