# generated from codegen/ops.yaml by codegen/gen.py - do not edit

# Type stubs of ignis._C. This head is hand-written (bindings/python/ignis/_C_head.pyi.in);
# codegen/gen_python.py appends one declaration per schema op to class Tensor and the module.
import builtins
from typing import Any, Callable, Iterator, List, Optional, Sequence, Tuple, Union, overload

import numpy

_Scalar = Union[builtins.bool, builtins.int, builtins.float]
_IntList = Union[builtins.int, Sequence[builtins.int]]
_Device = Union[str, "device"]
_Index = Union[None, builtins.int, slice, "ellipsis", "Tensor", Sequence[Any]]

class dtype:
    @property
    def is_floating_point(self) -> builtins.bool: ...
    @property
    def is_signed(self) -> builtins.bool: ...
    @property
    def itemsize(self) -> builtins.int: ...
    @property
    def name(self) -> str: ...

class device:
    type: str
    index: Optional[builtins.int]
    def __init__(self, spec: Union[str, "device"], index: Optional[builtins.int] = ...) -> None: ...

class Size(Tuple[builtins.int, ...]):
    def numel(self) -> builtins.int: ...

bool: dtype
uint8: dtype
int8: dtype
int16: dtype
int32: dtype
int64: dtype
float16: dtype
bfloat16: dtype
float32: dtype
float64: dtype

class IgnisError(RuntimeError): ...
class InvalidArgumentError(IgnisError, ValueError): ...
class ShapeError(IgnisError): ...
class DTypeError(IgnisError, TypeError): ...
class DeviceError(IgnisError): ...
class OutOfMemoryError(IgnisError, MemoryError): ...
class IOError(IgnisError, OSError): ...
class UnsupportedError(IgnisError, NotImplementedError): ...
class InternalError(IgnisError): ...
class IndexError(IgnisError, LookupError): ...

__version__: str
api_version: builtins.int

def manual_seed(seed: builtins.int) -> None: ...
def set_num_threads(n: builtins.int) -> None: ...
def get_num_threads() -> builtins.int: ...
def cuda_is_available() -> builtins.bool: ...
def cuda_device_count() -> builtins.int: ...
def set_default_dtype(dtype: dtype) -> None: ...
def is_grad_enabled() -> builtins.bool: ...
def from_numpy(ndarray: numpy.ndarray) -> Tensor: ...
def from_dlpack(ext_tensor: Any) -> Tensor: ...

