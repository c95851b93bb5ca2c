'use strict';
// Training checkpoints: saveCheckpoint/loadCheckpoint (module + optimizer in one safetensors
// file) resume a DataLoader + scheduler training loop to the identical next losses; the async
// forms keep the event loop free; errors carry codes.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { ignis, assertClose, assertIgnisError, whileTicking } = require('./helpers');

const { nn, optim, data } = ignis;
const L = optim.lr_scheduler;
const CKPT_PY = path.join(__dirname, '..', '..', 'fixtures', 'interop', 'python_cnn.safetensors');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ignis-node-ckpt-'));
test.after(() => fs.rmSync(tmp, { recursive: true, force: true }));

const mlp = () => nn.Sequential(nn.Module.create('Linear', { in_features: 4, out_features: 16 }),
  nn.Module.create('Tanh'), nn.Module.create('Linear', { in_features: 16, out_features: 1 }));

// 96 points of a noisy linear function of 4 inputs, batches of 16 in a seeded shuffle.
function loader() {
  const x = ignis.randn([96, 4], { seed: 10 });
  const y = x.matmul(ignis.tensor([[1], [-2], [0.5], [3]])).add(ignis.randn([96, 1], { seed: 11 }).mul(0.1));
  return new data.DataLoader(data.TensorDataset(x, y), { batch_size: 16, shuffle: true, seed: 3 });
}

// One epoch of Adam steps; returns the losses, then steps the scheduler.
function epoch(model, lossFn, opt, sched, batches) {
  const losses = [];
  for (const [x, y] of batches) {
    losses.push(ignis.tidy(() => {
      opt.zeroGrad();
      const loss = lossFn.forward(model.forward(x), y);
      loss.backward();
      opt.step();
      return loss.item();
    }));
  }
  sched.step();
  return losses;
}

test('a checkpoint resumes training to the identical next losses', () => {
  const lossFn = nn.Module.create('MSELoss');
  ignis.manualSeed(1);
  const model = mlp();
  const opt = optim.Adam(model, { lr: 0.05 });
  const sched = L.StepLR(opt, { step_size: 1, gamma: 0.7 });
  const batches = loader();
  const first = [epoch(model, lossFn, opt, sched, batches), epoch(model, lossFn, opt, sched, batches)];
  const file = path.join(tmp, 'resume.safetensors');
  ignis.saveCheckpoint(file, model, { optimizer: opt, metadata: { epoch: '2' } });
  const next = epoch(model, lossFn, opt, sched, batches);
  assert.ok(next[next.length - 1] < first[0][0], `training lowers the loss: ${first[0][0]} -> ${next}`);

  // A fresh process's view: other initial weights, a fresh optimizer and scheduler stepped to
  // epoch 2, a fresh loader whose first two epochs are skipped, then the checkpoint.
  ignis.manualSeed(99);
  const model2 = mlp();
  const opt2 = optim.Adam(model2, { lr: 0.05 });
  const sched2 = L.StepLR(opt2, { step_size: 1, gamma: 0.7 });
  sched2.step();
  sched2.step();
  const batches2 = loader();
  for (let e = 0; e < 2; e++) for (const b of batches2) void b;
  const info = ignis.loadCheckpoint(file, model2, { optimizer: opt2 });
  assert.deepEqual(info, { missingKeys: [], unexpectedKeys: [], optimizerLoaded: true,
    metadata: { epoch: '2', format: 'pt' } });
  assertClose(opt2.getOption('lr'), opt.getOption('lr') / 0.7, 1e-12);
  assert.deepEqual(epoch(model2, lossFn, opt2, sched2, batches2), next);

  // Without the optimizer state (Adam's moments start again) the next losses differ.
  ignis.manualSeed(99);
  const model3 = mlp();
  const opt3 = optim.Adam(model3, { lr: 0.05 * 0.7 * 0.7 });
  ignis.loadCheckpoint(file, model3);
  const batches3 = loader();
  for (let e = 0; e < 2; e++) for (const b of batches3) void b;
  assert.notDeepEqual(epoch(model3, lossFn, opt3, L.StepLR(opt3, { step_size: 1 }), batches3), next);
});

