'use strict';
// The Fashion-MNIST CNN of examples/python/fashion_mnist.py (make_cnn), built from engine layers
// so that its state-dict keys ("0.weight", "1.running_mean", ..., "10.bias") are the Python
// ones and the checkpoint the Python example saves loads strictly; and prepare(), the same
// normalization with the same engine ops in the same order (so the same float32 values).
const ignis = require('../../bindings/node');

const { nn } = ignis;
const layer = (type, options) => nn.Module.create(type, options);

// Training-set statistics of the pixel values in [0, 1] (as the Python and C examples use).
const MEAN = 0.2860;
const STD = 0.3530;
const CLASSES = ['T-shirt/top', 'Trouser', 'Pullover', 'Dress', 'Coat', 'Sandal', 'Shirt',
  'Sneaker', 'Bag', 'Ankle boot'];
const PIXELS = 28 * 28;

function makeCnn() {
  return nn.Sequential(
    layer('Conv2d', { in_channels: 1, out_channels: 32, kernel_size: 3, padding: 1 }),
    layer('BatchNorm2d', { num_features: 32 }),
    layer('ReLU'),
    layer('MaxPool2d', { kernel_size: 2 }),
    layer('Conv2d', { in_channels: 32, out_channels: 64, kernel_size: 3, padding: 1 }),
    layer('BatchNorm2d', { num_features: 64 }),
    layer('ReLU'),
    layer('MaxPool2d', { kernel_size: 2 }),
    layer('Flatten'),
    layer('Dropout', { p: 0.25 }),
    layer('Linear', { in_features: 64 * 7 * 7, out_features: 10 }),
  );
}

// The CNN with a checkpoint's weights (strict: every key must match), in eval mode.
function loadCnn(checkpoint) {
  return makeCnn().loadStateDict(checkpoint, true).eval();
}

// n images of 784 uint8 pixels (a Uint8Array of n * 784) -> (n, 1, 28, 28) float32, normalized
// as Python's ((images.float() / 255.0 - MEAN) / STD).unsqueeze(1).
function prepare(pixels, n) {
  return ignis.tidy(() => ignis.fromTypedArray(pixels, [n, 28, 28]).to('float32')
    .div(255.0).sub(MEAN).div(STD).unsqueeze(1));
}

module.exports = { makeCnn, loadCnn, prepare, CLASSES, PIXELS, MEAN, STD };
