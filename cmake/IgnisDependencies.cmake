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
