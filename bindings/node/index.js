'use strict';
// The ignis package (CommonJS entry; index.mjs re-exports it for ESM). The native addon
// (src/, built by CMake as ignis.node) provides Tensor, Module, the factories and every schema
// op; this file adds what is easier in JS: tensors from nested arrays, toArray(), noGrad().
const fs = require('node:fs');
const path = require('node:path');

// The addon: $IGNIS_NODE_ADDON, else next to this file, else a CMake build of this checkout.
function findAddon() {
  const root = path.join(__dirname, '..', '..');
  const candidates = [
    process.env.IGNIS_NODE_ADDON,
    path.join(__dirname, 'build', 'ignis.node'),
    path.join(root, 'build', 'default', 'bindings', 'node', 'ignis.node'),
    path.join(root, 'build', 'dev', 'bindings', 'node', 'ignis.node'),
  ].filter(Boolean);
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) {
    throw new Error(`ignis: native addon ignis.node not found (looked in ${candidates.join(', ')}); ` +
      'build it with cmake (target ignis_node) or set IGNIS_NODE_ADDON');
  }
  return require(found);
}

const native = findAddon();
const { Tensor } = native;

function argError(message) {
  const e = new TypeError(message);
  e.code = 'IGNIS_INVALID_ARGUMENT';
  e.status = 1;
  return e;
}

const INTEGRAL = new Set(['uint8', 'int8', 'int16', 'int32', 'int64']);
const TYPED = {
  float32: Float32Array, float64: Float64Array, int32: Int32Array, int16: Int16Array,
  int8: Int8Array, uint8: Uint8Array,
};
const ALIASES = { f32: 'float32', f64: 'float64', i64: 'int64', i32: 'int32', i16: 'int16',
  i8: 'int8', u8: 'uint8', f16: 'float16', bf16: 'bfloat16' };

// Shape and row-major elements of a (possibly nested) array; ragged input is an error.
function flatten(data) {
  const shape = [];
  for (let d = data; Array.isArray(d); d = d[0]) shape.push(d.length);
  const flat = [];
  const walk = (d, depth, where) => {
    if (depth === shape.length) {
      if (Array.isArray(d)) throw argError(`tensor: ragged nested array at ${where} (expected a number)`);
      flat.push(d);
      return;
    }
    if (!Array.isArray(d) || d.length !== shape[depth]) {
      throw argError(`tensor: ragged nested array at ${where}: expected an array of length ` +
        `${shape[depth]}, got ${Array.isArray(d) ? `length ${d.length}` : typeof d}`);
    }
    d.forEach((e, i) => walk(e, depth + 1, `${where}[${i}]`));
  };
  walk(data, 0, 'data');
  return { shape, flat };
}

// ignis.tensor(data, {dtype, shape, requiresGrad}): data is a number, a boolean, a (nested)
// array of them, or a TypedArray (copied; shape defaults to its length). Numbers default to
// float32 and booleans to bool, whatever the values; pass dtype for integers.
function tensor(data, options = {}) {
  if (options === null || typeof options !== 'object') {
    throw argError(`tensor: options must be an object {dtype, shape, requiresGrad}, got ${typeof options}`);
  }
  let dtype = options.dtype === undefined ? undefined : (ALIASES[options.dtype] || options.dtype);
  let t;
  if (ArrayBuffer.isView(data) && !(data instanceof DataView)) {
    t = native.fromTypedArray(data, options.shape);
    if (dtype !== undefined && dtype !== t.dtype) {
      const converted = t.to(dtype);
      t.dispose();
      t = converted;
    }
  } else {
    const { shape, flat } = flatten(data);
    flat.forEach((v, i) => {
      if (typeof v !== 'number' && typeof v !== 'boolean') {
        throw argError(`tensor: element ${i} is ${v === undefined ? 'undefined' : typeof v}, expected a number or boolean`);
      }
    });
    if (dtype === undefined) {
      dtype = flat.length > 0 && flat.every((v) => typeof v === 'boolean') ? 'bool' : 'float32';
    }
    if (INTEGRAL.has(dtype)) {
      flat.forEach((v, i) => {
        if (typeof v === 'number' && !Number.isInteger(v)) {
          throw argError(`tensor: element ${i} is ${v}, not an integer, but dtype is ${dtype}`);
        }
      });
    }
    const finalShape = options.shape === undefined ? shape : options.shape;
    if (dtype === 'bool') {
      t = native.fromTypedArray(Uint8Array.from(flat, (v) => (v ? 1 : 0)), finalShape, 'bool');
    } else if (dtype === 'int64') {
      t = native.fromTypedArray(BigInt64Array.from(flat, (v) => BigInt(Number(v))), finalShape);
    } else if (TYPED[dtype]) {
      t = native.fromTypedArray(TYPED[dtype].from(flat, Number), finalShape);
    } else {
      const f32 = native.fromTypedArray(Float64Array.from(flat, Number), finalShape);
      t = f32.to(dtype); // float16, bfloat16, or an unknown name (which to() reports)
      f32.dispose();
    }
  }
  if (options.requiresGrad) t.requiresGrad = true;
  return t;
}

