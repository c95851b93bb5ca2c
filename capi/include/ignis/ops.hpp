// generated from codegen/ops.yaml by codegen/gen.py - do not edit

// The op functions and Tensor methods of ignis.hpp, one per schema op; included twice by
// ignis.hpp (inside class Tensor with IGNIS_OPS_HPP_METHODS, then at namespace scope).
#ifdef IGNIS_OPS_HPP_METHODS
  // Negative of each element (-x).
  Tensor neg() const;
  // Absolute value of each element.
  Tensor abs() const;
  // Sign of each element: -1, 0 or 1 (0 for NaN).
  Tensor sign() const;
  // e raised to each element; integer inputs give the default float dtype.
  Tensor exp() const;
  // 2 raised to each element.
  Tensor exp2() const;
  // exp(x) - 1, accurate near zero.
  Tensor expm1() const;
  // Natural logarithm of each element.
  Tensor log() const;
  // Base-2 logarithm of each element.
  Tensor log2() const;
  // Base-10 logarithm of each element.
  Tensor log10() const;
  // log(1 + x), accurate near zero.
  Tensor log1p() const;
  // Square root of each element.
  Tensor sqrt() const;
  // Reciprocal square root 1 / sqrt(x).
  Tensor rsqrt() const;
  // Reciprocal 1 / x.
  Tensor reciprocal() const;
  // Sine of each element (radians).
  Tensor sin() const;
  // Cosine of each element (radians).
  Tensor cos() const;
  // Tangent of each element (radians).
  Tensor tan() const;
  // Arcsine of each element.
  Tensor asin() const;
  // Arccosine of each element.
  Tensor acos() const;
  // Arctangent of each element.
  Tensor atan() const;
  // Hyperbolic sine of each element.
  Tensor sinh() const;
  // Hyperbolic cosine of each element.
  Tensor cosh() const;
  // Hyperbolic tangent of each element.
  Tensor tanh() const;
  // Logistic sigmoid 1 / (1 + exp(-x)).
  Tensor sigmoid() const;
  // Rectified linear unit max(x, 0).
  Tensor relu() const;
  // Gauss error function of each element.
  Tensor erf() const;
  // Inverse of the error function on (-1, 1).
  Tensor erfinv() const;
  // Largest integer not above each element (integers unchanged).
  Tensor floor() const;
  // Smallest integer not below each element (integers unchanged).
  Tensor ceil() const;
  // Nearest integer to each element, ties to even (integers unchanged).
  Tensor round() const;
  // Rounds to the given number of decimals (negative: to tens, hundreds...), ties to even.
  Tensor round(int64_t decimals) const;
  // Each element rounded toward zero (integers unchanged).
  Tensor trunc() const;
  // Fractional part x - trunc(x).
  Tensor frac() const;
  // True where the element is NaN.
  Tensor isnan() const;
  // True where the element is +inf or -inf.
  Tensor isinf() const;
  // True where the element is neither NaN nor infinite.
  Tensor isfinite() const;
  // Replaces NaN with nan (default 0) and infinities with posinf/neginf (default the dtype's largest/lowest finite value).
  Tensor nan_to_num(std::optional<double> nan = std::nullopt, std::optional<double> posinf = std::nullopt, std::optional<double> neginf = std::nullopt) const;
  // True where the element is zero (bool result).
  Tensor logical_not() const;
  // Bitwise NOT of integer elements (logical NOT for bool).
  Tensor bitwise_not() const;
  // self + alpha * other, broadcasting, with PyTorch type promotion.
  Tensor add(const Tensor& other, Scalar alpha = 1) const;
  // self + alpha * other for a Scalar other.
  Tensor add(Scalar other, Scalar alpha = 1) const;
  // self - alpha * other, broadcasting (not for bool tensors).
  Tensor sub(const Tensor& other, Scalar alpha = 1) const;
  // self - alpha * other for a Scalar other.
  Tensor sub(Scalar other, Scalar alpha = 1) const;
  // Elementwise product, broadcasting.
  Tensor mul(const Tensor& other) const;
  // Each element times a Scalar.
  Tensor mul(Scalar other) const;
  // True division; integer inputs give the default float dtype.
  Tensor div(const Tensor& other) const;
  // True division by a Scalar.
  Tensor div(Scalar other) const;
  // Division rounded by rounding_mode: None (true division), "trunc" or "floor".
  Tensor div(const Tensor& other, const std::optional<std::string>& rounding_mode) const;
  // Division by a Scalar rounded by rounding_mode: None, "trunc" or "floor".
  Tensor div(Scalar other, const std::optional<std::string>& rounding_mode) const;
  // Division rounded toward negative infinity (Python //).
  Tensor floor_divide(const Tensor& other) const;
  // Floor division by a Scalar.
  Tensor floor_divide(Scalar other) const;
  // Python-style modulus: the result has the sign of the divisor.
  Tensor remainder(const Tensor& other) const;
  // Python-style modulus by a Scalar.
  Tensor remainder(Scalar other) const;
  // C-style modulus: the result has the sign of the dividend.
  Tensor fmod(const Tensor& other) const;
  // C-style modulus by a Scalar.
  Tensor fmod(Scalar other) const;
  // self raised to exponent elementwise.
  Tensor pow(const Tensor& exponent) const;
  // Each element raised to a Scalar exponent.
  Tensor pow(Scalar exponent) const;
  // Arctangent of self / other in the right quadrant; integers give the default float dtype.
  Tensor atan2(const Tensor& other) const;
  // Elementwise maximum; NaN if either is NaN.
  Tensor maximum(const Tensor& other) const;
  // Elementwise minimum; NaN if either is NaN.
  Tensor minimum(const Tensor& other) const;
  // self == other elementwise (bool result).
  Tensor eq(const Tensor& other) const;
  // self == a Scalar elementwise (bool result).
  Tensor eq(Scalar other) const;
  // self != other elementwise (bool result).
  Tensor ne(const Tensor& other) const;
  // self != a Scalar elementwise (bool result).
  Tensor ne(Scalar other) const;
  // self < other elementwise (bool result).
  Tensor lt(const Tensor& other) const;
  // self < a Scalar elementwise (bool result).
  Tensor lt(Scalar other) const;
  // self <= other elementwise (bool result).
  Tensor le(const Tensor& other) const;
  // self <= a Scalar elementwise (bool result).
  Tensor le(Scalar other) const;
  // self > other elementwise (bool result).
  Tensor gt(const Tensor& other) const;
  // self > a Scalar elementwise (bool result).
  Tensor gt(Scalar other) const;
  // self >= other elementwise (bool result).
  Tensor ge(const Tensor& other) const;
  // self >= a Scalar elementwise (bool result).
  Tensor ge(Scalar other) const;
  // Elementwise AND of truth values (nonzero is true; bool result).
  Tensor logical_and(const Tensor& other) const;
  // Elementwise OR of truth values (bool result).
  Tensor logical_or(const Tensor& other) const;
  // Elementwise XOR of truth values (bool result).
  Tensor logical_xor(const Tensor& other) const;
  // Bitwise AND of integer or bool tensors.
  Tensor bitwise_and(const Tensor& other) const;
  // Bitwise AND with an integer or bool Scalar.
  Tensor bitwise_and(Scalar other) const;
  // Bitwise OR of integer or bool tensors.
  Tensor bitwise_or(const Tensor& other) const;
  // Bitwise OR with an integer or bool Scalar.
  Tensor bitwise_or(Scalar other) const;
  // Bitwise XOR of integer or bool tensors.
  Tensor bitwise_xor(const Tensor& other) const;
  // Bitwise XOR with an integer or bool Scalar.
  Tensor bitwise_xor(Scalar other) const;
  // Each element limited to [min, max] (min > max gives max); NaN stays NaN.
  Tensor clamp(std::optional<Scalar> min = std::nullopt, std::optional<Scalar> max = std::nullopt) const;
  // Each element limited by broadcast min and max tensors (NaN bounds propagate).
  Tensor clamp(const Tensor& min = Tensor(), const Tensor& max = Tensor()) const;
  // Linear interpolation self + weight * (end - self).
  Tensor lerp(const Tensor& end, Scalar weight) const;
  // Linear interpolation with a broadcast weight tensor.
  Tensor lerp(const Tensor& end, const Tensor& weight) const;
  // self + value * tensor1 * tensor2.
  Tensor addcmul(const Tensor& tensor1, const Tensor& tensor2, Scalar value = 1) const;
  // self + value * tensor1 / tensor2 (integer tensor1 and tensor2 are an error).
  Tensor addcdiv(const Tensor& tensor1, const Tensor& tensor2, Scalar value = 1) const;
  // Sum over dims (None or [] = all); integers and bool sum to int64 unless dtype is given.
  Tensor sum(const std::optional<std::vector<int64_t>>& dim = std::nullopt, bool keepdim = false, std::optional<ignis_dtype> dtype = std::nullopt) const;
  // Arithmetic mean over dims (None or [] = all); nan for an empty reduction.
  Tensor mean(const std::optional<std::vector<int64_t>>& dim = std::nullopt, bool keepdim = false, std::optional<ignis_dtype> dtype = std::nullopt) const;
  // Product over dims (None = all); integers and bool multiply to int64 unless dtype is given.
  Tensor prod(const std::optional<std::vector<int64_t>>& dim = std::nullopt, bool keepdim = false, std::optional<ignis_dtype> dtype = std::nullopt) const;
  // Variance over dims with sum of squared deviations / max(0, N - correction) (None = 1).
  Tensor var(const std::optional<std::vector<int64_t>>& dim = std::nullopt, std::optional<Scalar> correction = std::nullopt, bool keepdim = false) const;
  // Standard deviation over dims, the square root of var with the same correction (None = 1).
  Tensor std(const std::optional<std::vector<int64_t>>& dim = std::nullopt, std::optional<Scalar> correction = std::nullopt, bool keepdim = false) const;
  // Largest element (nan when any element is nan); errors on an empty tensor.
  Tensor max() const;
  // Largest values along dim and the index of the first of each (nan propagates).
  std::tuple<Tensor, Tensor> max(int64_t dim, bool keepdim = false) const;
  // Smallest element (nan when any element is nan); errors on an empty tensor.
  Tensor min() const;
  // Smallest values along dim and the index of the first of each (nan propagates).
  std::tuple<Tensor, Tensor> min(int64_t dim, bool keepdim = false) const;
  // Largest values over dims ([] = all), nan propagating; reduced dims must be non-empty.
  Tensor amax(const std::vector<int64_t>& dim = std::vector<int64_t>{}, bool keepdim = false) const;
  // Smallest values over dims ([] = all), nan propagating; reduced dims must be non-empty.
  Tensor amin(const std::vector<int64_t>& dim = std::vector<int64_t>{}, bool keepdim = false) const;
  // Index of the first largest value along dim (None = of the flattened tensor; nan is largest).
  Tensor argmax(std::optional<int64_t> dim = std::nullopt, bool keepdim = false) const;
  // Index of the first smallest value along dim (None = of the flattened tensor; nan is smallest).
  Tensor argmin(std::optional<int64_t> dim = std::nullopt, bool keepdim = false) const;
  // log(sum(exp(x))) over dims, computed stably; integers give the default float dtype.
  Tensor logsumexp(const std::vector<int64_t>& dim, bool keepdim = false) const;
  // True (bool) where every element over dims is nonzero; true for an empty reduction.
  Tensor all(const std::optional<std::vector<int64_t>>& dim = std::nullopt, bool keepdim = false) const;
  // True (bool) where some element over dims is nonzero; false for an empty reduction.
  Tensor any(const std::optional<std::vector<int64_t>>& dim = std::nullopt, bool keepdim = false) const;
  // Vector p-norm over dims (None = all); p may be inf, -inf or 0 (count of nonzeros).
  Tensor norm(std::optional<Scalar> p = 2, const std::optional<std::vector<int64_t>>& dim = std::nullopt, bool keepdim = false, std::optional<ignis_dtype> dtype = std::nullopt) const;
  // Frobenius norm for p = "fro" (the 2-norm over dims, None = all); "nuc" is not supported.
  Tensor norm(const std::string& p, const std::optional<std::vector<int64_t>>& dim = std::nullopt, bool keepdim = false, std::optional<ignis_dtype> dtype = std::nullopt) const;
  // Number of nonzero elements over dims (None = all), as int64.
  Tensor count_nonzero(const std::optional<std::vector<int64_t>>& dim = std::nullopt) const;
  // Running sum along dim; integers and bool give int64 unless dtype is given.
  Tensor cumsum(int64_t dim, std::optional<ignis_dtype> dtype = std::nullopt) const;
  // Running product along dim; integers and bool give int64 unless dtype is given.
  Tensor cumprod(int64_t dim, std::optional<ignis_dtype> dtype = std::nullopt) const;
  // Values sorted along dim and their original indices; nan sorts last (first when descending).
  std::tuple<Tensor, Tensor> sort(int64_t dim = -1, bool descending = false, bool stable = false) const;
  // Indices that sort self along dim (the indices of sort).
  Tensor argsort(int64_t dim = -1, bool descending = false, bool stable = false) const;
  // The k largest (or smallest) values along dim and their indices; nan counts as largest.
  std::tuple<Tensor, Tensor> topk(int64_t k, int64_t dim = -1, bool largest = true, bool sorted = true) const;
  // The k-th smallest value (1-based) along dim and its index; nan counts as largest.
  std::tuple<Tensor, Tensor> kthvalue(int64_t k, int64_t dim = -1, bool keepdim = false) const;
  // Lower median of all elements (nan when any element is nan or the tensor is empty).
  Tensor median() const;
  // Lower median along dim and its index (nan and its index when the row holds a nan).
  std::tuple<Tensor, Tensor> median(int64_t dim, bool keepdim = false) const;
  // Views of self in pieces of split_size along dim (the last piece may be smaller).
  std::vector<Tensor> split(int64_t split_size, int64_t dim = 0) const;
  // Views of self in pieces of the given sizes along dim (they must sum to its size).
  std::vector<Tensor> split(const std::vector<int64_t>& split_size, int64_t dim = 0) const;
  // Views of self in pieces of the given sizes along dim (they must sum to its size).
  std::vector<Tensor> split_with_sizes(const std::vector<int64_t>& split_sizes, int64_t dim = 0) const;
  // Views of self in at most `chunks` pieces of equal size (ceil) along dim.
  std::vector<Tensor> chunk(int64_t chunks, int64_t dim = 0) const;
  // Views of every slice of self along dim, with that dimension removed.
  std::vector<Tensor> unbind(int64_t dim = 0) const;
  // Copy of self with the order of elements reversed along dims.
  Tensor flip(const std::vector<int64_t>& dims) const;
  // Copy of self rolled by shifts along dims (flattened and restored when dims is empty).
  Tensor roll(const std::vector<int64_t>& shifts, const std::vector<int64_t>& dims = std::vector<int64_t>{}) const;
  // Copy of self tiled repeats[i] times along each dimension (leading new dims allowed).
  Tensor repeat(const std::vector<int64_t>& repeats) const;
  // Like repeat, but fewer dims than self.dim() are padded with leading 1s.
  Tensor tile(const std::vector<int64_t>& dims) const;
  // Repeats each element (or slice along dim) of self repeats[i] times (self is flattened when dim is None).
  Tensor repeat_interleave(const Tensor& repeats, std::optional<int64_t> dim = std::nullopt, std::optional<int64_t> output_size = std::nullopt) const;
  // Repeats each element (or slice along dim) of self `repeats` times (self is flattened when dim is None).
  Tensor repeat_interleave(int64_t repeats, std::optional<int64_t> dim = std::nullopt, std::optional<int64_t> output_size = std::nullopt) const;
  // Lower triangle of the last two dims of self (elements above `diagonal` zeroed).
  Tensor tril(int64_t diagonal = 0) const;
  // Upper triangle of the last two dims of self (elements below `diagonal` zeroed).
  Tensor triu(int64_t diagonal = 0) const;
  // The slices of self along dim at the positions in the 1-D index (int64 or int32).
  Tensor index_select(int64_t dim, const Tensor& index) const;
  // out[i][j][k] = self[i][index[i][j][k]][k] for dim=1 (index int64, same rank as self).
  Tensor gather(int64_t dim, const Tensor& index, bool sparse_grad = false) const;
  // Copy of self with self[i][index[i][j][k]][k] = src[i][j][k] for dim=1 (reduce "add" or "multiply" combines instead).
  Tensor scatter(int64_t dim, const Tensor& index, const Tensor& src, const std::optional<std::string>& reduce = std::nullopt) const;
  // Copy of self with value written at the positions index selects along dim (reduce "add" or "multiply" combines instead).
  Tensor scatter(int64_t dim, const Tensor& index, Scalar value, const std::optional<std::string>& reduce = std::nullopt) const;
  // Copy of self with src added at the positions index selects along dim (deterministic).
  Tensor scatter_add(int64_t dim, const Tensor& index, const Tensor& src) const;
  // Copy of self with alpha * source[i] added to the slice index[i] along dim (deterministic).
  Tensor index_add(int64_t dim, const Tensor& index, const Tensor& source, Scalar alpha = 1) const;
  // Copy of self with self[indices] = values (or +=, with accumulate); an undefined index tensor is a full slice.
  Tensor index_put(const std::vector<Tensor>& indices, const Tensor& values, bool accumulate = false) const;
  // Copy of self with value where the boolean mask (broadcast) is true.
  Tensor masked_fill(const Tensor& mask, Scalar value) const;
  // Copy of self with the 0-dim value where the boolean mask (broadcast) is true.
  Tensor masked_fill(const Tensor& mask, const Tensor& value) const;
  // 1-D tensor of the elements of self (broadcast with mask) where mask is true.
  Tensor masked_select(const Tensor& mask) const;
  // Copy of self with the positions where mask is true filled from source in row-major order.
  Tensor masked_scatter(const Tensor& mask, const Tensor& source) const;
  // (n, self.dim()) int64 indices of the nonzero elements of self in row-major order.
  Tensor nonzero() const;
  // Elements of self, treated as 1-D, at the int64 indices in index (result has index's shape).
  Tensor take(const Tensor& index) const;
  // Matrix product with NumPy semantics: dot for 1-D x 1-D, matrix-vector, and batched products broadcasting the batch dims.
  Tensor matmul(const Tensor& other) const;
  // Product of two 2-D matrices.
  Tensor mm(const Tensor& mat2) const;
  // Batched product of two 3-D tensors with the same batch size (no broadcasting).
  Tensor bmm(const Tensor& mat2) const;
  // beta * self + alpha * (mat1 @ mat2); self broadcasts to the product's shape.
  Tensor addmm(const Tensor& mat1, const Tensor& mat2, Scalar beta = 1, Scalar alpha = 1) const;
  // beta * self + alpha * bmm(batch1, batch2); self broadcasts to the product's shape.
  Tensor baddbmm(const Tensor& batch1, const Tensor& batch2, Scalar beta = 1, Scalar alpha = 1) const;
  // Product of a 2-D matrix and a 1-D vector.
  Tensor mv(const Tensor& vec) const;
  // Inner product of two 1-D tensors of the same length (0-dim result).
  Tensor dot(const Tensor& tensor) const;
  // Outer product of two 1-D tensors (n x m result).
  Tensor outer(const Tensor& vec2) const;
  // exp(x) / sum(exp(x)) along dim, computed with max subtraction; dtype casts the input first.
  Tensor softmax(int64_t dim, std::optional<ignis_dtype> dtype = std::nullopt) const;
  // x - logsumexp(x) along dim (numerically stable); dtype casts the input first.
  Tensor log_softmax(int64_t dim, std::optional<ignis_dtype> dtype = std::nullopt) const;
