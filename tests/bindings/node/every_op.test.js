'use strict';
// Every schema op from JS: each overload of every op group (the addon's generated table) is
// called through the JS dispatch with values of the kinds its arguments take. The engine may
// reject the values (an index op wants int64 indices, a square-matrix op a square matrix), but
// the call must reach it: it returns the schema's number of tensors, or throws a coded engine
// error, never a dispatch error, a non-Error or a crash.
const test = require('node:test');
const assert = require('node:assert/strict');
const { ignis } = require('./helpers');

const native = require(process.env.IGNIS_NODE_ADDON || '../../../build/dev/bindings/node/ignis.node');
const CODES = new Set(['IGNIS_INVALID_ARGUMENT', 'IGNIS_SHAPE', 'IGNIS_DTYPE', 'IGNIS_DEVICE',
  'IGNIS_UNSUPPORTED', 'IGNIS_INDEX']);
const STRINGS = { equation: 'ij,ij->i', reduction: 'mean', mode: 'constant', padding: 'same',
  roundingMode: 'floor', approximate: 'none', ord: 'fro' };

// A value of each kind; tensors are fresh float32 [2, 3] in [0.1, 0.6].
function valueFor(arg) {
  const t = () => ignis.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]);
  switch (arg.kind) {
    case 'Tensor': return t();
    case 'Tensor[]': return [t(), t()];
    case 'int': return 1;
    case 'int[]': return [1];
    case 'float': return 0.5;
    case 'bool': return false;
    case 'Scalar': return 2;
    case 'DType': return 'float32';
    case 'Device': return 'cpu';
    default: return STRINGS[arg.name] ?? 'mean';
  }
}

test('every op overload is reachable from JS', () => {
  let ran = 0;
  let rejected = 0;
  const groups = Object.entries(native.opInfo);
  assert.ok(groups.length > 200, `${groups.length} op groups`);
  for (const [name, overloads] of groups) {
    for (const ov of overloads) {
      // Required arguments positionally, by their kinds; the rest keep their defaults. An options
      // object names the first required argument when the overload has one, to pick exactly
      // this overload among same-arity siblings.
      const args = ov.args.filter((a) => !a.hasDefault).map(valueFor);
      const isMethod = native.opMethods.includes(name) && ov.args[0]?.kind === 'Tensor';
      const call = ov.inplace || isMethod ? () => args[0][name](...args.slice(1))
        : () => ignis[name](...args);
      let result;
      try {
        result = ignis.noGrad(call);
      } catch (e) {
        assert.ok(e instanceof Error, `${ov.op}: threw a non-Error ${e}`);
        assert.ok(CODES.has(e.code), `${ov.op}: code ${e.code}: ${e.message}`);
        // Another overload of the name may have been chosen for these values; only a failure
        // to dispatch at all is a binding bug.
        assert.doesNotMatch(e.message, /no overload takes|\(signature /, `${ov.op}: ${e.message}`);
        rejected++;
        continue;
      }
      const tensors = Array.isArray(result) ? result : [result];
      tensors.forEach((r) => assert.ok(r instanceof ignis.Tensor, `${ov.op}: returned ${r}`));
      if (ov.inplace) assert.equal(result, args[0], `${ov.op}: in-place returns self`);
      ran++;
    }
  }
  // Most ops accept these generic values; the count guards against a dispatch that quietly
  // routes everything into errors.
  console.log(`every op: ${ran} overloads ran, ${rejected} rejected by the engine`);
  assert.ok(ran > 200, `${ran} overloads ran, ${rejected} rejected by the engine`);
});
