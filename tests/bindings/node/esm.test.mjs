// The ESM entry point: default and named imports see the same objects as require().
import test from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import ignis, { tensor, nn, noGrad, Tensor } from '../../../bindings/node/index.mjs';

test('ESM import works', () => {
  const require = createRequire(import.meta.url);
  assert.equal(ignis, require('../../../bindings/node'));
  const t = tensor([1, 2, 3]);
  assert.ok(t instanceof Tensor);
  assert.equal(ignis.relu(t.neg()).sum().item(), 0);
  assert.equal(typeof nn.Module.create, 'function');
  assert.equal(noGrad(() => t.mul(2)).requiresGrad, false);
});