// The elements as nested JS arrays (numbers; booleans for bool; int64 as numbers).
Tensor.prototype.toArray = function toArray() {
  let src = this;
  if (this.dtype === 'float16' || this.dtype === 'bfloat16') src = this.to('float32');
  const data = src.data();
  const bool = this.dtype === 'bool';
  const conv = (v) => (typeof v === 'bigint' ? Number(v) : bool ? v !== 0 : v);
  const shape = this.shape;
  if (src !== this) src.dispose();
  if (shape.length === 0) return conv(data[0]);
  let pos = 0;
  const build = (depth) => {
    const out = new Array(shape[depth]);
    for (let i = 0; i < shape[depth]; i++) {
      out[i] = depth === shape.length - 1 ? conv(data[pos++]) : build(depth + 1);
    }
    return out;
  };
  return build(0);
};

Tensor.prototype[Symbol.for('nodejs.util.inspect.custom')] = function inspect() {
  return this.toString();
};

// Runs fn with gradient recording off on the JS thread, restoring it afterwards (also on throw).
// Grad mode is per thread and restored as soon as fn returns: it covers fn's synchronous code and
// the ...Async calls fn starts (each captures the grad mode in force when it is called), not code
// that runs after an await inside fn.
function noGrad(fn) {
  if (typeof fn !== 'function') throw argError(`noGrad expects a function, got ${typeof fn}`);
  const prev = native.setGradEnabled(false);
  try {
    return fn();
  } finally {
    native.setGradEnabled(prev);
  }
}

// The tensors in a tidy result: a Tensor, or Tensors inside arrays and plain objects.
function tensorsIn(value, out = [], depth = 0) {
  if (value instanceof Tensor) out.push(value);
  else if (depth < 8 && Array.isArray(value)) value.forEach((v) => tensorsIn(v, out, depth + 1));
  else if (depth < 8 && value && Object.getPrototypeOf(value) === Object.prototype) {
    Object.values(value).forEach((v) => tensorsIn(v, out, depth + 1));
  }
  return out;
}

// Runs a synchronous fn and disposes every tensor made inside it except those it returns (a
// Tensor, or Tensors in a returned array or plain object); tidy calls nest. Tensors made by
// ...Async calls resolve later and are not covered.
function tidy(fn) {
  if (typeof fn !== 'function') throw argError(`tidy expects a function, got ${typeof fn}`);
  native.tidyBegin();
  let result;
  let ok = false;
  try {
    result = fn();
    ok = true;
  } finally {
    native.tidyEnd(ok ? tensorsIn(result) : []);
  }
  if (result && typeof result.then === 'function') {
    throw argError('tidy: fn returned a Promise; tidy covers synchronous code only (its tensors ' +
      'made before the first await have been disposed)');
  }
  return result;
}

// nn.Module is the addon's class over an engine module. A JS class may extend it: `super()`
// gives the instance an engine container (a ModuleDict) that holds what the class registers, so
// parameters(), stateDict(), save/load, train()/eval() and optimizers work as for engine
// modules, while forward() is the class's own JS.
const { Module } = native;
const nativeForwardAsync = Module.prototype.forwardAsync;
const nativeTrainStepAsync = Module.prototype.trainStepAsync;
const isJsDefined = (m) => Object.getPrototypeOf(m) !== Module.prototype;

// A JS-defined module's forward is JS, so it runs on the JS thread; the Promise keeps the calling
// code the same for both kinds (engine submodules it calls synchronously still do the work).
Module.prototype.forwardAsync = function forwardAsync(...inputs) {
  if (isJsDefined(this) && this.forward !== Module.prototype.forward) {
    return new Promise((resolve) => resolve(this.forward(...inputs)));
  }
  return nativeForwardAsync.apply(this, inputs);
};

