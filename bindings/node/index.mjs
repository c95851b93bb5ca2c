// ESM entry of the ignis package: the same objects as the CommonJS entry (index.js).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const ignis = require('./index.js');

export default ignis;
export const {
  Tensor, tensor, fromTypedArray, empty, zeros, ones, full, arange, linspace, eye, rand, randn,
  randint, manualSeed, setNumThreads, getNumThreads, setGradEnabled, isGradEnabled,
  cudaIsAvailable, noGrad, tidy, nn, optim, data, save, load, version, apiVersion, runAsync,
  saveCheckpoint, loadCheckpoint, saveCheckpointAsync, loadCheckpointAsync,
} = ignis;
