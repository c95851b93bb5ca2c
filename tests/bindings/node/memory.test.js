'use strict';
// 100,000 create/dispose cycles of tensors (and of modules) leave the resident set where it was.
// The loops yield to the event loop every 1000 cycles: Node runs the finalizers of collected
// addon objects (the JS wrappers; dispose() has already dropped the engine memory) from the
// event loop, so a loop that never yields keeps the wrappers until it does.
const test = require('node:test');
const assert = require('node:assert/strict');
const v8 = require('node:v8');
const vm = require('node:vm');
const { ignis } = require('./helpers');

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');

const tick = () => new Promise((resolve) => setImmediate(resolve));

// RSS in MiB after collecting garbage and running the finalizers.
async function settledRss() {
  for (let i = 0; i < 3; i++) {
    gc();
    await tick();
  }
  return process.memoryUsage().rss / (1 << 20);
}

async function cycles(n, fn) {
  for (let i = 0; i < n; i += 1000) {
    for (let j = 0; j < 1000; j++) fn(i + j);
    await tick();
  }
}

test('100,000 tensor create/dispose cycles do not grow RSS', async (t) => {
  const a = ignis.ones([256]);
  const step = (i) => {
    const t = ignis.full([256], i);
    const s = t.add(a);
    const v = s.data(); // a zero-copy view: its ArrayBuffer holds its own reference
    if (v[0] !== i + 1) throw new Error(`element ${v[0]}, expected ${i + 1}`);
    s.dispose();
    t.dispose();
  };
  await cycles(20000, step); // warm-up: allocator caches, JIT, heap sizing
  const before = await settledRss();
  await cycles(100000, step);
  const grown = (await settledRss()) - before;
  t.diagnostic(`RSS ${before.toFixed(1)} MiB before, grew by ${grown.toFixed(1)} MiB`);
  // A leak of one 256-float tensor per cycle (its 1 KiB of data alone) would be over 97 MiB;
  // the bound leaves room for the allocator's and the JS heap's own drift on a busy machine.
  assert.ok(grown < 16, `RSS grew by ${grown.toFixed(1)} MiB over 100,000 cycles`);
});

test('100,000 module create/dispose cycles do not grow RSS', async (t) => {
  const x = ignis.ones([1, 4]);
  const step = () => {
    const m = ignis.nn.Module.create('Linear', { in_features: 4, out_features: 4 });
    const y = m.forward(x);
    y.dispose();
    m.dispose();
  };
  await cycles(20000, step);
  const before = await settledRss();
  await cycles(100000, step);
  const grown = (await settledRss()) - before;
  t.diagnostic(`RSS ${before.toFixed(1)} MiB before, grew by ${grown.toFixed(1)} MiB`);
  // A leaked Linear(4, 4) per cycle (weights, bias, module) would be well over 100 MiB.
  assert.ok(grown < 16, `RSS grew by ${grown.toFixed(1)} MiB over 100,000 cycles`);
});
