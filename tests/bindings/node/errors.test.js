'use strict';
// Bad input from JS: engine errors keep their status as .code and the engine's message; wrong
// JS types are TypeErrors naming what was expected and what came.
const test = require('node:test');
const assert = require('node:assert/strict');
const { ignis, assertIgnisError } = require('./helpers');

test('engine errors carry the status code and message', () => {
  const a = ignis.ones([2, 3]);
  assertIgnisError(() => a.add(ignis.ones([4])), 'IGNIS_SHAPE', /not broadcastable/);
  assertIgnisError(() => a.matmul(ignis.ones([2, 3])), 'IGNIS_SHAPE');
  assertIgnisError(() => a.reshape(4, 2), 'IGNIS_SHAPE');
  assertIgnisError(() => ignis.ones([2]).bitwiseAnd(1), 'IGNIS_DTYPE');
  assertIgnisError(() => a.select(0, 5), 'IGNIS_INDEX');
  assertIgnisError(() => ignis.ones([2]).item(), 'IGNIS_INVALID_ARGUMENT');
  try {
    a.add(ignis.ones([4]));
  } catch (e) {
    assert.equal(e.status, 2);
  }
});

test('wrong JS types name the argument', () => {
  const a = ignis.ones([2]);
  assertIgnisError(() => a.add('x'), 'IGNIS_INVALID_ARGUMENT', /got the string 'x'/);
  assertIgnisError(() => a.sum({ dimm: 1 }), 'IGNIS_INVALID_ARGUMENT', /unknown option 'dimm'/);
  assertIgnisError(() => a.sum(0, { dim: 0 }), 'IGNIS_INVALID_ARGUMENT', /also given positionally/);
  assertIgnisError(() => a.cumsum(NaN), 'IGNIS_INVALID_ARGUMENT', /NaN/);
  assertIgnisError(() => a.cumsum(undefined), 'IGNIS_INVALID_ARGUMENT', /dim is required/);
  assertIgnisError(() => a.cumsum(0.5), 'IGNIS_INVALID_ARGUMENT', /integer/);
  assertIgnisError(() => ignis.zeros([2, NaN]), 'IGNIS_INVALID_ARGUMENT', /NaN/);
  assertIgnisError(() => ignis.zeros([-1]), 'IGNIS_INVALID_ARGUMENT', />= 0/);
  assertIgnisError(() => ignis.zeros('3'), 'IGNIS_INVALID_ARGUMENT', /shape/);
  assertIgnisError(() => ignis.zeros([2], { dtype: 'float8' }), 'IGNIS_INVALID_ARGUMENT', /dtype/);
  assertIgnisError(() => ignis.zeros([2], { device: 'tpu' }), 'IGNIS_INVALID_ARGUMENT', /device/);
  assertIgnisError(() => ignis.cat([a, 'b']), 'IGNIS_INVALID_ARGUMENT', /array of Tensors/);
  assertIgnisError(() => ignis.tensor([[1, 2], [3]]), 'IGNIS_INVALID_ARGUMENT', /ragged/);
  assertIgnisError(() => ignis.tensor(['a']), 'IGNIS_INVALID_ARGUMENT', /element 0/);
  assertIgnisError(() => ignis.tensor([1.5], { dtype: 'int32' }), 'IGNIS_INVALID_ARGUMENT', /not an integer/);
  assertIgnisError(() => ignis.fromTypedArray(new Float32Array(4), [3]), 'IGNIS_INVALID_ARGUMENT');
  assertIgnisError(() => ignis.fromTypedArray([1, 2]), 'IGNIS_INVALID_ARGUMENT', /TypedArray/);
  assertIgnisError(() => new ignis.Tensor(), 'IGNIS_INVALID_ARGUMENT', /ignis\.tensor/);
  assert.throws(() => a.add('x'), TypeError);
  const fake = Object.create(ignis.Tensor.prototype); // a Tensor by prototype, with no handle
  assertIgnisError(() => a.add(fake), 'IGNIS_INVALID_ARGUMENT', /expected a Tensor for other/);
  assertIgnisError(() => ignis.cat([fake]), 'IGNIS_INVALID_ARGUMENT', /array of Tensors/);
  assertIgnisError(() => { a.grad = fake; }, 'IGNIS_INVALID_ARGUMENT', /expected a Tensor/);
});

