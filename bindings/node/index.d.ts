// TypeScript declarations of the ignis package. The op methods and functions are generated from
// the schema into ops.gen.d.ts (codegen/gen_node.py) and merged in here.
import type { TensorOps } from './ops.gen';

export * from './ops.gen';

/** Element types, by PyTorch's names ('f32'-style short names are accepted too). */
export type DType =
  | 'bool' | 'uint8' | 'int8' | 'int16' | 'int32' | 'int64'
  | 'float16' | 'bfloat16' | 'float32' | 'float64'
  | 'u8' | 'i8' | 'i16' | 'i32' | 'i64' | 'f16' | 'bf16' | 'f32' | 'f64';

/** 'cpu', 'cuda' or 'cuda:N'. */
export type Device = string;

/** The TypedArray data() returns for a dtype (float16/bfloat16 as raw Uint16 bits). */
export type TensorData =
  | Float32Array | Float64Array | Int32Array | Int16Array | Int8Array | Uint8Array
  | Uint16Array | BigInt64Array;

/** What an engine failure (or a bad argument) throws: an Error with the C status as a code. */
export interface IgnisError extends Error {
  code:
    | 'IGNIS_INVALID_ARGUMENT' | 'IGNIS_SHAPE' | 'IGNIS_DTYPE' | 'IGNIS_DEVICE'
    | 'IGNIS_OUT_OF_MEMORY' | 'IGNIS_IO' | 'IGNIS_UNSUPPORTED' | 'IGNIS_INTERNAL' | 'IGNIS_INDEX';
  status: number;
}

export interface FactoryOptions {
  dtype?: DType;
  device?: Device;
  requiresGrad?: boolean;
  /** rand/randn/randint only: draw from a fresh generator with this seed. */
  seed?: number;
}

export interface TensorOptions {
  dtype?: DType;
  shape?: number[];
  requiresGrad?: boolean;
}

/** A tensor owning one engine reference; dispose() frees it now, the finalizer otherwise. */
export declare class Tensor {
  private constructor();
  readonly shape: number[];
  readonly dtype: DType;
  readonly device: Device;
  readonly ndim: number;
  readonly numel: number;
  readonly isDisposed: boolean;
  requiresGrad: boolean;
  grad: Tensor | null;
  readonly isLeaf: boolean;
  isContiguous(): boolean;
  /** The elements: a zero-copy view for contiguous CPU tensors (writes go to the tensor), else a copy. */
  data(): TensorData;
  /** Same as data(). */
  toTypedArray(): TensorData;
  /** The elements as nested arrays (a number or boolean for 0-d tensors). */
  toArray(): any;
  /** The single element. */
  item(): number | boolean;
  toString(): string;
  dispose(): void;
  retainGrad(): this;
  backward(gradient?: Tensor | null, options?: { retainGraph?: boolean; createGraph?: boolean }): void;
  backward(options: { retainGraph?: boolean; createGraph?: boolean }): void;
  detach(): Tensor;
  clone(): Tensor;
  contiguous(): Tensor;
  to(target: DType | Device | { dtype?: DType; device?: Device; copy?: boolean }): Tensor;
  reshape(...shape: number[]): Tensor;
  reshape(shape: number[]): Tensor;
  view(...shape: number[]): Tensor;
  view(shape: number[]): Tensor;
  transpose(dim0: number, dim1: number): Tensor;
  permute(...dims: number[]): Tensor;
  permute(dims: number[]): Tensor;
  squeeze(dim?: number): Tensor;
  unsqueeze(dim: number): Tensor;
  flatten(startDim?: number, endDim?: number): Tensor;
  expand(...shape: number[]): Tensor;
  expand(shape: number[]): Tensor;
  select(dim: number, index: number): Tensor;
}
export interface Tensor extends TensorOps {}

