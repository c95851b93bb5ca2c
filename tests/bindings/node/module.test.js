'use strict';
// nn modules through the C API: create, forward, forwardAsync off the event loop, state dicts
// saved and loaded (sync and async), errors as rejected Promises.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { ignis, assertClose, assertIgnisError } = require('./helpers');

// A Linear(3, 2) with known weights, written through the zero-copy views of its state dict.
function knownLinear() {
  const m = ignis.nn.Module.create('Linear', { in_features: 3, out_features: 2 });
  const sd = m.stateDict();
  sd.weight.data().set([1, 0, -1, 0.5, 0.5, 0.5]);
  sd.bias.data().set([0.25, -1]);
  return m;
}
const INPUT = [[1, 2, 3], [-1, 0, 4]];
const EXPECTED = [[-1.75, 2], [-4.75, 0.5]];

test('create and synchronous forward', () => {
  const m = knownLinear();
  assert.equal(m.type, 'Linear');
  assert.equal(m.toString(), 'Linear(in_features=3, out_features=2, bias=True)');
  assert.deepEqual(m.namedParameters().map(([n, t]) => [n, t.shape]), [['weight', [2, 3]], ['bias', [2]]]);
  assertClose(m.forward(ignis.tensor(INPUT)).toArray(), EXPECTED);
  assert.ok(ignis.nn.Module.types().includes('Conv2d'));
  assert.equal(m.eval().training, false);
});

test('forwardAsync resolves with the same values and keeps its inputs alive', async () => {
  const m = knownLinear();
  const x = ignis.tensor(INPUT);
  const p = m.forwardAsync(x);
  x.dispose(); // the worker holds its own reference
  m.dispose();
  const out = await p;
  assertClose(out.toArray(), EXPECTED);
});

test('forwardAsync runs off the event loop', async () => {
  // A timer keeps firing while large batches are in flight on worker threads (not a speed test:
  // the bound is loose so that a loaded machine passes).
  const lin = ignis.nn.Module.create('Linear', { in_features: 512, out_features: 512 });
  const x = ignis.randn([4096, 512], { seed: 1 });
  const start = Date.now();
  let ticks = 0;
  const timer = setInterval(() => { ticks++; }, 1);
  let results;
  try {
    results = await Promise.all([0, 1, 2, 3].map(() => ignis.noGrad(() => lin.forwardAsync(x))));
  } finally {
    clearInterval(timer);
  }
  const elapsed = Date.now() - start;
  assert.equal(results.length, 4);
  assert.deepEqual(results[0].shape, [4096, 512]);
  // With forward on the JS thread no tick could run before all four finished.
  assert.ok(ticks >= 1, `no timer tick during ${elapsed} ms of async forward`);
});

test('multi-input modules, and the grad mode of the caller carried to the worker', async () => {
  const loss = ignis.nn.Module.create('MSELoss');
  const out = loss.forward(ignis.tensor([1, 2]), ignis.tensor([1, 4]));
  assertClose(out.item(), 2);
  const lin = knownLinear();
  let p;
  ignis.noGrad(() => { p = lin.forwardAsync(ignis.tensor(INPUT)); });
  assert.equal((await p).requiresGrad, false);
  assert.equal((await lin.forwardAsync(ignis.tensor(INPUT))).requiresGrad, true);
  // An async fn: grad mode is back on as soon as fn returns its Promise
  const q = ignis.noGrad(async () => lin.forwardAsync(ignis.tensor(INPUT)));
  assert.equal(ignis.isGradEnabled(), true);
  assert.equal((await q).requiresGrad, false);
});

test('save, load (async) and loadStateDict round trip', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ignis-node-'));
  const file = path.join(dir, 'linear.safetensors');
  try {
    knownLinear().save(file);
    const loaded = await ignis.nn.Module.load('Linear', { in_features: 3, out_features: 2 }, file);
    assertClose(loaded.forward(ignis.tensor(INPUT)).toArray(), EXPECTED);
    const fresh = ignis.nn.Module.create('Linear', { in_features: 3, out_features: 2 });
    await fresh.loadStateDictAsync(file);
    assertClose(fresh.forward(ignis.tensor(INPUT)).toArray(), EXPECTED);
    const sync = ignis.nn.Module.create('Linear', { in_features: 3, out_features: 2 });
    assertClose(sync.loadStateDict(file).forward(ignis.tensor(INPUT)).toArray(), EXPECTED);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('module errors: sync throws, async rejects, both with codes', async () => {
  assertIgnisError(() => ignis.nn.Module.create('Nope'), 'IGNIS_INVALID_ARGUMENT', /unknown module type 'Nope'/);
  assertIgnisError(() => ignis.nn.Module.create('Linear', { in_features: 3 }), 'IGNIS_INVALID_ARGUMENT', /out_features/);
  const m = knownLinear();
  assertIgnisError(() => m.forward(ignis.ones([2, 4])), 'IGNIS_SHAPE');
  await assert.rejects(m.forwardAsync(ignis.ones([2, 4])), (e) => e instanceof Error && e.code === 'IGNIS_SHAPE');
  await assert.rejects(ignis.nn.Module.load('Linear', { in_features: 3, out_features: 2 }, '/nonexistent/x.safetensors'),
    (e) => e.code === 'IGNIS_IO' && /nonexistent/.test(e.message));
  await assert.rejects(m.loadStateDictAsync('/nonexistent/y.safetensors'), (e) => e.code === 'IGNIS_IO');
  assertIgnisError(() => m.forward('x'), 'IGNIS_INVALID_ARGUMENT', /Tensor/);
  m.dispose();
  assertIgnisError(() => m.forward(ignis.ones([1, 3])), 'IGNIS_INVALID_ARGUMENT', /disposed/);
});
