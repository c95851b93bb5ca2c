#!/usr/bin/env node
'use strict';
// An HTTP inference server for the Fashion-MNIST CNN on node:http (DESIGN §11: the checkpoint
// examples/python/fashion_mnist.py trains, classified from Node.js).
//
//   node examples/node/fashion_server.js CHECKPOINT [--port 0] [--host 127.0.0.1]
//                                        [--max-batch 64] [--max-body 1048576]
//
// Prints "listening on http://HOST:PORT" once it accepts connections (--port 0: a free port).
//   POST /predict  a body of 28x28 images, either
//                  application/octet-stream: N * 784 uint8 pixels (row-major), or
//                  application/json: {"image": [...784 or 28x28 pixels]} or {"images": [...]}
//                  (pixels are numbers in [0, 255]); answers
//                  {"predictions": [{"class": 9, "label": "Ankle boot", "probabilities": [...10]}]}
//   GET  /health   {"ok": true, "requests": ..., "batches": ...}
// Bad requests get a 4xx JSON {"error": "..."}: 400 malformed or wrong-size input, 404, 405,
// 413 over --max-body, 415 another content type. The forward passes run with forwardAsync on
// libuv worker threads, so the event loop keeps accepting and parsing requests; images of
// requests that arrive while a forward is in flight are batched into the next one.
const http = require('node:http');
const ignis = require('../../bindings/node');
const { loadCnn, prepare, CLASSES, PIXELS } = require('./fashion_model');

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

// Pixels of a JSON body: {"image": img} or {"images": [img, ...]}, img 784 numbers or 28 rows
// of 28. Returns a Uint8Array of n * 784 and n.
function pixelsFromJson(text) {
  let body;
  try {
    body = JSON.parse(text);
  } catch (e) {
    throw new HttpError(400, `body is not valid JSON: ${e.message}`);
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new HttpError(400, 'expected a JSON object {"image": [...]} or {"images": [[...], ...]}');
  }
  let images;
  if (Array.isArray(body.images)) images = body.images;
  else if (Array.isArray(body.image)) images = [body.image];
  else throw new HttpError(400, 'expected a JSON object {"image": [...]} or {"images": [[...], ...]}');
  if (images.length === 0) throw new HttpError(400, '"images" is empty');
  const out = new Uint8Array(images.length * PIXELS);
  images.forEach((img, k) => {
    const flat = Array.isArray(img) && Array.isArray(img[0]) ? flatRows(img, k) : img;
    if (!Array.isArray(flat) || flat.length !== PIXELS) {
      throw new HttpError(400, `image ${k}: expected 784 pixels (or 28 rows of 28), got ` +
        `${Array.isArray(flat) ? flat.length : typeof flat}`);
    }
    for (let i = 0; i < PIXELS; i++) {
      const v = flat[i];
      if (typeof v !== 'number' || !(v >= 0 && v <= 255)) {
        throw new HttpError(400, `image ${k}, pixel ${i}: expected a number in [0, 255], got ${JSON.stringify(v)}`);
      }
      out[k * PIXELS + i] = Math.round(v);
    }
  });
  return { pixels: out, n: images.length };
}

function flatRows(rows, k) {
  if (rows.length !== 28 || rows.some((r) => !Array.isArray(r) || r.length !== 28)) {
    throw new HttpError(400, `image ${k}: expected 28 rows of 28 pixels`);
  }
  return rows.flat();
}

function pixelsFromBinary(buf) {
  if (buf.length === 0 || buf.length % PIXELS !== 0) {
    throw new HttpError(400, `expected N * 784 bytes of uint8 pixels, got ${buf.length} bytes`);
  }
  return { pixels: new Uint8Array(buf.buffer, buf.byteOffset, buf.length), n: buf.length / PIXELS };
}

// Collects the images of concurrent requests: whenever fewer than maxInFlight forwards are
// running, everything queued (up to maxBatch images) goes into one forwardAsync.
class Batcher {
  constructor(model, { maxBatch = 64, maxInFlight = 2 } = {}) {
    this.model = model;
    this.maxBatch = maxBatch;
    this.maxInFlight = maxInFlight;
    this.queue = []; // {pixels, n, resolve, reject}
    this.inFlight = 0;
    this.batches = 0;
  }

  classify(pixels, n) {
    return new Promise((resolve, reject) => {
      this.queue.push({ pixels, n, resolve, reject });
      this.pump();
    });
  }

  pump() {
    while (this.inFlight < this.maxInFlight && this.queue.length > 0) {
      const jobs = [];
      let n = 0;
      while (this.queue.length > 0 && (jobs.length === 0 || n + this.queue[0].n <= this.maxBatch)) {
        const job = this.queue.shift();
        jobs.push(job);
        n += job.n;
      }
      this.run(jobs, n);
    }
  }