class Tensor:
    def __init__(self, other: Tensor) -> None: ...  # the same tensor (how nn.Parameter wraps one)
    # ---- geometry and metadata
    @property
    def shape(self) -> Size: ...
    @property
    def ndim(self) -> builtins.int: ...
    @property
    def dtype(self) -> dtype: ...
    @property
    def device(self) -> device: ...
    @property
    def T(self) -> Tensor: ...
    @property
    def mT(self) -> Tensor: ...
    def size(self, dim: Optional[builtins.int] = ...) -> Any: ...
    def stride(self, dim: Optional[builtins.int] = ...) -> Any: ...
    def dim(self) -> builtins.int: ...
    def numel(self) -> builtins.int: ...
    def nelement(self) -> builtins.int: ...
    def is_contiguous(self) -> builtins.bool: ...
    def is_floating_point(self) -> builtins.bool: ...
    def element_size(self) -> builtins.int: ...
    def data_ptr(self) -> builtins.int: ...
    def item(self) -> Union[builtins.bool, builtins.int, builtins.float]: ...
    def tolist(self) -> Any: ...
    def numpy(self) -> numpy.ndarray: ...
    def __array__(self, dtype: Any = ...) -> numpy.ndarray: ...
    def __dlpack__(self, stream: Any = ...) -> Any: ...
    def __dlpack_device__(self) -> Tuple[builtins.int, builtins.int]: ...
    def __len__(self) -> builtins.int: ...
    def __iter__(self) -> Iterator[Tensor]: ...
    def __bool__(self) -> builtins.bool: ...
    def __float__(self) -> builtins.float: ...
    def __int__(self) -> builtins.int: ...
    def __index__(self) -> builtins.int: ...
    def __getitem__(self, key: _Index) -> Tensor: ...
    def __setitem__(self, key: _Index, value: Union[Tensor, _Scalar]) -> None: ...
    # ---- conversion, copies and views
    def to(self, *args: Any, **kwargs: Any) -> Tensor: ...
    def type_as(self, other: Tensor) -> Tensor: ...
    def float(self) -> Tensor: ...
    def double(self) -> Tensor: ...
    def half(self) -> Tensor: ...
    def bfloat16(self) -> Tensor: ...
    def long(self) -> Tensor: ...
    def int(self) -> Tensor: ...
    def short(self) -> Tensor: ...
    def char(self) -> Tensor: ...
    def byte(self) -> Tensor: ...
    def bool(self) -> Tensor: ...
    def cpu(self) -> Tensor: ...
    def contiguous(self) -> Tensor: ...
    def clone(self) -> Tensor: ...
    def detach(self) -> Tensor: ...
    def copy_(self, src: Tensor) -> Tensor: ...
    def fill_(self, value: _Scalar) -> Tensor: ...
    def isclose(self, other: Tensor, rtol: builtins.float = ..., atol: builtins.float = ..., equal_nan: builtins.bool = ...) -> Tensor: ...
    def allclose(self, other: Tensor, rtol: builtins.float = ..., atol: builtins.float = ..., equal_nan: builtins.bool = ...) -> builtins.bool: ...
    def equal(self, other: Tensor) -> builtins.bool: ...
    def new_zeros(self, size: _IntList, *, dtype: Optional[dtype] = ..., device: Optional[_Device] = ..., requires_grad: builtins.bool = ...) -> Tensor: ...
    def new_ones(self, size: _IntList, *, dtype: Optional[dtype] = ..., device: Optional[_Device] = ..., requires_grad: builtins.bool = ...) -> Tensor: ...
    def new_empty(self, size: _IntList, *, dtype: Optional[dtype] = ..., device: Optional[_Device] = ..., requires_grad: builtins.bool = ...) -> Tensor: ...
    def new_full(self, size: _IntList, fill_value: _Scalar, *, dtype: Optional[dtype] = ..., device: Optional[_Device] = ..., requires_grad: builtins.bool = ...) -> Tensor: ...
    def new_tensor(self, data: Any, *, dtype: Optional[dtype] = ..., device: Optional[_Device] = ..., requires_grad: builtins.bool = ...) -> Tensor: ...
    @property
    def data(self) -> Tensor: ...
    def zero_(self) -> Tensor: ...
    def view(self, *shape: Any) -> Tensor: ...
    def view_as(self, other: Tensor) -> Tensor: ...
    def reshape(self, *shape: Any) -> Tensor: ...
    def reshape_as(self, other: Tensor) -> Tensor: ...
    def expand(self, *sizes: Any) -> Tensor: ...
    def expand_as(self, other: Tensor) -> Tensor: ...
    def permute(self, *dims: Any) -> Tensor: ...
    def transpose(self, dim0: builtins.int, dim1: builtins.int) -> Tensor: ...
    def t(self) -> Tensor: ...
    def narrow(self, dim: builtins.int, start: builtins.int, length: builtins.int) -> Tensor: ...
    def select(self, dim: builtins.int, index: builtins.int) -> Tensor: ...
    def squeeze(self, dim: Optional[builtins.int] = ...) -> Tensor: ...
    def unsqueeze(self, dim: builtins.int) -> Tensor: ...
    def flatten(self, start_dim: builtins.int = ..., end_dim: builtins.int = ...) -> Tensor: ...
    # ---- autograd
    requires_grad: builtins.bool
    grad: Optional[Tensor]
    @property
    def is_leaf(self) -> builtins.bool: ...
    @property
    def grad_fn(self) -> Any: ...
    def requires_grad_(self, requires_grad: builtins.bool = ...) -> Tensor: ...
    def retain_grad(self) -> None: ...
    def backward(self, gradient: Optional[Tensor] = ..., retain_graph: Optional[builtins.bool] = ...,
                 create_graph: builtins.bool = ...) -> None: ...
    def register_hook(self, hook: Callable[[Tensor], Optional[Tensor]]) -> Any: ...
    # ---- Python operators
    def __add__(self, other: Any) -> Tensor: ...
    def __radd__(self, other: Any) -> Tensor: ...
    def __iadd__(self, other: Any) -> Tensor: ...
    def __sub__(self, other: Any) -> Tensor: ...
    def __rsub__(self, other: Any) -> Tensor: ...
    def __isub__(self, other: Any) -> Tensor: ...
    def __mul__(self, other: Any) -> Tensor: ...
    def __rmul__(self, other: Any) -> Tensor: ...
    def __imul__(self, other: Any) -> Tensor: ...
    def __truediv__(self, other: Any) -> Tensor: ...
    def __rtruediv__(self, other: Any) -> Tensor: ...
    def __itruediv__(self, other: Any) -> Tensor: ...
    def __floordiv__(self, other: Any) -> Tensor: ...
    def __rfloordiv__(self, other: Any) -> Tensor: ...
    def __ifloordiv__(self, other: Any) -> Tensor: ...
    def __mod__(self, other: Any) -> Tensor: ...
    def __rmod__(self, other: Any) -> Tensor: ...
    def __imod__(self, other: Any) -> Tensor: ...
    def __pow__(self, other: Any) -> Tensor: ...
    def __rpow__(self, other: Any) -> Tensor: ...
    def __ipow__(self, other: Any) -> Tensor: ...
    def __matmul__(self, other: Tensor) -> Tensor: ...
    def __rmatmul__(self, other: Tensor) -> Tensor: ...
    def __and__(self, other: Any) -> Tensor: ...
    def __rand__(self, other: Any) -> Tensor: ...
    def __iand__(self, other: Any) -> Tensor: ...
    def __or__(self, other: Any) -> Tensor: ...
    def __ror__(self, other: Any) -> Tensor: ...
    def __ior__(self, other: Any) -> Tensor: ...
    def __xor__(self, other: Any) -> Tensor: ...
    def __rxor__(self, other: Any) -> Tensor: ...
    def __ixor__(self, other: Any) -> Tensor: ...
    def __neg__(self) -> Tensor: ...
    def __pos__(self) -> Tensor: ...
    def __abs__(self) -> Tensor: ...
    def __invert__(self) -> Tensor: ...
    def __eq__(self, other: Any) -> Tensor: ...  # type: ignore[override]
    def __ne__(self, other: Any) -> Tensor: ...  # type: ignore[override]
    def __lt__(self, other: Any) -> Tensor: ...
    def __le__(self, other: Any) -> Tensor: ...
    def __gt__(self, other: Any) -> Tensor: ...
    def __ge__(self, other: Any) -> Tensor: ...

    # ---- schema ops (generated)
    def neg(self) -> Tensor:
        """Negative of each element (-x)."""
    def abs(self) -> Tensor:
        """Absolute value of each element."""
    def sign(self) -> Tensor:
        """Sign of each element: -1, 0 or 1 (0 for NaN)."""
    def exp(self) -> Tensor:
        """e raised to each element; integer inputs give the default float dtype."""
    def exp2(self) -> Tensor:
        """2 raised to each element."""
    def expm1(self) -> Tensor:
        """exp(x) - 1, accurate near zero."""
    def log(self) -> Tensor:
        """Natural logarithm of each element."""
    def log2(self) -> Tensor:
        """Base-2 logarithm of each element."""
    def log10(self) -> Tensor:
        """Base-10 logarithm of each element."""
    def log1p(self) -> Tensor:
        """log(1 + x), accurate near zero."""
    def sqrt(self) -> Tensor:
        """Square root of each element."""
    def rsqrt(self) -> Tensor:
        """Reciprocal square root 1 / sqrt(x)."""
    def reciprocal(self) -> Tensor:
        """Reciprocal 1 / x."""
    def sin(self) -> Tensor:
        """Sine of each element (radians)."""
    def cos(self) -> Tensor:
        """Cosine of each element (radians)."""
    def tan(self) -> Tensor:
        """Tangent of each element (radians)."""
    def asin(self) -> Tensor:
        """Arcsine of each element."""
    def acos(self) -> Tensor:
        """Arccosine of each element."""
    def atan(self) -> Tensor:
        """Arctangent of each element."""
    def sinh(self) -> Tensor:
        """Hyperbolic sine of each element."""
    def cosh(self) -> Tensor:
        """Hyperbolic cosine of each element."""
    def tanh(self) -> Tensor:
        """Hyperbolic tangent of each element."""
    def sigmoid(self) -> Tensor:
        """Logistic sigmoid 1 / (1 + exp(-x))."""
    def relu(self) -> Tensor:
        """Rectified linear unit max(x, 0)."""
    def erf(self) -> Tensor:
        """Gauss error function of each element."""
    def erfinv(self) -> Tensor:
        """Inverse of the error function on (-1, 1)."""
    def floor(self) -> Tensor:
        """Largest integer not above each element (integers unchanged)."""
    def ceil(self) -> Tensor:
        """Smallest integer not below each element (integers unchanged)."""
    @overload
    def round(self) -> Tensor:
        """Nearest integer to each element, ties to even (integers unchanged)."""
    @overload
    def round(self, *, decimals: builtins.int) -> Tensor:
        """Rounds to the given number of decimals (negative: to tens, hundreds...), ties to even."""
    def trunc(self) -> Tensor:
        """Each element rounded toward zero (integers unchanged)."""
    def frac(self) -> Tensor:
        """Fractional part x - trunc(x)."""
    def isnan(self) -> Tensor:
        """True where the element is NaN."""
    def isinf(self) -> Tensor:
        """True where the element is +inf or -inf."""
    def isfinite(self) -> Tensor:
        """True where the element is neither NaN nor infinite."""
    def nan_to_num(self, nan: Optional[builtins.float] = ..., posinf: Optional[builtins.float] = ..., neginf: Optional[builtins.float] = ...) -> Tensor:
        """Replaces NaN with nan (default 0) and infinities with posinf/neginf (default the dtype's largest/lowest finite value)."""
    def logical_not(self) -> Tensor:
        """True where the element is zero (bool result)."""
    def bitwise_not(self) -> Tensor:
        """Bitwise NOT of integer elements (logical NOT for bool)."""
    @overload
    def add(self, other: Tensor, *, alpha: _Scalar = ...) -> Tensor:
        """self + alpha * other, broadcasting, with PyTorch type promotion."""
    @overload
    def add(self, other: _Scalar, alpha: _Scalar = ...) -> Tensor:
        """self + alpha * other for a Scalar other."""
    @overload
    def sub(self, other: Tensor, *, alpha: _Scalar = ...) -> Tensor:
        """self - alpha * other, broadcasting (not for bool tensors)."""
    @overload
    def sub(self, other: _Scalar, alpha: _Scalar = ...) -> Tensor:
        """self - alpha * other for a Scalar other."""
    @overload
    def mul(self, other: Tensor) -> Tensor:
        """Elementwise product, broadcasting."""
    @overload
    def mul(self, other: _Scalar) -> Tensor:
        """Each element times a Scalar."""
    @overload
    def div(self, other: Tensor) -> Tensor:
        """True division; integer inputs give the default float dtype."""
    @overload
    def div(self, other: _Scalar) -> Tensor:
        """True division by a Scalar."""
    @overload
    def div(self, other: Tensor, *, rounding_mode: Optional[str]) -> Tensor:
        """Division rounded by rounding_mode: None (true division), "trunc" or "floor"."""
    @overload
    def div(self, other: _Scalar, *, rounding_mode: Optional[str]) -> Tensor:
        """Division by a Scalar rounded by rounding_mode: None, "trunc" or "floor"."""
    @overload
    def floor_divide(self, other: Tensor) -> Tensor:
        """Division rounded toward negative infinity (Python //)."""
    @overload
    def floor_divide(self, other: _Scalar) -> Tensor:
        """Floor division by a Scalar."""
    @overload
    def remainder(self, other: Tensor) -> Tensor:
        """Python-style modulus: the result has the sign of the divisor."""
    @overload
    def remainder(self, other: _Scalar) -> Tensor:
        """Python-style modulus by a Scalar."""
    @overload
    def fmod(self, other: Tensor) -> Tensor:
        """C-style modulus: the result has the sign of the dividend."""
    @overload
    def fmod(self, other: _Scalar) -> Tensor:
        """C-style modulus by a Scalar."""
    @overload
    def pow(self, exponent: Tensor) -> Tensor:
        """self raised to exponent elementwise."""
    @overload
    def pow(self, exponent: _Scalar) -> Tensor:
        """Each element raised to a Scalar exponent."""
    def atan2(self, other: Tensor) -> Tensor:
        """Arctangent of self / other in the right quadrant; integers give the default float dtype."""
    def maximum(self, other: Tensor) -> Tensor:
        """Elementwise maximum; NaN if either is NaN."""
    def minimum(self, other: Tensor) -> Tensor:
        """Elementwise minimum; NaN if either is NaN."""
    @overload
    def eq(self, other: Tensor) -> Tensor:
        """self == other elementwise (bool result)."""
    @overload
    def eq(self, other: _Scalar) -> Tensor:
        """self == a Scalar elementwise (bool result)."""
    @overload
    def ne(self, other: Tensor) -> Tensor:
        """self != other elementwise (bool result)."""
    @overload
    def ne(self, other: _Scalar) -> Tensor:
        """self != a Scalar elementwise (bool result)."""
    @overload
    def lt(self, other: Tensor) -> Tensor:
        """self < other elementwise (bool result)."""
    @overload
    def lt(self, other: _Scalar) -> Tensor:
        """self < a Scalar elementwise (bool result)."""
    @overload
    def le(self, other: Tensor) -> Tensor:
        """self <= other elementwise (bool result)."""
    @overload
    def le(self, other: _Scalar) -> Tensor:
        """self <= a Scalar elementwise (bool result)."""
    @overload
    def gt(self, other: Tensor) -> Tensor:
        """self > other elementwise (bool result)."""
    @overload
    def gt(self, other: _Scalar) -> Tensor:
        """self > a Scalar elementwise (bool result)."""
    @overload
    def ge(self, other: Tensor) -> Tensor:
        """self >= other elementwise (bool result)."""
    @overload
    def ge(self, other: _Scalar) -> Tensor:
        """self >= a Scalar elementwise (bool result)."""
    def logical_and(self, other: Tensor) -> Tensor:
        """Elementwise AND of truth values (nonzero is true; bool result)."""
    def logical_or(self, other: Tensor) -> Tensor:
        """Elementwise OR of truth values (bool result)."""
    def logical_xor(self, other: Tensor) -> Tensor:
        """Elementwise XOR of truth values (bool result)."""
    @overload
    def bitwise_and(self, other: Tensor) -> Tensor:
        """Bitwise AND of integer or bool tensors."""
    @overload
    def bitwise_and(self, other: _Scalar) -> Tensor:
        """Bitwise AND with an integer or bool Scalar."""
    @overload
    def bitwise_or(self, other: Tensor) -> Tensor:
        """Bitwise OR of integer or bool tensors."""
    @overload
    def bitwise_or(self, other: _Scalar) -> Tensor:
        """Bitwise OR with an integer or bool Scalar."""
    @overload
    def bitwise_xor(self, other: Tensor) -> Tensor:
        """Bitwise XOR of integer or bool tensors."""
    @overload
    def bitwise_xor(self, other: _Scalar) -> Tensor:
        """Bitwise XOR with an integer or bool Scalar."""
    @overload
    def clamp(self, min: Optional[_Scalar] = ..., max: Optional[_Scalar] = ...) -> Tensor:
        """Each element limited to [min, max] (min > max gives max); NaN stays NaN."""
    @overload
    def clamp(self, min: Optional[Tensor] = ..., max: Optional[Tensor] = ...) -> Tensor:
        """Each element limited by broadcast min and max tensors (NaN bounds propagate)."""
    @overload
    def lerp(self, end: Tensor, weight: _Scalar) -> Tensor:
        """Linear interpolation self + weight * (end - self)."""
    @overload
    def lerp(self, end: Tensor, weight: Tensor) -> Tensor:
        """Linear interpolation with a broadcast weight tensor."""
    def addcmul(self, tensor1: Tensor, tensor2: Tensor, *, value: _Scalar = ...) -> Tensor:
        """self + value * tensor1 * tensor2."""
    def addcdiv(self, tensor1: Tensor, tensor2: Tensor, *, value: _Scalar = ...) -> Tensor:
        """self + value * tensor1 / tensor2 (integer tensor1 and tensor2 are an error)."""
    def sum(self, dim: Optional[_IntList] = ..., keepdim: builtins.bool = ..., *, dtype: Optional[dtype] = ...) -> Tensor:
        """Sum over dims (None or [] = all); integers and bool sum to int64 unless dtype is given."""
    def mean(self, dim: Optional[_IntList] = ..., keepdim: builtins.bool = ..., *, dtype: Optional[dtype] = ...) -> Tensor:
        """Arithmetic mean over dims (None or [] = all); nan for an empty reduction."""
    def prod(self, dim: Optional[_IntList] = ..., keepdim: builtins.bool = ..., *, dtype: Optional[dtype] = ...) -> Tensor:
        """Product over dims (None = all); integers and bool multiply to int64 unless dtype is given."""
    def var(self, dim: Optional[_IntList] = ..., *, correction: Optional[_Scalar] = ..., keepdim: builtins.bool = ...) -> Tensor:
        """Variance over dims with sum of squared deviations / max(0, N - correction) (None = 1)."""
    def std(self, dim: Optional[_IntList] = ..., *, correction: Optional[_Scalar] = ..., keepdim: builtins.bool = ...) -> Tensor:
        """Standard deviation over dims, the square root of var with the same correction (None = 1)."""
    @overload
    def max(self) -> Tensor:
        """Largest element (nan when any element is nan); errors on an empty tensor."""
    @overload
    def max(self, dim: builtins.int, keepdim: builtins.bool = ...) -> Tuple[Tensor, Tensor]:
        """Largest values along dim and the index of the first of each (nan propagates)."""
    @overload
    def min(self) -> Tensor:
        """Smallest element (nan when any element is nan); errors on an empty tensor."""
    @overload
    def min(self, dim: builtins.int, keepdim: builtins.bool = ...) -> Tuple[Tensor, Tensor]:
        """Smallest values along dim and the index of the first of each (nan propagates)."""
    def amax(self, dim: _IntList = ..., keepdim: builtins.bool = ...) -> Tensor:
        """Largest values over dims ([] = all), nan propagating; reduced dims must be non-empty."""
    def amin(self, dim: _IntList = ..., keepdim: builtins.bool = ...) -> Tensor:
        """Smallest values over dims ([] = all), nan propagating; reduced dims must be non-empty."""
    def argmax(self, dim: Optional[builtins.int] = ..., keepdim: builtins.bool = ...) -> Tensor:
        """Index of the first largest value along dim (None = of the flattened tensor; nan is largest)."""
    def argmin(self, dim: Optional[builtins.int] = ..., keepdim: builtins.bool = ...) -> Tensor:
        """Index of the first smallest value along dim (None = of the flattened tensor; nan is smallest)."""
    def logsumexp(self, dim: _IntList, keepdim: builtins.bool = ...) -> Tensor:
        """log(sum(exp(x))) over dims, computed stably; integers give the default float dtype."""
    def all(self, dim: Optional[_IntList] = ..., keepdim: builtins.bool = ...) -> Tensor:
        """True (bool) where every element over dims is nonzero; true for an empty reduction."""
    def any(self, dim: Optional[_IntList] = ..., keepdim: builtins.bool = ...) -> Tensor:
        """True (bool) where some element over dims is nonzero; false for an empty reduction."""
    @overload
    def norm(self, p: Optional[_Scalar] = ..., dim: Optional[_IntList] = ..., keepdim: builtins.bool = ..., *, dtype: Optional[dtype] = ...) -> Tensor:
        """Vector p-norm over dims (None = all); p may be inf, -inf or 0 (count of nonzeros)."""
    @overload
    def norm(self, p: str, dim: Optional[_IntList] = ..., keepdim: builtins.bool = ..., *, dtype: Optional[dtype] = ...) -> Tensor:
        """Frobenius norm for p = "fro" (the 2-norm over dims, None = all); "nuc" is not supported."""
    def count_nonzero(self, dim: Optional[_IntList] = ...) -> Tensor:
        """Number of nonzero elements over dims (None = all), as int64."""
    def cumsum(self, dim: builtins.int, *, dtype: Optional[dtype] = ...) -> Tensor:
        """Running sum along dim; integers and bool give int64 unless dtype is given."""
    def cumprod(self, dim: builtins.int, *, dtype: Optional[dtype] = ...) -> Tensor:
        """Running product along dim; integers and bool give int64 unless dtype is given."""
    def sort(self, dim: builtins.int = ..., descending: builtins.bool = ..., *, stable: builtins.bool = ...) -> Tuple[Tensor, Tensor]:
        """Values sorted along dim and their original indices; nan sorts last (first when descending)."""
    def argsort(self, dim: builtins.int = ..., descending: builtins.bool = ..., *, stable: builtins.bool = ...) -> Tensor:
        """Indices that sort self along dim (the indices of sort)."""
    def topk(self, k: builtins.int, dim: builtins.int = ..., largest: builtins.bool = ..., sorted: builtins.bool = ...) -> Tuple[Tensor, Tensor]:
        """The k largest (or smallest) values along dim and their indices; nan counts as largest."""
    def kthvalue(self, k: builtins.int, dim: builtins.int = ..., keepdim: builtins.bool = ...) -> Tuple[Tensor, Tensor]:
        """The k-th smallest value (1-based) along dim and its index; nan counts as largest."""
    @overload
    def median(self) -> Tensor:
        """Lower median of all elements (nan when any element is nan or the tensor is empty)."""
    @overload
    def median(self, dim: builtins.int, keepdim: builtins.bool = ...) -> Tuple[Tensor, Tensor]:
        """Lower median along dim and its index (nan and its index when the row holds a nan)."""
    @overload
    def split(self, split_size: builtins.int, dim: builtins.int = ...) -> Tuple[Tensor, ...]:
        """Views of self in pieces of split_size along dim (the last piece may be smaller)."""
    @overload
    def split(self, split_size: _IntList, dim: builtins.int = ...) -> Tuple[Tensor, ...]:
        """Views of self in pieces of the given sizes along dim (they must sum to its size)."""
    def split_with_sizes(self, split_sizes: _IntList, dim: builtins.int = ...) -> Tuple[Tensor, ...]:
        """Views of self in pieces of the given sizes along dim (they must sum to its size)."""
    def chunk(self, chunks: builtins.int, dim: builtins.int = ...) -> Tuple[Tensor, ...]:
        """Views of self in at most `chunks` pieces of equal size (ceil) along dim."""
    def unbind(self, dim: builtins.int = ...) -> Tuple[Tensor, ...]:
        """Views of every slice of self along dim, with that dimension removed."""
    def flip(self, dims: _IntList) -> Tensor:
        """Copy of self with the order of elements reversed along dims."""
    def roll(self, shifts: _IntList, dims: _IntList = ...) -> Tensor:
        """Copy of self rolled by shifts along dims (flattened and restored when dims is empty)."""
    def repeat(self, repeats: _IntList) -> Tensor:
        """Copy of self tiled repeats[i] times along each dimension (leading new dims allowed)."""
    def tile(self, dims: _IntList) -> Tensor:
        """Like repeat, but fewer dims than self.dim() are padded with leading 1s."""
    @overload
    def repeat_interleave(self, repeats: Tensor, dim: Optional[builtins.int] = ..., *, output_size: Optional[builtins.int] = ...) -> Tensor:
        """Repeats each element (or slice along dim) of self repeats[i] times (self is flattened when dim is None)."""
    @overload
    def repeat_interleave(self, repeats: builtins.int, dim: Optional[builtins.int] = ..., *, output_size: Optional[builtins.int] = ...) -> Tensor:
        """Repeats each element (or slice along dim) of self `repeats` times (self is flattened when dim is None)."""
    def tril(self, diagonal: builtins.int = ...) -> Tensor:
        """Lower triangle of the last two dims of self (elements above `diagonal` zeroed)."""
    def triu(self, diagonal: builtins.int = ...) -> Tensor:
        """Upper triangle of the last two dims of self (elements below `diagonal` zeroed)."""
    def index_select(self, dim: builtins.int, index: Tensor) -> Tensor:
        """The slices of self along dim at the positions in the 1-D index (int64 or int32)."""
    def gather(self, dim: builtins.int, index: Tensor, *, sparse_grad: builtins.bool = ...) -> Tensor:
        """out[i][j][k] = self[i][index[i][j][k]][k] for dim=1 (index int64, same rank as self)."""
    @overload
    def scatter(self, dim: builtins.int, index: Tensor, src: Tensor, *, reduce: Optional[str] = ...) -> Tensor:
        """Copy of self with self[i][index[i][j][k]][k] = src[i][j][k] for dim=1 (reduce "add" or "multiply" combines instead)."""
    @overload
    def scatter(self, dim: builtins.int, index: Tensor, value: _Scalar, *, reduce: Optional[str] = ...) -> Tensor:
        """Copy of self with value written at the positions index selects along dim (reduce "add" or "multiply" combines instead)."""
    def scatter_add(self, dim: builtins.int, index: Tensor, src: Tensor) -> Tensor:
        """Copy of self with src added at the positions index selects along dim (deterministic)."""
    def index_add(self, dim: builtins.int, index: Tensor, source: Tensor, *, alpha: _Scalar = ...) -> Tensor:
        """Copy of self with alpha * source[i] added to the slice index[i] along dim (deterministic)."""
    def index_put(self, indices: Sequence[Tensor], values: Tensor, accumulate: builtins.bool = ...) -> Tensor:
        """Copy of self with self[indices] = values (or +=, with accumulate); an undefined index tensor is a full slice."""
    @overload
    def masked_fill(self, mask: Tensor, value: _Scalar) -> Tensor:
        """Copy of self with value where the boolean mask (broadcast) is true."""
    @overload
    def masked_fill(self, mask: Tensor, value: Tensor) -> Tensor:
        """Copy of self with the 0-dim value where the boolean mask (broadcast) is true."""
    def masked_select(self, mask: Tensor) -> Tensor:
        """1-D tensor of the elements of self (broadcast with mask) where mask is true."""
    def masked_scatter(self, mask: Tensor, source: Tensor) -> Tensor:
        """Copy of self with the positions where mask is true filled from source in row-major order."""
    def nonzero(self) -> Tensor:
        """(n, self.dim()) int64 indices of the nonzero elements of self in row-major order."""
    def take(self, index: Tensor) -> Tensor:
        """Elements of self, treated as 1-D, at the int64 indices in index (result has index's shape)."""
    def matmul(self, other: Tensor) -> Tensor:
        """Matrix product with NumPy semantics: dot for 1-D x 1-D, matrix-vector, and batched products broadcasting the batch dims."""
    def mm(self, mat2: Tensor) -> Tensor:
        """Product of two 2-D matrices."""
    def bmm(self, mat2: Tensor) -> Tensor:
        """Batched product of two 3-D tensors with the same batch size (no broadcasting)."""
    def addmm(self, mat1: Tensor, mat2: Tensor, *, beta: _Scalar = ..., alpha: _Scalar = ...) -> Tensor:
        """beta * self + alpha * (mat1 @ mat2); self broadcasts to the product's shape."""
    def baddbmm(self, batch1: Tensor, batch2: Tensor, *, beta: _Scalar = ..., alpha: _Scalar = ...) -> Tensor:
        """beta * self + alpha * bmm(batch1, batch2); self broadcasts to the product's shape."""
    def mv(self, vec: Tensor) -> Tensor:
        """Product of a 2-D matrix and a 1-D vector."""
    def dot(self, tensor: Tensor) -> Tensor:
        """Inner product of two 1-D tensors of the same length (0-dim result)."""
    def outer(self, vec2: Tensor) -> Tensor:
        """Outer product of two 1-D tensors (n x m result)."""
    def softmax(self, dim: builtins.int, dtype: Optional[dtype] = ...) -> Tensor:
        """exp(x) / sum(exp(x)) along dim, computed with max subtraction; dtype casts the input first."""
    def log_softmax(self, dim: builtins.int, dtype: Optional[dtype] = ...) -> Tensor:
        """x - logsumexp(x) along dim (numerically stable); dtype casts the input first."""
    def neg_(self) -> Tensor: ...
    def abs_(self) -> Tensor: ...
    def sign_(self) -> Tensor: ...
    def exp_(self) -> Tensor: ...
    def exp2_(self) -> Tensor: ...
    def expm1_(self) -> Tensor: ...
    def log_(self) -> Tensor: ...
    def log2_(self) -> Tensor: ...
    def log10_(self) -> Tensor: ...
    def log1p_(self) -> Tensor: ...
    def sqrt_(self) -> Tensor: ...
    def rsqrt_(self) -> Tensor: ...
    def reciprocal_(self) -> Tensor: ...
    def sin_(self) -> Tensor: ...
    def cos_(self) -> Tensor: ...
    def tan_(self) -> Tensor: ...
    def asin_(self) -> Tensor: ...
    def acos_(self) -> Tensor: ...
    def atan_(self) -> Tensor: ...
    def sinh_(self) -> Tensor: ...
    def cosh_(self) -> Tensor: ...
    def tanh_(self) -> Tensor: ...
    def sigmoid_(self) -> Tensor: ...
    def relu_(self) -> Tensor: ...
    def relu6_(self) -> Tensor: ...
    def leaky_relu_(self, negative_slope: _Scalar = ...) -> Tensor: ...
    def elu_(self, alpha: _Scalar = ..., scale: _Scalar = ..., input_scale: _Scalar = ...) -> Tensor: ...
    def selu_(self) -> Tensor: ...
    def gelu_(self, *, approximate: str = ...) -> Tensor: ...
    def silu_(self) -> Tensor: ...
    def mish_(self) -> Tensor: ...
    def hardswish_(self) -> Tensor: ...
    def hardsigmoid_(self) -> Tensor: ...
    def erf_(self) -> Tensor: ...
    def erfinv_(self) -> Tensor: ...
    def floor_(self) -> Tensor: ...
    def ceil_(self) -> Tensor: ...
    @overload
    def round_(self) -> Tensor: ...
    @overload
    def round_(self, *, decimals: builtins.int) -> Tensor: ...
    def trunc_(self) -> Tensor: ...
    def frac_(self) -> Tensor: ...
    def nan_to_num_(self, nan: Optional[builtins.float] = ..., posinf: Optional[builtins.float] = ..., neginf: Optional[builtins.float] = ...) -> Tensor: ...
    def logical_not_(self) -> Tensor: ...
    def bitwise_not_(self) -> Tensor: ...
    @overload
    def add_(self, other: Tensor, *, alpha: _Scalar = ...) -> Tensor: ...
    @overload
    def add_(self, other: _Scalar, alpha: _Scalar = ...) -> Tensor: ...
    @overload
    def sub_(self, other: Tensor, *, alpha: _Scalar = ...) -> Tensor: ...
    @overload
    def sub_(self, other: _Scalar, alpha: _Scalar = ...) -> Tensor: ...
    @overload
    def mul_(self, other: Tensor) -> Tensor: ...
    @overload
    def mul_(self, other: _Scalar) -> Tensor: ...
    @overload
    def div_(self, other: Tensor) -> Tensor: ...
    @overload
    def div_(self, other: _Scalar) -> Tensor: ...
    @overload
    def div_(self, other: Tensor, *, rounding_mode: Optional[str]) -> Tensor: ...
    @overload
    def div_(self, other: _Scalar, *, rounding_mode: Optional[str]) -> Tensor: ...
    @overload
    def floor_divide_(self, other: Tensor) -> Tensor: ...
    @overload
    def floor_divide_(self, other: _Scalar) -> Tensor: ...
    @overload
    def remainder_(self, other: Tensor) -> Tensor: ...
    @overload
    def remainder_(self, other: _Scalar) -> Tensor: ...
    @overload
    def fmod_(self, other: Tensor) -> Tensor: ...
    @overload
    def fmod_(self, other: _Scalar) -> Tensor: ...
    @overload
    def pow_(self, exponent: Tensor) -> Tensor: ...
    @overload
    def pow_(self, exponent: _Scalar) -> Tensor: ...
    def atan2_(self, other: Tensor) -> Tensor: ...
    @overload
    def eq_(self, other: Tensor) -> Tensor: ...
    @overload
    def eq_(self, other: _Scalar) -> Tensor: ...
    @overload
    def ne_(self, other: Tensor) -> Tensor: ...
    @overload
    def ne_(self, other: _Scalar) -> Tensor: ...
    @overload
    def lt_(self, other: Tensor) -> Tensor: ...
    @overload
    def lt_(self, other: _Scalar) -> Tensor: ...
    @overload
    def le_(self, other: Tensor) -> Tensor: ...
    @overload
    def le_(self, other: _Scalar) -> Tensor: ...
    @overload
    def gt_(self, other: Tensor) -> Tensor: ...
    @overload
    def gt_(self, other: _Scalar) -> Tensor: ...
    @overload
    def ge_(self, other: Tensor) -> Tensor: ...
    @overload
    def ge_(self, other: _Scalar) -> Tensor: ...
    def logical_and_(self, other: Tensor) -> Tensor: ...
    def logical_or_(self, other: Tensor) -> Tensor: ...
    def logical_xor_(self, other: Tensor) -> Tensor: ...
    @overload
    def bitwise_and_(self, other: Tensor) -> Tensor: ...
    @overload
    def bitwise_and_(self, other: _Scalar) -> Tensor: ...
    @overload
    def bitwise_or_(self, other: Tensor) -> Tensor: ...
    @overload
    def bitwise_or_(self, other: _Scalar) -> Tensor: ...
    @overload
    def bitwise_xor_(self, other: Tensor) -> Tensor: ...
    @overload
    def bitwise_xor_(self, other: _Scalar) -> Tensor: ...
    @overload
    def clamp_(self, min: Optional[_Scalar] = ..., max: Optional[_Scalar] = ...) -> Tensor: ...
    @overload
    def clamp_(self, min: Optional[Tensor] = ..., max: Optional[Tensor] = ...) -> Tensor: ...
    @overload
    def lerp_(self, end: Tensor, weight: _Scalar) -> Tensor: ...
    @overload
    def lerp_(self, end: Tensor, weight: Tensor) -> Tensor: ...
    def addcmul_(self, tensor1: Tensor, tensor2: Tensor, *, value: _Scalar = ...) -> Tensor: ...
    def addcdiv_(self, tensor1: Tensor, tensor2: Tensor, *, value: _Scalar = ...) -> Tensor: ...
    def cumsum_(self, dim: builtins.int, *, dtype: Optional[dtype] = ...) -> Tensor: ...
    def cumprod_(self, dim: builtins.int, *, dtype: Optional[dtype] = ...) -> Tensor: ...
    def tril_(self, diagonal: builtins.int = ...) -> Tensor: ...
    def triu_(self, diagonal: builtins.int = ...) -> Tensor: ...
    @overload
    def scatter_(self, dim: builtins.int, index: Tensor, src: Tensor, *, reduce: Optional[str] = ...) -> Tensor: ...
    @overload
    def scatter_(self, dim: builtins.int, index: Tensor, value: _Scalar, *, reduce: Optional[str] = ...) -> Tensor: ...
    def scatter_add_(self, dim: builtins.int, index: Tensor, src: Tensor) -> Tensor: ...
    def index_add_(self, dim: builtins.int, index: Tensor, source: Tensor, *, alpha: _Scalar = ...) -> Tensor: ...
    def index_put_(self, indices: Sequence[Tensor], values: Tensor, accumulate: builtins.bool = ...) -> Tensor: ...
    @overload
    def masked_fill_(self, mask: Tensor, value: _Scalar) -> Tensor: ...
    @overload
    def masked_fill_(self, mask: Tensor, value: Tensor) -> Tensor: ...
    def masked_scatter_(self, mask: Tensor, source: Tensor) -> Tensor: ...
    def addmm_(self, mat1: Tensor, mat2: Tensor, *, beta: _Scalar = ..., alpha: _Scalar = ...) -> Tensor: ...
    def baddbmm_(self, batch1: Tensor, batch2: Tensor, *, beta: _Scalar = ..., alpha: _Scalar = ...) -> Tensor: ...

