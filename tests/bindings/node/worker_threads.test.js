'use strict';
// The addon in worker_threads: each Worker loads its own copy, and terminating a Worker while
// its async work (forwardAsync, a DataLoader's nextAsync, loadCheckpointAsync, runAsync) is in
// flight drops the results quietly instead of aborting the process.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { Worker } = require('node:worker_threads');
const { ignis } = require('./helpers');

// Started in each Worker: queues long async work of every kind, then says it is ready.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const ignis = require(workerData.pkg);
const m = ignis.nn.Module.create('Linear', { in_features: 1024, out_features: 1024 });
m.forwardAsync(ignis.randn([4096, 1024]));
const loader = new ignis.data.DataLoader(ignis.data.TensorDataset(ignis.randn([100000, 64])),
  { batch_size: 100000 });
loader.nextAsync();
ignis.loadCheckpointAsync(workerData.ckpt, m);
ignis.matmulAsync(ignis.randn([1024, 1024]), ignis.randn([1024, 1024]));
const w = ignis.zeros([2], { requiresGrad: true });
ignis.optim.lr_scheduler.LambdaLR(ignis.optim.SGD([w]), (e) => 1 / (e + 1)).step();
parentPort.postMessage(ignis.version);
`;

test('terminating Workers with async work in flight leaves the process running', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ignis-node-workers-'));
  try {
    const ckpt = path.join(dir, 'lin.safetensors');
    ignis.saveCheckpoint(ckpt, ignis.nn.Module.create('Linear', { in_features: 1024, out_features: 1024 }));
    const pkg = path.join(__dirname, '..', '..', '..', 'bindings', 'node');
    for (let round = 0; round < 4; round++) {
      const worker = new Worker(WORKER, { eval: true, workerData: { pkg, ckpt } });
      const version = await new Promise((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      assert.equal(version, ignis.version);
      await worker.terminate();
    }
    // This thread's addon still works.
    assert.equal((await ignis.matmulAsync(ignis.ones([2, 2]), ignis.ones([2, 2]))).sum().item(), 8);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
