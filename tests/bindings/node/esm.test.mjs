// The ESM entry point: default and named imports see the same objects as require().
import test from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import ignis, { tensor, nn, optim, data, noGrad, Tensor, save, load, loadCheckpointAsync, runAsync } from '../../../bindings/node/index.mjs';

test('ESM import works', () => {
  const require = createRequire(import.meta.url);
  assert.equal(ignis, require('../../../bindings/node'));
  const t = tensor([1, 2, 3]);
  assert.ok(t instanceof Tensor);
  assert.equal(ignis.relu(t.neg()).sum().item(), 0);
  assert.equal(typeof nn.Module.create, 'function');
  assert.equal(noGrad(() => t.mul(2)).requiresGrad, false);
  assert.equal(save, ignis.save);
  assert.equal(load, ignis.load);
  assert.equal(typeof nn.Sequential, 'function');
  assert.equal(optim.lr_scheduler, ignis.optim.lr_scheduler);
  assert.equal(data.DataLoader, ignis.data.DataLoader);
  assert.equal(loadCheckpointAsync, ignis.loadCheckpointAsync);
  assert.equal(runAsync, ignis.runAsync);
  // a JS class extending the ESM export of nn.Module
  class Twice extends nn.Module {
    forward(x) { return x.mul(2); }
  }
  assert.deepEqual(new Twice().forward(t).toArray(), [2, 4, 6]);
});
