'use strict';
// forwardAsync keeps the event loop free: a 5 ms setInterval keeps firing on schedule while a
// forward that takes over half a second runs on a worker thread.
const test = require('node:test');
const assert = require('node:assert/strict');
const { ignis } = require('./helpers');
const { makeCnn } = require('../../../examples/node/fashion_model');

// Runs one forwardAsync of x while a 5 ms interval timer ticks; returns how long the forward
// took and the worst lateness of a tick (time since the previous tick, less the period).
async function timedForward(model, x) {
  const period = 5;
  let last = performance.now();
  let worst = 0;
  let ticks = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last - period);
    last = now;
    ticks++;
  }, period);
  const start = performance.now();
  try {
    const out = await ignis.noGrad(() => model.forwardAsync(x));
    out.dispose();
  } finally {
    clearInterval(timer);
  }
  return { ms: performance.now() - start, worst, ticks };
}

test('a timer keeps firing within 20 ms of schedule during a long forwardAsync', async () => {
  const threads = ignis.getNumThreads();
  // One engine thread leaves the other core to the event loop on a 2-core machine: the test is
  // about the JS thread not being blocked, not about competing for a core.
  ignis.setNumThreads(1);
  const model = makeCnn().eval();
  try {
    let batch = 64;
    let run;
    // Grow the batch until the forward itself takes over 0.5 s (machines differ in speed).
    for (;;) {
      const x = ignis.randn([batch, 1, 28, 28], { seed: batch });
      run = await timedForward(model, x);
      x.dispose();
      if (run.ms > 500 || batch >= 65536) break;
      batch *= Math.min(8, Math.max(2, Math.ceil(600 / Math.max(run.ms, 1))));
    }
    assert.ok(run.ms > 500, `a batch of ${batch} took only ${run.ms.toFixed(0)} ms`);
    assert.ok(run.ticks >= run.ms / 5 / 2, `${run.ticks} ticks in ${run.ms.toFixed(0)} ms`);
    assert.ok(run.worst <= 20, `a tick came ${run.worst.toFixed(1)} ms late while a forward of ` +
      `batch ${batch} ran for ${run.ms.toFixed(0)} ms`);
  } finally {
    ignis.setNumThreads(threads);
  }
});
