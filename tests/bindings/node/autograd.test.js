'use strict';
// requiresGrad, backward, grad, retainGraph and noGrad from JS.
const test = require('node:test');
const assert = require('node:assert/strict');
const { ignis, assertClose, assertIgnisError } = require('./helpers');

test('backward fills .grad of leaves', () => {
  const w = ignis.tensor([1, 2, 3], { requiresGrad: true });
  assert.equal(w.requiresGrad, true);
  assert.equal(w.isLeaf, true);
  assert.equal(w.grad, null);
  const loss = w.mul(w).sum(); // d/dw sum(w^2) = 2w
  assert.equal(loss.isLeaf, false);
  loss.backward();
  assertClose(w.grad.toArray(), [2, 4, 6]);
  const x = ignis.tensor([[1, 2], [3, 4]], { requiresGrad: true });
  x.matmul(x).sigmoid().mean().backward();
  assert.deepEqual(x.grad.shape, [2, 2]);
});

test('gradients accumulate, retainGraph and explicit gradients', () => {
  const a = ignis.tensor([2], { requiresGrad: true });
  const b = a.pow(3); // 3a^2 = 12
  b.backward(null, { retainGraph: true });
  b.backward(); // accumulates: 24
  assertClose(a.grad.toArray(), [24]);
  a.grad = null;
  const v = ignis.tensor([1, 1], { requiresGrad: true });
  v.mul(3).backward(ignis.tensor([1, 2]));
  assertClose(v.grad.toArray(), [3, 6]);
});

test('noGrad turns recording off and restores it', () => {
  const w = ignis.ones([2]);
  w.requiresGrad = true;
  const out = ignis.noGrad(() => w.mul(2));
  assert.equal(out.requiresGrad, false);
  assert.equal(ignis.isGradEnabled(), true);
  assert.throws(() => ignis.noGrad(() => { throw new Error('boom'); }), /boom/);
  assert.equal(ignis.isGradEnabled(), true);
  assert.equal(w.mul(2).requiresGrad, true);
  assert.equal(w.detach().requiresGrad, false);
});

test('autograd errors', () => {
  const t = ignis.tensor([1, 2]);
  assertIgnisError(() => t.sum().backward(), 'IGNIS_INVALID_ARGUMENT');
  const w = ignis.tensor([1, 2], { requiresGrad: true });
  assertIgnisError(() => w.mul(2).backward(), 'IGNIS_INVALID_ARGUMENT', /one element|scalar|numel/i);
  assertIgnisError(() => { w.requiresGrad = 'yes'; }, 'IGNIS_INVALID_ARGUMENT', /boolean/);
});
