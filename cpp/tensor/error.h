// The engine's one exception hierarchy; each kind maps to one C API status code.
#pragma once

#include <sstream>
#include <stdexcept>
#include <string>

namespace ignis {

// Error kinds; the numeric values are the C API's ignis_status codes (DESIGN §7).
enum class ErrorKind : int {
  InvalidArgument = 1,
  Shape = 2,
  DType = 3,
  Device = 4,
  OutOfMemory = 5,
  IO = 6,
  Unsupported = 7,
  Internal = 8,
  Index = 9,
};

// Short lowercase name of a kind ("shape", "dtype", ...).
inline const char* error_kind_name(ErrorKind kind) {
  switch (kind) {
  case ErrorKind::InvalidArgument:
    return "invalid_argument";
  case ErrorKind::Shape:
    return "shape";
  case ErrorKind::DType:
    return "dtype";
  case ErrorKind::Device:
    return "device";
  case ErrorKind::OutOfMemory:
    return "out_of_memory";
  case ErrorKind::IO:
    return "io";
  case ErrorKind::Unsupported:
    return "unsupported";
  case ErrorKind::Internal:
    return "internal";
  case ErrorKind::Index:
    return "index";
  }
  return "unknown";
}

// Base of every error the engine throws; what() is the full message.
class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, const std::string& msg) : std::runtime_error(msg), kind_(kind) {}
  ErrorKind kind() const { return kind_; }

 private:
  ErrorKind kind_;
};

// One subclass per kind so callers can catch precisely.
#define IGNIS_DEFINE_ERROR(Name, Kind)                                                             \
  class Name : public Error {                                                                      \
   public:                                                                                         \
    explicit Name(const std::string& msg) : Error(ErrorKind::Kind, msg) {}                         \
  };
IGNIS_DEFINE_ERROR(InvalidArgumentError, InvalidArgument)
IGNIS_DEFINE_ERROR(ShapeError, Shape)
IGNIS_DEFINE_ERROR(DTypeError, DType)
IGNIS_DEFINE_ERROR(DeviceError, Device)
IGNIS_DEFINE_ERROR(OutOfMemoryError, OutOfMemory)
IGNIS_DEFINE_ERROR(IOError, IO)
IGNIS_DEFINE_ERROR(UnsupportedError, Unsupported)
IGNIS_DEFINE_ERROR(InternalError, Internal)
IGNIS_DEFINE_ERROR(IndexError, Index)
#undef IGNIS_DEFINE_ERROR

namespace detail {
// Streams every argument into one string.
template <typename... Args>
std::string str_cat(const Args&... args) {
  std::ostringstream os;
  (os << ... << args);
  return os.str();
}
}  // namespace detail

}  // namespace ignis

// Throws ignis::<Kind>Error with the streamed message when cond is false:
//   IGNIS_CHECK(a.dim() == 2, Shape, "mm: expected self to be 2-D but got ", a.dim(), "-D");
#define IGNIS_CHECK(cond, Kind, ...)                                                               \
  do {                                                                                             \
    if (__builtin_expect(!(cond), 0)) {                                                            \
      throw ::ignis::Kind##Error(::ignis::detail::str_cat(__VA_ARGS__));                           \
    }                                                                                              \
  } while (0)

// Throws ignis::<Kind>Error unconditionally.
#define IGNIS_FAIL(Kind, ...) throw ::ignis::Kind##Error(::ignis::detail::str_cat(__VA_ARGS__))
