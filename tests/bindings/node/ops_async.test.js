'use strict';
// runAsync and the large ops' ...Async forms: the same results as the synchronous ops, with
// history for autograd, argument errors thrown at the call, engine errors as rejections, and the
// event loop free while a large matmul runs.
const test = require('node:test');
const assert = require('node:assert/strict');
const { ignis, assertClose, assertIgnisError, whileTicking } = require('./helpers');

test('the ...Async ops and runAsync give what the synchronous ops give', async () => {
  const a = ignis.randn([5, 7], { seed: 1 });
  const b = ignis.randn([7, 3], { seed: 2 });
  assertClose((await ignis.matmulAsync(a, b)).toArray(), ignis.matmul(a, b).toArray(), 1e-6);
  const x = ignis.randn([2, 3, 9, 9], { seed: 3 });
  const w = ignis.randn([4, 3, 3, 3], { seed: 4 });
  const bias = ignis.randn([4], { seed: 5 });
  const opts = { bias, stride: 2, padding: 1 };
  const conv = await ignis.conv2dAsync(x, w, opts);
  assert.deepEqual(conv.shape, [2, 4, 5, 5]);
  assertClose(conv.toArray(), ignis.conv2d(x, w, opts).toArray(), 1e-5);
  // The string-padding overload, chosen by its argument types as in the synchronous call.
  assert.deepEqual((await ignis.conv2dAsync(x, w, null, 1, 'same')).shape, [2, 4, 9, 9]);
  const [u, s, vh] = await ignis.linalgSvdAsync(a, false);
  assertClose(u.mul(s).matmul(vh).toArray(), a.toArray(), 1e-4);
  // Any op, by its JS name, with the options form; ops returning several tensors give an array.
  assertClose((await ignis.runAsync('sum', a, { dim: 1, keepdim: true })).toArray(),
    a.sum(1, true).toArray(), 1e-6);
  const parts = await ignis.runAsync('split', a, 2, 1);
  assert.deepEqual(parts.map((p) => p.shape), [[5, 2], [5, 2], [5, 2], [5, 1]]);
  assert.ok(ignis.asyncOps.includes('conv2d') && ignis.asyncOps.every((n) => typeof ignis[`${n}Async`] === 'function'));
});

test('an async op records history like the synchronous one', async () => {
  const a = ignis.tensor([[1, 2], [3, 4]], { requiresGrad: true });
  const b = ignis.tensor([[0.5], [-1]]);
  const y = await ignis.matmulAsync(a, b);
  assert.equal(y.requiresGrad, true);
  y.sum().backward();
  assert.deepEqual(a.grad.toArray(), [[0.5, -1], [0.5, -1]]);
  // noGrad covers the calls started inside it.
  const z = await ignis.noGrad(() => ignis.matmulAsync(a, b));
  assert.equal(z.requiresGrad, false);
});

test('inputs may be disposed while the op runs; they stay alive until it settles', async () => {
  const a = ignis.ones([300, 300]);
  const b = ignis.full([300, 300], 2);
  const p = ignis.mmAsync(a, b);
  a.dispose();
  b.dispose();
  const r = await p;
  assert.equal(r.sum().item(), 300 * 300 * 600);
});

test('async op errors: arguments throw at the call, engine failures reject, with codes', async () => {
  const a = ignis.ones([2, 3]);
  assertIgnisError(() => ignis.matmulAsync(a, 'b'), 'IGNIS_INVALID_ARGUMENT', /expected a Tensor for other/);
  assertIgnisError(() => ignis.runAsync('nosuchop', a), 'IGNIS_INVALID_ARGUMENT', /no op named 'nosuchop'/);
  assertIgnisError(() => ignis.runAsync(42, a), 'IGNIS_INVALID_ARGUMENT', /op name/);
  assertIgnisError(() => ignis.runAsync('add_', a, a), 'IGNIS_INVALID_ARGUMENT', /in place/);
  assertIgnisError(() => ignis.conv2dAsync(a, a, { strid: 1 }), 'IGNIS_INVALID_ARGUMENT', /unknown option 'strid'/);
  await assert.rejects(ignis.matmulAsync(a, ignis.ones([2, 3])), (e) => {
    assert.ok(e instanceof Error);
    assert.equal(e.code, 'IGNIS_SHAPE');
    assert.match(e.message, /matmul/);
    return true;
  });
  await assert.rejects(ignis.linalgCholeskyAsync(ignis.tensor([[1, 2], [2, 1]])),
    (e) => e.code === 'IGNIS_INVALID_ARGUMENT' && /positive-definite/.test(e.message));
  const gone = ignis.ones([2, 2]);
  gone.dispose();
  assertIgnisError(() => ignis.mmAsync(gone, gone), 'IGNIS_INVALID_ARGUMENT', /disposed/);
});

test('a timer keeps firing while a large matmulAsync runs', async (t) => {
  const threads = ignis.getNumThreads();
  ignis.setNumThreads(1);
  try {
    let n = 256;
    let run;
    for (;;) {
      const a = ignis.randn([n, n], { seed: 1 });
      run = await whileTicking(() => ignis.matmulAsync(a, a));
      run.value.dispose();
      a.dispose();
      if (run.ms > 200 || n >= 8192) break;
      n *= 2;
    }
    const a = ignis.randn([n, n], { seed: 2 });
    const tries = [run];
    while (tries[tries.length - 1].worst > 20 && tries.length < 5) {
      tries.push(await whileTicking(() => ignis.matmulAsync(a, a)));
    }
    a.dispose();
    t.diagnostic(`n = ${n}: ` + tries.map((r) => `${r.ms.toFixed(0)} ms, ${r.ticks} ticks, ` +
      `worst ${r.worst.toFixed(1)} ms late`).join('; '));
    for (const r of tries) assert.ok(r.worst < r.ms / 2, `a tick came ${r.worst.toFixed(0)} ms late in ${r.ms.toFixed(0)} ms`);
    const best = tries.reduce((p, q) => (p.worst <= q.worst ? p : q));
    assert.ok(best.ms > 60, `the matmul took only ${best.ms.toFixed(0)} ms: too short to tell`);
    assert.ok(best.worst <= 20, `a tick came ${best.worst.toFixed(1)} ms late (best of ${tries.length})`);
  } finally {
    ignis.setNumThreads(threads);
  }
});
