'use strict';
// Training from JS: optimizers over module parameters, synchronous steps and trainStepAsync.
const test = require('node:test');
const assert = require('node:assert/strict');
const { ignis, assertClose, assertIgnisError } = require('./helpers');

// y = 2x - 1 with a little structure: 64 points in [-1, 1].
const X = ignis.linspace(-1, 1, 64).reshape(64, 1);
const Y = X.mul(2).sub(1);

test('SGD step matches the update rule', () => {
  const w = ignis.tensor([1, 2], { requiresGrad: true });
  const opt = ignis.optim.SGD([w], { lr: 0.1 });
  assert.equal(opt.getOption('lr'), 0.1);
  w.mul(w).sum().backward(); // grad 2w
  opt.step();
  assertClose(w.toArray(), [0.8, 1.6]);
  opt.zeroGrad();
  assert.equal(w.grad, null);
  opt.setOption('lr', 0.5);
  assert.equal(opt.getOption('lr'), 0.5);
});

test('a Linear model trained synchronously fits a line', () => {
  ignis.manualSeed(0);
  const model = ignis.nn.Module.create('Linear', { in_features: 1, out_features: 1 });
  const lossFn = ignis.nn.Module.create('MSELoss');
  const opt = ignis.optim.SGD(model, { lr: 0.1 });
  let loss;
  for (let i = 0; i < 300; i++) {
    loss = ignis.tidy(() => {
      opt.zeroGrad();
      const l = lossFn.forward(model.forward(X), Y);
      l.backward();
      opt.step();
      return l.item();
    });
  }
  assert.ok(loss < 1e-4, `loss ${loss}`);
  const [w, b] = model.parameters();
  assertClose(w.toArray(), [[2]], 1e-2);
  assertClose(b.toArray(), [-1], 1e-2);
});

test('trainStepAsync trains off the event loop', async () => {
  ignis.manualSeed(1);
  const model = ignis.nn.Module.create('Sequential');
  const lossFn = ignis.nn.Module.create('MSELoss');
  const lin = ignis.nn.Module.create('Linear', { in_features: 1, out_features: 1 });
  const opt = ignis.optim.Adam(lin, { lr: 0.05 });
  const first = await lin.trainStepAsync(lossFn, opt, X, Y);
  let loss = first;
  for (let i = 0; i < 400; i++) loss = await lin.trainStepAsync(lossFn, opt, X, Y);
  assert.ok(loss < 1e-3 && loss < first, `loss ${first} -> ${loss}`);
  model.dispose();
  await assert.rejects(lin.trainStepAsync(lossFn, opt, ignis.ones([4, 3]), Y),
    (e) => e.code === 'IGNIS_SHAPE');
});

test('optimizer errors', () => {
  const w = ignis.tensor([1], { requiresGrad: true });
  assertIgnisError(() => ignis.optim.Optimizer.create('Nope', [w]), 'IGNIS_INVALID_ARGUMENT', /Nope/);
  assertIgnisError(() => ignis.optim.SGD([w], { lr: -1 }), 'IGNIS_INVALID_ARGUMENT', /lr/);
  assertIgnisError(() => ignis.optim.SGD('w'), 'IGNIS_INVALID_ARGUMENT', /array of parameter tensors/);
  const opt = ignis.optim.SGD([w]);
  opt.dispose();
  assertIgnisError(() => opt.step(), 'IGNIS_INVALID_ARGUMENT', /disposed/);
  const lin = ignis.nn.Module.create('Linear', { in_features: 1, out_features: 1 });
  assertIgnisError(() => lin.trainStepAsync(lin, opt, X, Y), 'IGNIS_INVALID_ARGUMENT', /disposed/);
  assertIgnisError(() => lin.trainStepAsync(lin, {}, X, Y), 'IGNIS_INVALID_ARGUMENT', /Optimizer/);
});
