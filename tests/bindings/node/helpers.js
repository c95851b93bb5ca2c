'use strict';
// Shared by the node --test files: the package under test and a tolerant comparison.
const assert = require('node:assert/strict');

const ignis = require('../../../bindings/node');

// Nested arrays of numbers equal within atol + rtol * |expected|.
function assertClose(actual, expected, tol = 1e-5, where = 'value') {
  if (Array.isArray(expected)) {
    assert.ok(Array.isArray(actual), `${where}: expected an array, got ${actual}`);
    assert.equal(actual.length, expected.length, `${where}: length`);
    expected.forEach((e, i) => assertClose(actual[i], e, tol, `${where}[${i}]`));
    return;
  }
  assert.ok(Math.abs(actual - expected) <= tol + tol * Math.abs(expected),
    `${where}: got ${actual}, expected ${expected}`);
}

// Runs fn and checks it throws an Error with the given code whose message matches re.
function assertIgnisError(fn, code, re) {
  assert.throws(fn, (e) => {
    assert.ok(e instanceof Error, 'an Error');
    assert.equal(e.code, code, `code of: ${e.message}`);
    if (re) assert.match(e.message, re);
    return true;
  });
}

// Awaits work() while a 5 ms interval timer ticks and a setImmediate chain spins: how long it
// took, how many ticks fired, the worst lateness of a tick (time since the previous one, less
// the period) and how many event-loop turns (spins) ran before it settled. Work that blocks the
// JS thread and settles its Promise at once shows no spin at all, however short it is; a long
// one also shows a tick late by the whole work.
async function whileTicking(work) {
  const period = 5;
  let last = performance.now();
  let worst = 0;
  let ticks = 0;
  let spins = 0;
  let spinning = true;
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last - period);
    last = now;
    ticks++;
  }, period);
  const spin = () => {
    if (!spinning) return;
    spins++;
    setImmediate(spin);
  };
  setImmediate(spin);
  const start = performance.now();
  let value;
  try {
    value = await work();
  } finally {
    spinning = false;
    clearInterval(timer);
  }
  return { ms: performance.now() - start, worst, ticks, spins, value };
}

module.exports = { ignis, assertClose, assertIgnisError, whileTicking };