test('disposed tensors are errors wherever they are passed', async () => {
  const a = ignis.ones([2]);
  const d = ignis.ones([2]);
  d.dispose();
  const m = ignis.nn.Module.create('Linear', { in_features: 2, out_features: 1 });
  for (const [what, fn] of [
    ['an op argument', () => a.add(d)], ['the receiver', () => d.add(a)],
    ['in a tensor list', () => ignis.cat([a, d])], ['a forward input', () => m.forward(d)],
    ['a forwardAsync input', () => m.forwardAsync(d)], ['an optimizer parameter', () => ignis.optim.SGD([d], { lr: 0.1 })],
    ['item()', () => d.item()], ['data()', () => d.data()], ['toArray()', () => d.toArray()],
    ['ignis.save', () => ignis.save({ d }, '/tmp/never-written.safetensors')],
  ]) {
    assert.throws(fn, (e) => e.code === 'IGNIS_INVALID_ARGUMENT' && /disposed/.test(e.message), what);
  }
});

test('wrong JS values: undefined, NaN and strings in shapes, inputs and options', () => {
  const a = ignis.ones([2]);
  const m = ignis.nn.Module.create('Linear', { in_features: 2, out_features: 1 });
  assertIgnisError(() => m.forwardAsync('x'), 'IGNIS_INVALID_ARGUMENT', /expected a Tensor for forward input, got the string 'x'/);
  assertIgnisError(() => m.forward(), 'IGNIS_INVALID_ARGUMENT', /at least one input/);
  assertIgnisError(() => m.forward(undefined), 'IGNIS_INVALID_ARGUMENT', /Tensor/);
  assertIgnisError(() => ignis.nn.Module.create(3), 'IGNIS_INVALID_ARGUMENT', /string for type, got the number 3/);
  assertIgnisError(() => ignis.nn.Module.create('Linear', 'notjson'), 'IGNIS_INVALID_ARGUMENT', /JSON/);
  assertIgnisError(() => ignis.nn.Module.load(5), 'IGNIS_INVALID_ARGUMENT', /type/);
  assertIgnisError(() => m.loadStateDict(5), 'IGNIS_INVALID_ARGUMENT', /path, got the number 5/);
  assertIgnisError(() => a.reshape(NaN), 'IGNIS_INVALID_ARGUMENT', /NaN/);
  assertIgnisError(() => a.reshape('2'), 'IGNIS_INVALID_ARGUMENT', /string '2'/);
  assertIgnisError(() => a.expand([NaN]), 'IGNIS_INVALID_ARGUMENT', /NaN/);
  assertIgnisError(() => ignis.randn(undefined), 'IGNIS_INVALID_ARGUMENT', /shape/);
  assertIgnisError(() => ignis.randn([undefined]), 'IGNIS_INVALID_ARGUMENT', /undefined/);
  assertIgnisError(() => ignis.full([NaN], 1), 'IGNIS_INVALID_ARGUMENT', /NaN/);
  assertIgnisError(() => ignis.zeros([Infinity]), 'IGNIS_INVALID_ARGUMENT', /integer/);
  assertIgnisError(() => ignis.zeros([1e20]), 'IGNIS_INVALID_ARGUMENT', /integer/);
  assertIgnisError(() => ignis.tensor([1, undefined]), 'IGNIS_INVALID_ARGUMENT', /element 1 is undefined/);
  assertIgnisError(() => ignis.tensor('abc'), 'IGNIS_INVALID_ARGUMENT', /string/);
  assertIgnisError(() => a.sum('0'), 'IGNIS_INVALID_ARGUMENT', /string '0'/);
  assertIgnisError(() => ignis.optim.SGD([a], { lr: 'x' }), 'IGNIS_INVALID_ARGUMENT', /'lr' must be a number/);
  assertIgnisError(() => ignis.empty([1e7, 1e7]), 'IGNIS_OUT_OF_MEMORY', /out of memory/);
});
