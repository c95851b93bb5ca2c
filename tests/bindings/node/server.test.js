'use strict';
// examples/node/fashion_server.js in-process: 50 concurrent keep-alive clients for 5 seconds
// on loopback, each answer checked against a direct forward of the same image; then bad
// requests, which get 4xx answers with a message and leave the server serving.
const test = require('node:test');
const assert = require('node:assert/strict');
const http = require('node:http');
const path = require('node:path');
const { ignis, assertClose } = require('./helpers');
const { loadCnn, prepare, PIXELS } = require('../../../examples/node/fashion_model');
const { createServer } = require('../../../examples/node/fashion_server');
const { post } = require('../../../examples/node/fashion_client');

const CKPT = path.join(__dirname, '..', '..', 'fixtures', 'interop', 'python_cnn.safetensors');
const N_IMAGES = 64;

// N_IMAGES random images (uint8 pixels) and the model's answers for them, computed directly.
function referenceAnswers(model) {
  const images = ignis.randint(0, 256, [N_IMAGES, PIXELS], { seed: 11, dtype: 'uint8' }).data().slice();
  const [probs, classes] = ignis.tidy(() => {
    const logits = ignis.noGrad(() => model.forward(prepare(images, N_IMAGES)));
    return [logits.softmax(1).toArray(), logits.argmax(1).toArray()];
  });
  return { images, probs, classes };
}

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`)));
}

// A raw request: resolves with {status, body (parsed JSON)} whatever the status.
function request(base, { method = 'POST', urlPath = '/predict', type, body }) {
  return new Promise((resolve, reject) => {
    const headers = {};
    if (type) headers['content-type'] = type;
    const req = http.request(new URL(urlPath, base), { method, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        try {
          resolve({ status: res.statusCode, body: JSON.parse(text) });
        } catch (e) {
          reject(new Error(`status ${res.statusCode}, not JSON: ${text}`));
        }
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

test('50 concurrent clients for 5 s all get correct answers', async (t) => {
  const model = loadCnn(CKPT);
  const ref = referenceAnswers(model);
  const server = createServer(model, { maxBatch: 64 });
  const base = await listen(server);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 50 });
  const url = new URL('/predict', base);
  let answered = 0;
  const deadline = Date.now() + 5000;
  try {
    const client = async (c) => {
      for (let k = c; Date.now() < deadline; k += 50) {
        const i = k % N_IMAGES;
        const body = Buffer.from(ref.images.buffer, ref.images.byteOffset + i * PIXELS, PIXELS);
        const { predictions } = await post(agent, url, body);
        assert.equal(predictions.length, 1);
        assert.equal(predictions[0].class, ref.classes[i], `image ${i}: class`);
        assertClose(predictions[0].probabilities, ref.probs[i], 1e-5, `image ${i}: probabilities`);
        answered++;
      }
    };
    await Promise.all(Array.from({ length: 50 }, (_, c) => client(c)));
    // a JSON request of several images (28 rows of 28) gets the same answers
    const rows = (i) => Array.from({ length: 28 }, (_, r) => Array.from(ref.images.subarray(i * PIXELS + r * 28, i * PIXELS + r * 28 + 28)));
    const json = await request(base, { type: 'application/json', body: JSON.stringify({ images: [rows(3), rows(5)] }) });
    assert.equal(json.status, 200);
    assert.deepEqual(json.body.predictions.map((p) => p.class), [ref.classes[3], ref.classes[5]]);
  } finally {
    agent.destroy();
    await new Promise((resolve) => server.close(resolve));
  }
  assert.ok(answered >= 50, `only ${answered} answers in 5 s`);
  assert.ok(server.batcher.batches <= answered, 'requests were batched, never split');
  t.diagnostic(`${answered} requests answered in 5 s in ${server.batcher.batches} batches`);
});

test('bad requests get 4xx with a message and the server keeps serving', async () => {
  const model = loadCnn(CKPT);
  const server = createServer(model, { maxBody: 64 * 1024 });
  const base = await listen(server);
  const pixels = Buffer.alloc(PIXELS, 7);
  try {
    const cases = [
      [{ type: 'application/octet-stream', body: Buffer.alloc(100) }, 400, /784 bytes/],
      [{ type: 'application/octet-stream', body: Buffer.alloc(0) }, 400, /784 bytes/],
      [{ type: 'application/json', body: '{"image": [1, 2' }, 400, /not valid JSON/],
      [{ type: 'application/json', body: '[1, 2]' }, 400, /expected a JSON object/],
      [{ type: 'application/json', body: '{"images": []}' }, 400, /empty/],
      [{ type: 'application/json', body: JSON.stringify({ image: new Array(784).fill('a') }) }, 400, /pixel 0: expected a number/],
      [{ type: 'application/json', body: JSON.stringify({ image: new Array(784).fill(300) }) }, 400, /\[0, 255\]/],
      [{ type: 'application/json', body: JSON.stringify({ image: new Array(783).fill(0) }) }, 400, /got 783/],
      [{ type: 'application/json', body: JSON.stringify({ image: [[1, 2], [3]] }) }, 400, /28 rows/],
      [{ type: 'text/plain', body: 'hello' }, 415, /content-type/],
      [{ body: pixels }, 415, /content-type/],
      [{ type: 'application/octet-stream', body: Buffer.alloc(PIXELS * 100) }, 413, /exceeds the limit/],
      [{ method: 'GET' }, 405, /POST/],
      [{ urlPath: '/nope', type: 'application/octet-stream', body: pixels }, 404, /no route/],
      [{ method: 'POST', urlPath: '/health' }, 405, /GET/],
    ];
    for (const [req, status, re] of cases) {
      const res = await request(base, req);
      assert.equal(res.status, status, `${JSON.stringify(req).slice(0, 80)}: ${JSON.stringify(res.body)}`);
      assert.match(res.body.error, re);
    }
    // a body streamed past the limit without a content-length
    const chunked = await new Promise((resolve, reject) => {
      const req = http.request(new URL('/predict', base), {
        method: 'POST', headers: { 'content-type': 'application/octet-stream', 'transfer-encoding': 'chunked' },
      }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode));
      });
      req.on('error', (e) => (e.code === 'ECONNRESET' || e.code === 'EPIPE' ? resolve(413) : reject(e)));
      for (let i = 0; i < 100; i++) req.write(Buffer.alloc(1024));
      req.end();
    });
    assert.equal(chunked, 413);
    // a client that goes away in the middle of its body
    await new Promise((resolve) => {
      const req = http.request(new URL('/predict', base), {
        method: 'POST', headers: { 'content-type': 'application/octet-stream', 'content-length': PIXELS },
      });
      req.on('error', () => resolve());
      req.write(Buffer.alloc(100), () => setTimeout(() => { req.destroy(); resolve(); }, 20));
    });
    const ok = await request(base, { type: 'application/octet-stream', body: pixels });
    assert.equal(ok.status, 200);
    assert.equal(ok.body.predictions[0].probabilities.length, 10);
    const health = await request(base, { method: 'GET', urlPath: '/health' });
    assert.equal(health.body.ok, true);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});
