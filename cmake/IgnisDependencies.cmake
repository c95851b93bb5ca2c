# Third-party libraries from Debian packages (DESIGN §10). Missing ones are installed by
# scripts/bootstrap.sh; here a missing required one is a configure error naming the package.
find_package(OpenMP REQUIRED)
find_package(Threads REQUIRED)

# Highway (libhwy-dev): portable SIMD with runtime dispatch for elementwise and reduction
# kernels; hwy_contrib brings vectorized math (exp, log, tanh, ...) and sort.
find_package(PkgConfig REQUIRED)
pkg_check_modules(HWY REQUIRED IMPORTED_TARGET libhwy libhwy-contrib)
message(STATUS "ignis: Highway ${HWY_libhwy_VERSION} found")
# SLEEF (libsleef-dev): vectorized transcendental functions where Highway has none (erf, ...).
pkg_check_modules(SLEEF REQUIRED IMPORTED_TARGET sleef)

# oneDNN (libdnnl-dev): GEMM, convolution, pooling and normalization primitives. Debian builds
# it on GNU OpenMP, so it shares the engine's one thread pool.
find_package(dnnl REQUIRED CONFIG)
message(STATUS "ignis: oneDNN ${dnnl_VERSION} found")
# LAPACK (liblapack-dev, reference BLAS underneath: no second thread pool) for the
# decompositions in linalg (solve, inv, det, cholesky, qr, svd).
find_package(LAPACK REQUIRED)
# zlib (zlib1g-dev) for gzip-compressed IDX files and libpng (libpng-dev) for image folders
# (cpp/data).
find_package(ZLIB REQUIRED)
find_package(PNG REQUIRED)