export declare namespace nn {
  /** An engine module (Linear, Conv2d, Sequential, CrossEntropyLoss, ...) by PyTorch class name,
   * or, extended by a JS class, a container for the class's parameters and submodules. */
  class Module {
    /** Only from a subclass: `super()` makes the engine container of a JS-defined module. */
    protected constructor();
    /** A new module; options use PyTorch's constructor argument names ({in_features: 4}). */
    static create(type: string, options?: object | string): Module;
    /** Creates the module off the event loop and, given a path, loads its safetensors weights. */
    static load(type: string, options?: object | string, path?: string, strict?: boolean): Promise<Module>;
    /** The module type names create() knows. */
    static types(): string[];
    readonly type: string;
    readonly training: boolean;
    forward(...inputs: (Tensor | null)[]): Tensor | Tensor[];
    /** forward on a worker thread; the module and inputs stay alive until it settles. */
    forwardAsync(...inputs: (Tensor | null)[]): Promise<Tensor | Tensor[]>;
    /** On a worker thread: zero grads, loss = lossFn(this(input), target), backward, step;
     * resolves with the loss. */
    trainStepAsync(lossFn: Module, optimizer: optim.Optimizer, input: Tensor, target: Tensor): Promise<number>;
    /** The parameters, sharing the module's memory. */
    parameters(): Tensor[];
    loadStateDict(path: string, strict?: boolean): this;
    loadStateDictAsync(path: string, strict?: boolean): Promise<void>;
    save(path: string): void;
    train(on?: boolean): this;
    eval(): this;
    zeroGrad(): void;
    namedParameters(): [string, Tensor][];
    stateDict(): Record<string, Tensor>;
    toString(): string;
    dispose(): void;
    /** Appends a child to a Sequential or ModuleList (named "0", "1", ...). */
    append(child: Module): this;
    /** Registers child under name; returns child. */
    addChild<M extends Module>(name: string, child: M): M;
    /** The direct children as [name, Module] pairs. */
    children(): [string, Module][];
    /** Registers t (shared) as parameter name (dotted names reach children); returns t. */
    setParameter(name: string, t: Tensor, requiresGrad?: boolean): Tensor;
    setBuffer(name: string, t: Tensor): Tensor;
    /** setParameter / setBuffer / addChild, and this[name] = value. */
    registerParameter(name: string, t: Tensor, requiresGrad?: boolean): Tensor;
    registerBuffer(name: string, t: Tensor): Tensor;
    registerModule<M extends Module>(name: string, child: M): M;
  }
  /** An engine Sequential over the modules (children "0", "1", ...). */
  function Sequential(...modules: Module[]): Module;
}

export declare namespace optim {
  /** An engine optimizer by PyTorch class name, with PyTorch's option names ({lr, momentum}). */
  class Optimizer {
    private constructor();
    static create(type: string, params: Tensor[], options?: object | string): Optimizer;
    step(): void;
    zeroGrad(setToNone?: boolean): void;
    getOption(name: string, group?: number): number;
    setOption(name: string, value: number, group?: number): void;
    save(path: string): void;
    load(path: string): void;
    dispose(): void;
  }
  type Factory = (params: Tensor[] | nn.Module, options?: object | string) => Optimizer;
  const SGD: Factory;
  const Adam: Factory;
  const AdamW: Factory;
  const RMSprop: Factory;
  const Adagrad: Factory;
  const Adadelta: Factory;

  /** Learning-rate schedulers by PyTorch's names, with PyTorch's option names. */
  namespace lr_scheduler {
    /** An engine scheduler over an optimizer (the factories below make them). */
    class LRScheduler {
      private constructor();
      /** create('StepLR', optimizer, {step_size: 10}): any scheduler by its PyTorch name. */
      static create(type: string, optimizer: Optimizer, options?: object | string): LRScheduler;
      readonly type: string;
      readonly optimizer: Optimizer;
      /** Advances one epoch; ReduceLROnPlateau takes the epoch's metric. */
      step(metric?: number): void;
      /** The lrs the last step set, one per parameter group. */
      getLastLr(): number[];
      dispose(): void;
    }
    const StepLR: (optimizer: Optimizer, options: { step_size: number; gamma?: number }) => LRScheduler;
    const MultiStepLR: (optimizer: Optimizer, options: { milestones: number[]; gamma?: number }) => LRScheduler;
    const ExponentialLR: (optimizer: Optimizer, options: { gamma: number }) => LRScheduler;
    const CosineAnnealingLR: (optimizer: Optimizer, options: { T_max: number; eta_min?: number }) => LRScheduler;
    const LinearLR: (optimizer: Optimizer,
      options?: { start_factor?: number; end_factor?: number; total_iters?: number }) => LRScheduler;
    const OneCycleLR: (optimizer: Optimizer, options: {
      max_lr: number; total_steps?: number; epochs?: number; steps_per_epoch?: number;
      pct_start?: number; anneal_strategy?: 'cos' | 'linear'; cycle_momentum?: boolean;
      base_momentum?: number; max_momentum?: number; div_factor?: number;
      final_div_factor?: number; three_phase?: boolean;
    }) => LRScheduler;
    const ReduceLROnPlateau: (optimizer: Optimizer, options?: {
      mode?: 'min' | 'max'; factor?: number; patience?: number; threshold?: number;
      threshold_mode?: 'rel' | 'abs'; cooldown?: number; min_lr?: number; eps?: number;
    }) => LRScheduler;
    /** lr = initial lr * lrLambda(epoch); one function, or one per parameter group. Called
     * during step() on the JS thread; a throw makes step() throw (the JS error is `cause`). */
    const LambdaLR: (optimizer: Optimizer,
      lrLambda: ((epoch: number) => number) | ((epoch: number) => number)[]) => LRScheduler;
    /** schedulers[k] runs from milestones[k-1] on. */
    const SequentialLR: (optimizer: Optimizer, schedulers: LRScheduler[], milestones: number[]) => LRScheduler;
  }
  /** camelCase alias of lr_scheduler. */
  export import lrScheduler = lr_scheduler;
}