Module.prototype.trainStepAsync = function trainStepAsync(...args) {
  if (isJsDefined(this)) {
    return Promise.reject(argError(`trainStepAsync runs an engine module's forward on a worker ` +
      `thread, but ${this.constructor.name}.forward is JS; train it on the JS thread ` +
      '(forward, backward, optimizer.step()), as in the nn guide'));
  }
  return nativeTrainStepAsync.apply(this, args);
};

// register*(name, value): adds a parameter, buffer or submodule to the engine module under name
// (what PyTorch's attribute assignment does) and sets this[name]; returns the value.
Module.prototype.registerParameter = function registerParameter(name, t, requiresGrad = true) {
  this.setParameter(name, t, requiresGrad);
  this[name] = t;
  return t;
};
Module.prototype.registerBuffer = function registerBuffer(name, t) {
  this.setBuffer(name, t);
  this[name] = t;
  return t;
};
Module.prototype.registerModule = function registerModule(name, child) {
  this.addChild(name, child);
  this[name] = child;
  return child;
};

// nn.Sequential(m0, m1, ...): an engine Sequential over the given modules (children "0", "1",
// ...; the same keys as PyTorch's nn.Sequential), run entirely by the engine.
function Sequential(...modules) {
  const seq = Module.create('Sequential');
  for (const m of modules) seq.append(m);
  return seq;
}

const nn = { Module, Sequential };

// ignis.optim: Optimizer.create(type, params, options) and a factory per engine optimizer;
// params is an array of tensors or a Module (its parameters()).
const { Optimizer } = native;
const optim = { Optimizer };
for (const type of ['SGD', 'Adam', 'AdamW', 'RMSprop', 'Adagrad', 'Adadelta']) {
  optim[type] = (params, options) => Optimizer.create(type,
    params instanceof Module ? params.parameters() : params, options);
}

// ignis.optim.lr_scheduler: a factory per engine scheduler with PyTorch's names and options
// (StepLR(opt, {step_size: 10, gamma: 0.1})); LambdaLR takes a JS function (epoch) => factor (or
// one per parameter group) that step() calls on the JS thread; SequentialLR takes the schedulers
// and milestones as PyTorch does. ReduceLROnPlateau is stepped with the epoch's metric.
const { LRScheduler } = native;
const lrScheduler = { LRScheduler };
for (const type of ['StepLR', 'MultiStepLR', 'ExponentialLR', 'CosineAnnealingLR', 'LinearLR',
  'OneCycleLR', 'ReduceLROnPlateau']) {
  lrScheduler[type] = (optimizer, options) => LRScheduler.create(type, optimizer, options);
}
lrScheduler.LambdaLR = (optimizer, lrLambda) => LRScheduler.lambda(optimizer, lrLambda);
lrScheduler.SequentialLR = (optimizer, schedulers, milestones) =>
  LRScheduler.sequential(optimizer, schedulers, milestones);
optim.lr_scheduler = lrScheduler;
optim.lrScheduler = lrScheduler;

