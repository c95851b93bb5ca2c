'use strict';
// Trains a small MLP on Fashion-MNIST from Node.js with the engine's data loader, a one-cycle
// learning-rate schedule and a training checkpoint after every epoch, without blocking the
// event loop: batches come through `for await` and checkpoints are written asynchronously.
//   node examples/node/fashion_train.js [--epochs 3] [--limit 60000] [--checkpoint run.safetensors]
//                                       [--resume]
// --resume continues from the checkpoint's epoch (model, Adam state and schedule position).
const fs = require('node:fs');
const ignis = require('../../bindings/node');

const { nn, optim, data } = ignis;
const { MEAN, STD } = require('./fashion_model');

const layer = (type, options) => nn.Module.create(type, options);
const makeMlp = () => nn.Sequential(layer('Flatten'),
  layer('Linear', { in_features: 784, out_features: 128 }), layer('ReLU'),
  layer('Linear', { in_features: 128, out_features: 10 }));

// uint8 (B, 28, 28) pixels -> normalized float32, as the other Fashion-MNIST examples do.
const normalize = (x) => x.to('float32').div(255.0).sub(MEAN).div(STD);

async function train({ epochs = 3, limit = 60000, batchSize = 128, checkpoint = 'fashion_mlp.safetensors',
  resume = false, log = console.log } = {}) {
  ignis.manualSeed(0);
  const full = await data.FashionMNISTAsync({ train: true });
  const trainSet = limit < full.length ? data.Subset(full, [...Array(limit).keys()]) : full;
  const loader = new data.DataLoader(trainSet, { batch_size: batchSize, shuffle: true, seed: 0, num_workers: 2 });
  const model = makeMlp();
  const lossFn = layer('CrossEntropyLoss');
  const opt = optim.Adam(model, { lr: 1e-3 });
  let start = 0;
  if (resume && fs.existsSync(checkpoint)) {
    const { metadata } = await ignis.loadCheckpointAsync(checkpoint, model, { optimizer: opt });
    start = Number(metadata.epoch);
    // The loader's shuffle is seeded: skipping the finished epochs puts it where it was.
    for (let e = 0; e < start; e++) for (const b of loader) b.forEach((t) => t.dispose());
    log(`resumed from ${checkpoint} at epoch ${start}`);
  }
  // The schedule keeps no state of its own: made after the load and stepped to where the run
  // stopped, it sets the lr (and Adam's beta1) the checkpointed run had there.
  const sched = optim.lr_scheduler.OneCycleLR(opt, { max_lr: 5e-3, epochs, steps_per_epoch: loader.length });
  for (let i = 0; i < start * loader.length; i++) sched.step();
  const losses = [];
  for (let epoch = start; epoch < epochs; epoch++) {
    model.train();
    let sum = 0;
    let n = 0;
    for await (const [x, y] of loader) {
      sum += ignis.tidy(() => {
        opt.zeroGrad();
        const loss = lossFn.forward(model.forward(normalize(x)), y);
        loss.backward();
        opt.step();
        return loss.item();
      });
      sched.step();
      n++;
      x.dispose();
      y.dispose();
    }
    losses.push(sum / n);
    await ignis.saveCheckpointAsync(checkpoint, model, { optimizer: opt, metadata: { epoch: String(epoch + 1) } });
    log(`epoch ${epoch + 1}/${epochs}: mean loss ${(sum / n).toFixed(4)}, lr ${sched.getLastLr()[0].toExponential(2)}`);
  }
  const accuracy = await evaluate(model);
  log(`test accuracy ${(100 * accuracy).toFixed(2)}%`);
  return { model, losses, accuracy };
}

// Accuracy on the 10000 test images, in eval mode with grad off, batches built off-thread.
async function evaluate(model) {
  model.eval();
  const loader = new data.DataLoader(await data.FashionMNISTAsync({ train: false }), { batch_size: 1000 });
  let correct = 0;
  let total = 0;
  for await (const [x, y] of loader) {
    correct += ignis.tidy(() => ignis.noGrad(() => model.forward(normalize(x))).argmax(1).eq(y).sum().item());
    total += y.shape[0];
    x.dispose();
    y.dispose();
  }
  return correct / total;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = args.indexOf(`--${name}`);
    return i < 0 ? dflt : args[i + 1];
  };
  train({ epochs: Number(opt('epochs', 3)), limit: Number(opt('limit', 60000)),
    checkpoint: opt('checkpoint', 'fashion_mlp.safetensors'), resume: args.includes('--resume') })
    .catch((e) => {
      console.error(`fashion_train: ${e.message}${e.code ? ` (${e.code})` : ''}`);
      process.exit(1);
    });
}

module.exports = { train, evaluate, makeMlp };
