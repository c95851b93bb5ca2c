// CSV parsing (RFC 4180 quoting, one record per line) into feature and label tensors.
#include "data/csv.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <fstream>

namespace ignis::data {

namespace {

// Splits one line into fields; false for an unterminated quote.
bool split(const std::string& line, char delim, std::vector<std::string>* out) {
  out->clear();
  std::string f;
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        f.push_back('"');
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        f.push_back(c);
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == delim) {
      out->push_back(std::move(f));
      f.clear();
    } else {
      f.push_back(c);
    }
  }
  out->push_back(std::move(f));
  return !quoted;
}

std::string trim(const std::string& s) {
  size_t a = s.find_first_not_of(" \t"), b = s.find_last_not_of(" \t");
  return a == std::string::npos ? std::string() : s.substr(a, b - a + 1);
}

bool to_double(const std::string& s, double* out) {
  std::string t = trim(s);
  if (t.empty()) return false;
  errno = 0;
  char* end = nullptr;
  *out = std::strtod(t.c_str(), &end);
  return end == t.c_str() + t.size();
}

}  // namespace

CsvDataset::CsvDataset(const std::string& path, CsvOptions o) {
  IGNIS_CHECK(o.label_dtype == DType::I64 || o.label_dtype == DType::F32, InvalidArgument,
              "CsvDataset: expected label_dtype int64 or float32 but got ",
              dtype_name(o.label_dtype));
  std::ifstream in(path);
  IGNIS_CHECK(in.is_open(), IO, "CsvDataset: cannot open ", path);
  std::string line;
  std::vector<std::string> fields;
  IGNIS_CHECK(std::getline(in, line), IO, "CsvDataset: ", path, " is empty (expected a header)");
  if (!line.empty() && line.back() == '\r') line.pop_back();
  IGNIS_CHECK(split(line, o.delimiter, &fields), IO, "CsvDataset: ", path,
              ":1: unterminated quote in the header");
  int64_t label = -1;
  for (size_t c = 0; c < fields.size(); ++c) {
    std::string name = trim(fields[c]);
    if (name == o.label_column)
      label = static_cast<int64_t>(c);
    else
      names_.push_back(name);
  }
  IGNIS_CHECK(label >= 0, IO, "CsvDataset: ", path, ": no label column \"", o.label_column,
              "\" in the header");
  size_t ncols = fields.size();
  std::vector<float> feats;
  std::vector<double> labels;
  int64_t lineno = 1;
  while (std::getline(in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (trim(line).empty()) continue;
    IGNIS_CHECK(split(line, o.delimiter, &fields), IO, "CsvDataset: ", path, ":", lineno,
                ": unterminated quote");
    IGNIS_CHECK(fields.size() == ncols, IO, "CsvDataset: ", path, ":", lineno, ": expected ", ncols,
                " fields but got ", fields.size());
    for (size_t c = 0; c < ncols; ++c) {
      double v = 0;
      IGNIS_CHECK(to_double(fields[c], &v), IO, "CsvDataset: ", path, ":", lineno, ": column \"",
                  static_cast<int64_t>(c) == label ? o.label_column
                                                   : names_[c - (int64_t(c) > label)],
                  "\" has non-numeric value \"", fields[c], "\"");
      if (static_cast<int64_t>(c) == label) {
        IGNIS_CHECK(o.label_dtype != DType::I64 || v == std::floor(v), IO, "CsvDataset: ", path,
                    ":", lineno, ": label \"", fields[c], "\" is not an integer");
        labels.push_back(v);
      } else {
        feats.push_back(static_cast<float>(v));
      }
    }
  }
  auto n = static_cast<int64_t>(labels.size());
  auto f = static_cast<int64_t>(names_.size());
  features_ = from_data(feats.data(), {n, f}, DType::F32);
  if (o.label_dtype == DType::I64) {
    std::vector<int64_t> l(labels.begin(), labels.end());
    labels_ = from_data(l.data(), {n}, DType::I64);
  } else {
    std::vector<float> l(labels.begin(), labels.end());
    labels_ = from_data(l.data(), {n}, DType::F32);
  }
}

Example CsvDataset::get(int64_t i) const {
  check_index(i, size(), "CsvDataset");
  return Example(features_.select(0, i), labels_.select(0, i));
}

}  // namespace ignis::data
