'use strict';
// Creation, values, metadata, printing, disposal and the zero-copy TypedArray round trip.
const test = require('node:test');
const assert = require('node:assert/strict');
const { ignis, assertClose, assertIgnisError } = require('./helpers');

test('tensor() from nested arrays infers shape and float32', () => {
  const t = ignis.tensor([[1, 2], [3, 4]]);
  assert.deepEqual(t.shape, [2, 2]);
  assert.equal(t.dtype, 'float32');
  assert.equal(t.device, 'cpu');
  assert.equal(t.ndim, 2);
  assert.equal(t.numel, 4);
  assert.deepEqual(t.toArray(), [[1, 2], [3, 4]]);
  assert.equal(t.toString(), 'tensor([[1., 2.],\n        [3., 4.]])');
});

test('tensor() with dtypes, booleans, scalars and shape', () => {
  const i = ignis.tensor([1, -2, 3], { dtype: 'int64' });
  assert.equal(i.dtype, 'int64');
  assert.deepEqual(i.toArray(), [1, -2, 3]);
  assert.ok(i.data() instanceof BigInt64Array);
  const b = ignis.tensor([true, false]);
  assert.equal(b.dtype, 'bool');
  assert.deepEqual(b.toArray(), [true, false]);
  const s = ignis.tensor(2.5);
  assert.deepEqual(s.shape, []);
  assert.equal(s.item(), 2.5);
  const r = ignis.tensor([1, 2, 3, 4, 5, 6], { shape: [2, 3], dtype: 'float64' });
  assert.deepEqual(r.shape, [2, 3]);
  assert.equal(r.dtype, 'float64');
  const h = ignis.tensor([0.5, 1.5], { dtype: 'float16' });
  assert.equal(h.dtype, 'float16');
  assert.deepEqual(h.toArray(), [0.5, 1.5]);
  for (const dt of ['uint8', 'int8', 'int16', 'int32']) {
    assert.deepEqual(ignis.tensor([1, 2], { dtype: dt }).toArray(), [1, 2], dt);
  }
});

test('fromTypedArray copies in; data() is a zero-copy view that keeps the tensor alive', () => {
  const src = new Float32Array([1, 2, 3, 4, 5, 6]);
  const t = ignis.fromTypedArray(src, [2, 3]);
  src[0] = 42; // input was copied
  assert.deepEqual(t.toArray(), [[1, 2, 3], [4, 5, 6]]);
  const view = t.data();
  assert.ok(view instanceof Float32Array);
  view[1] = 20; // writes through to the tensor
  assert.equal(t.select(0, 0).select(0, 1).item(), 20);
  const view2 = t.data();
  assert.equal(view.buffer.byteLength, 24);
  view2[2] = 30;
  assert.equal(view[2], 30); // the same memory
  t.dispose();
  assert.equal(view[1], 20); // the buffer holds its own reference
  const back = ignis.fromTypedArray(view, [3, 2]);
  assert.deepEqual(back.toArray(), [[1, 20], [30, 4], [5, 6]]);
  assert.ok(ignis.tensor(new Int32Array([7, 8])).toTypedArray() instanceof Int32Array);
});

test('data() of a non-contiguous tensor is a row-major copy', () => {
  const t = ignis.tensor([[1, 2, 3], [4, 5, 6]]);
  const tt = t.transpose(0, 1);
  assert.equal(tt.isContiguous(), false);
  assert.deepEqual(Array.from(tt.data()), [1, 4, 2, 5, 3, 6]);
});

test('factories', () => {
  assert.deepEqual(ignis.zeros([2]).toArray(), [0, 0]);
  assert.deepEqual(ignis.ones([2], { dtype: 'int32' }).toArray(), [1, 1]);
  assert.deepEqual(ignis.full([2], 7).toArray(), [7, 7]);
  const a = ignis.arange(4);
  assert.equal(a.dtype, 'int64');
  assert.deepEqual(a.toArray(), [0, 1, 2, 3]);
  assertClose(ignis.arange(0, 1, 0.25).toArray(), [0, 0.25, 0.5, 0.75]);
  assertClose(ignis.linspace(0, 1, 3).toArray(), [0, 0.5, 1]);
  assert.deepEqual(ignis.eye(2, 3).toArray(), [[1, 0, 0], [0, 1, 0]]);
  const r1 = ignis.randn([3], { seed: 5 }).toArray();
  assert.deepEqual(ignis.randn([3], { seed: 5 }).toArray(), r1);
  const u = ignis.rand([100]).toArray();
  assert.ok(u.every((v) => v >= 0 && v < 1));
  const k = ignis.randint(3, 5, [50]).toArray();
  assert.ok(k.every((v) => v === 3 || v === 4));
});

