'use strict';
// ignis.optim.lr_scheduler: every engine scheduler's lr sequence against torch 1.13, LambdaLR's
// JS callback (its errors become coded Errors with the JS exception as cause), and bad input.
const test = require('node:test');
const assert = require('node:assert/strict');
const { ignis, assertClose, assertIgnisError } = require('./helpers');

const { lr_scheduler: L } = ignis.optim;

// From scheduler_ref.py (torch 1.13): the lr after creation and after each of 12 steps, SGD
// with lr 0.1 (OneCycleLR: momentum 0.9, whose momentum sequence is checked too).
const REF = {
  StepLR: [0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.025, 0.025, 0.025, 0.0125, 0.0125, 0.0125, 0.00625],
  MultiStepLR: [0.1, 0.1, 0.010000000000000002, 0.010000000000000002, 0.010000000000000002, 0.0010000000000000002, 0.0010000000000000002, 0.0010000000000000002, 0.0010000000000000002, 0.0010000000000000002, 0.0010000000000000002, 0.0010000000000000002, 0.0010000000000000002],
  ExponentialLR: [0.1, 0.09000000000000001, 0.08100000000000002, 0.07290000000000002, 0.06561000000000002, 0.05904900000000002, 0.05314410000000002, 0.04782969000000002, 0.043046721000000024, 0.03874204890000002, 0.03486784401000002, 0.03138105960900001, 0.028242953648100012],
  CosineAnnealingLR: [0.1, 0.09140576474687263, 0.06890576474687263, 0.04109423525312736, 0.018594235253127367, 0.01, 0.018594235253127367, 0.04109423525312739, 0.06890576474687267, 0.09140576474687269, 0.10000000000000006, 0.09140576474687272, 0.06890576474687268],
  LinearLR: [0.025, 0.043750000000000004, 0.06250000000000001, 0.08125000000000002, 0.10000000000000002, 0.10000000000000002, 0.10000000000000002, 0.10000000000000002, 0.10000000000000002, 0.10000000000000002, 0.10000000000000002, 0.10000000000000002, 0.10000000000000002],
  OneCycleLR: [0.040000000000000036, 0.29516394846410077, 0.7893697913739435, 0.9997020714672542, 0.9643782625501709, 0.8742558770640542, 0.7399697791049373, 0.5773663579364711, 0.4056335797487326, 0.24503671767014096, 0.11452695450885979, 0.029505054314122554, 4e-06],
  OneCycleLR_momentum: [0.95, 0.9234204220349895, 0.8719406467318809, 0.8500297929724464, 0.8535621879937348, 0.8625744625914449, 0.8760031261020107, 0.8922635332604859, 0.9094368797726458, 0.9254966302195068, 0.938547658739749, 0.9470498827681187, 0.95],
  LambdaLR: [0.15000000000000002, 0.1, 0.08333333333333333, 0.07500000000000001, 0.06999999999999999, 0.06666666666666667, 0.06428571428571428, 0.0625, 0.061111111111111116, 0.06, 0.0590909090909091, 0.05833333333333334, 0.05769230769230769],
  ReduceLROnPlateau: [0.1, 0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.05, 0.025, 0.025, 0.0125, 0.0125, 0.00625],
  SequentialLR: [0.010000000000000002, 0.05500000000000001, 0.1, 0.1, 0.09000000000000001, 0.08100000000000002, 0.07290000000000002, 0.06561000000000002, 0.05904900000000002, 0.05314410000000002, 0.04782969000000002, 0.043046721000000024, 0.03874204890000002],
};
const METRICS = [1.0, 0.9, 0.95, 0.95, 0.95, 0.8, 0.85, 0.85, 0.85, 0.85, 0.85, 0.85];

function sequence(make, { momentum, metrics } = {}) {
  const w = ignis.zeros([2], { requiresGrad: true });
  const opt = ignis.optim.SGD([w], momentum ? { lr: 0.1, momentum } : { lr: 0.1 });
  const s = make(opt);
  const lrs = [s.getLastLr()[0]];
  const moms = [opt.getOption('momentum')];
  assert.equal(opt.getOption('lr'), lrs[0]);
  for (let i = 0; i < 12; i++) {
    opt.step();
    s.step(metrics ? metrics[i] : undefined);
    lrs.push(s.getLastLr()[0]);
    moms.push(opt.getOption('momentum'));
  }
  return { lrs, moms, s, opt };
}

const CASES = {
  StepLR: (o) => L.StepLR(o, { step_size: 3, gamma: 0.5 }),
  MultiStepLR: (o) => L.MultiStepLR(o, { milestones: [2, 5], gamma: 0.1 }),
  ExponentialLR: (o) => L.ExponentialLR(o, { gamma: 0.9 }),
  CosineAnnealingLR: (o) => L.CosineAnnealingLR(o, { T_max: 5, eta_min: 0.01 }),
  LinearLR: (o) => L.LinearLR(o, { start_factor: 0.25, total_iters: 4 }),
  LambdaLR: (o) => L.LambdaLR(o, (e) => 0.5 + 1 / (e + 1)),
  SequentialLR: (o) => L.SequentialLR(o, [L.LinearLR(o, { start_factor: 0.1, total_iters: 2 }),
    L.ExponentialLR(o, { gamma: 0.9 })], [3]),
};
for (const [name, make] of Object.entries(CASES)) {
  test(`${name} follows torch's lr sequence`, () => {
    const { lrs, s } = sequence(make);
    assertClose(lrs, REF[name], 1e-9, name);
    assert.equal(s.type, name);
    assert.ok(s instanceof L.LRScheduler);
  });
}