test('the Python fixture loads as a checkpoint without optimizer state', () => {
  const { makeCnn } = require('../../../examples/node/fashion_model');
  const cnn = makeCnn();
  const info = ignis.loadCheckpoint(CKPT_PY, cnn);
  assert.deepEqual(info, { missingKeys: [], unexpectedKeys: [], optimizerLoaded: false,
    metadata: { format: 'pt' } });
  assertClose(cnn.stateDict()['10.bias'].toArray(), ignis.load(CKPT_PY)['10.bias'].toArray(), 0);
  // strict: an optimizer given means the file must hold its state; not strict: it is skipped.
  const opt = optim.SGD(cnn, { lr: 0.1 });
  assertIgnisError(() => ignis.loadCheckpoint(CKPT_PY, cnn, { optimizer: opt }),
    'IGNIS_INVALID_ARGUMENT', /optimizer/);
  assert.equal(ignis.loadCheckpoint(CKPT_PY, cnn, { optimizer: opt, strict: false }).optimizerLoaded, false);
});

test('strict: false reports the keys that did not match', () => {
  const file = path.join(tmp, 'lin.safetensors');
  const lin = nn.Module.create('Linear', { in_features: 3, out_features: 2 });
  ignis.saveCheckpoint(file, lin);
  const seq = nn.Sequential(nn.Module.create('Linear', { in_features: 3, out_features: 2 }));
  assertIgnisError(() => ignis.loadCheckpoint(file, seq), 'IGNIS_INVALID_ARGUMENT', /0.weight|weight/);
  const info = ignis.loadCheckpoint(file, seq, { strict: false });
  assert.deepEqual(info.missingKeys.sort(), ['0.bias', '0.weight']);
  assert.deepEqual(info.unexpectedKeys.sort(), ['bias', 'weight']);
});

test('loadCheckpointAsync and saveCheckpointAsync keep the event loop free', async (t) => {
  const threads = ignis.getNumThreads();
  ignis.setNumThreads(1);
  try {
    ignis.manualSeed(5);
    const big = nn.Sequential(nn.Module.create('Linear', { in_features: 2048, out_features: 4096 }),
      nn.Module.create('Linear', { in_features: 4096, out_features: 2048 }));
    const opt = optim.Adam(big, { lr: 1e-3 });
    const file = path.join(tmp, 'big.safetensors');
    const saved = await whileTicking(() => ignis.saveCheckpointAsync(file, big, { optimizer: opt, metadata: { step: '7' } }));
    assert.equal(saved.value, undefined);
    const target = nn.Sequential(nn.Module.create('Linear', { in_features: 2048, out_features: 4096 }),
      nn.Module.create('Linear', { in_features: 4096, out_features: 2048 }));
    const opt2 = optim.Adam(target, { lr: 1e-3 });
    const tries = [];
    do {
      tries.push(await whileTicking(() => ignis.loadCheckpointAsync(file, target, { optimizer: opt2 })));
    } while (tries[tries.length - 1].worst > 20 && tries.length < 5);
    t.diagnostic(`save ${saved.ms.toFixed(0)} ms (${saved.spins} loop turns, worst tick ` +
      `${saved.worst.toFixed(1)} ms late); load ` + tries.map((r) => `${r.ms.toFixed(0)} ms, ` +
      `${r.spins} loop turns, ${r.ticks} ticks, worst ${r.worst.toFixed(1)} ms late`).join('; '));
    assert.deepEqual(tries[0].value.metadata, { step: '7', format: 'pt' });
    assert.equal(tries[0].value.optimizerLoaded, true);
    const [w] = target.parameters();
    assert.equal(w.sub(big.parameters()[0]).abs().max().item(), 0);
    // The event loop kept turning while the file was read or written (a load on the JS thread
    // would settle with no turn in between), and no timer tick waited for the whole of it.
    for (const r of [saved, ...tries]) {
      assert.ok(r.spins > 0, `the event loop did not turn during a ${r.ms.toFixed(0)} ms checkpoint call`);
      assert.ok(r.ms < 10 || r.worst < r.ms / 2, `a tick came ${r.worst.toFixed(0)} ms late in ${r.ms.toFixed(0)} ms`);
    }
    const best = tries.reduce((p, q) => (p.worst <= q.worst ? p : q));
    assert.ok(best.worst <= 20, `a tick came ${best.worst.toFixed(1)} ms late (best of ${tries.length})`);
  } finally {
    ignis.setNumThreads(threads);
  }
});