@overload
def neg(input: Tensor) -> Tensor:
    """Negative of each element (-x)."""
@overload
def neg(input: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def abs(input: Tensor) -> Tensor:
    """Absolute value of each element."""
@overload
def abs(input: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def sign(input: Tensor) -> Tensor:
    """Sign of each element: -1, 0 or 1 (0 for NaN)."""
@overload
def sign(input: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def exp(input: Tensor) -> Tensor:
    """e raised to each element; integer inputs give the default float dtype."""
@overload
def exp(input: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def exp2(input: Tensor) -> Tensor:
    """2 raised to each element."""
@overload
def exp2(input: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def expm1(input: Tensor) -> Tensor:
    """exp(x) - 1, accurate near zero."""
@overload
def expm1(input: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def log(input: Tensor) -> Tensor:
    """Natural logarithm of each element."""
@overload
def log(input: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def log2(input: Tensor) -> Tensor:
    """Base-2 logarithm of each element."""
@overload
def log2(input: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def log10(input: Tensor) -> Tensor:
    """Base-10 logarithm of each element."""
@overload
def log10(input: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def log1p(input: Tensor) -> Tensor:
    """log(1 + x), accurate near zero."""
@overload
def log1p(input: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def sqrt(input: Tensor) -> Tensor:
    """Square root of each element."""
@overload
def sqrt(input: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def rsqrt(input: Tensor) -> Tensor:
    """Reciprocal square root 1 / sqrt(x)."""
@overload
def rsqrt(input: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def reciprocal(input: Tensor) -> Tensor:
    """Reciprocal 1 / x."""
@overload
def reciprocal(input: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def sin(input: Tensor) -> Tensor:
    """Sine of each element (radians)."""
@overload
def sin(input: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def cos(input: Tensor) -> Tensor:
    """Cosine of each element (radians)."""
@overload
def cos(input: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def tan(input: Tensor) -> Tensor:
    """Tangent of each element (radians)."""
@overload
def tan(input: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def asin(input: Tensor) -> Tensor:
    """Arcsine of each element."""
@overload
def asin(input: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def acos(input: Tensor) -> Tensor:
    """Arccosine of each element."""
@overload
def acos(input: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def atan(input: Tensor) -> Tensor:
    """Arctangent of each element."""
@overload
def atan(input: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def sinh(input: Tensor) -> Tensor:
    """Hyperbolic sine of each element."""
@overload
def sinh(input: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def cosh(input: Tensor) -> Tensor:
    """Hyperbolic cosine of each element."""
@overload
def cosh(input: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def tanh(input: Tensor) -> Tensor:
    """Hyperbolic tangent of each element."""
@overload
def tanh(input: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def sigmoid(input: Tensor) -> Tensor:
    """Logistic sigmoid 1 / (1 + exp(-x))."""
@overload
def sigmoid(input: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def logsigmoid(input: Tensor) -> Tensor:
    """log(sigmoid(x)), computed without overflow."""
@overload
def logsigmoid(input: Tensor, *, out: Tensor) -> Tensor: ...
def relu(input: Tensor) -> Tensor:
    """Rectified linear unit max(x, 0)."""
def relu6(input: Tensor) -> Tensor:
    """min(max(x, 0), 6)."""
@overload
def leaky_relu(input: Tensor, negative_slope: _Scalar = ...) -> Tensor:
    """x where x > 0, else negative_slope * x."""
@overload
def leaky_relu(input: Tensor, negative_slope: _Scalar = ..., *, out: Tensor) -> Tensor: ...
@overload
def elu(input: Tensor, alpha: _Scalar = ..., scale: _Scalar = ..., input_scale: _Scalar = ...) -> Tensor:
    """scale * x where x > 0, else scale * alpha * (exp(input_scale * x) - 1)."""
@overload
def elu(input: Tensor, alpha: _Scalar = ..., scale: _Scalar = ..., input_scale: _Scalar = ..., *, out: Tensor) -> Tensor: ...
def selu(input: Tensor) -> Tensor:
    """Scaled ELU with the self-normalizing constants alpha = 1.6733, scale = 1.0507."""
@overload
def gelu(input: Tensor, *, approximate: str = ...) -> Tensor:
    """Gaussian error linear unit x * Phi(x); approximate "tanh" uses the tanh formula."""
@overload
def gelu(input: Tensor, *, approximate: str = ..., out: Tensor) -> Tensor: ...
@overload
def silu(input: Tensor) -> Tensor:
    """x * sigmoid(x) (swish)."""
@overload
def silu(input: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def mish(input: Tensor) -> Tensor:
    """x * tanh(softplus(x))."""
@overload
def mish(input: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def softplus(input: Tensor, beta: _Scalar = ..., threshold: _Scalar = ...) -> Tensor:
    """log(1 + exp(beta * x)) / beta, or x where beta * x > threshold."""
@overload
def softplus(input: Tensor, beta: _Scalar = ..., threshold: _Scalar = ..., *, out: Tensor) -> Tensor: ...
@overload
def hardswish(input: Tensor) -> Tensor:
    """x * relu6(x + 3) / 6."""
@overload
def hardswish(input: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def hardsigmoid(input: Tensor) -> Tensor:
    """relu6(x + 3) / 6."""
@overload
def hardsigmoid(input: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def erf(input: Tensor) -> Tensor:
    """Gauss error function of each element."""
@overload
def erf(input: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def erfinv(input: Tensor) -> Tensor:
    """Inverse of the error function on (-1, 1)."""
@overload
def erfinv(input: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def floor(input: Tensor) -> Tensor:
    """Largest integer not above each element (integers unchanged)."""
@overload
def floor(input: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def ceil(input: Tensor) -> Tensor:
    """Smallest integer not below each element (integers unchanged)."""
@overload
def ceil(input: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def round(input: Tensor) -> Tensor:
    """Nearest integer to each element, ties to even (integers unchanged)."""
@overload
def round(input: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def round(input: Tensor, *, decimals: builtins.int) -> Tensor:
    """Rounds to the given number of decimals (negative: to tens, hundreds...), ties to even."""
@overload
def round(input: Tensor, *, decimals: builtins.int, out: Tensor) -> Tensor: ...
@overload
def trunc(input: Tensor) -> Tensor:
    """Each element rounded toward zero (integers unchanged)."""
@overload
def trunc(input: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def frac(input: Tensor) -> Tensor:
    """Fractional part x - trunc(x)."""
@overload
def frac(input: Tensor, *, out: Tensor) -> Tensor: ...
def isnan(input: Tensor) -> Tensor:
    """True where the element is NaN."""
def isinf(input: Tensor) -> Tensor:
    """True where the element is +inf or -inf."""
def isfinite(input: Tensor) -> Tensor:
    """True where the element is neither NaN nor infinite."""
@overload
def nan_to_num(input: Tensor, nan: Optional[builtins.float] = ..., posinf: Optional[builtins.float] = ..., neginf: Optional[builtins.float] = ...) -> Tensor:
    """Replaces NaN with nan (default 0) and infinities with posinf/neginf (default the dtype's largest/lowest finite value)."""
@overload
def nan_to_num(input: Tensor, nan: Optional[builtins.float] = ..., posinf: Optional[builtins.float] = ..., neginf: Optional[builtins.float] = ..., *, out: Tensor) -> Tensor: ...
@overload
def logical_not(input: Tensor) -> Tensor:
    """True where the element is zero (bool result)."""
@overload
def logical_not(input: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def bitwise_not(input: Tensor) -> Tensor:
    """Bitwise NOT of integer elements (logical NOT for bool)."""
@overload
def bitwise_not(input: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def add(input: Tensor, other: Tensor, *, alpha: _Scalar = ...) -> Tensor:
    """self + alpha * other, broadcasting, with PyTorch type promotion."""
@overload
def add(input: Tensor, other: Tensor, *, alpha: _Scalar = ..., out: Tensor) -> Tensor: ...
@overload
def add(input: Tensor, other: _Scalar, alpha: _Scalar = ...) -> Tensor:
    """self + alpha * other for a Scalar other."""
@overload
def add(input: Tensor, other: _Scalar, alpha: _Scalar = ..., *, out: Tensor) -> Tensor: ...
@overload
def sub(input: Tensor, other: Tensor, *, alpha: _Scalar = ...) -> Tensor:
    """self - alpha * other, broadcasting (not for bool tensors)."""
@overload
def sub(input: Tensor, other: Tensor, *, alpha: _Scalar = ..., out: Tensor) -> Tensor: ...
@overload
def sub(input: Tensor, other: _Scalar, alpha: _Scalar = ...) -> Tensor:
    """self - alpha * other for a Scalar other."""
@overload
def sub(input: Tensor, other: _Scalar, alpha: _Scalar = ..., *, out: Tensor) -> Tensor: ...
@overload
def mul(input: Tensor, other: Tensor) -> Tensor:
    """Elementwise product, broadcasting."""
@overload
def mul(input: Tensor, other: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def mul(input: Tensor, other: _Scalar) -> Tensor:
    """Each element times a Scalar."""
@overload
def mul(input: Tensor, other: _Scalar, *, out: Tensor) -> Tensor: ...
@overload
def div(input: Tensor, other: Tensor) -> Tensor:
    """True division; integer inputs give the default float dtype."""
@overload
def div(input: Tensor, other: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def div(input: Tensor, other: _Scalar) -> Tensor:
    """True division by a Scalar."""
@overload
def div(input: Tensor, other: _Scalar, *, out: Tensor) -> Tensor: ...
@overload
def div(input: Tensor, other: Tensor, *, rounding_mode: Optional[str]) -> Tensor:
    """Division rounded by rounding_mode: None (true division), "trunc" or "floor"."""
@overload
def div(input: Tensor, other: Tensor, *, rounding_mode: Optional[str], out: Tensor) -> Tensor: ...
@overload
def div(input: Tensor, other: _Scalar, *, rounding_mode: Optional[str]) -> Tensor:
    """Division by a Scalar rounded by rounding_mode: None, "trunc" or "floor"."""
@overload
def div(input: Tensor, other: _Scalar, *, rounding_mode: Optional[str], out: Tensor) -> Tensor: ...
@overload
def floor_divide(input: Tensor, other: Tensor) -> Tensor:
    """Division rounded toward negative infinity (Python //)."""
@overload
def floor_divide(input: Tensor, other: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def floor_divide(input: Tensor, other: _Scalar) -> Tensor:
    """Floor division by a Scalar."""
@overload
def floor_divide(input: Tensor, other: _Scalar, *, out: Tensor) -> Tensor: ...
@overload
def remainder(input: Tensor, other: Tensor) -> Tensor:
    """Python-style modulus: the result has the sign of the divisor."""
@overload
def remainder(input: Tensor, other: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def remainder(input: Tensor, other: _Scalar) -> Tensor:
    """Python-style modulus by a Scalar."""
@overload
def remainder(input: Tensor, other: _Scalar, *, out: Tensor) -> Tensor: ...
@overload
def remainder(input: _Scalar, other: Tensor) -> Tensor:
    """Python-style modulus of a Scalar by each element."""
@overload
def remainder(input: _Scalar, other: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def fmod(input: Tensor, other: Tensor) -> Tensor:
    """C-style modulus: the result has the sign of the dividend."""
@overload
def fmod(input: Tensor, other: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def fmod(input: Tensor, other: _Scalar) -> Tensor:
    """C-style modulus by a Scalar."""
@overload
def fmod(input: Tensor, other: _Scalar, *, out: Tensor) -> Tensor: ...
@overload
def pow(input: Tensor, exponent: Tensor) -> Tensor:
    """self raised to exponent elementwise."""
@overload
def pow(input: Tensor, exponent: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def pow(input: Tensor, exponent: _Scalar) -> Tensor:
    """Each element raised to a Scalar exponent."""
@overload
def pow(input: Tensor, exponent: _Scalar, *, out: Tensor) -> Tensor: ...
@overload
def pow(input: _Scalar, exponent: Tensor) -> Tensor:
    """A Scalar raised to each element of exponent."""
@overload
def pow(input: _Scalar, exponent: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def atan2(input: Tensor, other: Tensor) -> Tensor:
    """Arctangent of self / other in the right quadrant; integers give the default float dtype."""
@overload
def atan2(input: Tensor, other: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def maximum(input: Tensor, other: Tensor) -> Tensor:
    """Elementwise maximum; NaN if either is NaN."""
@overload
def maximum(input: Tensor, other: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def minimum(input: Tensor, other: Tensor) -> Tensor:
    """Elementwise minimum; NaN if either is NaN."""
@overload
def minimum(input: Tensor, other: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def eq(input: Tensor, other: Tensor) -> Tensor:
    """self == other elementwise (bool result)."""
@overload
def eq(input: Tensor, other: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def eq(input: Tensor, other: _Scalar) -> Tensor:
    """self == a Scalar elementwise (bool result)."""
@overload
def eq(input: Tensor, other: _Scalar, *, out: Tensor) -> Tensor: ...
@overload
def ne(input: Tensor, other: Tensor) -> Tensor:
    """self != other elementwise (bool result)."""
@overload
def ne(input: Tensor, other: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def ne(input: Tensor, other: _Scalar) -> Tensor:
    """self != a Scalar elementwise (bool result)."""
@overload
def ne(input: Tensor, other: _Scalar, *, out: Tensor) -> Tensor: ...
@overload
def lt(input: Tensor, other: Tensor) -> Tensor:
    """self < other elementwise (bool result)."""
@overload
def lt(input: Tensor, other: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def lt(input: Tensor, other: _Scalar) -> Tensor:
    """self < a Scalar elementwise (bool result)."""
@overload
def lt(input: Tensor, other: _Scalar, *, out: Tensor) -> Tensor: ...
@overload
def le(input: Tensor, other: Tensor) -> Tensor:
    """self <= other elementwise (bool result)."""
@overload
def le(input: Tensor, other: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def le(input: Tensor, other: _Scalar) -> Tensor:
    """self <= a Scalar elementwise (bool result)."""
@overload
def le(input: Tensor, other: _Scalar, *, out: Tensor) -> Tensor: ...
@overload
def gt(input: Tensor, other: Tensor) -> Tensor:
    """self > other elementwise (bool result)."""
@overload
def gt(input: Tensor, other: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def gt(input: Tensor, other: _Scalar) -> Tensor:
    """self > a Scalar elementwise (bool result)."""
@overload
def gt(input: Tensor, other: _Scalar, *, out: Tensor) -> Tensor: ...
@overload
def ge(input: Tensor, other: Tensor) -> Tensor:
    """self >= other elementwise (bool result)."""
@overload
def ge(input: Tensor, other: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def ge(input: Tensor, other: _Scalar) -> Tensor:
    """self >= a Scalar elementwise (bool result)."""
@overload
def ge(input: Tensor, other: _Scalar, *, out: Tensor) -> Tensor: ...
@overload
def logical_and(input: Tensor, other: Tensor) -> Tensor:
    """Elementwise AND of truth values (nonzero is true; bool result)."""
@overload
def logical_and(input: Tensor, other: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def logical_or(input: Tensor, other: Tensor) -> Tensor:
    """Elementwise OR of truth values (bool result)."""
@overload
def logical_or(input: Tensor, other: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def logical_xor(input: Tensor, other: Tensor) -> Tensor:
    """Elementwise XOR of truth values (bool result)."""
@overload
def logical_xor(input: Tensor, other: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def bitwise_and(input: Tensor, other: Tensor) -> Tensor:
    """Bitwise AND of integer or bool tensors."""
@overload
def bitwise_and(input: Tensor, other: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def bitwise_and(input: Tensor, other: _Scalar) -> Tensor:
    """Bitwise AND with an integer or bool Scalar."""
@overload
def bitwise_and(input: Tensor, other: _Scalar, *, out: Tensor) -> Tensor: ...
@overload
def bitwise_or(input: Tensor, other: Tensor) -> Tensor:
    """Bitwise OR of integer or bool tensors."""
@overload
def bitwise_or(input: Tensor, other: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def bitwise_or(input: Tensor, other: _Scalar) -> Tensor:
    """Bitwise OR with an integer or bool Scalar."""
@overload
def bitwise_or(input: Tensor, other: _Scalar, *, out: Tensor) -> Tensor: ...
@overload
def bitwise_xor(input: Tensor, other: Tensor) -> Tensor:
    """Bitwise XOR of integer or bool tensors."""
@overload
def bitwise_xor(input: Tensor, other: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def bitwise_xor(input: Tensor, other: _Scalar) -> Tensor:
    """Bitwise XOR with an integer or bool Scalar."""
@overload
def bitwise_xor(input: Tensor, other: _Scalar, *, out: Tensor) -> Tensor: ...
@overload
def where(condition: Tensor, input: Tensor, other: Tensor) -> Tensor:
    """Elements of self where the bool condition holds, else of other (broadcasting all three)."""
@overload
def where(condition: Tensor, input: Tensor, other: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def where(condition: Tensor, input: _Scalar, other: Tensor) -> Tensor:
    """where with a Scalar self."""
@overload
def where(condition: Tensor, input: Tensor, other: _Scalar) -> Tensor:
    """where with a Scalar other."""
@overload
def where(condition: Tensor, input: _Scalar, other: _Scalar) -> Tensor:
    """where choosing between two Scalars."""
@overload
def clamp(input: Tensor, min: Optional[_Scalar] = ..., max: Optional[_Scalar] = ...) -> Tensor:
    """Each element limited to [min, max] (min > max gives max); NaN stays NaN."""
@overload
def clamp(input: Tensor, min: Optional[_Scalar] = ..., max: Optional[_Scalar] = ..., *, out: Tensor) -> Tensor: ...
@overload
def clamp(input: Tensor, min: Optional[Tensor] = ..., max: Optional[Tensor] = ...) -> Tensor:
    """Each element limited by broadcast min and max tensors (NaN bounds propagate)."""
@overload
def clamp(input: Tensor, min: Optional[Tensor] = ..., max: Optional[Tensor] = ..., *, out: Tensor) -> Tensor: ...
@overload
def lerp(input: Tensor, end: Tensor, weight: _Scalar) -> Tensor:
    """Linear interpolation self + weight * (end - self)."""
@overload
def lerp(input: Tensor, end: Tensor, weight: _Scalar, *, out: Tensor) -> Tensor: ...
@overload
def lerp(input: Tensor, end: Tensor, weight: Tensor) -> Tensor:
    """Linear interpolation with a broadcast weight tensor."""
@overload
def lerp(input: Tensor, end: Tensor, weight: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def addcmul(input: Tensor, tensor1: Tensor, tensor2: Tensor, *, value: _Scalar = ...) -> Tensor:
    """self + value * tensor1 * tensor2."""
@overload
def addcmul(input: Tensor, tensor1: Tensor, tensor2: Tensor, *, value: _Scalar = ..., out: Tensor) -> Tensor: ...
@overload
def addcdiv(input: Tensor, tensor1: Tensor, tensor2: Tensor, *, value: _Scalar = ...) -> Tensor:
    """self + value * tensor1 / tensor2 (integer tensor1 and tensor2 are an error)."""
@overload
def addcdiv(input: Tensor, tensor1: Tensor, tensor2: Tensor, *, value: _Scalar = ..., out: Tensor) -> Tensor: ...
@overload
def sum(input: Tensor, dim: Optional[_IntList] = ..., keepdim: builtins.bool = ..., *, dtype: Optional[dtype] = ...) -> Tensor:
    """Sum over dims (None or [] = all); integers and bool sum to int64 unless dtype is given."""
@overload
def sum(input: Tensor, dim: Optional[_IntList] = ..., keepdim: builtins.bool = ..., *, dtype: Optional[dtype] = ..., out: Tensor) -> Tensor: ...
@overload
def mean(input: Tensor, dim: Optional[_IntList] = ..., keepdim: builtins.bool = ..., *, dtype: Optional[dtype] = ...) -> Tensor:
    """Arithmetic mean over dims (None or [] = all); nan for an empty reduction."""
@overload
def mean(input: Tensor, dim: Optional[_IntList] = ..., keepdim: builtins.bool = ..., *, dtype: Optional[dtype] = ..., out: Tensor) -> Tensor: ...
@overload
def prod(input: Tensor, dim: Optional[_IntList] = ..., keepdim: builtins.bool = ..., *, dtype: Optional[dtype] = ...) -> Tensor:
    """Product over dims (None = all); integers and bool multiply to int64 unless dtype is given."""
@overload
def prod(input: Tensor, dim: Optional[_IntList] = ..., keepdim: builtins.bool = ..., *, dtype: Optional[dtype] = ..., out: Tensor) -> Tensor: ...
@overload
def var(input: Tensor, dim: Optional[_IntList] = ..., *, correction: Optional[_Scalar] = ..., keepdim: builtins.bool = ...) -> Tensor:
    """Variance over dims with sum of squared deviations / max(0, N - correction) (None = 1)."""
@overload
def var(input: Tensor, dim: Optional[_IntList] = ..., *, correction: Optional[_Scalar] = ..., keepdim: builtins.bool = ..., out: Tensor) -> Tensor: ...
@overload
def std(input: Tensor, dim: Optional[_IntList] = ..., *, correction: Optional[_Scalar] = ..., keepdim: builtins.bool = ...) -> Tensor:
    """Standard deviation over dims, the square root of var with the same correction (None = 1)."""
@overload
def std(input: Tensor, dim: Optional[_IntList] = ..., *, correction: Optional[_Scalar] = ..., keepdim: builtins.bool = ..., out: Tensor) -> Tensor: ...
@overload
def max(input: Tensor) -> Tensor:
    """Largest element (nan when any element is nan); errors on an empty tensor."""
@overload
def max(input: Tensor, dim: builtins.int, keepdim: builtins.bool = ...) -> Tuple[Tensor, Tensor]:
    """Largest values along dim and the index of the first of each (nan propagates)."""
@overload
def min(input: Tensor) -> Tensor:
    """Smallest element (nan when any element is nan); errors on an empty tensor."""
@overload
def min(input: Tensor, dim: builtins.int, keepdim: builtins.bool = ...) -> Tuple[Tensor, Tensor]:
    """Smallest values along dim and the index of the first of each (nan propagates)."""
@overload
def amax(input: Tensor, dim: _IntList = ..., keepdim: builtins.bool = ...) -> Tensor:
    """Largest values over dims ([] = all), nan propagating; reduced dims must be non-empty."""
@overload
def amax(input: Tensor, dim: _IntList = ..., keepdim: builtins.bool = ..., *, out: Tensor) -> Tensor: ...
@overload
def amin(input: Tensor, dim: _IntList = ..., keepdim: builtins.bool = ...) -> Tensor:
    """Smallest values over dims ([] = all), nan propagating; reduced dims must be non-empty."""
@overload
def amin(input: Tensor, dim: _IntList = ..., keepdim: builtins.bool = ..., *, out: Tensor) -> Tensor: ...
@overload
def argmax(input: Tensor, dim: Optional[builtins.int] = ..., keepdim: builtins.bool = ...) -> Tensor:
    """Index of the first largest value along dim (None = of the flattened tensor; nan is largest)."""
@overload
def argmax(input: Tensor, dim: Optional[builtins.int] = ..., keepdim: builtins.bool = ..., *, out: Tensor) -> Tensor: ...
@overload
def argmin(input: Tensor, dim: Optional[builtins.int] = ..., keepdim: builtins.bool = ...) -> Tensor:
    """Index of the first smallest value along dim (None = of the flattened tensor; nan is smallest)."""
@overload
def argmin(input: Tensor, dim: Optional[builtins.int] = ..., keepdim: builtins.bool = ..., *, out: Tensor) -> Tensor: ...
@overload
def logsumexp(input: Tensor, dim: _IntList, keepdim: builtins.bool = ...) -> Tensor:
    """log(sum(exp(x))) over dims, computed stably; integers give the default float dtype."""
@overload
def logsumexp(input: Tensor, dim: _IntList, keepdim: builtins.bool = ..., *, out: Tensor) -> Tensor: ...
@overload
def all(input: Tensor, dim: Optional[_IntList] = ..., keepdim: builtins.bool = ...) -> Tensor:
    """True (bool) where every element over dims is nonzero; true for an empty reduction."""
@overload
def all(input: Tensor, dim: Optional[_IntList] = ..., keepdim: builtins.bool = ..., *, out: Tensor) -> Tensor: ...
@overload
def any(input: Tensor, dim: Optional[_IntList] = ..., keepdim: builtins.bool = ...) -> Tensor:
    """True (bool) where some element over dims is nonzero; false for an empty reduction."""
@overload
def any(input: Tensor, dim: Optional[_IntList] = ..., keepdim: builtins.bool = ..., *, out: Tensor) -> Tensor: ...
@overload
def norm(input: Tensor, p: Optional[_Scalar] = ..., dim: Optional[_IntList] = ..., keepdim: builtins.bool = ..., *, dtype: Optional[dtype] = ...) -> Tensor:
    """Vector p-norm over dims (None = all); p may be inf, -inf or 0 (count of nonzeros)."""
@overload
def norm(input: Tensor, p: Optional[_Scalar] = ..., dim: Optional[_IntList] = ..., keepdim: builtins.bool = ..., *, dtype: Optional[dtype] = ..., out: Tensor) -> Tensor: ...
@overload
def norm(input: Tensor, p: str, dim: Optional[_IntList] = ..., keepdim: builtins.bool = ..., *, dtype: Optional[dtype] = ...) -> Tensor:
    """Frobenius norm for p = "fro" (the 2-norm over dims, None = all); "nuc" is not supported."""
def count_nonzero(input: Tensor, dim: Optional[_IntList] = ...) -> Tensor:
    """Number of nonzero elements over dims (None = all), as int64."""
@overload
def cumsum(input: Tensor, dim: builtins.int, *, dtype: Optional[dtype] = ...) -> Tensor:
    """Running sum along dim; integers and bool give int64 unless dtype is given."""
@overload
def cumsum(input: Tensor, dim: builtins.int, *, dtype: Optional[dtype] = ..., out: Tensor) -> Tensor: ...
@overload
def cumprod(input: Tensor, dim: builtins.int, *, dtype: Optional[dtype] = ...) -> Tensor:
    """Running product along dim; integers and bool give int64 unless dtype is given."""
@overload
def cumprod(input: Tensor, dim: builtins.int, *, dtype: Optional[dtype] = ..., out: Tensor) -> Tensor: ...
def sort(input: Tensor, dim: builtins.int = ..., descending: builtins.bool = ..., *, stable: builtins.bool = ...) -> Tuple[Tensor, Tensor]:
    """Values sorted along dim and their original indices; nan sorts last (first when descending)."""
def argsort(input: Tensor, dim: builtins.int = ..., descending: builtins.bool = ..., *, stable: builtins.bool = ...) -> Tensor:
    """Indices that sort self along dim (the indices of sort)."""
def topk(input: Tensor, k: builtins.int, dim: builtins.int = ..., largest: builtins.bool = ..., sorted: builtins.bool = ...) -> Tuple[Tensor, Tensor]:
    """The k largest (or smallest) values along dim and their indices; nan counts as largest."""
def kthvalue(input: Tensor, k: builtins.int, dim: builtins.int = ..., keepdim: builtins.bool = ...) -> Tuple[Tensor, Tensor]:
    """The k-th smallest value (1-based) along dim and its index; nan counts as largest."""
@overload
def median(input: Tensor) -> Tensor:
    """Lower median of all elements (nan when any element is nan or the tensor is empty)."""
@overload
def median(input: Tensor, dim: builtins.int, keepdim: builtins.bool = ...) -> Tuple[Tensor, Tensor]:
    """Lower median along dim and its index (nan and its index when the row holds a nan)."""
def unique(input: Tensor, sorted: builtins.bool = ..., return_inverse: builtins.bool = ..., return_counts: builtins.bool = ...) -> Tuple[Tensor, Tensor, Tensor]:
    """Sorted distinct elements, the index of each input element in them, and their counts (inverse and counts are empty unless requested)."""
@overload
def cat(tensors: Sequence[Tensor], dim: builtins.int = ...) -> Tensor:
    """Concatenates tensors along dim (dtypes promoted; 1-D empty tensors are skipped)."""
@overload
def cat(tensors: Sequence[Tensor], dim: builtins.int = ..., *, out: Tensor) -> Tensor: ...
@overload
def stack(tensors: Sequence[Tensor], dim: builtins.int = ...) -> Tensor:
    """Joins equally shaped tensors along a new dimension dim."""
@overload
def stack(tensors: Sequence[Tensor], dim: builtins.int = ..., *, out: Tensor) -> Tensor: ...
@overload
def split(input: Tensor, split_size: builtins.int, dim: builtins.int = ...) -> Tuple[Tensor, ...]:
    """Views of self in pieces of split_size along dim (the last piece may be smaller)."""
@overload
def split(input: Tensor, split_size: _IntList, dim: builtins.int = ...) -> Tuple[Tensor, ...]:
    """Views of self in pieces of the given sizes along dim (they must sum to its size)."""
def split_with_sizes(input: Tensor, split_sizes: _IntList, dim: builtins.int = ...) -> Tuple[Tensor, ...]:
    """Views of self in pieces of the given sizes along dim (they must sum to its size)."""
def chunk(input: Tensor, chunks: builtins.int, dim: builtins.int = ...) -> Tuple[Tensor, ...]:
    """Views of self in at most `chunks` pieces of equal size (ceil) along dim."""
def unbind(input: Tensor, dim: builtins.int = ...) -> Tuple[Tensor, ...]:
    """Views of every slice of self along dim, with that dimension removed."""
def flip(input: Tensor, dims: _IntList) -> Tensor:
    """Copy of self with the order of elements reversed along dims."""
def roll(input: Tensor, shifts: _IntList, dims: _IntList = ...) -> Tensor:
    """Copy of self rolled by shifts along dims (flattened and restored when dims is empty)."""
def tile(input: Tensor, dims: _IntList) -> Tensor:
    """Like repeat, but fewer dims than self.dim() are padded with leading 1s."""
@overload
def repeat_interleave(repeats: Tensor, *, output_size: Optional[builtins.int] = ...) -> Tensor:
    """Indices 0..n-1, index i repeated repeats[i] times."""
@overload
def repeat_interleave(input: Tensor, repeats: Tensor, dim: Optional[builtins.int] = ..., *, output_size: Optional[builtins.int] = ...) -> Tensor:
    """Repeats each element (or slice along dim) of self repeats[i] times (self is flattened when dim is None)."""
@overload
def repeat_interleave(input: Tensor, repeats: builtins.int, dim: Optional[builtins.int] = ..., *, output_size: Optional[builtins.int] = ...) -> Tensor:
    """Repeats each element (or slice along dim) of self `repeats` times (self is flattened when dim is None)."""
@overload
def tril(input: Tensor, diagonal: builtins.int = ...) -> Tensor:
    """Lower triangle of the last two dims of self (elements above `diagonal` zeroed)."""
@overload
def tril(input: Tensor, diagonal: builtins.int = ..., *, out: Tensor) -> Tensor: ...
@overload
def triu(input: Tensor, diagonal: builtins.int = ...) -> Tensor:
    """Upper triangle of the last two dims of self (elements below `diagonal` zeroed)."""
@overload
def triu(input: Tensor, diagonal: builtins.int = ..., *, out: Tensor) -> Tensor: ...
def pad(input: Tensor, pad: _IntList, mode: str = ..., value: Optional[builtins.float] = ...) -> Tensor:
    """Pads the last len(pad)/2 dims (pairs from the last dim backwards) with a constant, reflection or replication."""
@overload
def index_select(input: Tensor, dim: builtins.int, index: Tensor) -> Tensor:
    """The slices of self along dim at the positions in the 1-D index (int64 or int32)."""
@overload
def index_select(input: Tensor, dim: builtins.int, index: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def gather(input: Tensor, dim: builtins.int, index: Tensor, *, sparse_grad: builtins.bool = ...) -> Tensor:
    """out[i][j][k] = self[i][index[i][j][k]][k] for dim=1 (index int64, same rank as self)."""
@overload
def gather(input: Tensor, dim: builtins.int, index: Tensor, *, sparse_grad: builtins.bool = ..., out: Tensor) -> Tensor: ...
@overload
def scatter(input: Tensor, dim: builtins.int, index: Tensor, src: Tensor, *, reduce: Optional[str] = ...) -> Tensor:
    """Copy of self with self[i][index[i][j][k]][k] = src[i][j][k] for dim=1 (reduce "add" or "multiply" combines instead)."""
@overload
def scatter(input: Tensor, dim: builtins.int, index: Tensor, src: Tensor, *, reduce: Optional[str] = ..., out: Tensor) -> Tensor: ...
@overload
def scatter(input: Tensor, dim: builtins.int, index: Tensor, value: _Scalar, *, reduce: Optional[str] = ...) -> Tensor:
    """Copy of self with value written at the positions index selects along dim (reduce "add" or "multiply" combines instead)."""
@overload
def scatter(input: Tensor, dim: builtins.int, index: Tensor, value: _Scalar, *, reduce: Optional[str] = ..., out: Tensor) -> Tensor: ...
@overload
def scatter_add(input: Tensor, dim: builtins.int, index: Tensor, src: Tensor) -> Tensor:
    """Copy of self with src added at the positions index selects along dim (deterministic)."""
@overload
def scatter_add(input: Tensor, dim: builtins.int, index: Tensor, src: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def index_add(input: Tensor, dim: builtins.int, index: Tensor, source: Tensor, *, alpha: _Scalar = ...) -> Tensor:
    """Copy of self with alpha * source[i] added to the slice index[i] along dim (deterministic)."""
@overload
def index_add(input: Tensor, dim: builtins.int, index: Tensor, source: Tensor, *, alpha: _Scalar = ..., out: Tensor) -> Tensor: ...
def index_put(input: Tensor, indices: Sequence[Tensor], values: Tensor, accumulate: builtins.bool = ...) -> Tensor:
    """Copy of self with self[indices] = values (or +=, with accumulate); an undefined index tensor is a full slice."""
@overload
def masked_fill(input: Tensor, mask: Tensor, value: _Scalar) -> Tensor:
    """Copy of self with value where the boolean mask (broadcast) is true."""
@overload
def masked_fill(input: Tensor, mask: Tensor, value: Tensor) -> Tensor:
    """Copy of self with the 0-dim value where the boolean mask (broadcast) is true."""
@overload
def masked_select(input: Tensor, mask: Tensor) -> Tensor:
    """1-D tensor of the elements of self (broadcast with mask) where mask is true."""
@overload
def masked_select(input: Tensor, mask: Tensor, *, out: Tensor) -> Tensor: ...
def masked_scatter(input: Tensor, mask: Tensor, source: Tensor) -> Tensor:
    """Copy of self with the positions where mask is true filled from source in row-major order."""
@overload
def nonzero(input: Tensor) -> Tensor:
    """(n, self.dim()) int64 indices of the nonzero elements of self in row-major order."""
@overload
def nonzero(input: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def take(input: Tensor, index: Tensor) -> Tensor:
    """Elements of self, treated as 1-D, at the int64 indices in index (result has index's shape)."""
@overload
def take(input: Tensor, index: Tensor, *, out: Tensor) -> Tensor: ...
def one_hot(input: Tensor, num_classes: builtins.int = ...) -> Tensor:
    """int64 one-hot encoding of the class indices in self (num_classes=-1 uses max + 1)."""
@overload
def matmul(input: Tensor, other: Tensor) -> Tensor:
    """Matrix product with NumPy semantics: dot for 1-D x 1-D, matrix-vector, and batched products broadcasting the batch dims."""
@overload
def matmul(input: Tensor, other: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def mm(input: Tensor, mat2: Tensor) -> Tensor:
    """Product of two 2-D matrices."""
@overload
def mm(input: Tensor, mat2: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def bmm(input: Tensor, mat2: Tensor) -> Tensor:
    """Batched product of two 3-D tensors with the same batch size (no broadcasting)."""
@overload
def bmm(input: Tensor, mat2: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def addmm(input: Tensor, mat1: Tensor, mat2: Tensor, *, beta: _Scalar = ..., alpha: _Scalar = ...) -> Tensor:
    """beta * self + alpha * (mat1 @ mat2); self broadcasts to the product's shape."""
@overload
def addmm(input: Tensor, mat1: Tensor, mat2: Tensor, *, beta: _Scalar = ..., alpha: _Scalar = ..., out: Tensor) -> Tensor: ...
@overload
def baddbmm(input: Tensor, batch1: Tensor, batch2: Tensor, *, beta: _Scalar = ..., alpha: _Scalar = ...) -> Tensor:
    """beta * self + alpha * bmm(batch1, batch2); self broadcasts to the product's shape."""
@overload
def baddbmm(input: Tensor, batch1: Tensor, batch2: Tensor, *, beta: _Scalar = ..., alpha: _Scalar = ..., out: Tensor) -> Tensor: ...
@overload
def mv(input: Tensor, vec: Tensor) -> Tensor:
    """Product of a 2-D matrix and a 1-D vector."""
@overload
def mv(input: Tensor, vec: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def dot(input: Tensor, tensor: Tensor) -> Tensor:
    """Inner product of two 1-D tensors of the same length (0-dim result)."""
@overload
def dot(input: Tensor, tensor: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def outer(input: Tensor, vec2: Tensor) -> Tensor:
    """Outer product of two 1-D tensors (n x m result)."""
@overload
def outer(input: Tensor, vec2: Tensor, *, out: Tensor) -> Tensor: ...
def einsum(equation: str, tensors: Sequence[Tensor]) -> Tensor:
    """Einstein summation over the operands' labelled dims ('ij,jk->ik'), with ellipsis, repeated labels (traces, diagonals) and implicit output."""
@overload
def tensordot(input: Tensor, other: Tensor, dims_self: _IntList, dims_other: _IntList) -> Tensor:
    """Sums the products over dims_self of self paired with dims_other of other; result dims are self's free dims then other's."""
@overload
def tensordot(input: Tensor, other: Tensor, dims_self: _IntList, dims_other: _IntList, *, out: Tensor) -> Tensor: ...
@overload
def tensordot(input: Tensor, other: Tensor, dims: builtins.int = ...) -> Tensor:
    """tensordot over the last `dims` dims of self and the first `dims` dims of other."""
@overload
def linalg_norm(input: Tensor, ord: Optional[_Scalar] = ..., dim: Optional[_IntList] = ..., keepdim: builtins.bool = ..., *, dtype: Optional[dtype] = ...) -> Tensor:
    """Vector norm (dim of one dim, or None on any input with ord None) or matrix norm (two dims or a 2-D input with ord given): ord 2, -2, 1, -1, inf, -inf, or p for vectors."""
@overload
def linalg_norm(input: Tensor, ord: Optional[_Scalar] = ..., dim: Optional[_IntList] = ..., keepdim: builtins.bool = ..., *, dtype: Optional[dtype] = ..., out: Tensor) -> Tensor: ...
@overload
def linalg_norm(input: Tensor, ord: str, dim: Optional[_IntList] = ..., keepdim: builtins.bool = ..., *, dtype: Optional[dtype] = ...) -> Tensor:
    """Matrix norm "fro" (Frobenius) or "nuc" (nuclear, the sum of singular values) over two dims (default the last two)."""
@overload
def linalg_norm(input: Tensor, ord: str, dim: Optional[_IntList] = ..., keepdim: builtins.bool = ..., *, dtype: Optional[dtype] = ..., out: Tensor) -> Tensor: ...
@overload
def linalg_solve(A: Tensor, B: Tensor, *, left: builtins.bool = ...) -> Tensor:
    """Solution X of A X = B (left) or X A = B for square, non-singular A (batched; B may be a vector)."""
@overload
def linalg_solve(A: Tensor, B: Tensor, *, left: builtins.bool = ..., out: Tensor) -> Tensor: ...
@overload
def linalg_inv(A: Tensor) -> Tensor:
    """Inverse of a square non-singular matrix (batched)."""
@overload
def linalg_inv(A: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def linalg_det(A: Tensor) -> Tensor:
    """Determinant of a square matrix (batched), from its LU factorization."""
@overload
def linalg_det(A: Tensor, *, out: Tensor) -> Tensor: ...
@overload
def linalg_cholesky(A: Tensor, *, upper: builtins.bool = ...) -> Tensor:
    """Cholesky factor L (A = L L^T) of a symmetric positive-definite matrix, or U = L^T when upper."""
@overload
def linalg_cholesky(A: Tensor, *, upper: builtins.bool = ..., out: Tensor) -> Tensor: ...
def linalg_qr(A: Tensor, mode: str = ...) -> Tuple[Tensor, Tensor]:
    """QR decomposition A = Q R; mode "reduced" (Q m x k) or "complete" (Q m x m), k = min(m, n)."""
def linalg_svd(A: Tensor, full_matrices: builtins.bool = ...) -> Tuple[Tensor, Tensor, Tensor]:
    """Singular value decomposition A = U diag(S) Vh, S descending; full_matrices gives square U and Vh."""
@overload
def softmax(input: Tensor, dim: builtins.int, dtype: Optional[dtype] = ...) -> Tensor:
    """exp(x) / sum(exp(x)) along dim, computed with max subtraction; dtype casts the input first."""
@overload
def softmax(input: Tensor, dim: builtins.int, dtype: Optional[dtype] = ..., *, out: Tensor) -> Tensor: ...
@overload
def log_softmax(input: Tensor, dim: builtins.int, dtype: Optional[dtype] = ...) -> Tensor:
    """x - logsumexp(x) along dim (numerically stable); dtype casts the input first."""
@overload
def log_softmax(input: Tensor, dim: builtins.int, dtype: Optional[dtype] = ..., *, out: Tensor) -> Tensor: ...
def dropout(input: Tensor, p: builtins.float, train: builtins.bool) -> Tensor:
    """Zeroes each element with probability p and scales the rest by 1/(1-p) when train; identity otherwise."""
def alpha_dropout(input: Tensor, p: builtins.float, train: builtins.bool) -> Tensor:
    """Dropout for SELU networks that keeps mean and variance (dropped elements set to the SELU negative saturation)."""
def linear(input: Tensor, weight: Tensor, bias: Optional[Tensor] = ...) -> Tensor:
    """input @ weight^T + bias over the last dim of input."""
def bilinear(input1: Tensor, input2: Tensor, weight: Tensor, bias: Optional[Tensor] = ...) -> Tensor:
    """y[..., k] = input1 @ weight[k] @ input2^T + bias[k]."""
def embedding(weight: Tensor, indices: Tensor, padding_idx: builtins.int = ...) -> Tensor:
    """Rows of weight picked by the integer indices; the padding_idx row gets no gradient."""
def embedding_bag(weight: Tensor, indices: Tensor, offsets: Optional[Tensor] = ..., mode: str = ..., per_sample_weights: Optional[Tensor] = ..., include_last_offset: builtins.bool = ..., padding_idx: Optional[builtins.int] = ...) -> Tensor:
    """Sum, mean or max of the embedding rows of each bag (2-D indices, or 1-D indices split at offsets)."""
def batch_norm(input: Tensor, running_mean: Optional[Tensor], running_var: Optional[Tensor], weight: Optional[Tensor] = ..., bias: Optional[Tensor] = ..., training: builtins.bool = ..., momentum: builtins.float = ..., eps: builtins.float = ...) -> Tensor:
    """Normalizes over all dims but dim 1 (batch statistics when training, updating the running ones in place; else the running ones)."""
def layer_norm(input: Tensor, normalized_shape: _IntList, weight: Optional[Tensor] = ..., bias: Optional[Tensor] = ..., eps: builtins.float = ...) -> Tensor:
    """Normalizes over the trailing normalized_shape dims, then scales by weight and shifts by bias."""
def group_norm(input: Tensor, num_groups: builtins.int, weight: Optional[Tensor] = ..., bias: Optional[Tensor] = ..., eps: builtins.float = ...) -> Tensor:
    """Normalizes each group of channels (dim 1 split into num_groups) per sample, then per-channel affine."""
def rms_norm(input: Tensor, normalized_shape: _IntList, weight: Optional[Tensor] = ..., eps: Optional[builtins.float] = ...) -> Tensor:
    """x / sqrt(mean(x^2) + eps) over the trailing normalized_shape dims, times weight (eps None = the dtype's epsilon)."""
def instance_norm(input: Tensor, weight: Optional[Tensor] = ..., bias: Optional[Tensor] = ..., running_mean: Optional[Tensor] = ..., running_var: Optional[Tensor] = ..., use_input_stats: builtins.bool = ..., momentum: builtins.float = ..., eps: builtins.float = ...) -> Tensor:
    """Normalizes each (sample, channel) over the spatial dims, then per-channel affine."""
def cosine_similarity(x1: Tensor, x2: Tensor, dim: builtins.int = ..., eps: builtins.float = ...) -> Tensor:
    """sum(x1 * x2) / max(|x1| * |x2|, eps) along dim, broadcasting."""
def pairwise_distance(x1: Tensor, x2: Tensor, p: builtins.float = ..., eps: builtins.float = ..., keepdim: builtins.bool = ...) -> Tensor:
    """p-norm of x1 - x2 + eps over the last dim, broadcasting."""
def scaled_dot_product_attention(query: Tensor, key: Tensor, value: Tensor, attn_mask: Optional[Tensor] = ..., dropout_p: builtins.float = ..., is_causal: builtins.bool = ..., *, scale: Optional[builtins.float] = ...) -> Tensor:
    """softmax(query @ key^T * scale + mask) @ value; a bool mask keeps True, a float mask is added; is_causal masks the future."""
@overload
def conv1d(input: Tensor, weight: Tensor, bias: Optional[Tensor] = ..., stride: _IntList = ..., padding: _IntList = ..., dilation: _IntList = ..., groups: builtins.int = ...) -> Tensor:
    """1-D convolution of input (N, C, L) or (C, L) with weight (O, C/groups, K)."""
@overload
def conv1d(input: Tensor, weight: Tensor, bias: Optional[Tensor], stride: _IntList, padding: str, dilation: _IntList = ..., groups: builtins.int = ...) -> Tensor:
    """1-D convolution with padding "valid" (none) or "same" (output as long as input; stride 1)."""
@overload
def conv2d(input: Tensor, weight: Tensor, bias: Optional[Tensor] = ..., stride: _IntList = ..., padding: _IntList = ..., dilation: _IntList = ..., groups: builtins.int = ...) -> Tensor:
    """2-D convolution of input (N, C, H, W) or (C, H, W) with weight (O, C/groups, kH, kW)."""
@overload
def conv2d(input: Tensor, weight: Tensor, bias: Optional[Tensor], stride: _IntList, padding: str, dilation: _IntList = ..., groups: builtins.int = ...) -> Tensor:
    """2-D convolution with padding "valid" (none) or "same" (output as large as input; stride 1)."""
@overload
def conv3d(input: Tensor, weight: Tensor, bias: Optional[Tensor] = ..., stride: _IntList = ..., padding: _IntList = ..., dilation: _IntList = ..., groups: builtins.int = ...) -> Tensor:
    """3-D convolution of input (N, C, D, H, W) or (C, D, H, W) with weight (O, C/groups, kD, kH, kW)."""
@overload
def conv3d(input: Tensor, weight: Tensor, bias: Optional[Tensor], stride: _IntList, padding: str, dilation: _IntList = ..., groups: builtins.int = ...) -> Tensor:
    """3-D convolution with padding "valid" (none) or "same" (output as large as input; stride 1)."""
def conv_transpose1d(input: Tensor, weight: Tensor, bias: Optional[Tensor] = ..., stride: _IntList = ..., padding: _IntList = ..., output_padding: _IntList = ..., groups: builtins.int = ..., dilation: _IntList = ...) -> Tensor:
    """1-D transposed convolution (the gradient of conv1d) with weight (C, O/groups, K)."""
def conv_transpose2d(input: Tensor, weight: Tensor, bias: Optional[Tensor] = ..., stride: _IntList = ..., padding: _IntList = ..., output_padding: _IntList = ..., groups: builtins.int = ..., dilation: _IntList = ...) -> Tensor:
    """2-D transposed convolution (the gradient of conv2d) with weight (C, O/groups, kH, kW)."""
def max_pool1d(input: Tensor, kernel_size: _IntList, stride: _IntList = ..., padding: _IntList = ..., dilation: _IntList = ..., ceil_mode: builtins.bool = ...) -> Tensor:
    """Maximum over sliding windows of the last dim of (N, C, L) or (C, L); stride defaults to kernel_size."""
def max_pool2d(input: Tensor, kernel_size: _IntList, stride: _IntList = ..., padding: _IntList = ..., dilation: _IntList = ..., ceil_mode: builtins.bool = ...) -> Tensor:
    """Maximum over sliding windows of the last two dims of (N, C, H, W) or (C, H, W)."""
def max_pool2d_with_indices(input: Tensor, kernel_size: _IntList, stride: _IntList = ..., padding: _IntList = ..., dilation: _IntList = ..., ceil_mode: builtins.bool = ...) -> Tuple[Tensor, Tensor]:
    """max_pool2d and the flat index (h * W + w) of each maximum in its input plane."""
def avg_pool1d(input: Tensor, kernel_size: _IntList, stride: _IntList = ..., padding: _IntList = ..., ceil_mode: builtins.bool = ..., count_include_pad: builtins.bool = ...) -> Tensor:
    """Mean over sliding windows of the last dim of (N, C, L) or (C, L)."""
def avg_pool2d(input: Tensor, kernel_size: _IntList, stride: _IntList = ..., padding: _IntList = ..., ceil_mode: builtins.bool = ..., count_include_pad: builtins.bool = ..., divisor_override: Optional[builtins.int] = ...) -> Tensor:
    """Mean over sliding windows of the last two dims; divisor_override replaces the window size."""
def adaptive_avg_pool1d(input: Tensor, output_size: _IntList) -> Tensor:
    """Mean over output_size evenly spread windows of the last dim."""
def adaptive_avg_pool2d(input: Tensor, output_size: _IntList) -> Tensor:
    """Mean over an output_size grid of evenly spread windows of the last two dims."""
def adaptive_max_pool2d(input: Tensor, output_size: _IntList) -> Tuple[Tensor, Tensor]:
    """Maximum over an output_size grid of windows, and the flat index (h * W + w) of each maximum."""
def interpolate(input: Tensor, size: Optional[_IntList] = ..., scale_factor: Optional[builtins.float] = ..., mode: str = ..., align_corners: Optional[builtins.bool] = ...) -> Tensor:
    """Resizes the spatial dims to size (or scale_factor times): mode "nearest", "linear" (3-D input) or "bilinear" (4-D input)."""
def cross_entropy(input: Tensor, target: Tensor, weight: Optional[Tensor] = ..., ignore_index: builtins.int = ..., reduction: str = ..., label_smoothing: builtins.float = ...) -> Tensor:
    """Cross entropy of logits (classes in dim 1) against class indices or class probabilities, with class weights, ignore_index and label smoothing."""
def nll_loss(input: Tensor, target: Tensor, weight: Optional[Tensor] = ..., ignore_index: builtins.int = ..., reduction: str = ...) -> Tensor:
    """Negative log likelihood -weight[t] * input[n, t] of log-probabilities (classes in dim 1); mean divides by the summed weights."""
def mse_loss(input: Tensor, target: Tensor, reduction: str = ...) -> Tensor:
    """Squared error (input - target)^2, reduced by reduction ("none", "mean" or "sum")."""
def l1_loss(input: Tensor, target: Tensor, reduction: str = ...) -> Tensor:
    """Absolute error |input - target|, reduced by reduction."""
def smooth_l1_loss(input: Tensor, target: Tensor, reduction: str = ..., beta: builtins.float = ...) -> Tensor:
    """0.5 d^2 / beta where |d| < beta, else |d| - 0.5 beta (d = input - target), reduced."""
def huber_loss(input: Tensor, target: Tensor, reduction: str = ..., delta: builtins.float = ...) -> Tensor:
    """0.5 d^2 where |d| <= delta, else delta (|d| - 0.5 delta), reduced."""
def binary_cross_entropy(input: Tensor, target: Tensor, weight: Optional[Tensor] = ..., reduction: str = ...) -> Tensor:
    """-weight (t log(p) + (1 - t) log(1 - p)) of probabilities p, logs clamped at -100 like PyTorch."""
def binary_cross_entropy_with_logits(input: Tensor, target: Tensor, weight: Optional[Tensor] = ..., pos_weight: Optional[Tensor] = ..., reduction: str = ...) -> Tensor:
    """Binary cross entropy of sigmoid(input) computed stably from logits, with weight and pos_weight."""
def kl_div(input: Tensor, target: Tensor, reduction: str = ..., *, log_target: builtins.bool = ...) -> Tensor:
    """target (log(target) - input) pointwise (input is log-probabilities; log_target gives target as logs), reduced."""