test('OneCycleLR follows torch in lr and momentum', () => {
  const { lrs, moms } = sequence((o) => L.OneCycleLR(o, { max_lr: 1.0, total_steps: 13 }),
    { momentum: 0.9 });
  assertClose(lrs, REF.OneCycleLR, 1e-9, 'lr');
  assertClose(moms, REF.OneCycleLR_momentum, 1e-9, 'momentum');
});

test('ReduceLROnPlateau steps with the metric', () => {
  const { lrs, s } = sequence((o) => L.ReduceLROnPlateau(o, { patience: 1, factor: 0.5 }),
    { metrics: METRICS });
  assertClose(lrs, REF.ReduceLROnPlateau, 1e-12);
  assertIgnisError(() => s.step('low'), 'IGNIS_INVALID_ARGUMENT', /metric must be a number/);
  // Other schedulers take no metric.
  const w = ignis.zeros([1], { requiresGrad: true });
  assertIgnisError(() => L.StepLR(ignis.optim.SGD([w]), { step_size: 1 }).step(0.5),
    'IGNIS_INVALID_ARGUMENT');
});

test('the scheduler keeps its optimizer and sets its lr', () => {
  const w = ignis.zeros([1], { requiresGrad: true });
  const opt = ignis.optim.Adam([w], { lr: 0.01 });
  const s = L.ExponentialLR(opt, { gamma: 0.5 });
  assert.equal(s.optimizer, opt);
  s.step();
  assert.equal(opt.getOption('lr'), 0.005);
  s.dispose();
  assertIgnisError(() => s.step(), 'IGNIS_INVALID_ARGUMENT', /disposed/);
  assertIgnisError(() => s.getLastLr(), 'IGNIS_INVALID_ARGUMENT', /disposed/);
});

test('LambdaLR: a throwing or non-numeric lambda becomes a coded Error, never a crash', () => {
  const w = ignis.zeros([1], { requiresGrad: true });
  const boom = new RangeError('boom at 2');
  const s = L.LambdaLR(ignis.optim.SGD([w], { lr: 1 }), (e) => {
    if (e === 2) throw boom;
    return e === 3 ? 'x' : 1;
  });
  s.step();
  assert.throws(() => s.step(), (e) => {
    assert.equal(e.code, 'IGNIS_INVALID_ARGUMENT');
    assert.match(e.message, /lr_lambda\(2\) threw: boom at 2/);
    assert.equal(e.cause, boom);
    return true;
  });
  // A throw at creation (epoch 0) fails the creation the same way.
  assertIgnisError(() => L.LambdaLR(ignis.optim.SGD([w]), () => { throw new Error('at 0'); }),
    'IGNIS_INVALID_ARGUMENT', /threw: at 0/);
  assertIgnisError(() => L.LambdaLR(ignis.optim.SGD([w]), () => NaN),
    'IGNIS_INVALID_ARGUMENT', /must return a finite number, got NaN/);
  assertIgnisError(() => L.LambdaLR(ignis.optim.SGD([w]), 0.5), 'IGNIS_INVALID_ARGUMENT',
    /lr_lambda as a function/);
  // One lambda per group: the optimizer has one group, so two lambdas are one too many.
  assertIgnisError(() => L.LambdaLR(ignis.optim.SGD([w]), [() => 1, () => 2]),
    'IGNIS_INVALID_ARGUMENT');
});

test('scheduler argument errors name what was expected', () => {
  const w = ignis.zeros([1], { requiresGrad: true });
  const opt = ignis.optim.SGD([w]);
  assertIgnisError(() => L.StepLR({}, { step_size: 1 }), 'IGNIS_INVALID_ARGUMENT',
    /expected an ignis.optim.Optimizer/);
  assertIgnisError(() => L.StepLR(opt, {}), 'IGNIS_INVALID_ARGUMENT', /step_size/);
  assertIgnisError(() => L.StepLR(opt, { step_size: 1, gama: 0.1 }), 'IGNIS_INVALID_ARGUMENT',
    /gama/);
  assertIgnisError(() => L.LRScheduler.create('WarpLR', opt), 'IGNIS_INVALID_ARGUMENT', /WarpLR/);
  assertIgnisError(() => L.SequentialLR(opt, [1], []), 'IGNIS_INVALID_ARGUMENT',
    /not an LRScheduler/);
  assertIgnisError(() => L.SequentialLR(opt, [L.StepLR(opt, { step_size: 1 }),
    L.StepLR(opt, { step_size: 2 })], [1, 2]), 'IGNIS_INVALID_ARGUMENT');
  opt.dispose();
  assertIgnisError(() => L.StepLR(opt, { step_size: 1 }), 'IGNIS_INVALID_ARGUMENT', /disposed/);
});