// ignis.data: engine datasets and DataLoader (the batches are built by the engine, on its worker
// threads when num_workers > 0). A loader is iterable both ways, one epoch per loop:
//   for (const [x, y] of loader) ...          batches built on the JS thread (or taken from the
//                                             loader's prefetching workers)
//   for await (const [x, y] of loader) ...    each batch awaited from a libuv thread, so the
//                                             event loop stays free while it is built
// Breaking out of a loop leaves the epoch unfinished; the next loop starts a new one.
const { Dataset, DataLoader } = native;
DataLoader.prototype[Symbol.iterator] = function* iterate() {
  if (this.inEpoch) this.reset();
  for (let batch = this.next(); batch !== null; batch = this.next()) yield batch;
};
DataLoader.prototype[Symbol.asyncIterator] = async function* iterateAsync() {
  if (this.inEpoch) this.reset();
  for (let batch = await this.nextAsync(); batch !== null; batch = await this.nextAsync()) {
    yield batch;
  }
};
// The MNIST family's file names, gzipped (as distributed) or not.
function idxPair(root, train) {
  const prefix = train ? 'train' : 't10k';
  const pick = (name) => {
    const file = path.join(root, name);
    return fs.existsSync(file) || !fs.existsSync(`${file}.gz`) ? file : `${file}.gz`;
  };
  return [pick(`${prefix}-images-idx3-ubyte`), pick(`${prefix}-labels-idx1-ubyte`)];
}
function trainFlag(options, what) {
  if (options === null || typeof options !== 'object') {
    throw argError(`${what}: options must be an object {root, train}, got ${options === null ? 'null' : typeof options}`);
  }
  if (options.train !== undefined && typeof options.train !== 'boolean') {
    throw argError(`${what}: train must be a boolean, got ${typeof options.train}`);
  }
  return options.train !== false;
}
const data = {
  Dataset,
  DataLoader,
  TensorDataset: (...tensors) => Dataset.fromTensors(tensors),
  // Fashion-MNIST from root (default: Debian's /usr/share/datasets/fashion-mnist); examples
  // are a uint8 (28, 28) image and an int64 label. train defaults to true, as PyTorch's.
  FashionMNIST: (options = {}) => Dataset.fashionMnist(options.root ?? null,
    trainFlag(options, 'FashionMNIST')),
  // MNIST (or any MNIST-format set) from root's train-/t10k- IDX files (.gz or not).
  MNIST: (options = {}) => {
    const train = trainFlag(options, 'MNIST');
    if (typeof options.root !== 'string') {
      throw argError('MNIST: root (the folder of the IDX files) must be a string, got ' +
        `${options.root === null ? 'null' : typeof options.root}`);
    }
    return Dataset.idx(...idxPair(options.root, train));
  },
  IdxDataset: (imagesPath, labelsPath) => Dataset.idx(imagesPath, labelsPath),
  CsvDataset: (file, options) => Dataset.csv(file, options),
  ImageFolder: (root, options = {}) => Dataset.imageFolder(root, options.transforms),
  // The file-backed datasets' async forms: the files are read on a libuv thread.
  FashionMNISTAsync: (options = {}) => Dataset.fashionMnistAsync(options.root ?? null,
    trainFlag(options, 'FashionMNISTAsync')),
  MNISTAsync: (options = {}) => {
    const train = trainFlag(options, 'MNISTAsync');
    if (typeof options.root !== 'string') {
      throw argError('MNISTAsync: root (the folder of the IDX files) must be a string, got ' +
        `${options.root === null ? 'null' : typeof options.root}`);
    }
    return Dataset.idxAsync(...idxPair(options.root, train));
  },
  IdxDatasetAsync: (imagesPath, labelsPath) => Dataset.idxAsync(imagesPath, labelsPath),
  CsvDatasetAsync: (file, options) => Dataset.csvAsync(file, options),
  ImageFolderAsync: (root, options = {}) => Dataset.imageFolderAsync(root, options.transforms),
  Subset: (dataset, indices) => {
    if (!(dataset instanceof Dataset)) throw argError('Subset expects a Dataset first');
    return dataset.subset(indices);
  },
  randomSplit: (dataset, lengths, options = {}) => {
    if (!(dataset instanceof Dataset)) throw argError('randomSplit expects a Dataset first');
    return dataset.randomSplit(lengths, options.seed ?? 0);
  },
};

const api = {
  Tensor, tensor, fromTypedArray: native.fromTypedArray,
  empty: native.empty, zeros: native.zeros, ones: native.ones, full: native.full,
  arange: native.arange, linspace: native.linspace, eye: native.eye, rand: native.rand,
  randn: native.randn, randint: native.randint, manualSeed: native.manualSeed,
  setNumThreads: native.setNumThreads, getNumThreads: native.getNumThreads,
  setGradEnabled: native.setGradEnabled, isGradEnabled: native.isGradEnabled,
  cudaIsAvailable: native.cudaIsAvailable, noGrad, tidy, nn, optim, data,
  save: native.save, load: native.load,
  saveCheckpoint: native.saveCheckpoint, loadCheckpoint: native.loadCheckpoint,
  saveCheckpointAsync: native.saveCheckpointAsync, loadCheckpointAsync: native.loadCheckpointAsync,
  version: native.version, apiVersion: native.apiVersion,
};
for (const [name, fn] of Object.entries(native.ops)) {
  if (name in api) throw new Error(`ignis: op ${name} collides with a hand-written export`);
  api[name] = fn;
}
// runAsync(opName, ...args): any op (its overload picked and its arguments checked now, on the
// JS thread) run on a libuv thread; resolves with what ignis.<opName>(...args) returns. The large
// ops (native.asyncOps: matmul, conv2d, linalgSvd, ...) also have <op>Async functions.
api.runAsync = native.runAsync;
api.asyncOps = Object.freeze([...native.asyncOps]);
for (const name of native.asyncOps) {
  if (`${name}Async` in api) throw new Error(`ignis: ${name}Async collides with another export`);
  api[`${name}Async`] = (...args) => native.runAsync(name, ...args);
}
module.exports = api;
