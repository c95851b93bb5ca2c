'use strict';
// The fast paths of add/sub/mul/div and their in-place forms (bindings/node/src/fast_ops.cpp)
// against the general path of the same op groups (the addon's generalMethods /
// generalFunctions): results (dtype, shape, values), errors (class, code, status, message),
// autograd, tidy, and the operands the fast path must hand on (bigint, boolean, arrays,
// disposed tensors, non-Tensors).
const test = require('node:test');
const assert = require('node:assert/strict');
const { ignis } = require('./helpers');

const native = require(process.env.IGNIS_NODE_ADDON || '../../../build/dev/bindings/node/ignis.node');
const OPS = ['add', 'sub', 'mul', 'div'];
const DTYPES = ['float32', 'float64', 'int64', 'int32', 'int16', 'int8', 'uint8', 'bool',
  'float16', 'bfloat16'];

// A tensor of dtype and shape with mixed values (zeros included, so division meets them).
function make(dtype, shape) {
  const n = shape.reduce((p, d) => p * d, 1);
  const raw = Array.from({ length: n }, (_, i) => ((i * 7) % 5) - 1);
  const vals = raw.map((v) => {
    if (dtype === 'bool') return v > 0;
    if (dtype === 'uint8') return Math.abs(v) + 1;
    if (dtype.startsWith('int')) return v;
    return v + 0.5;
  });
  return ignis.tensor(vals, { dtype, shape });
}

function describe(v) {
  if (!(v instanceof ignis.Tensor)) return v;
  if (v.isDisposed) return 'disposed';
  return { dtype: v.dtype, shape: v.shape, values: v.toArray(), requiresGrad: v.requiresGrad };
}

// What a call did: its result, or the Error it threw.
function outcome(run) {
  try {
    return { result: describe(run()) };
  } catch (e) {
    return { error: { name: e.constructor.name, code: e.code, status: e.status, message: e.message } };
  }
}

// x.<op>(other) through the fast method and through the general path, each on its own fresh
// self (an in-place op changes it): the same result or error, the same self afterwards, and an
// in-place form returns self.
function compareMethod(op, makeSelf, other, where) {
  const run = (call) => {
    const self = makeSelf();
    let returnedSelf = null;
    const o = outcome(() => {
      const r = call(self);
      returnedSelf = r === self;
      return r;
    });
    return { o, returnedSelf, self: describe(self) };
  };
  const fast = run((self) => self[op](other));
  const general = run((self) => native.generalMethods[op].call(self, other));
  assert.deepEqual(fast, general, where);
  if (op.endsWith('_') && !fast.o.error) assert.equal(fast.returnedSelf, true, where);
  return fast.o;
}

const SHAPES = [[[3], [3]], [[2, 3], [3]], [[2, 1], [1, 3]], [[1], [2, 3]], [[], [2]], [[2, 3], [4]]];

test('Tensor operands: every dtype pair and broadcast, fast and general agree', () => {
  let errors = 0;
  let results = 0;
  for (const op of OPS) {
    for (const inplace of [false, true]) {
      const name = inplace ? `${op}_` : op;
      for (const a of DTYPES) {
        for (const b of DTYPES) {
          for (const [sa, sb] of SHAPES) {
            const other = make(b, sb);
            const o = compareMethod(name, () => make(a, sa), other, `${a}${JSON.stringify(sa)}.${name}(${b}${JSON.stringify(sb)})`);
            if (o.error) errors++; else results++;
            other.dispose();
          }
        }
      }
    }
  }
  // Both kinds occur (shape mismatches, bool subtraction, in-place casts the promotion refuses).
  assert.ok(errors > 100 && results > 1000, `${errors} errors, ${results} results`);
});

test('number operands: integral and not, special values, every dtype', () => {
  const numbers = [2, -3, 0, -0, 2.5, -0.5, 1e-3, NaN, Infinity, -Infinity, 2 ** 53, 2 ** 63, 1e300];
  for (const op of OPS) {
    for (const name of [op, `${op}_`]) {
      for (const dtype of DTYPES) {
        for (const n of numbers) {
          compareMethod(name, () => make(dtype, [2, 3]), n, `${dtype}.${name}(${n})`);
        }
      }
    }
  }
});

test('other operands take the general path and behave as it does', () => {
  const gone = ignis.ones([3]);
  gone.dispose();
  const operands = [1n, -2n, true, false, [1, 2, 3], 'two', undefined, null, {}, { alpha: 2 },
    Object.create(ignis.Tensor.prototype), gone, () => 1, Symbol('s'),
    new Float32Array([1, 2, 3]), ignis.Tensor, new Proxy(ignis.ones([3]), {}),
    new Proxy({}, { getPrototypeOf: () => ignis.Tensor.prototype })];
  for (const name of [...OPS, ...OPS.map((op) => `${op}_`)]) {
    operands.forEach((v, i) => compareMethod(name, () => make('float32', [3]), v, `${name}(operand ${i})`));
  }
});