test('checkpoint errors carry codes: files, types, shapes, disposed objects', async () => {
  const lin = nn.Module.create('Linear', { in_features: 3, out_features: 2 });
  const opt = optim.SGD(lin, { lr: 0.1 });
  const missing = path.join(tmp, 'nope', 'missing.safetensors');
  assertIgnisError(() => ignis.loadCheckpoint(missing, lin), 'IGNIS_IO', /missing.safetensors/);
  await assert.rejects(ignis.loadCheckpointAsync(missing, lin), (e) => e instanceof Error &&
    e.code === 'IGNIS_IO' && /missing.safetensors/.test(e.message));
  await assert.rejects(ignis.saveCheckpointAsync(missing, lin), (e) => e.code === 'IGNIS_IO');
  const garbage = path.join(tmp, 'garbage.safetensors');
  fs.writeFileSync(garbage, 'not a safetensors file');
  assertIgnisError(() => ignis.loadCheckpoint(garbage, lin), 'IGNIS_IO');
  assertIgnisError(() => ignis.saveCheckpoint(42, lin), 'IGNIS_INVALID_ARGUMENT', /path/);
  assertIgnisError(() => ignis.saveCheckpoint(garbage, {}), 'IGNIS_INVALID_ARGUMENT', /ignis.nn.Module/);
  assertIgnisError(() => ignis.saveCheckpoint(garbage, lin, { optimizer: lin }), 'IGNIS_INVALID_ARGUMENT',
    /ignis.optim.Optimizer/);
  assertIgnisError(() => ignis.saveCheckpoint(garbage, lin, { optimiser: opt }), 'IGNIS_INVALID_ARGUMENT',
    /unknown option 'optimiser'/);
  assertIgnisError(() => ignis.saveCheckpoint(garbage, lin, { metadata: { epoch: 3 } }),
    'IGNIS_INVALID_ARGUMENT', /metadata\['epoch'\] must be a string/);
  assertIgnisError(() => ignis.saveCheckpoint(garbage, lin, { metadata: { 'ignis.epoch': '3' } }),
    'IGNIS_INVALID_ARGUMENT', /ignis\./);
  assertIgnisError(() => ignis.loadCheckpoint(garbage, lin, { strict: 1 }), 'IGNIS_INVALID_ARGUMENT',
    /strict must be a boolean/);
  assertIgnisError(() => ignis.loadCheckpoint(garbage, lin, 'strict'), 'IGNIS_INVALID_ARGUMENT', /options/);
  const file = path.join(tmp, 'small.safetensors');
  ignis.saveCheckpoint(file, lin, { optimizer: opt });
  const wider = nn.Module.create('Linear', { in_features: 3, out_features: 5 });
  assertIgnisError(() => ignis.loadCheckpoint(file, wider), 'IGNIS_SHAPE', /weight/);
  // All or nothing: the failed load left the module as it was.
  const before = wider.parameters()[0].toArray();
  assertIgnisError(() => ignis.loadCheckpoint(file, wider, { strict: false }), 'IGNIS_SHAPE');
  assert.deepEqual(wider.parameters()[0].toArray(), before);
  assertIgnisError(() => ignis.loadCheckpoint(file, lin, { optimizer: optim.Adam(lin) }),
    'IGNIS_INVALID_ARGUMENT', /SGD|Adam/);
  // A module disposed by JS after the async call started stays alive until it settles.
  const pending = ignis.loadCheckpointAsync(file, lin, { optimizer: opt });
  lin.dispose();
  opt.dispose();
  assert.equal((await pending).optimizerLoaded, true);
  assertIgnisError(() => ignis.saveCheckpoint(file, lin), 'IGNIS_INVALID_ARGUMENT', /disposed/);
  assertIgnisError(() => ignis.loadCheckpointAsync(file, nn.Module.create('ReLU'), { optimizer: opt }),
    'IGNIS_INVALID_ARGUMENT', /disposed/);
});
