// Containers: Sequential (children applied in order), ModuleList, ModuleDict.
#pragma once

#include <initializer_list>

#include "nn/module.h"

namespace ignis::nn {

// Runs its children in order; children are named "0", "1", ... as in PyTorch.
class Sequential : public Module {
 public:
  Sequential() = default;
  Sequential(std::initializer_list<ModulePtr> modules);
  void push_back(ModulePtr m);
  size_t size() const { return children_.size(); }
  ModulePtr operator[](size_t i) const;
  Tensor forward(const Tensor& input) override;
  std::string type_name() const override { return "Sequential"; }
};

// A list of modules registered as children "0", "1", ...; no forward of its own.
class ModuleList : public Module {
 public:
  ModuleList() = default;
  ModuleList(std::initializer_list<ModulePtr> modules);
  void push_back(ModulePtr m);
  size_t size() const { return children_.size(); }
  ModulePtr operator[](size_t i) const;
  std::string type_name() const override { return "ModuleList"; }
};

// Modules by name, in insertion order; no forward of its own.
class ModuleDict : public Module {
 public:
  void insert(const std::string& name, ModulePtr m) { add_child(name, std::move(m)); }
  ModulePtr operator[](const std::string& name) const { return child(name); }
  bool contains(const std::string& name) const;
  // The names in insertion order.
  std::vector<std::string> keys() const;
  size_t size() const { return children_.size(); }
  std::string type_name() const override { return "ModuleDict"; }
};

}  // namespace ignis::nn
