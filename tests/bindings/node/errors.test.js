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