  async run(jobs, n) {
    this.inFlight++;
    this.batches++;
    let x;
    try {
      const pixels = jobs.length === 1 ? jobs[0].pixels : concat(jobs, n);
      x = prepare(pixels, n);
      const logits = await ignis.noGrad(() => this.model.forwardAsync(x));
      const [probs, classes] = ignis.tidy(() => [logits.softmax(1).data().slice(),
        logits.argmax(1).data()]);
      logits.dispose();
      let row = 0;
      for (const job of jobs) {
        const predictions = [];
        for (let i = 0; i < job.n; i++, row++) {
          const k = Number(classes[row]);
          predictions.push({ class: k, label: CLASSES[k],
            probabilities: Array.from(probs.subarray(row * 10, row * 10 + 10)) });
        }
        job.resolve(predictions);
      }
    } catch (e) {
      for (const job of jobs) job.reject(e);
    } finally {
      if (x) x.dispose();
      this.inFlight--;
      this.pump();
    }
  }
}

function concat(jobs, n) {
  const out = new Uint8Array(n * PIXELS);
  let off = 0;
  for (const job of jobs) {
    out.set(job.pixels, off);
    off += job.pixels.length;
  }
  return out;
}

function sendJson(res, status, value) {
  const body = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

// Reads the body up to maxBody bytes; past that the request is answered 413 and the rest of
// the upload discarded.
function readBody(req, maxBody) {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (declared > maxBody) {
      reject(new HttpError(413, `body of ${declared} bytes exceeds the limit of ${maxBody}`));
      return;
    }
    const chunks = [];
    let size = 0;
    let failed = false;
    req.on('data', (c) => {
      if (failed) return;
      size += c.length;
      if (size > maxBody) {
        failed = true;
        reject(new HttpError(413, `body exceeds the limit of ${maxBody} bytes`));
        return;
      }
      chunks.push(c);
    });
    let ended = false;
    req.on('end', () => {
      ended = true;
      if (!failed) resolve(Buffer.concat(chunks, size));
    });
    req.on('error', (e) => { if (!failed) { failed = true; reject(e); } });
    // A client gone before the end of its body: nothing to answer, but settle the Promise.
    req.on('close', () => {
      if (!ended && !failed) {
        failed = true;
        reject(new HttpError(400, 'the request was aborted before its body ended'));
      }
    });
  });
}

// An http.Server answering /predict and /health with the model; call listen() on it.
function createServer(model, { maxBatch = 64, maxInFlight = 2, maxBody = 1 << 20 } = {}) {
  const batcher = new Batcher(model, { maxBatch, maxInFlight });
  let requests = 0;
  const server = http.createServer(async (req, res) => {
    requests++;
    try {
      const url = req.url.split('?')[0];
      if (url === '/health') {
        if (req.method !== 'GET') throw new HttpError(405, 'use GET /health');
        sendJson(res, 200, { ok: true, requests, batches: batcher.batches });
        return;
      }
      if (url !== '/predict') throw new HttpError(404, `no route ${url}; POST /predict or GET /health`);
      if (req.method !== 'POST') throw new HttpError(405, 'use POST /predict');
      const type = (req.headers['content-type'] || '').split(';')[0].trim().toLowerCase();
      if (type !== 'application/json' && type !== 'application/octet-stream') {
        throw new HttpError(415, `content-type ${JSON.stringify(type)}: send application/json ` +
          'or application/octet-stream (N * 784 uint8 pixels)');
      }
      const body = await readBody(req, maxBody);
      const { pixels, n } = type === 'application/json' ? pixelsFromJson(body.toString('utf8'))
        : pixelsFromBinary(body);
      sendJson(res, 200, { predictions: await batcher.classify(pixels, n) });
    } catch (e) {
      const status = e instanceof HttpError ? e.status : 500;
      if (status === 413) res.setHeader('connection', 'close'); // do not read the rest
      if (!res.headersSent) sendJson(res, status, { error: e.message });
      else res.destroy();
    }
  });
  server.batcher = batcher;
  return server;
}

function parseArgs(argv) {
  const opts = { port: 0, host: '127.0.0.1', maxBatch: 64, maxBody: 1 << 20 };
  const rest = [];
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const num = () => {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v) || v < 0) throw new Error(`${flag} needs a non-negative integer`);
      return v;
    };
    if (flag === '--port') opts.port = num();
    else if (flag === '--host') opts.host = argv[++i];
    else if (flag === '--max-batch') opts.maxBatch = Math.max(1, num());
    else if (flag === '--max-body') opts.maxBody = num();
    else if (flag.startsWith('--')) throw new Error(`unknown argument ${flag}`);
    else rest.push(flag);
  }
  if (rest.length !== 1) throw new Error('usage: fashion_server.js CHECKPOINT [--port N] [--host H] [--max-batch N] [--max-body BYTES]');
  opts.checkpoint = rest[0];
  return opts;
}

function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(e.message);
    process.exit(2);
  }
  const model = loadCnn(opts.checkpoint);
  const server = createServer(model, opts);
  server.listen(opts.port, opts.host, () => {
    const { address, port } = server.address();
    console.log(`listening on http://${address}:${port}`);
  });
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections(); // keep-alive clients would hold close() open
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (require.main === module) main();

module.exports = { createServer, Batcher };
