// Walks the op table generated from codegen/ops.yaml: every schema op must be covered by a
// reference test somewhere in tests/cpp/ops (IGNIS_OP_COVERED), so a new schema entry without
// tests fails here.
#include <gtest/gtest.h>

#include "op_harness.h"
#include "op_table.gen.h"

using namespace ignis;
using namespace ignis::test;

TEST(OpTable, EverySchemaOpHasAReferenceTest) {
  for (const OpInfo& op : kOpTable) {
    std::string key(op.name);
    if (!op.overload.empty()) key += "." + std::string(op.overload);
    EXPECT_TRUE(covered_ops().count(key) || covered_ops().count(std::string(op.name)))
        << "schema op " << key << " (" << op.family << ") has no test marked IGNIS_OP_COVERED";
  }
}

TEST(OpTable, DtypeListsParse) {
  for (const OpInfo& op : kOpTable) EXPECT_FALSE(schema_dtypes(op.dtypes).empty()) << op.name;
}
