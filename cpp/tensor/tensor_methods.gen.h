// generated from codegen/ops.yaml by codegen/gen.py - do not edit

// Included inside class Tensor (tensor/tensor.h): one method per schema op.

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
  Tensor add(const Tensor& other, const Scalar& alpha = 1) const;
  // self + alpha * other for a Scalar other.
  Tensor add(const Scalar& other, const Scalar& alpha = 1) const;
  // self - alpha * other, broadcasting (not for bool tensors).
  Tensor sub(const Tensor& other, const Scalar& alpha = 1) const;
  // self - alpha * other for a Scalar other.
  Tensor sub(const Scalar& other, const Scalar& alpha = 1) const;
  // Elementwise product, broadcasting.
  Tensor mul(const Tensor& other) const;
  // Each element times a Scalar.
  Tensor mul(const Scalar& other) const;
  // True division; integer inputs give the default float dtype.
  Tensor div(const Tensor& other) const;
  // True division by a Scalar.
  Tensor div(const Scalar& other) const;
  // Division rounded by rounding_mode: None (true division), "trunc" or "floor".
  Tensor div(const Tensor& other, std::optional<std::string_view> rounding_mode) const;
  // Division by a Scalar rounded by rounding_mode: None, "trunc" or "floor".
  Tensor div(const Scalar& other, std::optional<std::string_view> rounding_mode) const;
  // Division rounded toward negative infinity (Python //).
  Tensor floor_divide(const Tensor& other) const;
  // Floor division by a Scalar.
  Tensor floor_divide(const Scalar& other) const;
  // Python-style modulus: the result has the sign of the divisor.
  Tensor remainder(const Tensor& other) const;
  // Python-style modulus by a Scalar.
  Tensor remainder(const Scalar& other) const;
  // C-style modulus: the result has the sign of the dividend.
  Tensor fmod(const Tensor& other) const;
  // C-style modulus by a Scalar.
  Tensor fmod(const Scalar& other) const;
  // self raised to exponent elementwise.
  Tensor pow(const Tensor& exponent) const;
  // Each element raised to a Scalar exponent.
  Tensor pow(const Scalar& exponent) const;
  // Arctangent of self / other in the right quadrant; integers give the default float dtype.
  Tensor atan2(const Tensor& other) const;
  // Elementwise maximum; NaN if either is NaN.
  Tensor maximum(const Tensor& other) const;
  // Elementwise minimum; NaN if either is NaN.
  Tensor minimum(const Tensor& other) const;
  // self == other elementwise (bool result).
  Tensor eq(const Tensor& other) const;
  // self == a Scalar elementwise (bool result).
  Tensor eq(const Scalar& other) const;
  // self != other elementwise (bool result).
  Tensor ne(const Tensor& other) const;
  // self != a Scalar elementwise (bool result).
  Tensor ne(const Scalar& other) const;
  // self < other elementwise (bool result).
  Tensor lt(const Tensor& other) const;
  // self < a Scalar elementwise (bool result).
  Tensor lt(const Scalar& other) const;
  // self <= other elementwise (bool result).
  Tensor le(const Tensor& other) const;
  // self <= a Scalar elementwise (bool result).
  Tensor le(const Scalar& other) const;
  // self > other elementwise (bool result).
  Tensor gt(const Tensor& other) const;
  // self > a Scalar elementwise (bool result).
  Tensor gt(const Scalar& other) const;
  // self >= other elementwise (bool result).
  Tensor ge(const Tensor& other) const;
  // self >= a Scalar elementwise (bool result).
  Tensor ge(const Scalar& other) const;
  // Elementwise AND of truth values (nonzero is true; bool result).
  Tensor logical_and(const Tensor& other) const;
  // Elementwise OR of truth values (bool result).
  Tensor logical_or(const Tensor& other) const;
  // Elementwise XOR of truth values (bool result).
  Tensor logical_xor(const Tensor& other) const;
  // Bitwise AND of integer or bool tensors.
  Tensor bitwise_and(const Tensor& other) const;
  // Bitwise AND with an integer or bool Scalar.
  Tensor bitwise_and(const Scalar& other) const;
  // Bitwise OR of integer or bool tensors.
  Tensor bitwise_or(const Tensor& other) const;
  // Bitwise OR with an integer or bool Scalar.
  Tensor bitwise_or(const Scalar& other) const;
  // Bitwise XOR of integer or bool tensors.
  Tensor bitwise_xor(const Tensor& other) const;
  // Bitwise XOR with an integer or bool Scalar.
  Tensor bitwise_xor(const Scalar& other) const;
  // Each element limited to [min, max] (min > max gives max); NaN stays NaN.
  Tensor clamp(const std::optional<Scalar>& min = std::nullopt, const std::optional<Scalar>& max = std::nullopt) const;
  // Each element limited by broadcast min and max tensors (NaN bounds propagate).
  Tensor clamp(const std::optional<Tensor>& min = std::nullopt, const std::optional<Tensor>& max = std::nullopt) const;
  // Linear interpolation self + weight * (end - self).
  Tensor lerp(const Tensor& end, const Scalar& weight) const;
  // Linear interpolation with a broadcast weight tensor.
  Tensor lerp(const Tensor& end, const Tensor& weight) const;
  // self + value * tensor1 * tensor2.
  Tensor addcmul(const Tensor& tensor1, const Tensor& tensor2, const Scalar& value = 1) const;
  // self + value * tensor1 / tensor2 (integer tensor1 and tensor2 are an error).
  Tensor addcdiv(const Tensor& tensor1, const Tensor& tensor2, const Scalar& value = 1) const;
  // Sum over dims (None or [] = all); integers and bool sum to int64 unless dtype is given.
  Tensor sum(OptIntArrayRef dim = std::nullopt, bool keepdim = false, std::optional<DType> dtype = std::nullopt) const;
  // Arithmetic mean over dims (None or [] = all); nan for an empty reduction.
  Tensor mean(OptIntArrayRef dim = std::nullopt, bool keepdim = false, std::optional<DType> dtype = std::nullopt) const;
  // Product over dims (None = all); integers and bool multiply to int64 unless dtype is given.
  Tensor prod(OptIntArrayRef dim = std::nullopt, bool keepdim = false, std::optional<DType> dtype = std::nullopt) const;
  // Variance over dims with sum of squared deviations / max(0, N - correction) (None = 1).
  Tensor var(OptIntArrayRef dim = std::nullopt, const std::optional<Scalar>& correction = std::nullopt, bool keepdim = false) const;
  // Standard deviation over dims, the square root of var with the same correction (None = 1).
  Tensor std(OptIntArrayRef dim = std::nullopt, const std::optional<Scalar>& correction = std::nullopt, bool keepdim = false) const;
  // Largest element (nan when any element is nan); errors on an empty tensor.
  Tensor max() const;
  // Largest values along dim and the index of the first of each (nan propagates).
  std::tuple<Tensor, Tensor> max(int64_t dim, bool keepdim = false) const;
  // Smallest element (nan when any element is nan); errors on an empty tensor.
  Tensor min() const;
  // Smallest values along dim and the index of the first of each (nan propagates).
  std::tuple<Tensor, Tensor> min(int64_t dim, bool keepdim = false) const;
  // Largest values over dims ([] = all), nan propagating; reduced dims must be non-empty.
  Tensor amax(IntArrayRef dim = {}, bool keepdim = false) const;
  // Smallest values over dims ([] = all), nan propagating; reduced dims must be non-empty.
  Tensor amin(IntArrayRef dim = {}, bool keepdim = false) const;
  // Index of the first largest value along dim (None = of the flattened tensor; nan is largest).
  Tensor argmax(std::optional<int64_t> dim = std::nullopt, bool keepdim = false) const;
  // Index of the first smallest value along dim (None = of the flattened tensor; nan is smallest).
  Tensor argmin(std::optional<int64_t> dim = std::nullopt, bool keepdim = false) const;
  // log(sum(exp(x))) over dims, computed stably; integers give the default float dtype.
  Tensor logsumexp(IntArrayRef dim, bool keepdim = false) const;
  // True (bool) where every element over dims is nonzero; true for an empty reduction.
  Tensor all(OptIntArrayRef dim = std::nullopt, bool keepdim = false) const;
  // True (bool) where some element over dims is nonzero; false for an empty reduction.
  Tensor any(OptIntArrayRef dim = std::nullopt, bool keepdim = false) const;
  // Vector p-norm over dims (None = all); p may be inf, -inf or 0 (count of nonzeros).
  Tensor norm(const std::optional<Scalar>& p = 2, OptIntArrayRef dim = std::nullopt, bool keepdim = false, std::optional<DType> dtype = std::nullopt) const;
  // Frobenius norm for p = "fro" (the 2-norm over dims, None = all); "nuc" is not supported.
  Tensor norm(std::string_view p, OptIntArrayRef dim = std::nullopt, bool keepdim = false, std::optional<DType> dtype = std::nullopt) const;
  // Number of nonzero elements over dims (None = all), as int64.
  Tensor count_nonzero(OptIntArrayRef dim = std::nullopt) const;
  // Running sum along dim; integers and bool give int64 unless dtype is given.
  Tensor cumsum(int64_t dim, std::optional<DType> dtype = std::nullopt) const;
  // Running product along dim; integers and bool give int64 unless dtype is given.
  Tensor cumprod(int64_t dim, std::optional<DType> dtype = std::nullopt) const;
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
  std::vector<Tensor> split(IntArrayRef split_size, int64_t dim = 0) const;
  // Views of self in pieces of the given sizes along dim (they must sum to its size).
  std::vector<Tensor> split_with_sizes(IntArrayRef split_sizes, int64_t dim = 0) const;
  // Views of self in at most `chunks` pieces of equal size (ceil) along dim.
  std::vector<Tensor> chunk(int64_t chunks, int64_t dim = 0) const;
  // Views of every slice of self along dim, with that dimension removed.
  std::vector<Tensor> unbind(int64_t dim = 0) const;
  // Copy of self with the order of elements reversed along dims.
  Tensor flip(IntArrayRef dims) const;
  // Copy of self rolled by shifts along dims (flattened and restored when dims is empty).
  Tensor roll(IntArrayRef shifts, IntArrayRef dims = {}) const;
  // Copy of self tiled repeats[i] times along each dimension (leading new dims allowed).
  Tensor repeat(IntArrayRef repeats) const;
  // Like repeat, but fewer dims than self.dim() are padded with leading 1s.
  Tensor tile(IntArrayRef dims) const;
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
  Tensor scatter(int64_t dim, const Tensor& index, const Tensor& src, std::optional<std::string_view> reduce = std::nullopt) const;
  // Copy of self with value written at the positions index selects along dim (reduce "add" or "multiply" combines instead).
  Tensor scatter(int64_t dim, const Tensor& index, const Scalar& value, std::optional<std::string_view> reduce = std::nullopt) const;
  // Copy of self with src added at the positions index selects along dim (deterministic).
  Tensor scatter_add(int64_t dim, const Tensor& index, const Tensor& src) const;
  // Copy of self with alpha * source[i] added to the slice index[i] along dim (deterministic).
  Tensor index_add(int64_t dim, const Tensor& index, const Tensor& source, const Scalar& alpha = 1) const;
  // Copy of self with self[indices] = values (or +=, with accumulate); an undefined index tensor is a full slice.
  Tensor index_put(const std::vector<Tensor>& indices, const Tensor& values, bool accumulate = false) const;
  // Copy of self with value where the boolean mask (broadcast) is true.
  Tensor masked_fill(const Tensor& mask, const Scalar& value) const;
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
  Tensor addmm(const Tensor& mat1, const Tensor& mat2, const Scalar& beta = 1, const Scalar& alpha = 1) const;
  // beta * self + alpha * bmm(batch1, batch2); self broadcasts to the product's shape.
  Tensor baddbmm(const Tensor& batch1, const Tensor& batch2, const Scalar& beta = 1, const Scalar& alpha = 1) const;
  // Product of a 2-D matrix and a 1-D vector.
  Tensor mv(const Tensor& vec) const;
  // Inner product of two 1-D tensors of the same length (0-dim result).
  Tensor dot(const Tensor& tensor) const;
  // Outer product of two 1-D tensors (n x m result).
  Tensor outer(const Tensor& vec2) const;
  // exp(x) / sum(exp(x)) along dim, computed with max subtraction; dtype casts the input first.
  Tensor softmax(int64_t dim, std::optional<DType> dtype = std::nullopt) const;
  // x - logsumexp(x) along dim (numerically stable); dtype casts the input first.
  Tensor log_softmax(int64_t dim, std::optional<DType> dtype = std::nullopt) const;
  Tensor& neg_();
  Tensor& abs_();
  Tensor& sign_();
  Tensor& exp_();
  Tensor& exp2_();
  Tensor& expm1_();
  Tensor& log_();
  Tensor& log2_();
  Tensor& log10_();
  Tensor& log1p_();
  Tensor& sqrt_();
  Tensor& rsqrt_();
  Tensor& reciprocal_();
  Tensor& sin_();
  Tensor& cos_();
  Tensor& tan_();
  Tensor& asin_();
  Tensor& acos_();
  Tensor& atan_();
  Tensor& sinh_();
  Tensor& cosh_();
  Tensor& tanh_();
  Tensor& sigmoid_();
  Tensor& relu_();
  Tensor& relu6_();
  Tensor& leaky_relu_(const Scalar& negative_slope = 0.01);
  Tensor& elu_(const Scalar& alpha = 1, const Scalar& scale = 1, const Scalar& input_scale = 1);
  Tensor& selu_();
  Tensor& gelu_(std::string_view approximate = "none");
  Tensor& silu_();
  Tensor& mish_();
  Tensor& hardswish_();
  Tensor& hardsigmoid_();
  Tensor& erf_();
  Tensor& erfinv_();
  Tensor& floor_();
  Tensor& ceil_();
  Tensor& round_();
  Tensor& round_(int64_t decimals);
  Tensor& trunc_();
  Tensor& frac_();
  Tensor& nan_to_num_(std::optional<double> nan = std::nullopt, std::optional<double> posinf = std::nullopt, std::optional<double> neginf = std::nullopt);
  Tensor& logical_not_();
  Tensor& bitwise_not_();
  Tensor& add_(const Tensor& other, const Scalar& alpha = 1);
  Tensor& add_(const Scalar& other, const Scalar& alpha = 1);
  Tensor& sub_(const Tensor& other, const Scalar& alpha = 1);
  Tensor& sub_(const Scalar& other, const Scalar& alpha = 1);
  Tensor& mul_(const Tensor& other);
  Tensor& mul_(const Scalar& other);
  Tensor& div_(const Tensor& other);
  Tensor& div_(const Scalar& other);
  Tensor& div_(const Tensor& other, std::optional<std::string_view> rounding_mode);
  Tensor& div_(const Scalar& other, std::optional<std::string_view> rounding_mode);
  Tensor& floor_divide_(const Tensor& other);
  Tensor& floor_divide_(const Scalar& other);
  Tensor& remainder_(const Tensor& other);
  Tensor& remainder_(const Scalar& other);
  Tensor& fmod_(const Tensor& other);
  Tensor& fmod_(const Scalar& other);
  Tensor& pow_(const Tensor& exponent);
  Tensor& pow_(const Scalar& exponent);
  Tensor& atan2_(const Tensor& other);
  Tensor& eq_(const Tensor& other);
  Tensor& eq_(const Scalar& other);
  Tensor& ne_(const Tensor& other);
  Tensor& ne_(const Scalar& other);
  Tensor& lt_(const Tensor& other);
  Tensor& lt_(const Scalar& other);
  Tensor& le_(const Tensor& other);
  Tensor& le_(const Scalar& other);
  Tensor& gt_(const Tensor& other);
  Tensor& gt_(const Scalar& other);
  Tensor& ge_(const Tensor& other);
  Tensor& ge_(const Scalar& other);
  Tensor& logical_and_(const Tensor& other);
  Tensor& logical_or_(const Tensor& other);
  Tensor& logical_xor_(const Tensor& other);
  Tensor& bitwise_and_(const Tensor& other);
  Tensor& bitwise_and_(const Scalar& other);
  Tensor& bitwise_or_(const Tensor& other);
  Tensor& bitwise_or_(const Scalar& other);
  Tensor& bitwise_xor_(const Tensor& other);
  Tensor& bitwise_xor_(const Scalar& other);
  Tensor& clamp_(const std::optional<Scalar>& min = std::nullopt, const std::optional<Scalar>& max = std::nullopt);
  Tensor& clamp_(const std::optional<Tensor>& min = std::nullopt, const std::optional<Tensor>& max = std::nullopt);
  Tensor& lerp_(const Tensor& end, const Scalar& weight);
  Tensor& lerp_(const Tensor& end, const Tensor& weight);
  Tensor& addcmul_(const Tensor& tensor1, const Tensor& tensor2, const Scalar& value = 1);
  Tensor& addcdiv_(const Tensor& tensor1, const Tensor& tensor2, const Scalar& value = 1);
  Tensor& cumsum_(int64_t dim, std::optional<DType> dtype = std::nullopt);
  Tensor& cumprod_(int64_t dim, std::optional<DType> dtype = std::nullopt);
  Tensor& tril_(int64_t diagonal = 0);
  Tensor& triu_(int64_t diagonal = 0);
  Tensor& scatter_(int64_t dim, const Tensor& index, const Tensor& src, std::optional<std::string_view> reduce = std::nullopt);
  Tensor& scatter_(int64_t dim, const Tensor& index, const Scalar& value, std::optional<std::string_view> reduce = std::nullopt);
  Tensor& scatter_add_(int64_t dim, const Tensor& index, const Tensor& src);
  Tensor& index_add_(int64_t dim, const Tensor& index, const Tensor& source, const Scalar& alpha = 1);
  Tensor& index_put_(const std::vector<Tensor>& indices, const Tensor& values, bool accumulate = false);
  Tensor& masked_fill_(const Tensor& mask, const Scalar& value);
  Tensor& masked_fill_(const Tensor& mask, const Tensor& value);
  Tensor& masked_scatter_(const Tensor& mask, const Tensor& source);
  Tensor& addmm_(const Tensor& mat1, const Tensor& mat2, const Scalar& beta = 1, const Scalar& alpha = 1);
  Tensor& baddbmm_(const Tensor& batch1, const Tensor& batch2, const Scalar& beta = 1, const Scalar& alpha = 1);
