// generated from codegen/ops.yaml by codegen/gen.py - do not edit

// Included inside class Tensor (tensor/tensor.h): one method per schema op.