/** Datasets and the DataLoader (torch.utils.data's names; options in PyTorch's names). */
export declare namespace data {
  /** An engine dataset; examples are arrays of tensors (an image and its label, ...). */
  class Dataset {
    private constructor();
    readonly length: number;
    /** Example i's tensors. */
    get(i: number): Tensor[];
    /** The examples at indices, in that order. */
    subset(indices: number[]): Dataset;
    randomSplit(lengths: number[], seed: number): Dataset[];
    dispose(): void;
  }
  interface DataLoaderOptions {
    batch_size?: number;
    shuffle?: boolean;
    /** Seeds the loader's own shuffling generator (each epoch reproducible); else the CPU one. */
    seed?: number | null;
    drop_last?: boolean;
    /** Engine worker threads building batches ahead (0: on the calling thread). */
    num_workers?: number;
    prefetch_factor?: number;
  }
  /** Batches of a dataset (field k of every example stacked); one epoch per loop. */
  class DataLoader implements Iterable<Tensor[]>, AsyncIterable<Tensor[]> {
    constructor(dataset: Dataset, options?: DataLoaderOptions);
    readonly length: number;
    readonly dataset: Dataset;
    /** Whether an epoch has started and not reached its end. */
    readonly inEpoch: boolean;
    /** The next batch, or null at the end of the epoch (the call after starts the next). */
    next(): Tensor[] | null;
    /** next() with the batch built on a worker thread; one at a time per loader. */
    nextAsync(): Promise<Tensor[] | null>;
    /** Abandons the rest of the epoch. */
    reset(): void;
    dispose(): void;
    [Symbol.iterator](): Iterator<Tensor[]>;
    [Symbol.asyncIterator](): AsyncIterator<Tensor[]>;
  }
  /** Example i is row i of every tensor. */
  function TensorDataset(...tensors: Tensor[]): Dataset;
  /** uint8 (28, 28) images and int64 labels; root defaults to Debian's files, train to true. */
  function FashionMNIST(options?: { root?: string; train?: boolean }): Dataset;
  /** The MNIST layout (train-/t10k-{images-idx3,labels-idx1}-ubyte[.gz]) under root. */
  function MNIST(options: { root: string; train?: boolean }): Dataset;
  function IdxDataset(imagesPath: string, labelsPath: string): Dataset;
  function CsvDataset(path: string, options: { label_column: string; label_dtype?: 'int64' | 'float32'; delimiter?: string }): Dataset;
  type Transform =
    | { type: 'to_float' }
    | { type: 'resize'; height: number; width: number }
    | { type: 'normalize'; mean: number[]; std: number[] }
    | { type: 'random_crop'; height: number; width: number; padding?: number }
    | { type: 'random_horizontal_flip'; p?: number };
  /** PNG images under root/<class>/, with transforms applied in order. */
  function ImageFolder(root: string, options?: { transforms?: Transform[] }): Dataset;
  /** The file-backed datasets with their files read on a worker thread. */
  function FashionMNISTAsync(options?: { root?: string; train?: boolean }): Promise<Dataset>;
  function MNISTAsync(options: { root: string; train?: boolean }): Promise<Dataset>;
  function IdxDatasetAsync(imagesPath: string, labelsPath: string): Promise<Dataset>;
  function CsvDatasetAsync(path: string, options: { label_column: string; label_dtype?: 'int64' | 'float32'; delimiter?: string }): Promise<Dataset>;
  function ImageFolderAsync(root: string, options?: { transforms?: Transform[] }): Promise<Dataset>;
  function Subset(dataset: Dataset, indices: number[]): Dataset;
  function randomSplit(dataset: Dataset, lengths: number[], options?: { seed?: number }): Dataset[];
}

