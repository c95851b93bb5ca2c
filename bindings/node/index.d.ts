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
export declare const version: string;
export declare const apiVersion: number;

/** The ESM default export: the whole module object. */
declare const ignis: typeof import('./index');
export default ignis;
