// Type-checked (tsc --noEmit, never run) use of the ignis declarations: factories, generated op
// methods and functions in both calling forms, autograd, errors and async modules.
import * as ignis from '../../../../bindings/node/index';
import { Tensor, nn, type DType, type IgnisError } from '../../../../bindings/node/index';

const x: Tensor = ignis.tensor([[1, 2], [3, 4]], { dtype: 'float32', requiresGrad: true });
const kept: Tensor[] = ignis.tidy(() => [x.add(1), x.mul(2)]);
const y: Tensor = ignis.fromTypedArray(new Float32Array(4), [2, 2]);
const s: Tensor = x.sum({ dim: 1, keepdim: true });
const s2: Tensor = x.sum([0, 1], false, 'float64');
const z: Tensor = ignis.add(x, y, { alpha: 2 }).relu().matmul(y.transpose(0, 1));
const pair: [Tensor, Tensor] = x.max(1);
const parts: Tensor[] = ignis.split(x, 1);
const cat: Tensor = ignis.cat([x, y], 0);
const dt: DType = z.dtype;
const shape: number[] = s.shape;
const data = y.data();
const first: number | boolean = s2.item();
x.add_(1);
z.sum().backward();
const g: Tensor | null = x.grad;
const out: Tensor = ignis.noGrad(() => x.mul(2));

async function run(): Promise<number> {
  const m: nn.Module = await nn.Module.load('Linear', { in_features: 2, out_features: 1 });
  const r = await m.forwardAsync(ignis.ones([3, 2]));
  const opt: ignis.optim.Optimizer = ignis.optim.Adam(m, { lr: 1e-3 });
  const lossValue: number = await m.trainStepAsync(nn.Module.create('MSELoss'), opt,
    ignis.ones([3, 2]), ignis.zeros([3, 1]));
  opt.setOption('lr', lossValue > 1 ? 1e-4 : 1e-3);
  try {
    m.forward(ignis.ones([3, 5]));
  } catch (e) {
    const err = e as IgnisError;
    if (err.code === 'IGNIS_SHAPE') return -1;
  }
  return (r as Tensor).numel + shape.length + pair.length + parts.length + cat.ndim +
    data.length + kept.length + (g ? 1 : 0) + out.numel + dt.length + (first ? 1 : 0);
}
void run();

// A JS-defined module, nn.Sequential, and tensors saved and loaded by name.
class Net extends nn.Module {
  readonly fc: nn.Module;
  readonly scale: Tensor;
  constructor() {
    super();
    this.fc = this.registerModule('fc', nn.Module.create('Linear', { in_features: 2, out_features: 1 }));
    this.scale = this.registerParameter('scale', ignis.ones([1]));
  }
  forward(x: Tensor): Tensor {
    return (this.fc.forward(x) as Tensor).mul(this.scale);
  }
}
const net = new Net();
const seq: nn.Module = nn.Sequential(nn.Module.create('ReLU')).append(net);
ignis.save({ y: net.forward(ignis.ones([1, 2])) }, '/tmp/never-run.safetensors', { format: 'pt' });
const loaded = ignis.load('/tmp/never-run.safetensors');
const meta: string = loaded.metadata.format + seq.children().length;
void meta;

// Learning-rate schedulers.
function schedule(opt: ignis.optim.Optimizer): number[] {
  const L = ignis.optim.lr_scheduler;
  const s: ignis.optim.lr_scheduler.LRScheduler = L.OneCycleLR(opt, { max_lr: 0.1, total_steps: 10 });
  const seq = L.SequentialLR(opt, [L.LinearLR(opt, { start_factor: 0.5 }), L.StepLR(opt, { step_size: 2 })], [3]);
  const lam = ignis.optim.lrScheduler.LambdaLR(opt, (epoch) => 0.9 ** epoch);
  L.ReduceLROnPlateau(opt, { mode: 'min' }).step(0.5);
  s.step();
  seq.step();
  lam.step();
  return [...s.getLastLr(), ...seq.getLastLr(), ...lam.getLastLr()];
}
void schedule;

// Datasets and loaders, both iteration protocols.
async function epoch(): Promise<number> {
  const ds: ignis.data.Dataset = ignis.data.TensorDataset(ignis.zeros([8, 2]), ignis.zeros([8]));
  const loader = new ignis.data.DataLoader(ds, { batch_size: 4, shuffle: true, seed: 1, num_workers: 2 });
  let n = 0;
  for (const [x, y] of loader) n += x.shape[0] + y.numel;
  for await (const [x] of loader) n += x.shape[0];
  const batch: Tensor[] | null = await loader.nextAsync();
  const [train, val] = ignis.data.randomSplit(await ignis.data.FashionMNISTAsync({ train: true }), [50000, 10000], { seed: 0 });
  const folder = ignis.data.ImageFolder('/tmp/images', { transforms: [{ type: 'to_float' }, { type: 'resize', height: 32, width: 32 }] });
  return n + (batch ? batch.length : 0) + train.length + val.length + folder.length;
}
void epoch;

// Large ops off the event loop.
async function offLoop(a: Tensor, w: Tensor): Promise<number> {
  const y: Tensor = await ignis.matmulAsync(a, a);
  const c: Tensor = await ignis.conv2dAsync(a, w, { stride: 2, padding: 1 });
  const [u, s, vh]: [Tensor, Tensor, Tensor] = await ignis.linalgSvdAsync(a);
  const any = await ignis.runAsync('sum', a, { dim: 1 });
  return y.numel + c.numel + u.numel + s.numel + vh.numel + (any as Tensor).numel + ignis.asyncOps.length;
}
void offLoop;

// Training checkpoints.
async function resume(m: nn.Module, opt: ignis.optim.Optimizer): Promise<boolean> {
  ignis.saveCheckpoint('/tmp/ckpt.safetensors', m, { optimizer: opt, metadata: { epoch: '3' } });
  await ignis.saveCheckpointAsync('/tmp/ckpt.safetensors', m);
  const info: ignis.CheckpointInfo = ignis.loadCheckpoint('/tmp/ckpt.safetensors', m, { strict: false });
  const later = await ignis.loadCheckpointAsync('/tmp/ckpt.safetensors', m, { optimizer: opt });
  return info.missingKeys.length === 0 && later.optimizerLoaded && later.metadata.epoch === '3';
}
void resume;