test('views and conversions', () => {
  const t = ignis.arange(6, { dtype: 'float32' });
  assert.deepEqual(t.reshape(2, 3).shape, [2, 3]);
  assert.deepEqual(t.view([3, 2]).permute(1, 0).shape, [2, 3]);
  assert.deepEqual(t.unsqueeze(0).shape, [1, 6]);
  assert.deepEqual(t.unsqueeze(0).squeeze().shape, [6]);
  assert.deepEqual(t.reshape(2, 3).flatten().shape, [6]);
  assert.deepEqual(ignis.ones([1, 3]).expand(2, 3).shape, [2, 3]);
  assert.equal(t.to('float64').dtype, 'float64');
  assert.equal(t.to({ dtype: 'int32' }).dtype, 'int32');
  const c = t.clone();
  c.data()[0] = 9;
  assert.equal(t.toArray()[0], 0);
});

test('disposed tensors report it clearly', () => {
  const t = ignis.ones([2]);
  t.dispose();
  assert.equal(t.isDisposed, true);
  assert.equal(t.toString(), 'tensor(<disposed>)');
  t.dispose(); // twice is harmless
  assertIgnisError(() => t.shape, 'IGNIS_INVALID_ARGUMENT', /disposed/);
  assertIgnisError(() => t.add(1), 'IGNIS_INVALID_ARGUMENT', /disposed/);
  assertIgnisError(() => ignis.ones([2]).add(t), 'IGNIS_INVALID_ARGUMENT', /disposed/);
});

test('no memory growth over 100,000 create/dispose cycles', async () => {
  require('node:v8').setFlagsFromString('--expose-gc');
  const gc = require('node:vm').runInNewContext('gc');
  // N-API finalizers run after a collection, on a later turn of the event loop.
  const settle = async () => {
    for (let k = 0; k < 3; k++) {
      gc();
      await new Promise((r) => setImmediate(r));
    }
  };
  const cycle = () => {
    for (let i = 0; i < 25000; i++) ignis.ones([16]).add(1).dispose();
  };
  for (let r = 0; r < 4; r++) cycle(); // warm-up: the JS heap and caches reach working size
  await settle();
  const before = process.memoryUsage().rss;
  for (let r = 0; r < 4; r++) cycle();
  await settle();
  const grown = (process.memoryUsage().rss - before) / 2 ** 20;
  // A leak of one 64-byte tensor per cycle alone would be 6 MiB, plus the handle and JS object.
  assert.ok(grown < 16, `rss grew ${grown.toFixed(1)} MiB over 100,000 cycles`);
});

test('tidy disposes what fn made, except what it returns', () => {
  const outside = ignis.ones([2]);
  let inner;
  let middle;
  const kept = ignis.tidy(() => {
    middle = outside.add(1);
    const pair = ignis.tidy(() => {
      inner = middle.mul(2);
      return { a: inner.add(1), b: [inner.sub(1)] };
    });
    assert.equal(inner.isDisposed, true);
    assert.equal(pair.a.isDisposed, false);
    return pair.a;
  });
  assert.equal(outside.isDisposed, false); // made before the scope
  assert.equal(middle.isDisposed, true);
  assert.equal(kept.isDisposed, false);
  assert.deepEqual(kept.toArray(), [5, 5]);
  let made;
  assert.throws(() => ignis.tidy(() => {
    made = ignis.ones([1]);
    throw new Error('boom');
  }), /boom/);
  assert.equal(made.isDisposed, true);
  assertIgnisError(() => ignis.tidy(async () => ignis.ones([1])), 'IGNIS_INVALID_ARGUMENT', /synchronous/);
  assert.equal(ignis.tidy(() => 7), 7);
});