#else
// Negative of each element (-x).
inline Tensor neg(const Tensor& self) {
  ignis_tensor* r = nullptr;
  check(ignis_neg(self.get(), &r));
  return Tensor::adopt(r);
}
// Absolute value of each element.
inline Tensor abs(const Tensor& self) {
  ignis_tensor* r = nullptr;
  check(ignis_abs(self.get(), &r));
  return Tensor::adopt(r);
}
// Sign of each element: -1, 0 or 1 (0 for NaN).
inline Tensor sign(const Tensor& self) {
  ignis_tensor* r = nullptr;
  check(ignis_sign(self.get(), &r));
  return Tensor::adopt(r);
}
// e raised to each element; integer inputs give the default float dtype.
inline Tensor exp(const Tensor& self) {
  ignis_tensor* r = nullptr;
  check(ignis_exp(self.get(), &r));
  return Tensor::adopt(r);
}
// 2 raised to each element.
inline Tensor exp2(const Tensor& self) {
  ignis_tensor* r = nullptr;
  check(ignis_exp2(self.get(), &r));
  return Tensor::adopt(r);
}
// exp(x) - 1, accurate near zero.
inline Tensor expm1(const Tensor& self) {
  ignis_tensor* r = nullptr;
  check(ignis_expm1(self.get(), &r));
  return Tensor::adopt(r);
}
// Natural logarithm of each element.
inline Tensor log(const Tensor& self) {
  ignis_tensor* r = nullptr;
  check(ignis_log(self.get(), &r));
  return Tensor::adopt(r);
}
// Base-2 logarithm of each element.
inline Tensor log2(const Tensor& self) {
  ignis_tensor* r = nullptr;
  check(ignis_log2(self.get(), &r));
  return Tensor::adopt(r);
}
// Base-10 logarithm of each element.
inline Tensor log10(const Tensor& self) {
  ignis_tensor* r = nullptr;
  check(ignis_log10(self.get(), &r));
  return Tensor::adopt(r);
}
// log(1 + x), accurate near zero.
inline Tensor log1p(const Tensor& self) {
  ignis_tensor* r = nullptr;
  check(ignis_log1p(self.get(), &r));
  return Tensor::adopt(r);
}
// Square root of each element.
inline Tensor sqrt(const Tensor& self) {
  ignis_tensor* r = nullptr;
  check(ignis_sqrt(self.get(), &r));
  return Tensor::adopt(r);
}
// Reciprocal square root 1 / sqrt(x).
inline Tensor rsqrt(const Tensor& self) {
  ignis_tensor* r = nullptr;
  check(ignis_rsqrt(self.get(), &r));
  return Tensor::adopt(r);
}
// Reciprocal 1 / x.
inline Tensor reciprocal(const Tensor& self) {
  ignis_tensor* r = nullptr;
  check(ignis_reciprocal(self.get(), &r));
  return Tensor::adopt(r);
}
// Sine of each element (radians).
inline Tensor sin(const Tensor& self) {
  ignis_tensor* r = nullptr;
  check(ignis_sin(self.get(), &r));
  return Tensor::adopt(r);
}
// Cosine of each element (radians).
inline Tensor cos(const Tensor& self) {
  ignis_tensor* r = nullptr;
  check(ignis_cos(self.get(), &r));
  return Tensor::adopt(r);
}
// Tangent of each element (radians).
inline Tensor tan(const Tensor& self) {
  ignis_tensor* r = nullptr;
  check(ignis_tan(self.get(), &r));
  return Tensor::adopt(r);
}
// Arcsine of each element.
inline Tensor asin(const Tensor& self) {
  ignis_tensor* r = nullptr;
  check(ignis_asin(self.get(), &r));
  return Tensor::adopt(r);
}
// Arccosine of each element.
inline Tensor acos(const Tensor& self) {
  ignis_tensor* r = nullptr;
  check(ignis_acos(self.get(), &r));
  return Tensor::adopt(r);
}
// Arctangent of each element.
inline Tensor atan(const Tensor& self) {
  ignis_tensor* r = nullptr;
  check(ignis_atan(self.get(), &r));
  return Tensor::adopt(r);
}
// Hyperbolic sine of each element.
inline Tensor sinh(const Tensor& self) {
  ignis_tensor* r = nullptr;
  check(ignis_sinh(self.get(), &r));
  return Tensor::adopt(r);
}
// Hyperbolic cosine of each element.
inline Tensor cosh(const Tensor& self) {
  ignis_tensor* r = nullptr;
  check(ignis_cosh(self.get(), &r));
  return Tensor::adopt(r);
}
// Hyperbolic tangent of each element.
inline Tensor tanh(const Tensor& self) {
  ignis_tensor* r = nullptr;
  check(ignis_tanh(self.get(), &r));
  return Tensor::adopt(r);
}
// Logistic sigmoid 1 / (1 + exp(-x)).
inline Tensor sigmoid(const Tensor& self) {
  ignis_tensor* r = nullptr;
  check(ignis_sigmoid(self.get(), &r));
  return Tensor::adopt(r);
}
// log(sigmoid(x)), computed without overflow.
inline Tensor logsigmoid(const Tensor& self) {
  ignis_tensor* r = nullptr;
  check(ignis_logsigmoid(self.get(), &r));
  return Tensor::adopt(r);
}
// Rectified linear unit max(x, 0).
inline Tensor relu(const Tensor& self) {
  ignis_tensor* r = nullptr;
  check(ignis_relu(self.get(), &r));
  return Tensor::adopt(r);
}
// min(max(x, 0), 6).
inline Tensor relu6(const Tensor& self) {
  ignis_tensor* r = nullptr;
  check(ignis_relu6(self.get(), &r));
  return Tensor::adopt(r);
}
// x where x > 0, else negative_slope * x.
inline Tensor leaky_relu(const Tensor& self, Scalar negative_slope = 0.01) {
  ignis_tensor* r = nullptr;
  check(ignis_leaky_relu(self.get(), negative_slope.c(), &r));
  return Tensor::adopt(r);
}
// scale * x where x > 0, else scale * alpha * (exp(input_scale * x) - 1).
inline Tensor elu(const Tensor& self, Scalar alpha = 1, Scalar scale = 1, Scalar input_scale = 1) {
  ignis_tensor* r = nullptr;
  check(ignis_elu(self.get(), alpha.c(), scale.c(), input_scale.c(), &r));
  return Tensor::adopt(r);
}
// Scaled ELU with the self-normalizing constants alpha = 1.6733, scale = 1.0507.
inline Tensor selu(const Tensor& self) {
  ignis_tensor* r = nullptr;
  check(ignis_selu(self.get(), &r));
  return Tensor::adopt(r);
}
// Gaussian error linear unit x * Phi(x); approximate "tanh" uses the tanh formula.
inline Tensor gelu(const Tensor& self, const std::string& approximate = "none") {
  ignis_tensor* r = nullptr;
  check(ignis_gelu(self.get(), approximate.c_str(), &r));
  return Tensor::adopt(r);
}
// x * sigmoid(x) (swish).
inline Tensor silu(const Tensor& self) {
  ignis_tensor* r = nullptr;
  check(ignis_silu(self.get(), &r));
  return Tensor::adopt(r);
}
// x * tanh(softplus(x)).
inline Tensor mish(const Tensor& self) {
  ignis_tensor* r = nullptr;
  check(ignis_mish(self.get(), &r));
  return Tensor::adopt(r);
}
// log(1 + exp(beta * x)) / beta, or x where beta * x > threshold.
inline Tensor softplus(const Tensor& self, Scalar beta = 1, Scalar threshold = 20) {
  ignis_tensor* r = nullptr;
  check(ignis_softplus(self.get(), beta.c(), threshold.c(), &r));
  return Tensor::adopt(r);
}
// x * relu6(x + 3) / 6.
inline Tensor hardswish(const Tensor& self) {
  ignis_tensor* r = nullptr;
  check(ignis_hardswish(self.get(), &r));
  return Tensor::adopt(r);
}
// relu6(x + 3) / 6.
inline Tensor hardsigmoid(const Tensor& self) {
  ignis_tensor* r = nullptr;
  check(ignis_hardsigmoid(self.get(), &r));
  return Tensor::adopt(r);
}
// Gauss error function of each element.
inline Tensor erf(const Tensor& self) {
  ignis_tensor* r = nullptr;
  check(ignis_erf(self.get(), &r));
  return Tensor::adopt(r);
}
// Inverse of the error function on (-1, 1).
inline Tensor erfinv(const Tensor& self) {
  ignis_tensor* r = nullptr;
  check(ignis_erfinv(self.get(), &r));
  return Tensor::adopt(r);
}
// Largest integer not above each element (integers unchanged).
inline Tensor floor(const Tensor& self) {
  ignis_tensor* r = nullptr;
  check(ignis_floor(self.get(), &r));
  return Tensor::adopt(r);
}
// Smallest integer not below each element (integers unchanged).
inline Tensor ceil(const Tensor& self) {
  ignis_tensor* r = nullptr;
  check(ignis_ceil(self.get(), &r));
  return Tensor::adopt(r);
}
// Nearest integer to each element, ties to even (integers unchanged).
inline Tensor round(const Tensor& self) {
  ignis_tensor* r = nullptr;
  check(ignis_round(self.get(), &r));
  return Tensor::adopt(r);
}
// Rounds to the given number of decimals (negative: to tens, hundreds...), ties to even.
inline Tensor round(const Tensor& self, int64_t decimals) {
  ignis_tensor* r = nullptr;
  check(ignis_round_decimals(self.get(), decimals, &r));
  return Tensor::adopt(r);
}
// Each element rounded toward zero (integers unchanged).
inline Tensor trunc(const Tensor& self) {
  ignis_tensor* r = nullptr;
  check(ignis_trunc(self.get(), &r));
  return Tensor::adopt(r);
}
// Fractional part x - trunc(x).
inline Tensor frac(const Tensor& self) {
  ignis_tensor* r = nullptr;
  check(ignis_frac(self.get(), &r));
  return Tensor::adopt(r);
}
// True where the element is NaN.
inline Tensor isnan(const Tensor& self) {
  ignis_tensor* r = nullptr;
  check(ignis_isnan(self.get(), &r));
  return Tensor::adopt(r);
}
// True where the element is +inf or -inf.
inline Tensor isinf(const Tensor& self) {
  ignis_tensor* r = nullptr;
  check(ignis_isinf(self.get(), &r));
  return Tensor::adopt(r);
}
// True where the element is neither NaN nor infinite.
inline Tensor isfinite(const Tensor& self) {
  ignis_tensor* r = nullptr;
  check(ignis_isfinite(self.get(), &r));
  return Tensor::adopt(r);
}
// Replaces NaN with nan (default 0) and infinities with posinf/neginf (default the dtype's largest/lowest finite value).
inline Tensor nan_to_num(const Tensor& self, std::optional<double> nan = std::nullopt, std::optional<double> posinf = std::nullopt, std::optional<double> neginf = std::nullopt) {
  double nan_v{};
  if (nan) nan_v = *nan;
  double posinf_v{};
  if (posinf) posinf_v = *posinf;
  double neginf_v{};
  if (neginf) neginf_v = *neginf;
  ignis_tensor* r = nullptr;
  check(ignis_nan_to_num(self.get(), nan ? &nan_v : nullptr, posinf ? &posinf_v : nullptr, neginf ? &neginf_v : nullptr, &r));
  return Tensor::adopt(r);
}
// True where the element is zero (bool result).
inline Tensor logical_not(const Tensor& self) {
  ignis_tensor* r = nullptr;
  check(ignis_logical_not(self.get(), &r));
  return Tensor::adopt(r);
}
// Bitwise NOT of integer elements (logical NOT for bool).
inline Tensor bitwise_not(const Tensor& self) {
  ignis_tensor* r = nullptr;
  check(ignis_bitwise_not(self.get(), &r));
  return Tensor::adopt(r);
}
// self + alpha * other, broadcasting, with PyTorch type promotion.
inline Tensor add(const Tensor& self, const Tensor& other, Scalar alpha = 1) {
  ignis_tensor* r = nullptr;
  check(ignis_add_tensor(self.get(), other.get(), alpha.c(), &r));
  return Tensor::adopt(r);
}
// self + alpha * other for a Scalar other.
inline Tensor add(const Tensor& self, Scalar other, Scalar alpha = 1) {
  ignis_tensor* r = nullptr;
  check(ignis_add_scalar(self.get(), other.c(), alpha.c(), &r));
  return Tensor::adopt(r);
}
// self - alpha * other, broadcasting (not for bool tensors).
inline Tensor sub(const Tensor& self, const Tensor& other, Scalar alpha = 1) {
  ignis_tensor* r = nullptr;
  check(ignis_sub_tensor(self.get(), other.get(), alpha.c(), &r));
  return Tensor::adopt(r);
}
// self - alpha * other for a Scalar other.
inline Tensor sub(const Tensor& self, Scalar other, Scalar alpha = 1) {
  ignis_tensor* r = nullptr;
  check(ignis_sub_scalar(self.get(), other.c(), alpha.c(), &r));
  return Tensor::adopt(r);
}
// Elementwise product, broadcasting.
inline Tensor mul(const Tensor& self, const Tensor& other) {
  ignis_tensor* r = nullptr;
  check(ignis_mul_tensor(self.get(), other.get(), &r));
  return Tensor::adopt(r);
}
// Each element times a Scalar.
inline Tensor mul(const Tensor& self, Scalar other) {
  ignis_tensor* r = nullptr;
  check(ignis_mul_scalar(self.get(), other.c(), &r));
  return Tensor::adopt(r);
}
// True division; integer inputs give the default float dtype.
inline Tensor div(const Tensor& self, const Tensor& other) {
  ignis_tensor* r = nullptr;
  check(ignis_div_tensor(self.get(), other.get(), &r));
  return Tensor::adopt(r);
}
// True division by a Scalar.
inline Tensor div(const Tensor& self, Scalar other) {
  ignis_tensor* r = nullptr;
  check(ignis_div_scalar(self.get(), other.c(), &r));
  return Tensor::adopt(r);
}
// Division rounded by rounding_mode: None (true division), "trunc" or "floor".
inline Tensor div(const Tensor& self, const Tensor& other, const std::optional<std::string>& rounding_mode) {
  ignis_tensor* r = nullptr;
  check(ignis_div_tensor_mode(self.get(), other.get(), rounding_mode ? rounding_mode->c_str() : nullptr, &r));
  return Tensor::adopt(r);
}
// Division by a Scalar rounded by rounding_mode: None, "trunc" or "floor".
inline Tensor div(const Tensor& self, Scalar other, const std::optional<std::string>& rounding_mode) {
  ignis_tensor* r = nullptr;
  check(ignis_div_scalar_mode(self.get(), other.c(), rounding_mode ? rounding_mode->c_str() : nullptr, &r));
  return Tensor::adopt(r);
}
// Division rounded toward negative infinity (Python //).
inline Tensor floor_divide(const Tensor& self, const Tensor& other) {
  ignis_tensor* r = nullptr;
  check(ignis_floor_divide(self.get(), other.get(), &r));
  return Tensor::adopt(r);
}
// Floor division by a Scalar.
inline Tensor floor_divide(const Tensor& self, Scalar other) {
  ignis_tensor* r = nullptr;
  check(ignis_floor_divide_scalar(self.get(), other.c(), &r));
  return Tensor::adopt(r);
}
// Python-style modulus: the result has the sign of the divisor.
inline Tensor remainder(const Tensor& self, const Tensor& other) {
  ignis_tensor* r = nullptr;
  check(ignis_remainder_tensor(self.get(), other.get(), &r));
  return Tensor::adopt(r);
}
// Python-style modulus by a Scalar.
inline Tensor remainder(const Tensor& self, Scalar other) {
  ignis_tensor* r = nullptr;
  check(ignis_remainder_scalar(self.get(), other.c(), &r));
  return Tensor::adopt(r);
}
// Python-style modulus of a Scalar by each element.
inline Tensor remainder(Scalar self, const Tensor& other) {
  ignis_tensor* r = nullptr;
  check(ignis_remainder_scalar_tensor(self.c(), other.get(), &r));
  return Tensor::adopt(r);
}
// C-style modulus: the result has the sign of the dividend.
inline Tensor fmod(const Tensor& self, const Tensor& other) {
  ignis_tensor* r = nullptr;
  check(ignis_fmod_tensor(self.get(), other.get(), &r));
  return Tensor::adopt(r);
}
// C-style modulus by a Scalar.
inline Tensor fmod(const Tensor& self, Scalar other) {
  ignis_tensor* r = nullptr;
  check(ignis_fmod_scalar(self.get(), other.c(), &r));
  return Tensor::adopt(r);
}
// self raised to exponent elementwise.
inline Tensor pow(const Tensor& self, const Tensor& exponent) {
  ignis_tensor* r = nullptr;
  check(ignis_pow_tensor_tensor(self.get(), exponent.get(), &r));
  return Tensor::adopt(r);
}
// Each element raised to a Scalar exponent.
inline Tensor pow(const Tensor& self, Scalar exponent) {
  ignis_tensor* r = nullptr;
  check(ignis_pow_tensor_scalar(self.get(), exponent.c(), &r));
  return Tensor::adopt(r);
}
// A Scalar raised to each element of exponent.
inline Tensor pow(Scalar self, const Tensor& exponent) {
  ignis_tensor* r = nullptr;
  check(ignis_pow_scalar_self(self.c(), exponent.get(), &r));
  return Tensor::adopt(r);
}
// Arctangent of self / other in the right quadrant; integers give the default float dtype.
inline Tensor atan2(const Tensor& self, const Tensor& other) {
  ignis_tensor* r = nullptr;
  check(ignis_atan2(self.get(), other.get(), &r));
  return Tensor::adopt(r);
}
// Elementwise maximum; NaN if either is NaN.
inline Tensor maximum(const Tensor& self, const Tensor& other) {
  ignis_tensor* r = nullptr;
  check(ignis_maximum(self.get(), other.get(), &r));
  return Tensor::adopt(r);
}
// Elementwise minimum; NaN if either is NaN.
inline Tensor minimum(const Tensor& self, const Tensor& other) {
  ignis_tensor* r = nullptr;
  check(ignis_minimum(self.get(), other.get(), &r));
  return Tensor::adopt(r);
}
// self == other elementwise (bool result).
inline Tensor eq(const Tensor& self, const Tensor& other) {
  ignis_tensor* r = nullptr;
  check(ignis_eq_tensor(self.get(), other.get(), &r));
  return Tensor::adopt(r);
}
// self == a Scalar elementwise (bool result).
inline Tensor eq(const Tensor& self, Scalar other) {
  ignis_tensor* r = nullptr;
  check(ignis_eq_scalar(self.get(), other.c(), &r));
  return Tensor::adopt(r);
}
// self != other elementwise (bool result).
inline Tensor ne(const Tensor& self, const Tensor& other) {
  ignis_tensor* r = nullptr;
  check(ignis_ne_tensor(self.get(), other.get(), &r));
  return Tensor::adopt(r);
}
// self != a Scalar elementwise (bool result).
inline Tensor ne(const Tensor& self, Scalar other) {
  ignis_tensor* r = nullptr;
  check(ignis_ne_scalar(self.get(), other.c(), &r));
  return Tensor::adopt(r);
}
// self < other elementwise (bool result).
inline Tensor lt(const Tensor& self, const Tensor& other) {
  ignis_tensor* r = nullptr;
  check(ignis_lt_tensor(self.get(), other.get(), &r));
  return Tensor::adopt(r);
}
// self < a Scalar elementwise (bool result).
inline Tensor lt(const Tensor& self, Scalar other) {
  ignis_tensor* r = nullptr;
  check(ignis_lt_scalar(self.get(), other.c(), &r));
  return Tensor::adopt(r);
}
// self <= other elementwise (bool result).
inline Tensor le(const Tensor& self, const Tensor& other) {
  ignis_tensor* r = nullptr;
  check(ignis_le_tensor(self.get(), other.get(), &r));
  return Tensor::adopt(r);
}
// self <= a Scalar elementwise (bool result).
inline Tensor le(const Tensor& self, Scalar other) {
  ignis_tensor* r = nullptr;
  check(ignis_le_scalar(self.get(), other.c(), &r));
  return Tensor::adopt(r);
}
// self > other elementwise (bool result).
inline Tensor gt(const Tensor& self, const Tensor& other) {
  ignis_tensor* r = nullptr;
  check(ignis_gt_tensor(self.get(), other.get(), &r));
  return Tensor::adopt(r);
}
// self > a Scalar elementwise (bool result).
inline Tensor gt(const Tensor& self, Scalar other) {
  ignis_tensor* r = nullptr;
  check(ignis_gt_scalar(self.get(), other.c(), &r));
  return Tensor::adopt(r);
}
// self >= other elementwise (bool result).
inline Tensor ge(const Tensor& self, const Tensor& other) {
  ignis_tensor* r = nullptr;
  check(ignis_ge_tensor(self.get(), other.get(), &r));
  return Tensor::adopt(r);
}
// self >= a Scalar elementwise (bool result).
inline Tensor ge(const Tensor& self, Scalar other) {
  ignis_tensor* r = nullptr;
  check(ignis_ge_scalar(self.get(), other.c(), &r));
  return Tensor::adopt(r);
}
// Elementwise AND of truth values (nonzero is true; bool result).
inline Tensor logical_and(const Tensor& self, const Tensor& other) {
  ignis_tensor* r = nullptr;
  check(ignis_logical_and(self.get(), other.get(), &r));
  return Tensor::adopt(r);
}
// Elementwise OR of truth values (bool result).
inline Tensor logical_or(const Tensor& self, const Tensor& other) {
  ignis_tensor* r = nullptr;
  check(ignis_logical_or(self.get(), other.get(), &r));
  return Tensor::adopt(r);
}
// Elementwise XOR of truth values (bool result).
inline Tensor logical_xor(const Tensor& self, const Tensor& other) {
  ignis_tensor* r = nullptr;
  check(ignis_logical_xor(self.get(), other.get(), &r));
  return Tensor::adopt(r);
}
// Bitwise AND of integer or bool tensors.
inline Tensor bitwise_and(const Tensor& self, const Tensor& other) {
  ignis_tensor* r = nullptr;
  check(ignis_bitwise_and_tensor(self.get(), other.get(), &r));
  return Tensor::adopt(r);
}
// Bitwise AND with an integer or bool Scalar.
inline Tensor bitwise_and(const Tensor& self, Scalar other) {
  ignis_tensor* r = nullptr;
  check(ignis_bitwise_and_scalar(self.get(), other.c(), &r));
  return Tensor::adopt(r);
}
// Bitwise OR of integer or bool tensors.
inline Tensor bitwise_or(const Tensor& self, const Tensor& other) {
  ignis_tensor* r = nullptr;
  check(ignis_bitwise_or_tensor(self.get(), other.get(), &r));
  return Tensor::adopt(r);
}
// Bitwise OR with an integer or bool Scalar.
inline Tensor bitwise_or(const Tensor& self, Scalar other) {
  ignis_tensor* r = nullptr;
  check(ignis_bitwise_or_scalar(self.get(), other.c(), &r));
  return Tensor::adopt(r);
}
// Bitwise XOR of integer or bool tensors.
inline Tensor bitwise_xor(const Tensor& self, const Tensor& other) {
  ignis_tensor* r = nullptr;
  check(ignis_bitwise_xor_tensor(self.get(), other.get(), &r));
  return Tensor::adopt(r);
}
// Bitwise XOR with an integer or bool Scalar.
inline Tensor bitwise_xor(const Tensor& self, Scalar other) {
  ignis_tensor* r = nullptr;
  check(ignis_bitwise_xor_scalar(self.get(), other.c(), &r));
  return Tensor::adopt(r);
}
// Elements of self where the bool condition holds, else of other (broadcasting all three).
inline Tensor where(const Tensor& condition, const Tensor& self, const Tensor& other) {
  ignis_tensor* r = nullptr;
  check(ignis_where_self(condition.get(), self.get(), other.get(), &r));
  return Tensor::adopt(r);
}
// where with a Scalar self.
inline Tensor where(const Tensor& condition, Scalar self, const Tensor& other) {
  ignis_tensor* r = nullptr;
  check(ignis_where_scalar_self(condition.get(), self.c(), other.get(), &r));
  return Tensor::adopt(r);
}
// where with a Scalar other.
inline Tensor where(const Tensor& condition, const Tensor& self, Scalar other) {
  ignis_tensor* r = nullptr;
  check(ignis_where_scalar_other(condition.get(), self.get(), other.c(), &r));
  return Tensor::adopt(r);
}
// where choosing between two Scalars.
inline Tensor where(const Tensor& condition, Scalar self, Scalar other) {
  ignis_tensor* r = nullptr;
  check(ignis_where_scalar(condition.get(), self.c(), other.c(), &r));
  return Tensor::adopt(r);
}
// Each element limited to [min, max] (min > max gives max); NaN stays NaN.
inline Tensor clamp(const Tensor& self, std::optional<Scalar> min = std::nullopt, std::optional<Scalar> max = std::nullopt) {
  ignis_scalar min_v{};
  if (min) min_v = min->c();
  ignis_scalar max_v{};
  if (max) max_v = max->c();
  ignis_tensor* r = nullptr;
  check(ignis_clamp(self.get(), min ? &min_v : nullptr, max ? &max_v : nullptr, &r));
  return Tensor::adopt(r);
}
// Each element limited by broadcast min and max tensors (NaN bounds propagate).
inline Tensor clamp(const Tensor& self, const Tensor& min = Tensor(), const Tensor& max = Tensor()) {
  ignis_tensor* r = nullptr;
  check(ignis_clamp_tensor(self.get(), min.get(), max.get(), &r));
  return Tensor::adopt(r);
}
// Linear interpolation self + weight * (end - self).
inline Tensor lerp(const Tensor& self, const Tensor& end, Scalar weight) {
  ignis_tensor* r = nullptr;
  check(ignis_lerp_scalar(self.get(), end.get(), weight.c(), &r));
  return Tensor::adopt(r);
}
// Linear interpolation with a broadcast weight tensor.
inline Tensor lerp(const Tensor& self, const Tensor& end, const Tensor& weight) {
  ignis_tensor* r = nullptr;
  check(ignis_lerp_tensor(self.get(), end.get(), weight.get(), &r));
  return Tensor::adopt(r);
}
// self + value * tensor1 * tensor2.
inline Tensor addcmul(const Tensor& self, const Tensor& tensor1, const Tensor& tensor2, Scalar value = 1) {
  ignis_tensor* r = nullptr;
  check(ignis_addcmul(self.get(), tensor1.get(), tensor2.get(), value.c(), &r));
  return Tensor::adopt(r);
}
// self + value * tensor1 / tensor2 (integer tensor1 and tensor2 are an error).
inline Tensor addcdiv(const Tensor& self, const Tensor& tensor1, const Tensor& tensor2, Scalar value = 1) {
  ignis_tensor* r = nullptr;
  check(ignis_addcdiv(self.get(), tensor1.get(), tensor2.get(), value.c(), &r));
  return Tensor::adopt(r);
}
// Sum over dims (None or [] = all); integers and bool sum to int64 unless dtype is given.
inline Tensor sum(const Tensor& self, const std::optional<std::vector<int64_t>>& dim = std::nullopt, bool keepdim = false, std::optional<ignis_dtype> dtype = std::nullopt) {
  ignis_dtype dtype_v{};
  if (dtype) dtype_v = *dtype;
  ignis_tensor* r = nullptr;
  check(ignis_sum(self.get(), dim ? dim->data() : nullptr, dim ? dim->size() : 0, keepdim ? 1 : 0, dtype ? &dtype_v : nullptr, &r));
  return Tensor::adopt(r);
}
// Arithmetic mean over dims (None or [] = all); nan for an empty reduction.
inline Tensor mean(const Tensor& self, const std::optional<std::vector<int64_t>>& dim = std::nullopt, bool keepdim = false, std::optional<ignis_dtype> dtype = std::nullopt) {
  ignis_dtype dtype_v{};
  if (dtype) dtype_v = *dtype;
  ignis_tensor* r = nullptr;
  check(ignis_mean(self.get(), dim ? dim->data() : nullptr, dim ? dim->size() : 0, keepdim ? 1 : 0, dtype ? &dtype_v : nullptr, &r));
  return Tensor::adopt(r);
}
// Product over dims (None = all); integers and bool multiply to int64 unless dtype is given.
inline Tensor prod(const Tensor& self, const std::optional<std::vector<int64_t>>& dim = std::nullopt, bool keepdim = false, std::optional<ignis_dtype> dtype = std::nullopt) {
  ignis_dtype dtype_v{};
  if (dtype) dtype_v = *dtype;
  ignis_tensor* r = nullptr;
  check(ignis_prod(self.get(), dim ? dim->data() : nullptr, dim ? dim->size() : 0, keepdim ? 1 : 0, dtype ? &dtype_v : nullptr, &r));
  return Tensor::adopt(r);
}
// Variance over dims with sum of squared deviations / max(0, N - correction) (None = 1).
inline Tensor var(const Tensor& self, const std::optional<std::vector<int64_t>>& dim = std::nullopt, std::optional<Scalar> correction = std::nullopt, bool keepdim = false) {
  ignis_scalar correction_v{};
  if (correction) correction_v = correction->c();
  ignis_tensor* r = nullptr;
  check(ignis_var(self.get(), dim ? dim->data() : nullptr, dim ? dim->size() : 0, correction ? &correction_v : nullptr, keepdim ? 1 : 0, &r));
  return Tensor::adopt(r);
}
// Standard deviation over dims, the square root of var with the same correction (None = 1).
inline Tensor std(const Tensor& self, const std::optional<std::vector<int64_t>>& dim = std::nullopt, std::optional<Scalar> correction = std::nullopt, bool keepdim = false) {
  ignis_scalar correction_v{};
  if (correction) correction_v = correction->c();
  ignis_tensor* r = nullptr;
  check(ignis_std(self.get(), dim ? dim->data() : nullptr, dim ? dim->size() : 0, correction ? &correction_v : nullptr, keepdim ? 1 : 0, &r));
  return Tensor::adopt(r);
}
// Largest element (nan when any element is nan); errors on an empty tensor.
inline Tensor max(const Tensor& self) {
  ignis_tensor* r = nullptr;
  check(ignis_max(self.get(), &r));
  return Tensor::adopt(r);
}
// Largest values along dim and the index of the first of each (nan propagates).
inline std::tuple<Tensor, Tensor> max(const Tensor& self, int64_t dim, bool keepdim = false) {
  ignis_tensor* r[2] = {};
  check(ignis_max_dim(self.get(), dim, keepdim ? 1 : 0, &r[0], &r[1]));
  return {Tensor::adopt(r[0]), Tensor::adopt(r[1])};
}
// Smallest element (nan when any element is nan); errors on an empty tensor.
inline Tensor min(const Tensor& self) {
  ignis_tensor* r = nullptr;
  check(ignis_min(self.get(), &r));
  return Tensor::adopt(r);
}
// Smallest values along dim and the index of the first of each (nan propagates).
inline std::tuple<Tensor, Tensor> min(const Tensor& self, int64_t dim, bool keepdim = false) {
  ignis_tensor* r[2] = {};
  check(ignis_min_dim(self.get(), dim, keepdim ? 1 : 0, &r[0], &r[1]));
  return {Tensor::adopt(r[0]), Tensor::adopt(r[1])};
}
// Largest values over dims ([] = all), nan propagating; reduced dims must be non-empty.
inline Tensor amax(const Tensor& self, const std::vector<int64_t>& dim = std::vector<int64_t>{}, bool keepdim = false) {
  ignis_tensor* r = nullptr;
  check(ignis_amax(self.get(), dim.data(), dim.size(), keepdim ? 1 : 0, &r));
  return Tensor::adopt(r);
}
// Smallest values over dims ([] = all), nan propagating; reduced dims must be non-empty.
inline Tensor amin(const Tensor& self, const std::vector<int64_t>& dim = std::vector<int64_t>{}, bool keepdim = false) {
  ignis_tensor* r = nullptr;
  check(ignis_amin(self.get(), dim.data(), dim.size(), keepdim ? 1 : 0, &r));
  return Tensor::adopt(r);
}
// Index of the first largest value along dim (None = of the flattened tensor; nan is largest).
inline Tensor argmax(const Tensor& self, std::optional<int64_t> dim = std::nullopt, bool keepdim = false) {
  int64_t dim_v{};
  if (dim) dim_v = *dim;
  ignis_tensor* r = nullptr;
  check(ignis_argmax(self.get(), dim ? &dim_v : nullptr, keepdim ? 1 : 0, &r));
  return Tensor::adopt(r);
}
// Index of the first smallest value along dim (None = of the flattened tensor; nan is smallest).
inline Tensor argmin(const Tensor& self, std::optional<int64_t> dim = std::nullopt, bool keepdim = false) {
  int64_t dim_v{};
  if (dim) dim_v = *dim;
  ignis_tensor* r = nullptr;
  check(ignis_argmin(self.get(), dim ? &dim_v : nullptr, keepdim ? 1 : 0, &r));
  return Tensor::adopt(r);
}
// log(sum(exp(x))) over dims, computed stably; integers give the default float dtype.
inline Tensor logsumexp(const Tensor& self, const std::vector<int64_t>& dim, bool keepdim = false) {
  ignis_tensor* r = nullptr;
  check(ignis_logsumexp(self.get(), dim.data(), dim.size(), keepdim ? 1 : 0, &r));
  return Tensor::adopt(r);
}
// True (bool) where every element over dims is nonzero; true for an empty reduction.
inline Tensor all(const Tensor& self, const std::optional<std::vector<int64_t>>& dim = std::nullopt, bool keepdim = false) {
  ignis_tensor* r = nullptr;
  check(ignis_all(self.get(), dim ? dim->data() : nullptr, dim ? dim->size() : 0, keepdim ? 1 : 0, &r));
  return Tensor::adopt(r);
}
// True (bool) where some element over dims is nonzero; false for an empty reduction.
inline Tensor any(const Tensor& self, const std::optional<std::vector<int64_t>>& dim = std::nullopt, bool keepdim = false) {
  ignis_tensor* r = nullptr;
  check(ignis_any(self.get(), dim ? dim->data() : nullptr, dim ? dim->size() : 0, keepdim ? 1 : 0, &r));
  return Tensor::adopt(r);
}
// Vector p-norm over dims (None = all); p may be inf, -inf or 0 (count of nonzeros).
inline Tensor norm(const Tensor& self, std::optional<Scalar> p = 2, const std::optional<std::vector<int64_t>>& dim = std::nullopt, bool keepdim = false, std::optional<ignis_dtype> dtype = std::nullopt) {
  ignis_scalar p_v{};
  if (p) p_v = p->c();
  ignis_dtype dtype_v{};
  if (dtype) dtype_v = *dtype;
  ignis_tensor* r = nullptr;
  check(ignis_norm(self.get(), p ? &p_v : nullptr, dim ? dim->data() : nullptr, dim ? dim->size() : 0, keepdim ? 1 : 0, dtype ? &dtype_v : nullptr, &r));
  return Tensor::adopt(r);
}
// Frobenius norm for p = "fro" (the 2-norm over dims, None = all); "nuc" is not supported.
inline Tensor norm(const Tensor& self, const std::string& p, const std::optional<std::vector<int64_t>>& dim = std::nullopt, bool keepdim = false, std::optional<ignis_dtype> dtype = std::nullopt) {
  ignis_dtype dtype_v{};
  if (dtype) dtype_v = *dtype;
  ignis_tensor* r = nullptr;
  check(ignis_norm_str(self.get(), p.c_str(), dim ? dim->data() : nullptr, dim ? dim->size() : 0, keepdim ? 1 : 0, dtype ? &dtype_v : nullptr, &r));
  return Tensor::adopt(r);
}
// Number of nonzero elements over dims (None = all), as int64.
inline Tensor count_nonzero(const Tensor& self, const std::optional<std::vector<int64_t>>& dim = std::nullopt) {
  ignis_tensor* r = nullptr;
  check(ignis_count_nonzero(self.get(), dim ? dim->data() : nullptr, dim ? dim->size() : 0, &r));
  return Tensor::adopt(r);
}
// Running sum along dim; integers and bool give int64 unless dtype is given.
inline Tensor cumsum(const Tensor& self, int64_t dim, std::optional<ignis_dtype> dtype = std::nullopt) {
  ignis_dtype dtype_v{};
  if (dtype) dtype_v = *dtype;
  ignis_tensor* r = nullptr;
  check(ignis_cumsum(self.get(), dim, dtype ? &dtype_v : nullptr, &r));
  return Tensor::adopt(r);
}
// Running product along dim; integers and bool give int64 unless dtype is given.
inline Tensor cumprod(const Tensor& self, int64_t dim, std::optional<ignis_dtype> dtype = std::nullopt) {
  ignis_dtype dtype_v{};
  if (dtype) dtype_v = *dtype;
  ignis_tensor* r = nullptr;
  check(ignis_cumprod(self.get(), dim, dtype ? &dtype_v : nullptr, &r));
  return Tensor::adopt(r);
}
// Values sorted along dim and their original indices; nan sorts last (first when descending).
inline std::tuple<Tensor, Tensor> sort(const Tensor& self, int64_t dim = -1, bool descending = false, bool stable = false) {
  ignis_tensor* r[2] = {};
  check(ignis_sort(self.get(), dim, descending ? 1 : 0, stable ? 1 : 0, &r[0], &r[1]));
  return {Tensor::adopt(r[0]), Tensor::adopt(r[1])};
}
// Indices that sort self along dim (the indices of sort).
inline Tensor argsort(const Tensor& self, int64_t dim = -1, bool descending = false, bool stable = false) {
  ignis_tensor* r = nullptr;
  check(ignis_argsort(self.get(), dim, descending ? 1 : 0, stable ? 1 : 0, &r));
  return Tensor::adopt(r);
}
// The k largest (or smallest) values along dim and their indices; nan counts as largest.
inline std::tuple<Tensor, Tensor> topk(const Tensor& self, int64_t k, int64_t dim = -1, bool largest = true, bool sorted = true) {
  ignis_tensor* r[2] = {};
  check(ignis_topk(self.get(), k, dim, largest ? 1 : 0, sorted ? 1 : 0, &r[0], &r[1]));
  return {Tensor::adopt(r[0]), Tensor::adopt(r[1])};
}
// The k-th smallest value (1-based) along dim and its index; nan counts as largest.
inline std::tuple<Tensor, Tensor> kthvalue(const Tensor& self, int64_t k, int64_t dim = -1, bool keepdim = false) {
  ignis_tensor* r[2] = {};
  check(ignis_kthvalue(self.get(), k, dim, keepdim ? 1 : 0, &r[0], &r[1]));
  return {Tensor::adopt(r[0]), Tensor::adopt(r[1])};
}
// Lower median of all elements (nan when any element is nan or the tensor is empty).
inline Tensor median(const Tensor& self) {
  ignis_tensor* r = nullptr;
  check(ignis_median(self.get(), &r));
  return Tensor::adopt(r);
}
// Lower median along dim and its index (nan and its index when the row holds a nan).
inline std::tuple<Tensor, Tensor> median(const Tensor& self, int64_t dim, bool keepdim = false) {
  ignis_tensor* r[2] = {};
  check(ignis_median_dim(self.get(), dim, keepdim ? 1 : 0, &r[0], &r[1]));
  return {Tensor::adopt(r[0]), Tensor::adopt(r[1])};
}
// Sorted distinct elements, the index of each input element in them, and their counts (inverse and counts are empty unless requested).
inline std::tuple<Tensor, Tensor, Tensor> unique(const Tensor& self, bool sorted = true, bool return_inverse = false, bool return_counts = false) {
  ignis_tensor* r[3] = {};
  check(ignis_unique(self.get(), sorted ? 1 : 0, return_inverse ? 1 : 0, return_counts ? 1 : 0, &r[0], &r[1], &r[2]));
  return {Tensor::adopt(r[0]), Tensor::adopt(r[1]), Tensor::adopt(r[2])};
}
// Concatenates tensors along dim (dtypes promoted; 1-D empty tensors are skipped).
inline Tensor cat(const std::vector<Tensor>& tensors, int64_t dim = 0) {
  auto tensors_h = detail::handles(tensors);
  ignis_tensor* r = nullptr;
  check(ignis_cat(tensors_h.data(), tensors.size(), dim, &r));
  return Tensor::adopt(r);
}
// Joins equally shaped tensors along a new dimension dim.
inline Tensor stack(const std::vector<Tensor>& tensors, int64_t dim = 0) {
  auto tensors_h = detail::handles(tensors);
  ignis_tensor* r = nullptr;
  check(ignis_stack(tensors_h.data(), tensors.size(), dim, &r));
  return Tensor::adopt(r);
}
// Views of self in pieces of split_size along dim (the last piece may be smaller).
inline std::vector<Tensor> split(const Tensor& self, int64_t split_size, int64_t dim = 0) {
  ignis_tensor** r = nullptr;
  size_t count = 0;
  check(ignis_split(self.get(), split_size, dim, &r, &count));
  return detail::adopt_array(r, count);
}
// Views of self in pieces of the given sizes along dim (they must sum to its size).
inline std::vector<Tensor> split(const Tensor& self, const std::vector<int64_t>& split_size, int64_t dim = 0) {
  ignis_tensor** r = nullptr;
  size_t count = 0;
  check(ignis_split_sizes(self.get(), split_size.data(), split_size.size(), dim, &r, &count));
  return detail::adopt_array(r, count);
}
// Views of self in pieces of the given sizes along dim (they must sum to its size).
inline std::vector<Tensor> split_with_sizes(const Tensor& self, const std::vector<int64_t>& split_sizes, int64_t dim = 0) {
  ignis_tensor** r = nullptr;
  size_t count = 0;
  check(ignis_split_with_sizes(self.get(), split_sizes.data(), split_sizes.size(), dim, &r, &count));
  return detail::adopt_array(r, count);
}
// Views of self in at most `chunks` pieces of equal size (ceil) along dim.
inline std::vector<Tensor> chunk(const Tensor& self, int64_t chunks, int64_t dim = 0) {
  ignis_tensor** r = nullptr;
  size_t count = 0;
  check(ignis_chunk(self.get(), chunks, dim, &r, &count));
  return detail::adopt_array(r, count);
}
// Views of every slice of self along dim, with that dimension removed.
inline std::vector<Tensor> unbind(const Tensor& self, int64_t dim = 0) {
  ignis_tensor** r = nullptr;
  size_t count = 0;
  check(ignis_unbind(self.get(), dim, &r, &count));
  return detail::adopt_array(r, count);
}
// Copy of self with the order of elements reversed along dims.
inline Tensor flip(const Tensor& self, const std::vector<int64_t>& dims) {
  ignis_tensor* r = nullptr;
  check(ignis_flip(self.get(), dims.data(), dims.size(), &r));
  return Tensor::adopt(r);
}
// Copy of self rolled by shifts along dims (flattened and restored when dims is empty).
inline Tensor roll(const Tensor& self, const std::vector<int64_t>& shifts, const std::vector<int64_t>& dims = std::vector<int64_t>{}) {
  ignis_tensor* r = nullptr;
  check(ignis_roll(self.get(), shifts.data(), shifts.size(), dims.data(), dims.size(), &r));
  return Tensor::adopt(r);
}
// Copy of self tiled repeats[i] times along each dimension (leading new dims allowed).
inline Tensor repeat(const Tensor& self, const std::vector<int64_t>& repeats) {
  ignis_tensor* r = nullptr;
  check(ignis_repeat(self.get(), repeats.data(), repeats.size(), &r));
  return Tensor::adopt(r);
}
// Like repeat, but fewer dims than self.dim() are padded with leading 1s.
inline Tensor tile(const Tensor& self, const std::vector<int64_t>& dims) {
  ignis_tensor* r = nullptr;
  check(ignis_tile(self.get(), dims.data(), dims.size(), &r));
  return Tensor::adopt(r);
}
// Indices 0..n-1, index i repeated repeats[i] times.
inline Tensor repeat_interleave(const Tensor& repeats, std::optional<int64_t> output_size = std::nullopt) {
  int64_t output_size_v{};
  if (output_size) output_size_v = *output_size;
  ignis_tensor* r = nullptr;
  check(ignis_repeat_interleave_tensor(repeats.get(), output_size ? &output_size_v : nullptr, &r));
  return Tensor::adopt(r);
}
// Repeats each element (or slice along dim) of self repeats[i] times (self is flattened when dim is None).
inline Tensor repeat_interleave(const Tensor& self, const Tensor& repeats, std::optional<int64_t> dim = std::nullopt, std::optional<int64_t> output_size = std::nullopt) {
  int64_t dim_v{};
  if (dim) dim_v = *dim;
  int64_t output_size_v{};
  if (output_size) output_size_v = *output_size;
  ignis_tensor* r = nullptr;
  check(ignis_repeat_interleave_self_tensor(self.get(), repeats.get(), dim ? &dim_v : nullptr, output_size ? &output_size_v : nullptr, &r));
  return Tensor::adopt(r);
}
// Repeats each element (or slice along dim) of self `repeats` times (self is flattened when dim is None).
inline Tensor repeat_interleave(const Tensor& self, int64_t repeats, std::optional<int64_t> dim = std::nullopt, std::optional<int64_t> output_size = std::nullopt) {
  int64_t dim_v{};
  if (dim) dim_v = *dim;
  int64_t output_size_v{};
  if (output_size) output_size_v = *output_size;
  ignis_tensor* r = nullptr;
  check(ignis_repeat_interleave_self_int(self.get(), repeats, dim ? &dim_v : nullptr, output_size ? &output_size_v : nullptr, &r));
  return Tensor::adopt(r);
}
// Lower triangle of the last two dims of self (elements above `diagonal` zeroed).
inline Tensor tril(const Tensor& self, int64_t diagonal = 0) {
  ignis_tensor* r = nullptr;
  check(ignis_tril(self.get(), diagonal, &r));
  return Tensor::adopt(r);
}
// Upper triangle of the last two dims of self (elements below `diagonal` zeroed).
inline Tensor triu(const Tensor& self, int64_t diagonal = 0) {
  ignis_tensor* r = nullptr;
  check(ignis_triu(self.get(), diagonal, &r));
  return Tensor::adopt(r);
}
// Pads the last len(pad)/2 dims (pairs from the last dim backwards) with a constant, reflection or replication.
inline Tensor pad(const Tensor& self, const std::vector<int64_t>& pad, const std::string& mode = "constant", std::optional<double> value = std::nullopt) {
  double value_v{};
  if (value) value_v = *value;
  ignis_tensor* r = nullptr;
  check(ignis_pad(self.get(), pad.data(), pad.size(), mode.c_str(), value ? &value_v : nullptr, &r));
  return Tensor::adopt(r);
}
// The slices of self along dim at the positions in the 1-D index (int64 or int32).
inline Tensor index_select(const Tensor& self, int64_t dim, const Tensor& index) {
  ignis_tensor* r = nullptr;
  check(ignis_index_select(self.get(), dim, index.get(), &r));
  return Tensor::adopt(r);
}
// out[i][j][k] = self[i][index[i][j][k]][k] for dim=1 (index int64, same rank as self).
inline Tensor gather(const Tensor& self, int64_t dim, const Tensor& index, bool sparse_grad = false) {
  ignis_tensor* r = nullptr;
  check(ignis_gather(self.get(), dim, index.get(), sparse_grad ? 1 : 0, &r));
  return Tensor::adopt(r);
}
// Copy of self with self[i][index[i][j][k]][k] = src[i][j][k] for dim=1 (reduce "add" or "multiply" combines instead).
inline Tensor scatter(const Tensor& self, int64_t dim, const Tensor& index, const Tensor& src, const std::optional<std::string>& reduce = std::nullopt) {
  ignis_tensor* r = nullptr;
  check(ignis_scatter_src(self.get(), dim, index.get(), src.get(), reduce ? reduce->c_str() : nullptr, &r));
  return Tensor::adopt(r);
}
// Copy of self with value written at the positions index selects along dim (reduce "add" or "multiply" combines instead).
inline Tensor scatter(const Tensor& self, int64_t dim, const Tensor& index, Scalar value, const std::optional<std::string>& reduce = std::nullopt) {
  ignis_tensor* r = nullptr;
  check(ignis_scatter_value(self.get(), dim, index.get(), value.c(), reduce ? reduce->c_str() : nullptr, &r));
  return Tensor::adopt(r);
}
// Copy of self with src added at the positions index selects along dim (deterministic).
inline Tensor scatter_add(const Tensor& self, int64_t dim, const Tensor& index, const Tensor& src) {
  ignis_tensor* r = nullptr;
  check(ignis_scatter_add(self.get(), dim, index.get(), src.get(), &r));
  return Tensor::adopt(r);
}
// Copy of self with alpha * source[i] added to the slice index[i] along dim (deterministic).
inline Tensor index_add(const Tensor& self, int64_t dim, const Tensor& index, const Tensor& source, Scalar alpha = 1) {
  ignis_tensor* r = nullptr;
  check(ignis_index_add(self.get(), dim, index.get(), source.get(), alpha.c(), &r));
  return Tensor::adopt(r);
}
// Copy of self with self[indices] = values (or +=, with accumulate); an undefined index tensor is a full slice.
inline Tensor index_put(const Tensor& self, const std::vector<Tensor>& indices, const Tensor& values, bool accumulate = false) {
  auto indices_h = detail::handles(indices);
  ignis_tensor* r = nullptr;
  check(ignis_index_put(self.get(), indices_h.data(), indices.size(), values.get(), accumulate ? 1 : 0, &r));
  return Tensor::adopt(r);
}
// Copy of self with value where the boolean mask (broadcast) is true.
inline Tensor masked_fill(const Tensor& self, const Tensor& mask, Scalar value) {
  ignis_tensor* r = nullptr;
  check(ignis_masked_fill_scalar(self.get(), mask.get(), value.c(), &r));
  return Tensor::adopt(r);
}
// Copy of self with the 0-dim value where the boolean mask (broadcast) is true.
inline Tensor masked_fill(const Tensor& self, const Tensor& mask, const Tensor& value) {
  ignis_tensor* r = nullptr;
  check(ignis_masked_fill_tensor(self.get(), mask.get(), value.get(), &r));
  return Tensor::adopt(r);
}
// 1-D tensor of the elements of self (broadcast with mask) where mask is true.
inline Tensor masked_select(const Tensor& self, const Tensor& mask) {
  ignis_tensor* r = nullptr;
  check(ignis_masked_select(self.get(), mask.get(), &r));
  return Tensor::adopt(r);
}
// Copy of self with the positions where mask is true filled from source in row-major order.
inline Tensor masked_scatter(const Tensor& self, const Tensor& mask, const Tensor& source) {
  ignis_tensor* r = nullptr;
  check(ignis_masked_scatter(self.get(), mask.get(), source.get(), &r));
  return Tensor::adopt(r);
}
// (n, self.dim()) int64 indices of the nonzero elements of self in row-major order.
inline Tensor nonzero(const Tensor& self) {
  ignis_tensor* r = nullptr;
  check(ignis_nonzero(self.get(), &r));
  return Tensor::adopt(r);
}
// Elements of self, treated as 1-D, at the int64 indices in index (result has index's shape).
inline Tensor take(const Tensor& self, const Tensor& index) {
  ignis_tensor* r = nullptr;
  check(ignis_take(self.get(), index.get(), &r));
  return Tensor::adopt(r);
}
// int64 one-hot encoding of the class indices in self (num_classes=-1 uses max + 1).
inline Tensor one_hot(const Tensor& self, int64_t num_classes = -1) {
  ignis_tensor* r = nullptr;
  check(ignis_one_hot(self.get(), num_classes, &r));
  return Tensor::adopt(r);
}
// Matrix product with NumPy semantics: dot for 1-D x 1-D, matrix-vector, and batched products broadcasting the batch dims.
inline Tensor matmul(const Tensor& self, const Tensor& other) {
  ignis_tensor* r = nullptr;
  check(ignis_matmul(self.get(), other.get(), &r));
  return Tensor::adopt(r);
}
// Product of two 2-D matrices.
inline Tensor mm(const Tensor& self, const Tensor& mat2) {
  ignis_tensor* r = nullptr;
  check(ignis_mm(self.get(), mat2.get(), &r));
  return Tensor::adopt(r);
}
// Batched product of two 3-D tensors with the same batch size (no broadcasting).
inline Tensor bmm(const Tensor& self, const Tensor& mat2) {
  ignis_tensor* r = nullptr;
  check(ignis_bmm(self.get(), mat2.get(), &r));
  return Tensor::adopt(r);
}
// beta * self + alpha * (mat1 @ mat2); self broadcasts to the product's shape.
inline Tensor addmm(const Tensor& self, const Tensor& mat1, const Tensor& mat2, Scalar beta = 1, Scalar alpha = 1) {
  ignis_tensor* r = nullptr;
  check(ignis_addmm(self.get(), mat1.get(), mat2.get(), beta.c(), alpha.c(), &r));
  return Tensor::adopt(r);
}
// beta * self + alpha * bmm(batch1, batch2); self broadcasts to the product's shape.
inline Tensor baddbmm(const Tensor& self, const Tensor& batch1, const Tensor& batch2, Scalar beta = 1, Scalar alpha = 1) {
  ignis_tensor* r = nullptr;
  check(ignis_baddbmm(self.get(), batch1.get(), batch2.get(), beta.c(), alpha.c(), &r));
  return Tensor::adopt(r);
}
// Product of a 2-D matrix and a 1-D vector.
inline Tensor mv(const Tensor& self, const Tensor& vec) {
  ignis_tensor* r = nullptr;
  check(ignis_mv(self.get(), vec.get(), &r));
  return Tensor::adopt(r);
}
// Inner product of two 1-D tensors of the same length (0-dim result).
inline Tensor dot(const Tensor& self, const Tensor& tensor) {
  ignis_tensor* r = nullptr;
  check(ignis_dot(self.get(), tensor.get(), &r));
  return Tensor::adopt(r);
}
// Outer product of two 1-D tensors (n x m result).
inline Tensor outer(const Tensor& self, const Tensor& vec2) {
  ignis_tensor* r = nullptr;
  check(ignis_outer(self.get(), vec2.get(), &r));
  return Tensor::adopt(r);
}
// Einstein summation over the operands' labelled dims ('ij,jk->ik'), with ellipsis, repeated labels (traces, diagonals) and implicit output.
inline Tensor einsum(const std::string& equation, const std::vector<Tensor>& tensors) {
  auto tensors_h = detail::handles(tensors);
  ignis_tensor* r = nullptr;
  check(ignis_einsum(equation.c_str(), tensors_h.data(), tensors.size(), &r));
  return Tensor::adopt(r);
}
// Sums the products over dims_self of self paired with dims_other of other; result dims are self's free dims then other's.
inline Tensor tensordot(const Tensor& self, const Tensor& other, const std::vector<int64_t>& dims_self, const std::vector<int64_t>& dims_other) {
  ignis_tensor* r = nullptr;
  check(ignis_tensordot(self.get(), other.get(), dims_self.data(), dims_self.size(), dims_other.data(), dims_other.size(), &r));
  return Tensor::adopt(r);
}
// tensordot over the last `dims` dims of self and the first `dims` dims of other.
inline Tensor tensordot(const Tensor& self, const Tensor& other, int64_t dims = 2) {
  ignis_tensor* r = nullptr;
  check(ignis_tensordot_int(self.get(), other.get(), dims, &r));
  return Tensor::adopt(r);
}
// Vector norm (dim of one dim, or None on any input with ord None) or matrix norm (two dims or a 2-D input with ord given): ord 2, -2, 1, -1, inf, -inf, or p for vectors.
inline Tensor linalg_norm(const Tensor& self, std::optional<Scalar> ord = std::nullopt, const std::optional<std::vector<int64_t>>& dim = std::nullopt, bool keepdim = false, std::optional<ignis_dtype> dtype = std::nullopt) {
  ignis_scalar ord_v{};
  if (ord) ord_v = ord->c();
  ignis_dtype dtype_v{};
  if (dtype) dtype_v = *dtype;
  ignis_tensor* r = nullptr;
  check(ignis_linalg_norm(self.get(), ord ? &ord_v : nullptr, dim ? dim->data() : nullptr, dim ? dim->size() : 0, keepdim ? 1 : 0, dtype ? &dtype_v : nullptr, &r));
  return Tensor::adopt(r);
}
// Matrix norm "fro" (Frobenius) or "nuc" (nuclear, the sum of singular values) over two dims (default the last two).
inline Tensor linalg_norm(const Tensor& self, const std::string& ord, const std::optional<std::vector<int64_t>>& dim = std::nullopt, bool keepdim = false, std::optional<ignis_dtype> dtype = std::nullopt) {
  ignis_dtype dtype_v{};
  if (dtype) dtype_v = *dtype;
  ignis_tensor* r = nullptr;
  check(ignis_linalg_norm_ord_str(self.get(), ord.c_str(), dim ? dim->data() : nullptr, dim ? dim->size() : 0, keepdim ? 1 : 0, dtype ? &dtype_v : nullptr, &r));
  return Tensor::adopt(r);
}
// Solution X of A X = B (left) or X A = B for square, non-singular A (batched; B may be a vector).
inline Tensor linalg_solve(const Tensor& A, const Tensor& B, bool left = true) {
  ignis_tensor* r = nullptr;
  check(ignis_linalg_solve(A.get(), B.get(), left ? 1 : 0, &r));
  return Tensor::adopt(r);
}
// Inverse of a square non-singular matrix (batched).
inline Tensor linalg_inv(const Tensor& A) {
  ignis_tensor* r = nullptr;
  check(ignis_linalg_inv(A.get(), &r));
  return Tensor::adopt(r);
}
// Determinant of a square matrix (batched), from its LU factorization.
inline Tensor linalg_det(const Tensor& A) {
  ignis_tensor* r = nullptr;
  check(ignis_linalg_det(A.get(), &r));
  return Tensor::adopt(r);
}
// Cholesky factor L (A = L L^T) of a symmetric positive-definite matrix, or U = L^T when upper.
inline Tensor linalg_cholesky(const Tensor& A, bool upper = false) {
  ignis_tensor* r = nullptr;
  check(ignis_linalg_cholesky(A.get(), upper ? 1 : 0, &r));
  return Tensor::adopt(r);
}
// QR decomposition A = Q R; mode "reduced" (Q m x k) or "complete" (Q m x m), k = min(m, n).
inline std::tuple<Tensor, Tensor> linalg_qr(const Tensor& A, const std::string& mode = "reduced") {
  ignis_tensor* r[2] = {};
  check(ignis_linalg_qr(A.get(), mode.c_str(), &r[0], &r[1]));
  return {Tensor::adopt(r[0]), Tensor::adopt(r[1])};
}
// Singular value decomposition A = U diag(S) Vh, S descending; full_matrices gives square U and Vh.
inline std::tuple<Tensor, Tensor, Tensor> linalg_svd(const Tensor& A, bool full_matrices = true) {
  ignis_tensor* r[3] = {};
  check(ignis_linalg_svd(A.get(), full_matrices ? 1 : 0, &r[0], &r[1], &r[2]));
  return {Tensor::adopt(r[0]), Tensor::adopt(r[1]), Tensor::adopt(r[2])};
}
// exp(x) / sum(exp(x)) along dim, computed with max subtraction; dtype casts the input first.
inline Tensor softmax(const Tensor& self, int64_t dim, std::optional<ignis_dtype> dtype = std::nullopt) {
  ignis_dtype dtype_v{};
  if (dtype) dtype_v = *dtype;
  ignis_tensor* r = nullptr;
  check(ignis_softmax(self.get(), dim, dtype ? &dtype_v : nullptr, &r));
  return Tensor::adopt(r);
}
// x - logsumexp(x) along dim (numerically stable); dtype casts the input first.
inline Tensor log_softmax(const Tensor& self, int64_t dim, std::optional<ignis_dtype> dtype = std::nullopt) {
  ignis_dtype dtype_v{};
  if (dtype) dtype_v = *dtype;
  ignis_tensor* r = nullptr;
  check(ignis_log_softmax(self.get(), dim, dtype ? &dtype_v : nullptr, &r));
  return Tensor::adopt(r);
}
// Zeroes each element with probability p and scales the rest by 1/(1-p) when train; identity otherwise.
inline Tensor dropout(const Tensor& input, double p, bool train) {
  ignis_tensor* r = nullptr;
  check(ignis_dropout(input.get(), p, train ? 1 : 0, &r));
  return Tensor::adopt(r);
}
// Dropout for SELU networks that keeps mean and variance (dropped elements set to the SELU negative saturation).
inline Tensor alpha_dropout(const Tensor& input, double p, bool train) {
  ignis_tensor* r = nullptr;
  check(ignis_alpha_dropout(input.get(), p, train ? 1 : 0, &r));
  return Tensor::adopt(r);
}
// input @ weight^T + bias over the last dim of input.
inline Tensor linear(const Tensor& input, const Tensor& weight, const Tensor& bias = Tensor()) {
  ignis_tensor* r = nullptr;
  check(ignis_linear(input.get(), weight.get(), bias.get(), &r));
  return Tensor::adopt(r);
}
// y[..., k] = input1 @ weight[k] @ input2^T + bias[k].
inline Tensor bilinear(const Tensor& input1, const Tensor& input2, const Tensor& weight, const Tensor& bias = Tensor()) {
  ignis_tensor* r = nullptr;
  check(ignis_bilinear(input1.get(), input2.get(), weight.get(), bias.get(), &r));
  return Tensor::adopt(r);
}
// Rows of weight picked by the integer indices; the padding_idx row gets no gradient.
inline Tensor embedding(const Tensor& weight, const Tensor& indices, int64_t padding_idx = -1) {
  ignis_tensor* r = nullptr;
  check(ignis_embedding(weight.get(), indices.get(), padding_idx, &r));
  return Tensor::adopt(r);
}
// Sum, mean or max of the embedding rows of each bag (2-D indices, or 1-D indices split at offsets).
inline Tensor embedding_bag(const Tensor& weight, const Tensor& indices, const Tensor& offsets = Tensor(), const std::string& mode = "mean", const Tensor& per_sample_weights = Tensor(), bool include_last_offset = false, std::optional<int64_t> padding_idx = std::nullopt) {
  int64_t padding_idx_v{};
  if (padding_idx) padding_idx_v = *padding_idx;
  ignis_tensor* r = nullptr;
  check(ignis_embedding_bag(weight.get(), indices.get(), offsets.get(), mode.c_str(), per_sample_weights.get(), include_last_offset ? 1 : 0, padding_idx ? &padding_idx_v : nullptr, &r));
  return Tensor::adopt(r);
}
// Normalizes over all dims but dim 1 (batch statistics when training, updating the running ones in place; else the running ones).
inline Tensor batch_norm(const Tensor& input, const Tensor& running_mean, const Tensor& running_var, const Tensor& weight = Tensor(), const Tensor& bias = Tensor(), bool training = false, double momentum = 0.1, double eps = 1e-05) {
  ignis_tensor* r = nullptr;
  check(ignis_batch_norm(input.get(), running_mean.get(), running_var.get(), weight.get(), bias.get(), training ? 1 : 0, momentum, eps, &r));
  return Tensor::adopt(r);
}
// Normalizes over the trailing normalized_shape dims, then scales by weight and shifts by bias.
inline Tensor layer_norm(const Tensor& input, const std::vector<int64_t>& normalized_shape, const Tensor& weight = Tensor(), const Tensor& bias = Tensor(), double eps = 1e-05) {
  ignis_tensor* r = nullptr;
  check(ignis_layer_norm(input.get(), normalized_shape.data(), normalized_shape.size(), weight.get(), bias.get(), eps, &r));
  return Tensor::adopt(r);
}
// Normalizes each group of channels (dim 1 split into num_groups) per sample, then per-channel affine.
inline Tensor group_norm(const Tensor& input, int64_t num_groups, const Tensor& weight = Tensor(), const Tensor& bias = Tensor(), double eps = 1e-05) {
  ignis_tensor* r = nullptr;
  check(ignis_group_norm(input.get(), num_groups, weight.get(), bias.get(), eps, &r));
  return Tensor::adopt(r);
}
// x / sqrt(mean(x^2) + eps) over the trailing normalized_shape dims, times weight (eps None = the dtype's epsilon).
inline Tensor rms_norm(const Tensor& input, const std::vector<int64_t>& normalized_shape, const Tensor& weight = Tensor(), std::optional<double> eps = std::nullopt) {
  double eps_v{};
  if (eps) eps_v = *eps;
  ignis_tensor* r = nullptr;
  check(ignis_rms_norm(input.get(), normalized_shape.data(), normalized_shape.size(), weight.get(), eps ? &eps_v : nullptr, &r));
  return Tensor::adopt(r);
}
// Normalizes each (sample, channel) over the spatial dims, then per-channel affine.
inline Tensor instance_norm(const Tensor& input, const Tensor& weight = Tensor(), const Tensor& bias = Tensor(), const Tensor& running_mean = Tensor(), const Tensor& running_var = Tensor(), bool use_input_stats = true, double momentum = 0.1, double eps = 1e-05) {
  ignis_tensor* r = nullptr;
  check(ignis_instance_norm(input.get(), weight.get(), bias.get(), running_mean.get(), running_var.get(), use_input_stats ? 1 : 0, momentum, eps, &r));
  return Tensor::adopt(r);
}
// sum(x1 * x2) / max(|x1| * |x2|, eps) along dim, broadcasting.
inline Tensor cosine_similarity(const Tensor& x1, const Tensor& x2, int64_t dim = 1, double eps = 1e-08) {
  ignis_tensor* r = nullptr;
  check(ignis_cosine_similarity(x1.get(), x2.get(), dim, eps, &r));
  return Tensor::adopt(r);
}
// p-norm of x1 - x2 + eps over the last dim, broadcasting.
inline Tensor pairwise_distance(const Tensor& x1, const Tensor& x2, double p = 2, double eps = 1e-06, bool keepdim = false) {
  ignis_tensor* r = nullptr;
  check(ignis_pairwise_distance(x1.get(), x2.get(), p, eps, keepdim ? 1 : 0, &r));
  return Tensor::adopt(r);
}
// softmax(query @ key^T * scale + mask) @ value; a bool mask keeps True, a float mask is added; is_causal masks the future.
inline Tensor scaled_dot_product_attention(const Tensor& query, const Tensor& key, const Tensor& value, const Tensor& attn_mask = Tensor(), double dropout_p = 0.0, bool is_causal = false, std::optional<double> scale = std::nullopt) {
  double scale_v{};
  if (scale) scale_v = *scale;
  ignis_tensor* r = nullptr;
  check(ignis_scaled_dot_product_attention(query.get(), key.get(), value.get(), attn_mask.get(), dropout_p, is_causal ? 1 : 0, scale ? &scale_v : nullptr, &r));
  return Tensor::adopt(r);
}
// 1-D convolution of input (N, C, L) or (C, L) with weight (O, C/groups, K).
inline Tensor conv1d(const Tensor& input, const Tensor& weight, const Tensor& bias = Tensor(), const std::vector<int64_t>& stride = std::vector<int64_t>{1}, const std::vector<int64_t>& padding = std::vector<int64_t>{0}, const std::vector<int64_t>& dilation = std::vector<int64_t>{1}, int64_t groups = 1) {
  ignis_tensor* r = nullptr;
  check(ignis_conv1d(input.get(), weight.get(), bias.get(), stride.data(), stride.size(), padding.data(), padding.size(), dilation.data(), dilation.size(), groups, &r));
  return Tensor::adopt(r);
}
// 1-D convolution with padding "valid" (none) or "same" (output as long as input; stride 1).
inline Tensor conv1d(const Tensor& input, const Tensor& weight, const Tensor& bias, const std::vector<int64_t>& stride, const std::string& padding, const std::vector<int64_t>& dilation = std::vector<int64_t>{1}, int64_t groups = 1) {
  ignis_tensor* r = nullptr;
  check(ignis_conv1d_padding(input.get(), weight.get(), bias.get(), stride.data(), stride.size(), padding.c_str(), dilation.data(), dilation.size(), groups, &r));
  return Tensor::adopt(r);
}
// 2-D convolution of input (N, C, H, W) or (C, H, W) with weight (O, C/groups, kH, kW).
inline Tensor conv2d(const Tensor& input, const Tensor& weight, const Tensor& bias = Tensor(), const std::vector<int64_t>& stride = std::vector<int64_t>{1}, const std::vector<int64_t>& padding = std::vector<int64_t>{0}, const std::vector<int64_t>& dilation = std::vector<int64_t>{1}, int64_t groups = 1) {
  ignis_tensor* r = nullptr;
  check(ignis_conv2d(input.get(), weight.get(), bias.get(), stride.data(), stride.size(), padding.data(), padding.size(), dilation.data(), dilation.size(), groups, &r));
  return Tensor::adopt(r);
}
// 2-D convolution with padding "valid" (none) or "same" (output as large as input; stride 1).
inline Tensor conv2d(const Tensor& input, const Tensor& weight, const Tensor& bias, const std::vector<int64_t>& stride, const std::string& padding, const std::vector<int64_t>& dilation = std::vector<int64_t>{1}, int64_t groups = 1) {
  ignis_tensor* r = nullptr;
  check(ignis_conv2d_padding(input.get(), weight.get(), bias.get(), stride.data(), stride.size(), padding.c_str(), dilation.data(), dilation.size(), groups, &r));
  return Tensor::adopt(r);
}
// 3-D convolution of input (N, C, D, H, W) or (C, D, H, W) with weight (O, C/groups, kD, kH, kW).
inline Tensor conv3d(const Tensor& input, const Tensor& weight, const Tensor& bias = Tensor(), const std::vector<int64_t>& stride = std::vector<int64_t>{1}, const std::vector<int64_t>& padding = std::vector<int64_t>{0}, const std::vector<int64_t>& dilation = std::vector<int64_t>{1}, int64_t groups = 1) {
  ignis_tensor* r = nullptr;
  check(ignis_conv3d(input.get(), weight.get(), bias.get(), stride.data(), stride.size(), padding.data(), padding.size(), dilation.data(), dilation.size(), groups, &r));
  return Tensor::adopt(r);
}
// 3-D convolution with padding "valid" (none) or "same" (output as large as input; stride 1).
inline Tensor conv3d(const Tensor& input, const Tensor& weight, const Tensor& bias, const std::vector<int64_t>& stride, const std::string& padding, const std::vector<int64_t>& dilation = std::vector<int64_t>{1}, int64_t groups = 1) {
  ignis_tensor* r = nullptr;
  check(ignis_conv3d_padding(input.get(), weight.get(), bias.get(), stride.data(), stride.size(), padding.c_str(), dilation.data(), dilation.size(), groups, &r));
  return Tensor::adopt(r);
}
// 1-D transposed convolution (the gradient of conv1d) with weight (C, O/groups, K).
inline Tensor conv_transpose1d(const Tensor& input, const Tensor& weight, const Tensor& bias = Tensor(), const std::vector<int64_t>& stride = std::vector<int64_t>{1}, const std::vector<int64_t>& padding = std::vector<int64_t>{0}, const std::vector<int64_t>& output_padding = std::vector<int64_t>{0}, int64_t groups = 1, const std::vector<int64_t>& dilation = std::vector<int64_t>{1}) {
  ignis_tensor* r = nullptr;
  check(ignis_conv_transpose1d(input.get(), weight.get(), bias.get(), stride.data(), stride.size(), padding.data(), padding.size(), output_padding.data(), output_padding.size(), groups, dilation.data(), dilation.size(), &r));
  return Tensor::adopt(r);
}
// 2-D transposed convolution (the gradient of conv2d) with weight (C, O/groups, kH, kW).
inline Tensor conv_transpose2d(const Tensor& input, const Tensor& weight, const Tensor& bias = Tensor(), const std::vector<int64_t>& stride = std::vector<int64_t>{1}, const std::vector<int64_t>& padding = std::vector<int64_t>{0}, const std::vector<int64_t>& output_padding = std::vector<int64_t>{0}, int64_t groups = 1, const std::vector<int64_t>& dilation = std::vector<int64_t>{1}) {
  ignis_tensor* r = nullptr;
  check(ignis_conv_transpose2d(input.get(), weight.get(), bias.get(), stride.data(), stride.size(), padding.data(), padding.size(), output_padding.data(), output_padding.size(), groups, dilation.data(), dilation.size(), &r));
  return Tensor::adopt(r);
}
// Maximum over sliding windows of the last dim of (N, C, L) or (C, L); stride defaults to kernel_size.
inline Tensor max_pool1d(const Tensor& self, const std::vector<int64_t>& kernel_size, const std::vector<int64_t>& stride = std::vector<int64_t>{}, const std::vector<int64_t>& padding = std::vector<int64_t>{0}, const std::vector<int64_t>& dilation = std::vector<int64_t>{1}, bool ceil_mode = false) {
  ignis_tensor* r = nullptr;
  check(ignis_max_pool1d(self.get(), kernel_size.data(), kernel_size.size(), stride.data(), stride.size(), padding.data(), padding.size(), dilation.data(), dilation.size(), ceil_mode ? 1 : 0, &r));
  return Tensor::adopt(r);
}
// Maximum over sliding windows of the last two dims of (N, C, H, W) or (C, H, W).
inline Tensor max_pool2d(const Tensor& self, const std::vector<int64_t>& kernel_size, const std::vector<int64_t>& stride = std::vector<int64_t>{}, const std::vector<int64_t>& padding = std::vector<int64_t>{0}, const std::vector<int64_t>& dilation = std::vector<int64_t>{1}, bool ceil_mode = false) {
  ignis_tensor* r = nullptr;
  check(ignis_max_pool2d(self.get(), kernel_size.data(), kernel_size.size(), stride.data(), stride.size(), padding.data(), padding.size(), dilation.data(), dilation.size(), ceil_mode ? 1 : 0, &r));
  return Tensor::adopt(r);
}
// max_pool2d and the flat index (h * W + w) of each maximum in its input plane.
inline std::tuple<Tensor, Tensor> max_pool2d_with_indices(const Tensor& self, const std::vector<int64_t>& kernel_size, const std::vector<int64_t>& stride = std::vector<int64_t>{}, const std::vector<int64_t>& padding = std::vector<int64_t>{0}, const std::vector<int64_t>& dilation = std::vector<int64_t>{1}, bool ceil_mode = false) {
  ignis_tensor* r[2] = {};
  check(ignis_max_pool2d_with_indices(self.get(), kernel_size.data(), kernel_size.size(), stride.data(), stride.size(), padding.data(), padding.size(), dilation.data(), dilation.size(), ceil_mode ? 1 : 0, &r[0], &r[1]));
  return {Tensor::adopt(r[0]), Tensor::adopt(r[1])};
}
// Mean over sliding windows of the last dim of (N, C, L) or (C, L).
inline Tensor avg_pool1d(const Tensor& self, const std::vector<int64_t>& kernel_size, const std::vector<int64_t>& stride = std::vector<int64_t>{}, const std::vector<int64_t>& padding = std::vector<int64_t>{0}, bool ceil_mode = false, bool count_include_pad = true) {
  ignis_tensor* r = nullptr;
  check(ignis_avg_pool1d(self.get(), kernel_size.data(), kernel_size.size(), stride.data(), stride.size(), padding.data(), padding.size(), ceil_mode ? 1 : 0, count_include_pad ? 1 : 0, &r));
  return Tensor::adopt(r);
}
// Mean over sliding windows of the last two dims; divisor_override replaces the window size.
inline Tensor avg_pool2d(const Tensor& self, const std::vector<int64_t>& kernel_size, const std::vector<int64_t>& stride = std::vector<int64_t>{}, const std::vector<int64_t>& padding = std::vector<int64_t>{0}, bool ceil_mode = false, bool count_include_pad = true, std::optional<int64_t> divisor_override = std::nullopt) {
  int64_t divisor_override_v{};
  if (divisor_override) divisor_override_v = *divisor_override;
  ignis_tensor* r = nullptr;
  check(ignis_avg_pool2d(self.get(), kernel_size.data(), kernel_size.size(), stride.data(), stride.size(), padding.data(), padding.size(), ceil_mode ? 1 : 0, count_include_pad ? 1 : 0, divisor_override ? &divisor_override_v : nullptr, &r));
  return Tensor::adopt(r);
}
// Mean over output_size evenly spread windows of the last dim.
inline Tensor adaptive_avg_pool1d(const Tensor& self, const std::vector<int64_t>& output_size) {
  ignis_tensor* r = nullptr;
  check(ignis_adaptive_avg_pool1d(self.get(), output_size.data(), output_size.size(), &r));
  return Tensor::adopt(r);
}
// Mean over an output_size grid of evenly spread windows of the last two dims.
inline Tensor adaptive_avg_pool2d(const Tensor& self, const std::vector<int64_t>& output_size) {
  ignis_tensor* r = nullptr;
  check(ignis_adaptive_avg_pool2d(self.get(), output_size.data(), output_size.size(), &r));
  return Tensor::adopt(r);
}
// Maximum over an output_size grid of windows, and the flat index (h * W + w) of each maximum.
inline std::tuple<Tensor, Tensor> adaptive_max_pool2d(const Tensor& self, const std::vector<int64_t>& output_size) {
  ignis_tensor* r[2] = {};
  check(ignis_adaptive_max_pool2d(self.get(), output_size.data(), output_size.size(), &r[0], &r[1]));
  return {Tensor::adopt(r[0]), Tensor::adopt(r[1])};
}
// Resizes the spatial dims to size (or scale_factor times): mode "nearest", "linear" (3-D input) or "bilinear" (4-D input).
inline Tensor interpolate(const Tensor& input, const std::optional<std::vector<int64_t>>& size = std::nullopt, std::optional<double> scale_factor = std::nullopt, const std::string& mode = "nearest", std::optional<bool> align_corners = std::nullopt) {
  double scale_factor_v{};
  if (scale_factor) scale_factor_v = *scale_factor;
  int32_t align_corners_v{};
  if (align_corners) align_corners_v = *align_corners ? 1 : 0;
  ignis_tensor* r = nullptr;
  check(ignis_interpolate(input.get(), size ? size->data() : nullptr, size ? size->size() : 0, scale_factor ? &scale_factor_v : nullptr, mode.c_str(), align_corners ? &align_corners_v : nullptr, &r));
  return Tensor::adopt(r);
}
// Cross entropy of logits (classes in dim 1) against class indices or class probabilities, with class weights, ignore_index and label smoothing.
inline Tensor cross_entropy(const Tensor& input, const Tensor& target, const Tensor& weight = Tensor(), int64_t ignore_index = -100, const std::string& reduction = "mean", double label_smoothing = 0.0) {
  ignis_tensor* r = nullptr;
  check(ignis_cross_entropy(input.get(), target.get(), weight.get(), ignore_index, reduction.c_str(), label_smoothing, &r));
  return Tensor::adopt(r);
}
// Negative log likelihood -weight[t] * input[n, t] of log-probabilities (classes in dim 1); mean divides by the summed weights.
inline Tensor nll_loss(const Tensor& input, const Tensor& target, const Tensor& weight = Tensor(), int64_t ignore_index = -100, const std::string& reduction = "mean") {
  ignis_tensor* r = nullptr;
  check(ignis_nll_loss(input.get(), target.get(), weight.get(), ignore_index, reduction.c_str(), &r));
  return Tensor::adopt(r);
}
// Squared error (input - target)^2, reduced by reduction ("none", "mean" or "sum").
inline Tensor mse_loss(const Tensor& input, const Tensor& target, const std::string& reduction = "mean") {
  ignis_tensor* r = nullptr;
  check(ignis_mse_loss(input.get(), target.get(), reduction.c_str(), &r));
  return Tensor::adopt(r);
}
// Absolute error |input - target|, reduced by reduction.
inline Tensor l1_loss(const Tensor& input, const Tensor& target, const std::string& reduction = "mean") {
  ignis_tensor* r = nullptr;
  check(ignis_l1_loss(input.get(), target.get(), reduction.c_str(), &r));
  return Tensor::adopt(r);
}
// 0.5 d^2 / beta where |d| < beta, else |d| - 0.5 beta (d = input - target), reduced.
inline Tensor smooth_l1_loss(const Tensor& input, const Tensor& target, const std::string& reduction = "mean", double beta = 1.0) {
  ignis_tensor* r = nullptr;
  check(ignis_smooth_l1_loss(input.get(), target.get(), reduction.c_str(), beta, &r));
  return Tensor::adopt(r);
}
// 0.5 d^2 where |d| <= delta, else delta (|d| - 0.5 delta), reduced.
inline Tensor huber_loss(const Tensor& input, const Tensor& target, const std::string& reduction = "mean", double delta = 1.0) {
  ignis_tensor* r = nullptr;
  check(ignis_huber_loss(input.get(), target.get(), reduction.c_str(), delta, &r));
  return Tensor::adopt(r);
}
// -weight (t log(p) + (1 - t) log(1 - p)) of probabilities p, logs clamped at -100 like PyTorch.
inline Tensor binary_cross_entropy(const Tensor& input, const Tensor& target, const Tensor& weight = Tensor(), const std::string& reduction = "mean") {
  ignis_tensor* r = nullptr;
  check(ignis_binary_cross_entropy(input.get(), target.get(), weight.get(), reduction.c_str(), &r));
  return Tensor::adopt(r);
}
// Binary cross entropy of sigmoid(input) computed stably from logits, with weight and pos_weight.
inline Tensor binary_cross_entropy_with_logits(const Tensor& input, const Tensor& target, const Tensor& weight = Tensor(), const Tensor& pos_weight = Tensor(), const std::string& reduction = "mean") {
  ignis_tensor* r = nullptr;
  check(ignis_binary_cross_entropy_with_logits(input.get(), target.get(), weight.get(), pos_weight.get(), reduction.c_str(), &r));
  return Tensor::adopt(r);
}
// target (log(target) - input) pointwise (input is log-probabilities; log_target gives target as logs), reduced.
inline Tensor kl_div(const Tensor& input, const Tensor& target, const std::string& reduction = "mean", bool log_target = false) {
  ignis_tensor* r = nullptr;
  check(ignis_kl_div(input.get(), target.get(), reduction.c_str(), log_target ? 1 : 0, &r));
  return Tensor::adopt(r);
}
inline Tensor Tensor::neg() const { return ignis::neg(*this); }
inline Tensor Tensor::abs() const { return ignis::abs(*this); }
inline Tensor Tensor::sign() const { return ignis::sign(*this); }
inline Tensor Tensor::exp() const { return ignis::exp(*this); }
inline Tensor Tensor::exp2() const { return ignis::exp2(*this); }
inline Tensor Tensor::expm1() const { return ignis::expm1(*this); }
inline Tensor Tensor::log() const { return ignis::log(*this); }
inline Tensor Tensor::log2() const { return ignis::log2(*this); }
inline Tensor Tensor::log10() const { return ignis::log10(*this); }
inline Tensor Tensor::log1p() const { return ignis::log1p(*this); }
inline Tensor Tensor::sqrt() const { return ignis::sqrt(*this); }
inline Tensor Tensor::rsqrt() const { return ignis::rsqrt(*this); }
inline Tensor Tensor::reciprocal() const { return ignis::reciprocal(*this); }
inline Tensor Tensor::sin() const { return ignis::sin(*this); }
inline Tensor Tensor::cos() const { return ignis::cos(*this); }
inline Tensor Tensor::tan() const { return ignis::tan(*this); }
inline Tensor Tensor::asin() const { return ignis::asin(*this); }
inline Tensor Tensor::acos() const { return ignis::acos(*this); }
inline Tensor Tensor::atan() const { return ignis::atan(*this); }
inline Tensor Tensor::sinh() const { return ignis::sinh(*this); }
inline Tensor Tensor::cosh() const { return ignis::cosh(*this); }
inline Tensor Tensor::tanh() const { return ignis::tanh(*this); }
inline Tensor Tensor::sigmoid() const { return ignis::sigmoid(*this); }
inline Tensor Tensor::relu() const { return ignis::relu(*this); }
inline Tensor Tensor::erf() const { return ignis::erf(*this); }
inline Tensor Tensor::erfinv() const { return ignis::erfinv(*this); }
inline Tensor Tensor::floor() const { return ignis::floor(*this); }
inline Tensor Tensor::ceil() const { return ignis::ceil(*this); }
inline Tensor Tensor::round() const { return ignis::round(*this); }
inline Tensor Tensor::round(int64_t decimals) const { return ignis::round(*this, decimals); }
inline Tensor Tensor::trunc() const { return ignis::trunc(*this); }
inline Tensor Tensor::frac() const { return ignis::frac(*this); }
inline Tensor Tensor::isnan() const { return ignis::isnan(*this); }
inline Tensor Tensor::isinf() const { return ignis::isinf(*this); }
inline Tensor Tensor::isfinite() const { return ignis::isfinite(*this); }
inline Tensor Tensor::nan_to_num(std::optional<double> nan, std::optional<double> posinf, std::optional<double> neginf) const { return ignis::nan_to_num(*this, nan, posinf, neginf); }
inline Tensor Tensor::logical_not() const { return ignis::logical_not(*this); }
inline Tensor Tensor::bitwise_not() const { return ignis::bitwise_not(*this); }
inline Tensor Tensor::add(const Tensor& other, Scalar alpha) const { return ignis::add(*this, other, alpha); }
inline Tensor Tensor::add(Scalar other, Scalar alpha) const { return ignis::add(*this, other, alpha); }
inline Tensor Tensor::sub(const Tensor& other, Scalar alpha) const { return ignis::sub(*this, other, alpha); }
inline Tensor Tensor::sub(Scalar other, Scalar alpha) const { return ignis::sub(*this, other, alpha); }
inline Tensor Tensor::mul(const Tensor& other) const { return ignis::mul(*this, other); }
inline Tensor Tensor::mul(Scalar other) const { return ignis::mul(*this, other); }
inline Tensor Tensor::div(const Tensor& other) const { return ignis::div(*this, other); }
inline Tensor Tensor::div(Scalar other) const { return ignis::div(*this, other); }
inline Tensor Tensor::div(const Tensor& other, const std::optional<std::string>& rounding_mode) const { return ignis::div(*this, other, rounding_mode); }
inline Tensor Tensor::div(Scalar other, const std::optional<std::string>& rounding_mode) const { return ignis::div(*this, other, rounding_mode); }
inline Tensor Tensor::floor_divide(const Tensor& other) const { return ignis::floor_divide(*this, other); }
inline Tensor Tensor::floor_divide(Scalar other) const { return ignis::floor_divide(*this, other); }
inline Tensor Tensor::remainder(const Tensor& other) const { return ignis::remainder(*this, other); }
inline Tensor Tensor::remainder(Scalar other) const { return ignis::remainder(*this, other); }
inline Tensor Tensor::fmod(const Tensor& other) const { return ignis::fmod(*this, other); }
inline Tensor Tensor::fmod(Scalar other) const { return ignis::fmod(*this, other); }
inline Tensor Tensor::pow(const Tensor& exponent) const { return ignis::pow(*this, exponent); }
inline Tensor Tensor::pow(Scalar exponent) const { return ignis::pow(*this, exponent); }
inline Tensor Tensor::atan2(const Tensor& other) const { return ignis::atan2(*this, other); }
inline Tensor Tensor::maximum(const Tensor& other) const { return ignis::maximum(*this, other); }
inline Tensor Tensor::minimum(const Tensor& other) const { return ignis::minimum(*this, other); }
inline Tensor Tensor::eq(const Tensor& other) const { return ignis::eq(*this, other); }
inline Tensor Tensor::eq(Scalar other) const { return ignis::eq(*this, other); }
inline Tensor Tensor::ne(const Tensor& other) const { return ignis::ne(*this, other); }
inline Tensor Tensor::ne(Scalar other) const { return ignis::ne(*this, other); }
inline Tensor Tensor::lt(const Tensor& other) const { return ignis::lt(*this, other); }
inline Tensor Tensor::lt(Scalar other) const { return ignis::lt(*this, other); }
inline Tensor Tensor::le(const Tensor& other) const { return ignis::le(*this, other); }
inline Tensor Tensor::le(Scalar other) const { return ignis::le(*this, other); }
inline Tensor Tensor::gt(const Tensor& other) const { return ignis::gt(*this, other); }
inline Tensor Tensor::gt(Scalar other) const { return ignis::gt(*this, other); }
inline Tensor Tensor::ge(const Tensor& other) const { return ignis::ge(*this, other); }
inline Tensor Tensor::ge(Scalar other) const { return ignis::ge(*this, other); }
inline Tensor Tensor::logical_and(const Tensor& other) const { return ignis::logical_and(*this, other); }
inline Tensor Tensor::logical_or(const Tensor& other) const { return ignis::logical_or(*this, other); }
inline Tensor Tensor::logical_xor(const Tensor& other) const { return ignis::logical_xor(*this, other); }
inline Tensor Tensor::bitwise_and(const Tensor& other) const { return ignis::bitwise_and(*this, other); }
inline Tensor Tensor::bitwise_and(Scalar other) const { return ignis::bitwise_and(*this, other); }
inline Tensor Tensor::bitwise_or(const Tensor& other) const { return ignis::bitwise_or(*this, other); }
inline Tensor Tensor::bitwise_or(Scalar other) const { return ignis::bitwise_or(*this, other); }
inline Tensor Tensor::bitwise_xor(const Tensor& other) const { return ignis::bitwise_xor(*this, other); }
inline Tensor Tensor::bitwise_xor(Scalar other) const { return ignis::bitwise_xor(*this, other); }
inline Tensor Tensor::clamp(std::optional<Scalar> min, std::optional<Scalar> max) const { return ignis::clamp(*this, min, max); }
inline Tensor Tensor::clamp(const Tensor& min, const Tensor& max) const { return ignis::clamp(*this, min, max); }
inline Tensor Tensor::lerp(const Tensor& end, Scalar weight) const { return ignis::lerp(*this, end, weight); }
inline Tensor Tensor::lerp(const Tensor& end, const Tensor& weight) const { return ignis::lerp(*this, end, weight); }
inline Tensor Tensor::addcmul(const Tensor& tensor1, const Tensor& tensor2, Scalar value) const { return ignis::addcmul(*this, tensor1, tensor2, value); }
inline Tensor Tensor::addcdiv(const Tensor& tensor1, const Tensor& tensor2, Scalar value) const { return ignis::addcdiv(*this, tensor1, tensor2, value); }
inline Tensor Tensor::sum(const std::optional<std::vector<int64_t>>& dim, bool keepdim, std::optional<ignis_dtype> dtype) const { return ignis::sum(*this, dim, keepdim, dtype); }
inline Tensor Tensor::mean(const std::optional<std::vector<int64_t>>& dim, bool keepdim, std::optional<ignis_dtype> dtype) const { return ignis::mean(*this, dim, keepdim, dtype); }
inline Tensor Tensor::prod(const std::optional<std::vector<int64_t>>& dim, bool keepdim, std::optional<ignis_dtype> dtype) const { return ignis::prod(*this, dim, keepdim, dtype); }
inline Tensor Tensor::var(const std::optional<std::vector<int64_t>>& dim, std::optional<Scalar> correction, bool keepdim) const { return ignis::var(*this, dim, correction, keepdim); }
inline Tensor Tensor::std(const std::optional<std::vector<int64_t>>& dim, std::optional<Scalar> correction, bool keepdim) const { return ignis::std(*this, dim, correction, keepdim); }
inline Tensor Tensor::max() const { return ignis::max(*this); }
inline std::tuple<Tensor, Tensor> Tensor::max(int64_t dim, bool keepdim) const { return ignis::max(*this, dim, keepdim); }
inline Tensor Tensor::min() const { return ignis::min(*this); }
inline std::tuple<Tensor, Tensor> Tensor::min(int64_t dim, bool keepdim) const { return ignis::min(*this, dim, keepdim); }
inline Tensor Tensor::amax(const std::vector<int64_t>& dim, bool keepdim) const { return ignis::amax(*this, dim, keepdim); }
inline Tensor Tensor::amin(const std::vector<int64_t>& dim, bool keepdim) const { return ignis::amin(*this, dim, keepdim); }
inline Tensor Tensor::argmax(std::optional<int64_t> dim, bool keepdim) const { return ignis::argmax(*this, dim, keepdim); }
inline Tensor Tensor::argmin(std::optional<int64_t> dim, bool keepdim) const { return ignis::argmin(*this, dim, keepdim); }
inline Tensor Tensor::logsumexp(const std::vector<int64_t>& dim, bool keepdim) const { return ignis::logsumexp(*this, dim, keepdim); }
inline Tensor Tensor::all(const std::optional<std::vector<int64_t>>& dim, bool keepdim) const { return ignis::all(*this, dim, keepdim); }
inline Tensor Tensor::any(const std::optional<std::vector<int64_t>>& dim, bool keepdim) const { return ignis::any(*this, dim, keepdim); }
inline Tensor Tensor::norm(std::optional<Scalar> p, const std::optional<std::vector<int64_t>>& dim, bool keepdim, std::optional<ignis_dtype> dtype) const { return ignis::norm(*this, p, dim, keepdim, dtype); }
inline Tensor Tensor::norm(const std::string& p, const std::optional<std::vector<int64_t>>& dim, bool keepdim, std::optional<ignis_dtype> dtype) const { return ignis::norm(*this, p, dim, keepdim, dtype); }
inline Tensor Tensor::count_nonzero(const std::optional<std::vector<int64_t>>& dim) const { return ignis::count_nonzero(*this, dim); }
inline Tensor Tensor::cumsum(int64_t dim, std::optional<ignis_dtype> dtype) const { return ignis::cumsum(*this, dim, dtype); }
inline Tensor Tensor::cumprod(int64_t dim, std::optional<ignis_dtype> dtype) const { return ignis::cumprod(*this, dim, dtype); }
inline std::tuple<Tensor, Tensor> Tensor::sort(int64_t dim, bool descending, bool stable) const { return ignis::sort(*this, dim, descending, stable); }
inline Tensor Tensor::argsort(int64_t dim, bool descending, bool stable) const { return ignis::argsort(*this, dim, descending, stable); }
inline std::tuple<Tensor, Tensor> Tensor::topk(int64_t k, int64_t dim, bool largest, bool sorted) const { return ignis::topk(*this, k, dim, largest, sorted); }
inline std::tuple<Tensor, Tensor> Tensor::kthvalue(int64_t k, int64_t dim, bool keepdim) const { return ignis::kthvalue(*this, k, dim, keepdim); }
inline Tensor Tensor::median() const { return ignis::median(*this); }
inline std::tuple<Tensor, Tensor> Tensor::median(int64_t dim, bool keepdim) const { return ignis::median(*this, dim, keepdim); }
inline std::vector<Tensor> Tensor::split(int64_t split_size, int64_t dim) const { return ignis::split(*this, split_size, dim); }
inline std::vector<Tensor> Tensor::split(const std::vector<int64_t>& split_size, int64_t dim) const { return ignis::split(*this, split_size, dim); }
inline std::vector<Tensor> Tensor::split_with_sizes(const std::vector<int64_t>& split_sizes, int64_t dim) const { return ignis::split_with_sizes(*this, split_sizes, dim); }
inline std::vector<Tensor> Tensor::chunk(int64_t chunks, int64_t dim) const { return ignis::chunk(*this, chunks, dim); }
inline std::vector<Tensor> Tensor::unbind(int64_t dim) const { return ignis::unbind(*this, dim); }
inline Tensor Tensor::flip(const std::vector<int64_t>& dims) const { return ignis::flip(*this, dims); }
inline Tensor Tensor::roll(const std::vector<int64_t>& shifts, const std::vector<int64_t>& dims) const { return ignis::roll(*this, shifts, dims); }
inline Tensor Tensor::repeat(const std::vector<int64_t>& repeats) const { return ignis::repeat(*this, repeats); }
inline Tensor Tensor::tile(const std::vector<int64_t>& dims) const { return ignis::tile(*this, dims); }
inline Tensor Tensor::repeat_interleave(const Tensor& repeats, std::optional<int64_t> dim, std::optional<int64_t> output_size) const { return ignis::repeat_interleave(*this, repeats, dim, output_size); }
inline Tensor Tensor::repeat_interleave(int64_t repeats, std::optional<int64_t> dim, std::optional<int64_t> output_size) const { return ignis::repeat_interleave(*this, repeats, dim, output_size); }
inline Tensor Tensor::tril(int64_t diagonal) const { return ignis::tril(*this, diagonal); }
inline Tensor Tensor::triu(int64_t diagonal) const { return ignis::triu(*this, diagonal); }
inline Tensor Tensor::index_select(int64_t dim, const Tensor& index) const { return ignis::index_select(*this, dim, index); }
inline Tensor Tensor::gather(int64_t dim, const Tensor& index, bool sparse_grad) const { return ignis::gather(*this, dim, index, sparse_grad); }
inline Tensor Tensor::scatter(int64_t dim, const Tensor& index, const Tensor& src, const std::optional<std::string>& reduce) const { return ignis::scatter(*this, dim, index, src, reduce); }
inline Tensor Tensor::scatter(int64_t dim, const Tensor& index, Scalar value, const std::optional<std::string>& reduce) const { return ignis::scatter(*this, dim, index, value, reduce); }
inline Tensor Tensor::scatter_add(int64_t dim, const Tensor& index, const Tensor& src) const { return ignis::scatter_add(*this, dim, index, src); }
inline Tensor Tensor::index_add(int64_t dim, const Tensor& index, const Tensor& source, Scalar alpha) const { return ignis::index_add(*this, dim, index, source, alpha); }
inline Tensor Tensor::index_put(const std::vector<Tensor>& indices, const Tensor& values, bool accumulate) const { return ignis::index_put(*this, indices, values, accumulate); }
inline Tensor Tensor::masked_fill(const Tensor& mask, Scalar value) const { return ignis::masked_fill(*this, mask, value); }
inline Tensor Tensor::masked_fill(const Tensor& mask, const Tensor& value) const { return ignis::masked_fill(*this, mask, value); }
inline Tensor Tensor::masked_select(const Tensor& mask) const { return ignis::masked_select(*this, mask); }
inline Tensor Tensor::masked_scatter(const Tensor& mask, const Tensor& source) const { return ignis::masked_scatter(*this, mask, source); }
inline Tensor Tensor::nonzero() const { return ignis::nonzero(*this); }
inline Tensor Tensor::take(const Tensor& index) const { return ignis::take(*this, index); }
inline Tensor Tensor::matmul(const Tensor& other) const { return ignis::matmul(*this, other); }
inline Tensor Tensor::mm(const Tensor& mat2) const { return ignis::mm(*this, mat2); }
inline Tensor Tensor::bmm(const Tensor& mat2) const { return ignis::bmm(*this, mat2); }
inline Tensor Tensor::addmm(const Tensor& mat1, const Tensor& mat2, Scalar beta, Scalar alpha) const { return ignis::addmm(*this, mat1, mat2, beta, alpha); }
inline Tensor Tensor::baddbmm(const Tensor& batch1, const Tensor& batch2, Scalar beta, Scalar alpha) const { return ignis::baddbmm(*this, batch1, batch2, beta, alpha); }
inline Tensor Tensor::mv(const Tensor& vec) const { return ignis::mv(*this, vec); }
inline Tensor Tensor::dot(const Tensor& tensor) const { return ignis::dot(*this, tensor); }
inline Tensor Tensor::outer(const Tensor& vec2) const { return ignis::outer(*this, vec2); }
inline Tensor Tensor::softmax(int64_t dim, std::optional<ignis_dtype> dtype) const { return ignis::softmax(*this, dim, dtype); }
inline Tensor Tensor::log_softmax(int64_t dim, std::optional<ignis_dtype> dtype) const { return ignis::log_softmax(*this, dim, dtype); }
#endif