type NestedArray = number | boolean | NestedArray[];
export declare function tensor(
  data: NestedArray | Float32Array | Float64Array | Int32Array | Int16Array | Int8Array
    | Uint8Array | BigInt64Array,
  options?: TensorOptions): Tensor;
export declare function fromTypedArray(array: ArrayBufferView, shape?: number[], dtype?: DType): Tensor;
export declare function empty(shape: number[], options?: FactoryOptions): Tensor;
export declare function zeros(shape: number[], options?: FactoryOptions): Tensor;
export declare function ones(shape: number[], options?: FactoryOptions): Tensor;
export declare function full(shape: number[], value: number | boolean, options?: FactoryOptions): Tensor;
export declare function arange(end: number, options?: FactoryOptions): Tensor;
export declare function arange(start: number, end: number, step?: number, options?: FactoryOptions): Tensor;
export declare function linspace(start: number, end: number, steps: number, options?: FactoryOptions): Tensor;
export declare function eye(n: number, m?: number, options?: FactoryOptions): Tensor;
export declare function eye(n: number, options?: FactoryOptions): Tensor;
export declare function rand(shape: number[], options?: FactoryOptions): Tensor;
export declare function randn(shape: number[], options?: FactoryOptions): Tensor;
export declare function randint(low: number, high: number, shape: number[], options?: FactoryOptions): Tensor;
export declare function manualSeed(seed: number): void;
export declare function setNumThreads(n: number): void;
export declare function getNumThreads(): number;
/** Sets grad mode on the JS thread; returns the previous state. */
export declare function setGradEnabled(enabled: boolean): boolean;
export declare function isGradEnabled(): boolean;
export declare function cudaIsAvailable(): boolean;
/** Runs a synchronous fn with gradient recording off. */
export declare function noGrad<T>(fn: () => T): T;
/** Runs a synchronous fn, disposing every tensor made inside except those it returns (a Tensor,
 * or Tensors in a returned array or plain object). */
export declare function tidy<T>(fn: () => T): T;
/** Writes named tensors to a safetensors file (metadata defaults to {format: 'pt'}). */
export declare function save(tensors: Record<string, Tensor>, path: string,
                             metadata?: Record<string, string>): void;
/** Reads every tensor of a safetensors file; the file's metadata is the result's `metadata`. */
export declare function load(path: string): Record<string, Tensor> & { readonly metadata: Record<string, string> };
export interface SaveCheckpointOptions {
  /** Its state (moments, steps, lrs) goes into the same file. */
  optimizer?: optim.Optimizer | null;
  /** String entries for the file's metadata ("format" defaults to "pt"; "ignis.*" is reserved). */
  metadata?: Record<string, string>;
}
export interface LoadCheckpointOptions {
  /** Restored from the file too (strict: the file must hold its state). */
  optimizer?: optim.Optimizer | null;
  /** Default true: missing or unexpected module keys are an error; false reports them. */
  strict?: boolean;
}
export interface CheckpointInfo {
  missingKeys: string[];
  unexpectedKeys: string[];
  optimizerLoaded: boolean;
  /** The file's metadata (the caller's entries and "format"). */
  metadata: Record<string, string>;
}
/** Writes module's state dict (and the optimizer's state) to one safetensors file, atomically. */
export declare function saveCheckpoint(path: string, module: nn.Module, options?: SaveCheckpointOptions): void;
/** Restores a checkpoint (or any safetensors state dict) into module (and optimizer), all or nothing. */
export declare function loadCheckpoint(path: string, module: nn.Module, options?: LoadCheckpointOptions): CheckpointInfo;
/** saveCheckpoint on a libuv thread; do not use the module or optimizer until it settles. */
export declare function saveCheckpointAsync(path: string, module: nn.Module, options?: SaveCheckpointOptions): Promise<void>;
/** loadCheckpoint on a libuv thread; do not use the module or optimizer until it settles. */
export declare function loadCheckpointAsync(path: string, module: nn.Module, options?: LoadCheckpointOptions): Promise<CheckpointInfo>;
/** Runs any op on a libuv thread: the overload is picked and the arguments checked at once (a
 * bad argument throws), the work settles the Promise. The tensor arguments are retained until
 * it settles; in-place ops are refused. */
export declare function runAsync(op: string, ...args: unknown[]): Promise<Tensor | Tensor[]>;
/** The ops that also have an `<op>Async` function (matmulAsync, conv2dAsync, ...). */
export declare const asyncOps: readonly string[];
export declare const version: string;
export declare const apiVersion: number;

/** The ESM default export: the whole module object. */
declare const ignis: typeof import('./index');
export default ignis;
