'use strict';
// add_1elem, add_inplace and cnn_b<B>_t<T> from Node.js (bench/bindings/node.sh; c_ref.c is the
// baseline and defines the workloads).
//   node bench.js CHECKPOINT SECONDS
// T = 1: forward() on the JS thread (the engine's intra-op threads: 2, as in c_ref.c).
// T = 8: eight concurrent forwardAsync loops over ONE model, so eight libuv pool threads
//        (UV_THREADPOOL_SIZE=8) call forward at once; intra-op threads 1. The latency of a call
//        is from forwardAsync to its Promise settling (event loop included).
const ignis = require('../../../bindings/node');
const { loadCnn } = require('../../../examples/node/fashion_model');
const { percentile } = require('./stats');

const [ckpt, secondsArg] = process.argv.slice(2);
const seconds = Number(secondsArg || 3);

// Calls fn `calls` times in chunks of 10,000 with a turn of the event loop between chunks, as
// a Node program does: the finalizers of the result wrappers run there (a loop that never yields
// piles them up and slows the collector); returns `ns=` per call, the turns included.
// Also the process's CPU time per call (cpu_ns), which a machine shared with other work
// inflates less than the wall-clock ns.
async function perCall(fn, calls) {
  const tick = () => new Promise((resolve) => setImmediate(resolve));
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let done = 0; done < calls; done += 10000) {
    for (let i = 0; i < 10000; i++) fn();
    await tick();
  }
  const ns = Number(process.hrtime.bigint() - t0) / calls;
  const cpu = process.cpuUsage(cpu0);
  return `ns=${ns.toFixed(1)} cpu_ns=${((cpu.user + cpu.system) * 1000 / calls).toFixed(1)}`;
}

async function benchAdd() {
  const a = ignis.ones([1]);
  const b = ignis.ones([1]);
  const add = () => a.add(b).dispose();
  await perCall(add, 1000000); // warm-up (JIT, allocator)
  console.log(`RESULT node add_1elem ${await perCall(add, 2000000)}`);
  const inplace = () => a.add_(b);
  await perCall(inplace, 200000);
  console.log(`RESULT node add_inplace ${await perCall(inplace, 2000000)}`);
}

function report(name, batch, lat, wallS) {
  lat.sort((x, y) => x - y);
  console.log(`RESULT node ${name} ips=${(lat.length * batch / wallS).toFixed(1)} ` +
    `p50_ms=${percentile(lat, 0.5).toFixed(3)} p99_ms=${percentile(lat, 0.99).toFixed(3)}`);
}

function cnnSync(model, batch) {
  ignis.setNumThreads(2);
  const x = ignis.randn([batch, 1, 28, 28], { seed: 1 });
  ignis.noGrad(() => {
    for (let i = 0; i < 3; i++) model.forward(x).dispose();
    const lat = [];
    const start = performance.now();
    let t0 = start;
    while (t0 - start < seconds * 1000) {
      model.forward(x).dispose();
      const t1 = performance.now();
      lat.push(t1 - t0);
      t0 = t1;
    }
    report(`cnn_b${batch}_t1`, batch, lat, (t0 - start) / 1000);
  });
  x.dispose();
}

async function cnnAsync(model, batch, threads) {
  ignis.setNumThreads(1);
  const x = ignis.randn([batch, 1, 28, 28], { seed: 1 });
  const call = () => ignis.noGrad(() => model.forwardAsync(x));
  await Promise.all(Array.from({ length: threads }, () => call().then((y) => y.dispose())));
  const lat = [];
  const start = performance.now();
  const loop = async () => {
    while (performance.now() - start < seconds * 1000) {
      const t0 = performance.now();
      const y = await call();
      lat.push(performance.now() - t0);
      y.dispose();
    }
  };
  await Promise.all(Array.from({ length: threads }, loop));
  report(`cnn_b${batch}_t${threads}`, batch, lat, (performance.now() - start) / 1000);
  x.dispose();
}

async function main() {
  await benchAdd();
  const model = loadCnn(ckpt);
  cnnSync(model, 1);
  cnnSync(model, 64);
  await cnnAsync(model, 1, 8);
  await cnnAsync(model, 64, 8);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
