// Everything of ignis::nn: Module, containers, layers, losses and init.
#pragma once

#include "nn/activation.h"
#include "nn/attention.h"
#include "nn/container.h"
#include "nn/conv.h"
#include "nn/conv_transpose.h"
#include "nn/embedding.h"
#include "nn/init.h"
#include "nn/linear.h"
#include "nn/loss.h"
#include "nn/module.h"
#include "nn/norm.h"
#include "nn/pool.h"
#include "nn/rnn.h"
#include "nn/transformer.h"
#include "nn/upsample.h"
