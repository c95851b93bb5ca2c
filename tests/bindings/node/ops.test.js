'use strict';
// Schema ops from JS, sampled across families, against values computed with PyTorch 1.13
// (x and y below); plus calling conventions (positional, options objects, overloads).
const test = require('node:test');
const assert = require('node:assert/strict');
const { ignis, assertClose } = require('./helpers');

const X = [[0.5, -1.0, 2.0], [3.0, -0.25, 1.5]];
const Y = [[1.0, 2.0, -1.0], [0.5, 4.0, 2.0]];
const x = () => ignis.tensor(X);
const y = () => ignis.tensor(Y);

test('every schema op is a function, and a method where the schema says so', () => {
  const native = require(process.env.IGNIS_NODE_ADDON || '../../../build/dev/bindings/node/ignis.node');
  assert.ok(Object.keys(native.ops).length > 150);
  for (const name of Object.keys(native.ops)) assert.equal(typeof ignis[name], 'function', name);
  for (const name of native.opMethods) {
    assert.equal(typeof ignis.Tensor.prototype[name], 'function', name);
  }
  for (const name of ['add', 'add_', 'sum', 'logSoftmax', 'relu_', 'matmul']) {
    assert.ok(native.opMethods.includes(name), name);
  }
});

test('unary and activation ops', () => {
  assertClose(x().exp().toArray(), [[1.6487212181091309, 0.3678794503211975, 7.389056205749512], [20.08553695678711, 0.7788007855415344, 4.481688976287842]]);
  assertClose(x().tanh().toArray(), [[0.46211716532707214, -0.7615941762924194, 0.9640275835990906], [0.9950547814369202, -0.24491865932941437, 0.9051482677459717]]);
  assertClose(x().sigmoid().toArray(), [[0.622459352016449, 0.2689414322376251, 0.8807970285415649], [0.9525741338729858, 0.43782350420951843, 0.8175744414329529]]);
  assertClose(ignis.gelu(x()).toArray(), [[0.3457311987876892, -0.1586552858352661, 1.9544999599456787], [2.995950222015381, -0.10032343119382858, 1.3997890949249268]]);
  assertClose(ignis.leakyRelu(x(), 0.1).toArray(), [[0.5, -0.1, 2.0], [3.0, -0.025, 1.5]]);
  assertClose(ignis.leakyRelu(x(), { negativeSlope: 0.1 }).toArray(), [[0.5, -0.1, 2.0], [3.0, -0.025, 1.5]]);
  assertClose(x().abs().pow(1.5).toArray(), [[0.3535533845424652, 1.0, 2.8284270763397217], [5.196152210235596, 0.125, 1.837117314338684]]);
  assertClose(x().relu().toArray(), [[0.5, 0, 2], [3, 0, 1.5]]);
});

test('binary ops, overloads and in-place forms', () => {
  assertClose(ignis.atan2(x(), y()).toArray(), [[0.46364760398864746, -0.46364760398864746, 2.0344438552856445], [1.4056476354599, -0.06241881102323532, 0.6435011029243469]]);
  assertClose(x().div(y(), { roundingMode: 'floor' }).toArray(), [[0, -1, -2], [6, -1, 0]]);
  assertClose(x().add(y(), { alpha: 2 }).toArray(), [[2.5, 3, 0], [4, 7.75, 5.5]]);
  assertClose(x().add(y(), 2).toArray(), [[2.5, 3, 0], [4, 7.75, 5.5]]);
  assertClose(x().sub(1).toArray(), [[-0.5, -2, 1], [2, -1.25, 0.5]]);
  assertClose(x().mul(y()).toArray(), [[0.5, -2, -2], [1.5, -1, 3]]);
  assertClose(x().clamp(-0.5, 1.0).toArray(), [[0.5, -0.5, 1.0], [1.0, -0.25, 1.0]]);
  assertClose(ignis.where(x().gt(0), x(), y()).toArray(), [[0.5, 2.0, 2.0], [3.0, 4.0, 1.5]]);
  assert.deepEqual(x().gt(0).toArray(), [[true, false, true], [true, false, true]]);
  const t = x();
  assert.equal(t.mul_(2), t); // in place returns the same object
  assertClose(t.toArray(), [[1, -2, 4], [6, -0.5, 3]]);
  const i = ignis.tensor([5, 7], { dtype: 'int64' });
  assert.deepEqual(i.remainder(3).toArray(), [2, 1]);
  assert.deepEqual(i.bitwiseAnd(3).toArray(), [1, 3]);
});

