#include "nn/container.h"

namespace ignis::nn {
namespace {
ModulePtr at(const std::vector<std::pair<std::string, ModulePtr>>& children, size_t i,
             const char* what) {
  IGNIS_CHECK(i < children.size(), Index, what, ": index ", i,
              " is out of range for a container of ", children.size(), " modules");
  return children[i].second;
}
}  // namespace

Sequential::Sequential(std::initializer_list<ModulePtr> modules) {
  for (const ModulePtr& m : modules) push_back(m);
}
void Sequential::push_back(ModulePtr m) {
  add_child(std::to_string(children_.size()), std::move(m));
}
ModulePtr Sequential::operator[](size_t i) const { return at(children_, i, "Sequential"); }

Tensor Sequential::forward(const Tensor& input) {
  Tensor x = input;
  for (auto& [n, c] : children_) x = c->forward(x);
  return x;
}

ModuleList::ModuleList(std::initializer_list<ModulePtr> modules) {
  for (const ModulePtr& m : modules) push_back(m);
}
void ModuleList::push_back(ModulePtr m) {
  add_child(std::to_string(children_.size()), std::move(m));
}
ModulePtr ModuleList::operator[](size_t i) const { return at(children_, i, "ModuleList"); }

bool ModuleDict::contains(const std::string& name) const {
  for (const auto& [n, c] : children_)
    if (n == name) return true;
  return false;
}

std::vector<std::string> ModuleDict::keys() const {
  std::vector<std::string> out;
  for (const auto& [n, c] : children_) out.push_back(n);
  return out;
}

}  // namespace ignis::nn
