'use strict';
// The `server` row: examples/node/fashion_server.js in a child process (so that the load
// generator does not share its event loop) on a loopback port, and 50 concurrent keep-alive
// clients each POSTing one 28x28 image (application/octet-stream) after the other for SECONDS.
//   node server_load.js CHECKPOINT SECONDS
// Prints `RESULT node server rps= p50_ms= p99_ms=` (latency per request, client side) and the
// server's batch count. A non-200 answer is an error.
const { spawn } = require('node:child_process');
const http = require('node:http');
const path = require('node:path');
const { percentile } = require('./stats');

const [ckpt, secondsArg] = process.argv.slice(2);
const seconds = Number(secondsArg || 3);
const CLIENTS = 50;
const server = path.join(__dirname, '..', '..', '..', 'examples', 'node', 'fashion_server.js');

function startServer() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [server, ckpt, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (c) => {
      out += c;
      const m = out.match(/listening on (http:\S+)/);
      if (m) resolve({ child, url: m[1] });
    });
    child.on('exit', (code) => reject(new Error(`fashion_server.js exited (${code}) before listening`)));
  });
}

function post(agent, url, body) {
  return new Promise((resolve, reject) => {
    const req = http.request(url, {
      method: 'POST', agent, headers: { 'content-type': 'application/octet-stream', 'content-length': body.length },
    }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => (res.statusCode === 200 ? resolve(Buffer.concat(chunks))
        : reject(new Error(`HTTP ${res.statusCode}: ${Buffer.concat(chunks)}`))));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function main() {
  const { child, url } = await startServer();
  try {
    const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });
    const predict = new URL('/predict', url);
    const body = Buffer.alloc(784);
    for (let i = 0; i < body.length; i++) body[i] = (i * 37) % 256;
    await Promise.all(Array.from({ length: CLIENTS }, () => post(agent, predict, body))); // warm-up
    const lat = [];
    const start = performance.now();
    const client = async () => {
      while (performance.now() - start < seconds * 1000) {
        const t0 = performance.now();
        await post(agent, predict, body);
        lat.push(performance.now() - t0);
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, client));
    const wall = (performance.now() - start) / 1000;
    const health = JSON.parse(await new Promise((resolve, reject) => {
      http.get(new URL('/health', url), { agent }, (res) => {
        let s = '';
        res.on('data', (c) => { s += c; });
        res.on('end', () => resolve(s));
      }).on('error', reject);
    }));
    agent.destroy();
    lat.sort((a, b) => a - b);
    console.log(`server: ${lat.length} requests from ${CLIENTS} clients in ${wall.toFixed(1)} s, ` +
      `${health.batches} forward batches in all (${(health.requests / Math.max(health.batches, 1)).toFixed(1)} requests per batch)`);
    console.log(`RESULT node server rps=${(lat.length / wall).toFixed(1)} ` +
      `p50_ms=${percentile(lat, 0.5).toFixed(3)} p99_ms=${percentile(lat, 0.99).toFixed(3)}`);
  } finally {
    child.kill('SIGTERM');
  }
}

main().catch((e) => {
  console.error(`server_load: ${e.message}`);
  process.exit(1);
});
