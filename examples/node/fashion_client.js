#!/usr/bin/env node
'use strict';
// Classifies the Fashion-MNIST test set through fashion_server.js: POSTs every test image
// (784 uint8 pixels, application/octet-stream) with at most --concurrency requests in flight,
// compares the answers with the labels and prints the accuracy. Exits 1 when a request fails.
//
//   node examples/node/fashion_client.js URL [--concurrency 16] [--limit N] [--root DIR]
//
// URL is the server's base, e.g. http://127.0.0.1:40123. Data: Debian's dataset-fashion-mnist.
const http = require('node:http');
const { loadFashionMnist, DEFAULT_ROOT } = require('./fashion_data');

const PIXELS = 28 * 28;

// POSTs one body to url and resolves with the parsed JSON answer (rejects on a non-200).
function post(agent, url, body, type = 'application/octet-stream') {
  return new Promise((resolve, reject) => {
    const req = http.request(url, {
      method: 'POST', agent, headers: { 'content-type': type, 'content-length': body.length },
    }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        if (res.statusCode !== 200) {
          reject(new Error(`HTTP ${res.statusCode}: ${text}`));
          return;
        }
        try {
          resolve(JSON.parse(text));
        } catch (e) {
          reject(new Error(`bad JSON answer: ${e.message}`));
        }
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

// Runs task(i) for i in [0, n) with at most `limit` running at once.
async function pool(n, limit, task) {
  let next = 0;
  const worker = async () => {
    while (next < n) await task(next++);
  };
  await Promise.all(Array.from({ length: Math.min(limit, n) }, worker));
}

async function classifyTestSet(baseUrl, { concurrency = 16, limit = Infinity, root = DEFAULT_ROOT } = {}) {
  const { images, labels, n: total } = loadFashionMnist(root, false);
  const n = Math.min(total, limit);
  const url = new URL('/predict', baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  let correct = 0;
  const start = process.hrtime.bigint();
  try {
    await pool(n, concurrency, async (i) => {
      const body = Buffer.from(images.buffer, images.byteOffset + i * PIXELS, PIXELS);
      const answer = await post(agent, url, body);
      if (answer.predictions[0].class === labels[i]) correct++;
    });
  } finally {
    agent.destroy();
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { correct, n, seconds };
}

function parseArgs(argv) {
  const opts = { concurrency: 16, limit: Infinity, root: DEFAULT_ROOT };
  const rest = [];
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--concurrency') opts.concurrency = Math.max(1, Number(argv[++i]) | 0);
    else if (flag === '--limit') opts.limit = Math.max(1, Number(argv[++i]) | 0);
    else if (flag === '--root') opts.root = argv[++i];
    else if (flag.startsWith('--')) throw new Error(`unknown argument ${flag}`);
    else rest.push(flag);
  }
  if (rest.length !== 1) throw new Error('usage: fashion_client.js URL [--concurrency N] [--limit N] [--root DIR]');
  opts.url = rest[0];
  return opts;
}

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(e.message);
    process.exit(2);
  }
  const { correct, n, seconds } = await classifyTestSet(opts.url, opts);
  console.log(`classified ${n} test images through ${opts.url} in ${seconds.toFixed(1)} s ` +
    `(${(n / seconds).toFixed(0)} requests/s, ${opts.concurrency} in flight)`);
  console.log(`test accuracy ${(100 * correct / n).toFixed(2)}% (${correct}/${n}, Node.js over HTTP)`);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(`fashion_client: ${e.message}`);
    process.exit(1);
  });
}

module.exports = { classifyTestSet, post, pool };
