'use strict';
// JS classes extending nn.Module: their own parameters and engine submodules registered into
// the engine container, trained from JS, saved and loaded with PyTorch's dotted names.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { ignis, assertClose, assertIgnisError } = require('./helpers');

const { nn } = ignis;

// A two-layer MLP with a learned per-output scale: submodules from the engine, a parameter and a
// buffer of its own, and a JS forward.
class ScaledMlp extends nn.Module {
  constructor(hidden) {
    super();
    this.registerModule('fc1', nn.Module.create('Linear', { in_features: 2, out_features: hidden }));
    this.registerModule('act', nn.Module.create('Tanh'));
    this.registerModule('fc2', nn.Module.create('Linear', { in_features: hidden, out_features: 1 }));
    this.registerParameter('scale', ignis.ones([1]));
    this.registerBuffer('calls', ignis.zeros([1]));
  }

  forward(x) {
    this.calls.add_(1);
    return this.fc2.forward(this.act.forward(this.fc1.forward(x))).mul(this.scale);
  }
}

// A JS module holding another JS module: names nest as in PyTorch ("body.fc1.weight").
class Wrapper extends nn.Module {
  constructor() {
    super();
    this.registerModule('body', new ScaledMlp(8));
    this.registerParameter('offset', ignis.zeros([1]));
  }

  forward(x) {
    return this.body.forward(x).add(this.offset);
  }
}

// XOR-like target on 64 points: y = x0 * x1 (not linearly separable, so the hidden layer matters).
function data() {
  const x = ignis.rand([64, 2], { seed: 3 }).mul(2).sub(1);
  const [a, b] = x.split(1, 1);
  return { x, y: a.mul(b) };
}

test('a JS module registers parameters, buffers and submodules in the engine', () => {
  const m = new ScaledMlp(4);
  assert.equal(m.type, 'ScaledMlp');
  assert.ok(m instanceof nn.Module);
  assert.deepEqual(m.namedParameters().map(([n, t]) => [n, t.shape]),
    [['scale', [1]], ['fc1.weight', [4, 2]], ['fc1.bias', [4]], ['fc2.weight', [1, 4]], ['fc2.bias', [1]]]);
  assert.deepEqual(Object.keys(m.stateDict()).sort(),
    ['calls', 'fc1.bias', 'fc1.weight', 'fc2.bias', 'fc2.weight', 'scale']);
  assert.deepEqual(m.children().map(([n, c]) => [n, c.type]), [['fc1', 'Linear'], ['act', 'Tanh'], ['fc2', 'Linear']]);
  assert.match(m.toString(), /^ScaledMlp\(\n {2}\(fc1\): Linear\(in_features=2, out_features=4, bias=True\)/);
  // train()/eval() reach the engine submodules
  m.eval();
  assert.equal(m.fc1.training, false);
  m.train();
  assert.equal(m.fc2.training, true);
  // the registered tensor is shared, not copied
  m.scale.data()[0] = 3;
  assert.equal(m.stateDict().scale.item(), 3);
  const w = new Wrapper();
  assert.deepEqual(w.namedParameters().map(([n]) => n),
    ['offset', 'body.scale', 'body.fc1.weight', 'body.fc1.bias', 'body.fc2.weight', 'body.fc2.bias']);
});

test('a JS module trains below a loss bound with an engine optimizer', () => {
  ignis.manualSeed(7);
  const model = new Wrapper();
  const lossFn = nn.Module.create('MSELoss');
  const opt = ignis.optim.Adam(model, { lr: 0.02 });
  const { x, y } = data();
  const step = () => ignis.tidy(() => {
    opt.zeroGrad();
    const l = lossFn.forward(model.forward(x), y);
    l.backward();
    opt.step();
    return l.item();
  });
  const first = step();
  let loss = first;
  for (let i = 0; i < 600 && loss >= 2e-3; i++) loss = step();
  // y = x0 * x1 has variance 1/9 on [-1, 1]^2; a fitted net gets well under 2e-3.
  assert.ok(first > 0.02, `initial loss ${first}`);
  assert.ok(loss < 2e-3, `loss ${loss} after training (from ${first})`);
  assert.ok(model.body.calls.item() > 1, 'the buffer counted the forward calls');
  // every parameter moved, including the JS module's own ones
  assert.notEqual(model.body.scale.item(), 1);
  assert.notEqual(model.offset.item(), 0);
});

test('a JS module saves and loads its state dict with dotted names', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ignis-node-jsmod-'));
  const file = path.join(dir, 'wrapper.safetensors');
  try {
    ignis.manualSeed(1);
    const a = new Wrapper();
    a.offset.data()[0] = 0.5;
    a.save(file);
    const saved = ignis.load(file);
    assert.deepEqual(Object.keys(saved).sort(), Object.keys(a.stateDict()).sort());
    ignis.manualSeed(2);
    const b = new Wrapper();
    const x = ignis.randn([3, 2], { seed: 5 });
    assert.notDeepEqual(b.forward(x).toArray(), a.forward(x).toArray());
    await b.loadStateDictAsync(file);
    assertClose(b.forward(x).toArray(), a.forward(x).toArray());
    assert.equal(b.offset.item(), 0.5);
    // forwardAsync on a JS module runs its JS forward and resolves with the same value
    assertClose((await b.forwardAsync(x)).toArray(), b.forward(x).toArray());
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('JS module errors name what is wrong', async () => {
  assertIgnisError(() => new nn.Module(), 'IGNIS_INVALID_ARGUMENT', /extend it/);
  const m = new ScaledMlp(2);
  assertIgnisError(() => m.registerModule('x', {}), 'IGNIS_INVALID_ARGUMENT', /expects an ignis\.nn\.Module child, got/);
  assertIgnisError(() => m.registerParameter('p', [1, 2]), 'IGNIS_INVALID_ARGUMENT', /Tensor/);
  assertIgnisError(() => m.registerParameter(3, ignis.ones([1])), 'IGNIS_INVALID_ARGUMENT', /name/);
  assertIgnisError(() => m.registerParameter('p', ignis.ones([1]), 'yes'), 'IGNIS_INVALID_ARGUMENT', /requiresGrad must be a boolean/);
  assertIgnisError(() => m.setParameter('nochild.weight', ignis.ones([1])), 'IGNIS_INVALID_ARGUMENT', /nochild/);
  assertIgnisError(() => m.addChild('self', m), 'IGNIS_INVALID_ARGUMENT', /own child/);
  assertIgnisError(() => m.append(nn.Module.create('ReLU')), 'IGNIS_UNSUPPORTED', /Sequential or ModuleList/);
  const opt = ignis.optim.SGD(m, { lr: 0.1 });
  await assert.rejects(m.trainStepAsync(nn.Module.create('MSELoss'), opt, ignis.ones([1, 2]), ignis.ones([1, 1])),
    (e) => e.code === 'IGNIS_INVALID_ARGUMENT' && /ScaledMlp\.forward is JS/.test(e.message));
  // an engine container cannot run a JS module (its forward is JS): the engine says so
  const seq = nn.Sequential(new ScaledMlp(2));
  assert.throws(() => seq.forward(ignis.ones([1, 2])), (e) => typeof e.code === 'string' && /ModuleDict/.test(e.message));
  // a forward that throws rejects forwardAsync instead of throwing synchronously
  const bad = new ScaledMlp(2);
  const p = bad.forwardAsync(ignis.ones([1, 3]));
  await assert.rejects(p, (e) => e.code === 'IGNIS_SHAPE');
});
