// generated from codegen/ops.yaml by codegen/gen.py - do not edit

// The op table the schema-driven op tests walk (tests/cpp/ops/op_table_test.cpp).
#pragma once

#include <array>
#include <string_view>

namespace ignis::test {

struct OpInfo {
  std::string_view name, overload, family, dtypes, signature;
  bool method, function, inplace, out, differentiable;
};

inline constexpr std::array<OpInfo, 0> kOpTable = {{
}};

}  // namespace ignis::test