test('reductions with positional and options arguments', () => {
  assertClose(x().sum(1).toArray(), [1.5, 4.25]);
  assertClose(x().sum({ dim: 1, keepdim: true }).toArray(), [[1.5], [4.25]]);
  assertClose(x().sum([0, 1]).item(), 5.75);
  assertClose(x().mean().item(), 0.9583333134651184);
  assertClose(x().var(1).toArray(), [2.25, 2.6458332538604736]);
  assertClose(x().std(0).toArray(), [1.7677669525146484, 0.5303300619125366, 0.3535533845424652]);
  assertClose(x().logsumexp(1).toArray(), [2.2413113117218018, 3.2326221466064453]);
  assertClose(x().norm().item(), 4.069705009460449);
  assert.deepEqual(x().argmax(1).toArray(), [2, 0]);
  assertClose(x().cumsum(1).toArray(), [[0.5, -0.5, 1.5], [3.0, 2.75, 4.25]]);
  const [values, indices] = x().max(1);
  assertClose(values.toArray(), [2, 3]);
  assert.deepEqual(indices.toArray(), [2, 0]);
  assert.equal(x().max().item(), 3);
});

test('sorting, shape, indexing and list-returning ops', () => {
  const [sv, si] = x().sort(1);
  assertClose(sv.toArray(), [[-1.0, 0.5, 2.0], [-0.25, 1.5, 3.0]]);
  assert.deepEqual(si.toArray(), [[1, 0, 2], [1, 2, 0]]);
  const [tv, ti] = x().topk(2, 1);
  assertClose(tv.toArray(), [[2.0, 0.5], [3.0, 1.5]]);
  assert.deepEqual(ti.toArray(), [[2, 0], [0, 2]]);
  assert.deepEqual(ignis.cat([x(), y()], 1).shape, [2, 6]);
  assert.deepEqual(ignis.stack([x(), y()]).shape, [2, 2, 3]);
  const parts = x().split(1, 1);
  assert.equal(parts.length, 3);
  assertClose(parts[2].toArray(), [[2.0], [1.5]]);
  assert.equal(ignis.arange(10).chunk(5).length, 5);
  assert.equal(ignis.zeros([7, 2]).unbind().length, 7);
  assert.deepEqual(x().split([1, 2], 1).map((p) => p.shape), [[2, 1], [2, 2]]);
  const idx = ignis.tensor([2, 0], { dtype: 'int64' });
  assertClose(x().indexSelect(1, idx).toArray(), [[2, 0.5], [1.5, 3]]);
  assertClose(x().flip([1]).toArray(), [[2, -1, 0.5], [1.5, -0.25, 3]]);
});

test('linear algebra', () => {
  assertClose(x().matmul(y().transpose(0, 1)).toArray(), [[-3.5, 0.25], [1.0, 3.5]]);
  assertClose(ignis.outer(ignis.tensor(X[0]), ignis.tensor(Y[0])).toArray(), [[0.5, 1.0, -0.5], [-1.0, -2.0, 1.0], [2.0, 4.0, -2.0]]);
  assertClose(ignis.einsum('ij,ij->i', [x(), y()]).toArray(), [-3.5, 3.5]);
  assertClose(ignis.linalgInv(ignis.tensor([[2, 1], [1, 3]])).toArray(), [[0.6, -0.2], [-0.2, 0.4]]);
});

test('nn functional ops and losses', () => {
  assertClose(x().logSoftmax(1).toArray(), [[-1.7413113117218018, -3.2413113117218018, -0.24131132662296295], [-0.23262207210063934, -3.4826221466064453, -1.7326220273971558]]);
  assertClose(x().softmax(0).toArray(), [[0.07585817575454712, 0.32082128524780273, 0.622459352016449], [0.9241418242454529, 0.6791787147521973, 0.3775406777858734]]);
  assertClose(ignis.layerNorm(x(), [3]).toArray(), [[0.0, -1.224740743637085, 1.224740743637085], [1.1921626329421997, -1.2549080848693848, 0.06274539232254028]], 1e-4);
  assertClose(ignis.mseLoss(x(), y()).item(), 7.135416507720947);
  assertClose(ignis.crossEntropy(x(), ignis.tensor([2, 0], { dtype: 'int64' })).item(), 0.23696669936180115);
});