test('extra arguments and options go to the general path', () => {
  const x = ignis.tensor([1, 2, 3]);
  const y = ignis.tensor([10, 20, 30]);
  assert.deepEqual(x.add(y, { alpha: 2 }).toArray(), [21, 42, 63]);
  assert.deepEqual(x.sub(y, 2).toArray(), [-19, -38, -57]);
  assert.deepEqual(x.div(y, { roundingMode: 'floor' }).toArray(), [0, 0, 0]);
  assert.deepEqual(ignis.add(x, y, { alpha: 3 }).toArray(), [31, 62, 93]);
  assert.throws(() => x.add(), /other is required/);
  assert.throws(() => x.mul(y, y), /no overload|at most/);
  const z = ignis.tensor([1, 2, 3]);
  assert.equal(z.add_(y, { alpha: -1 }), z);
  assert.deepEqual(z.toArray(), [-9, -18, -27]);
});

test('function forms: ignis.add(x, y) and the rest agree with the general path', () => {
  const cases = [
    [() => make('float32', [2, 3]), () => make('float32', [3])],
    [() => make('int64', [3]), () => 2.5],
    [() => make('int32', [3]), () => make('uint8', [2, 1])],
    [() => make('bool', [3]), () => make('bool', [3])],
    [() => make('float32', [3]), () => make('float32', [4])],
    [() => 2, () => make('float32', [3])],
    [() => make('float32', [3]), () => 1n],
  ];
  for (const op of OPS) {
    for (const [x, y] of cases) {
      const fast = outcome(() => ignis[op](x(), y()));
      const general = outcome(() => native.generalFunctions[op](x(), y()));
      assert.deepEqual(fast, general, `${op}`);
    }
  }
});

test('a disposed self or a non-Tensor this: the same errors as before', () => {
  const x = ignis.ones([2]);
  x.dispose();
  for (const name of [...OPS, ...OPS.map((op) => `${op}_`)]) {
    assert.throws(() => x[name](ignis.ones([2])), (e) => e.code === 'IGNIS_INVALID_ARGUMENT' && /disposed/.test(e.message));
    assert.throws(() => x[name](1), /disposed/);
    assert.throws(() => ignis.Tensor.prototype[name].call({}, 1));
  }
  assert.throws(() => ignis.add(x, 1), /disposed/);
});

test('autograd through the fast path matches the general path', () => {
  const run = (call) => {
    const a = ignis.tensor([1.5, -2, 3], { requiresGrad: true });
    const b = ignis.tensor([0.5, 4, -1], { requiresGrad: true });
    const grads = {};
    for (const op of OPS) {
      const y = call(call(a, op, b), op, 2);
      const z = call(y, 'mul', b);
      assert.equal(y.requiresGrad, true);
      z.sum().backward();
      grads[op] = [a.grad.toArray(), b.grad.toArray(), y.isLeaf];
      a.grad = null;
      b.grad = null;
      // In place on a non-leaf records history too.
      const c = call(a, 'mul', 1);
      call(c, `${op}_`, b);
      call(c, `${op}_`, 3);
      c.sum().backward();
      grads[`${op}_`] = [a.grad.toArray(), b.grad.toArray()];
      a.grad = null;
      b.grad = null;
      // In place on a leaf that requires grad is an error.
      grads[`${op}_leaf`] = outcome(() => call(a, `${op}_`, b)).error;
      grads[`${op}_nograd`] = ignis.noGrad(() => describe(call(a, op, b)));
    }
    return grads;
  };
  const fast = run((x, op, y) => x[op](y));
  const general = run((x, op, y) => native.generalMethods[op].call(x, y));
  assert.deepEqual(fast, general);
  assert.equal(fast.add_leaf.code, 'IGNIS_INVALID_ARGUMENT');
  assert.equal(fast.mul_nograd.requiresGrad, false);
});

test('tensors made by the fast path belong to the enclosing tidy', () => {
  const a = ignis.ones([2]);
  const b = ignis.ones([2]);
  let inner;
  const kept = ignis.tidy(() => {
    inner = a.add(b);
    return ignis.mul(a.sub(1), b);
  });
  assert.equal(inner.isDisposed, true);
  assert.equal(kept.isDisposed, false);
  assert.deepEqual(kept.toArray(), [0, 0]);
  assert.equal(ignis.tidy(() => a.add_(b)), a);
  assert.equal(a.isDisposed, false);
  assert.deepEqual(a.toArray(), [2, 2]);
});
