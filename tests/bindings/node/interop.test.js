'use strict';
// The cross-language checkpoint (tests/fixtures/interop, written by the Python binding): loaded
// into the CNN built in JS, the logits match Python's, and saving the state dict again gives
// the same bytes (same keys, tensors and {"format": "pt"} metadata), which load back.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { ignis, assertClose, assertIgnisError } = require('./helpers');
const { makeCnn } = require('../../../examples/node/fashion_model');

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'interop');
const CKPT = path.join(FIXTURES, 'python_cnn.safetensors');
const IO = path.join(FIXTURES, 'python_cnn_io.safetensors');

test('the Python checkpoint round trip: logits, identical bytes, reload', async () => {
  const io = ignis.load(IO);
  assert.deepEqual(io.metadata, { format: 'pt' });
  assert.deepEqual(io.input.shape, [4, 1, 28, 28]);
  const model = makeCnn().loadStateDict(CKPT, true).eval();
  const logits = ignis.noGrad(() => model.forward(io.input));
  assertClose(logits.toArray(), io.logits.toArray(), 1e-5);
  assert.ok(Math.abs(io.logits.sum().item()) > 0, 'the fixture logits are not all zero');

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ignis-node-interop-'));
  try {
    const viaModule = path.join(dir, 'module.safetensors');
    model.save(viaModule);
    assert.ok(fs.readFileSync(viaModule).equals(fs.readFileSync(CKPT)), 'module.save bytes differ from Python\'s');
    const viaDict = path.join(dir, 'dict.safetensors');
    ignis.save(model.stateDict(), viaDict);
    assert.ok(fs.readFileSync(viaDict).equals(fs.readFileSync(CKPT)), 'ignis.save bytes differ from Python\'s');
    const reloaded = makeCnn();
    await reloaded.loadStateDictAsync(viaDict, true);
    reloaded.eval();
    assertClose(ignis.noGrad(() => reloaded.forward(io.input)).toArray(), io.logits.toArray(), 1e-5);
    const sd = reloaded.stateDict();
    assert.equal(sd['1.num_batches_tracked'].dtype, 'int64');
    assert.deepEqual(sd['10.weight'].shape, [10, 3136]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('ignis.save / ignis.load: metadata, dtypes, errors', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ignis-node-io-'));
  try {
    const file = path.join(dir, 't.safetensors');
    ignis.save({ a: ignis.tensor([[1, 2], [3, 4]]), b: ignis.arange(3) }, file, { author: 'node' });
    const back = ignis.load(file);
    assert.deepEqual(back.metadata, { author: 'node' });
    assert.deepEqual(Object.keys(back), ['a', 'b']);
    assert.deepEqual(back.a.toArray(), [[1, 2], [3, 4]]);
    assert.equal(back.b.dtype, 'int64');
    assertIgnisError(() => ignis.load(path.join(dir, 'missing.safetensors')), 'IGNIS_IO', /missing/);
    fs.writeFileSync(path.join(dir, 'junk.safetensors'), 'not a safetensors file');
    assertIgnisError(() => ignis.load(path.join(dir, 'junk.safetensors')), 'IGNIS_IO');
    assertIgnisError(() => ignis.save({ a: 1 }, file), 'IGNIS_INVALID_ARGUMENT', /tensors\['a'\]/);
    assertIgnisError(() => ignis.save([ignis.ones([1])], file), 'IGNIS_INVALID_ARGUMENT', /object/);
    assertIgnisError(() => ignis.save({ a: ignis.ones([1]) }, 7), 'IGNIS_INVALID_ARGUMENT', /path/);
    assertIgnisError(() => ignis.save({ a: ignis.ones([1]) }, file, { v: 1 }), 'IGNIS_INVALID_ARGUMENT', /metadata\['v'\] must be a string/);
    assertIgnisError(() => ignis.load(undefined), 'IGNIS_INVALID_ARGUMENT', /path/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
