// Optimizers against torch 1.13: 5 steps on a quadratic for every optimizer and option
// (values generated with torch.optim in f64 and pasted here), f32 and strided parameters.
#include <memory>

#include <gtest/gtest.h>

#include "ops/ops.gen.h"
#include "optim/adadelta.h"
#include "optim/adagrad.h"
#include "optim/adam.h"
#include "optim/rmsprop.h"
#include "optim/sgd.h"
#include "test_util.h"

namespace ignis::optim {
namespace {

using OptPtr = std::unique_ptr<Optimizer>;
using P = std::vector<Tensor>;

// The problem: f = sum(c/2 x^2 + d x) for w (2x3) and b (3); gradient c x + d.
const std::vector<double> kW0 = {0.5, -1.0, 1.5, 2.0, -0.3, 0.8}, kB0 = {0.1, -0.2, 0.3};
const std::vector<double> kCW = {1, 2, 3, 0.5, 1.5, 2.5}, kDW = {0.1, -0.1, 0.2, -0.2, 0.3, -0.3};
const std::vector<double> kCB = {1, 0.5, 2}, kDB = {0.0, 0.15, -0.1};

Tensor make(const std::vector<double>& v, std::vector<int64_t> shape, DType dt) {
  return from_data(v.data(), shape, DType::F64).to(dt);
}

// Sets the quadratic's gradient on p from its current value.
void set_grad(Tensor p, const std::vector<double>& c, const std::vector<double>& d) {
  std::vector<double> x = test::values(p), g(x.size());
  for (size_t i = 0; i < x.size(); ++i) g[i] = c[i] * x[i] + d[i];
  p.set_grad(make(g, p.shape(), p.dtype()));
}

void run_steps(Optimizer& opt, const Tensor& w, const Tensor& b, int steps) {
  for (int s = 0; s < steps; ++s) {
    set_grad(w, kCW, kDW);
    set_grad(b, kCB, kDB);
    opt.step();
  }
}

void expect_near(const std::vector<double>& got, const std::vector<double>& want, double tol,
                 const std::string& what) {
  ASSERT_EQ(got.size(), want.size()) << what;
  for (size_t i = 0; i < got.size(); ++i)
    EXPECT_NEAR(got[i], want[i], tol) << what << " element " << i;
}

struct Case {
  const char* name;
  OptPtr (*make)(Tensor w, Tensor b);
  std::vector<double> w, b;  // after 5 steps in torch 1.13
};

// clang-format off
const std::vector<Case> kCases = {
    {"sgd", [](Tensor w, Tensor b) -> OptPtr { return std::make_unique<SGD>(P{w, b}, SGDOptions{.lr = 0.1}); },
     {0.254294, -0.2940639999999999, 0.19664299999999993, 1.6380495, -0.24437053125, 0.2813671875},
     {0.059049000000000004, -0.22262190625000003, 0.13191999999999998}},
    {"sgd_momentum", [](Tensor w, Tensor b) -> OptPtr { return std::make_unique<SGD>(P{w, b}, SGDOptions{.lr = 0.1, .momentum = 0.9}); },
     {-0.11749600000000009, 0.6594410000000002, -1.2859720000000003, 1.0674495000000002, -0.16436953125000003, -0.36719981249999994},
     {-0.0029160000000000045, -0.25828440625, -0.09510500000000004}},
    {"sgd_dampening", [](Tensor w, Tensor b) -> OptPtr { return std::make_unique<SGD>(P{w, b}, SGDOptions{.lr = 0.1, .momentum = 0.9, .dampening = 0.5}); },
     {0.05181087499999993, 0.34937600000000013, -1.0761140625000003, 1.3575085937499998, -0.195976751953125, -0.21001123828125007},
     {0.025301812500000003, -0.24015571289062498, -0.02128000000000004}},
    {"sgd_nesterov", [](Tensor w, Tensor b) -> OptPtr { return std::make_unique<SGD>(P{w, b}, SGDOptions{.lr = 0.1, .momentum = 0.9, .nesterov = true}); },
     {-0.16274901034000008, 0.48650345984000004, -0.6116351755300001, 0.9055076881049999, -0.1670443155196875, -0.15844392304687505},
     {-0.01045816839000001, -0.26840576949343753, -0.05392939520000001}},
    {"sgd_weight_decay", [](Tensor w, Tensor b) -> OptPtr { return std::make_unique<SGD>(P{w, b}, SGDOptions{.lr = 0.1, .weight_decay = 0.1}); },
     {0.23905805835000002, -0.2747392418, 0.1801790981499999, 1.5565067039999998, -0.23454884351999997, 0.26730122272000006},
     {0.055840594490000006, -0.21330479888, 0.12527809007}},
    {"sgd_maximize", [](Tensor w, Tensor b) -> OptPtr { return std::make_unique<SGD>(P{w, b}, SGDOptions{.lr = 0.1, .momentum = 0.5, .maximize = true}); },
     {1.1071760000000002, -3.639721, 8.766012000000002, 2.7235705000000006, -0.46939321875, 3.172695312500001},
     {0.201196, -0.15477684375, 0.9285049999999999}},
    {"sgd_all", [](Tensor w, Tensor b) -> OptPtr { return std::make_unique<SGD>(P{w, b}, SGDOptions{.lr = 0.05, .momentum = 0.8, .weight_decay = 0.2, .nesterov = true}); },
     {0.10634682871475194, 0.05653920019371223, -0.36879387013120024, 1.2546910147994117, -0.19320454174604912, 0.02898275460483255},
     {0.03251659920824319, -0.2062109082100049, 0.04275567299631357}},
    {"sgd_groups", [](Tensor w, Tensor b) -> OptPtr { return std::make_unique<SGD>(std::vector<ParamGroup>{{{w}, {{"lr", 0.1}}}, {{b}, {{"lr", 0.05}, {"momentum", 0.5}}}}, SGDOptions{.lr = 0.2, .momentum = 0.9}); },
     {-0.11749600000000009, 0.6594410000000002, -1.2859720000000003, 1.0674495000000002, -0.16436953125000003, -0.36719981249999994},
     {0.06416059374999998, -0.21901144628906252, 0.14110999999999999}},
    {"adam", [](Tensor w, Tensor b) -> OptPtr { return std::make_unique<Adam>(P{w, b}, AdamOptions{.lr = 0.1}); },
     {0.019381499347134262, -0.5073758405922469, 1.0041022492954066, 1.503984799311599, -0.18914791668313524, 0.31533767870165097},
     {-0.010852089163012377, -0.3108521067014519, -0.07760393276019883}},
    {"adam_default", [](Tensor w, Tensor b) -> OptPtr { return std::make_unique<Adam>(P{w, b}); },
     {0.49500072988414145, -0.9950004151621705, 1.4950002776859914, 1.9950002719299602, -0.29500461633968533, 0.7950006431687542},
     {0.095004616507717, -0.2049953829881882, 0.2950017777702431}},
    {"adam_amsgrad", [](Tensor w, Tensor b) -> OptPtr { return std::make_unique<Adam>(P{w, b}, AdamOptions{.lr = 0.3, .amsgrad = true}); },
     {-0.45128205901531393, 0.3205815838473721, 0.07638806933542086, 0.5732253218434087, -0.3152806117670335, -0.2576484943512469},
     {0.11528060550398303, -0.18471941328516195, 0.09298614580695819}},
    {"adam_weight_decay", [](Tensor w, Tensor b) -> OptPtr { return std::make_unique<Adam>(P{w, b}, AdamOptions{.lr = 0.1, .weight_decay = 0.1}); },
     {0.019958175541808856, -0.507401997512203, 1.0041100547859472, 1.5037682429656014, -0.15773920929876725, 0.3151497423692177},
     {-0.010852087568608539, -0.21053628577400765, -0.07987791756637388}},
    {"adam_maximize", [](Tensor w, Tensor b) -> OptPtr { return std::make_unique<Adam>(P{w, b}, AdamOptions{.lr = 0.1, .maximize = true}); },
     {1.0020678604391342, -1.5021511941905985, 2.0018090121577776, 2.501787846181267, -0.7855426017795413, 1.3021851951448},
     {0.5855425931659167, 0.2855425673250443, 0.7980930727277598}},
    {"adam_betas_eps", [](Tensor w, Tensor b) -> OptPtr { return std::make_unique<Adam>(P{w, b}, AdamOptions{.lr = 0.1, .beta1 = 0.8, .beta2 = 0.99, .eps = 1e-2}); },
     {0.036897687161692644, -0.5146620931219015, 1.0082881942545485, 1.5133737241449323, -0.1970377679279752, 0.3263097716185164},
     {-0.007769582982349241, -0.31977499632723166, -0.05203109131396015}},
    {"adam_groups", [](Tensor w, Tensor b) -> OptPtr { return std::make_unique<Adam>(std::vector<ParamGroup>{{{w}, {}}, {{b}, {{"lr", 0.01}, {"amsgrad", 1}}}}, AdamOptions{.lr = 0.1}); },
     {0.019381499347134262, -0.5073758405922469, 1.0041022492954066, 1.503984799311599, -0.18914791668313524, 0.31533767870165097},
     {0.050796370985903345, -0.2492036236883409, 0.25022246585575864}},
    {"adamw", [](Tensor w, Tensor b) -> OptPtr { return std::make_unique<AdamW>(P{w, b}, AdamWOptions{.lr = 0.1}); },
     {0.01801972135631852, -0.50348253350662, 0.9976924483317898, 1.4951051189431397, -0.18913247663851696, 0.312530130781762},
     {-0.010659440405026636, -0.3103505816077924, -0.07765048598624481}},
    {"adamw_weight_decay", [](Tensor w, Tensor b) -> OptPtr { return std::make_unique<AdamW>(P{w, b}, AdamWOptions{.lr = 0.1, .weight_decay = 0.5}); },
     {-0.039206443654006155, -0.33413753440698113, 0.7166554575638311, 1.105290615010317, -0.18693625142180853, 0.192389711683071},
     {-0.002110545356915537, -0.29279971481939815, -0.07678339805522015}},
    {"adamw_amsgrad_maximize", [](Tensor w, Tensor b) -> OptPtr { return std::make_unique<AdamW>(P{w, b}, AdamWOptions{.lr = 0.2, .amsgrad = true, .maximize = true}); },
     {1.4901359665281104, -1.9897929474537677, 2.48553712570272, 2.9805576819464714, -1.237661003449428, 1.7886927640313373},
     {1.0395695787223609, 0.7424327448233021, 1.2719823544526643}},
    {"rmsprop", [](Tensor w, Tensor b) -> OptPtr { return std::make_unique<RMSprop>(P{w, b}); },
     {0.2127536906944189, -0.6953739536113008, 1.1884139497494866, 1.688128518159848, -0.20000000000000104, 0.5077715509494924},
     {1.5687587274213976e-15, -0.2999999999999968, 0.08051225741298475}},
    {"rmsprop_momentum", [](Tensor w, Tensor b) -> OptPtr { return std::make_unique<RMSprop>(P{w, b}, RMSpropOptions{.lr = 0.01, .momentum = 0.9}); },
     {-0.2757657426036656, -0.13665688132801967, 0.603956023229495, 1.102654162140849, -0.2205031247995245, -0.001427674473185674},
     {0.02050307238570031, -0.2794970848556716, -0.16659772624401936}},
    {"rmsprop_centered", [](Tensor w, Tensor b) -> OptPtr { return std::make_unique<RMSprop>(P{w, b}, RMSpropOptions{.lr = 0.01, .centered = true}); },
     {0.20966785308521843, -0.6917126556250879, 1.1845302160095417, 1.684235811891179, -0.1999999999617876, 0.5045190351632785},
     {-3.820650588856926e-11, -0.3000000000381889, 0.07946262518790187}},
    {"rmsprop_all", [](Tensor w, Tensor b) -> OptPtr { return std::make_unique<RMSprop>(P{w, b}, RMSpropOptions{.lr = 0.02, .alpha = 0.9, .eps = 1e-4, .weight_decay = 0.1, .momentum = 0.5, .centered = true}); },
     {0.13963110002389026, -0.6167124965021102, 1.108090386609865, 1.6071510008017567, -0.18172182892495164, 0.43197199311884127},
     {0.0014856406972888442, -0.24479830494592805, 0.02754392483708195}},
    {"rmsprop_maximize", [](Tensor w, Tensor b) -> OptPtr { return std::make_unique<RMSprop>(P{w, b}, RMSpropOptions{.lr = 0.01, .maximize = true}); },
     {0.8509114085076545, -1.3407291619598751, 1.835727507734988, 2.335508127924204, -0.7050752529149807, 1.1482714884718466},
     {0.5050751876918069, 0.2050749920224027, 0.6751923509611103}},
    {"adagrad", [](Tensor w, Tensor b) -> OptPtr { return std::make_unique<Adagrad>(P{w, b}, AdagradOptions{.lr = 0.1}); },
     {0.2139279458139722, -0.6966268338507221, 1.1896873256147478, 1.6894025702028987, -0.19999999999999998, 0.5089721675444456},
     {9.999994643600148e-47, -0.3, 0.08112767156103814}},
    {"adagrad_lr_decay", [](Tensor w, Tensor b) -> OptPtr { return std::make_unique<Adagrad>(P{w, b}, AdagradOptions{.lr = 0.1, .lr_decay = 0.1}); },
     {0.24427016449659628, -0.7316593803664605, 1.2265994352064442, 1.7263916535630968, -0.2000000000000666, 0.5406554467393192},
     {9.990008251927503e-14, -0.2999999999998002, 0.09456121661584838}},
    {"adagrad_weight_decay", [](Tensor w, Tensor b) -> OptPtr { return std::make_unique<Adagrad>(P{w, b}, AdagradOptions{.lr = 0.1, .weight_decay = 0.1}); },
     {0.21458718017791967, -0.6966760844775328, 1.1897061393724997, 1.6888692125442084, -0.1875023107412053, 0.508725661640459},
     {6.209208279081527e-47, -0.2509061960959186, 0.07999597332979921}},
    {"adagrad_initial_eps", [](Tensor w, Tensor b) -> OptPtr { return std::make_unique<Adagrad>(P{w, b}, AdagradOptions{.lr = 0.1, .initial_accumulator_value = 0.5, .eps = 1e-3}); },
     {0.2779414517387426, -0.7056444558963026, 1.1916459123940621, 1.737443019881896, -0.2320624607151825, 0.5216036644774524},
     {0.047509216693988505, -0.2304959329274278, 0.1289285972775645}},
    {"adagrad_maximize", [](Tensor w, Tensor b) -> OptPtr { return std::make_unique<Adagrad>(P{w, b}, AdagradOptions{.lr = 0.1, .maximize = true}); },
     {0.8496515899084481, -1.3394443954165447, 1.83443596240807, 2.334216393146586, -0.7041707234655291, 1.1470037627891363},
     {0.5041707234003784, 0.20417072320492624, 0.6740494130174404}},
    {"adadelta", [](Tensor w, Tensor b) -> OptPtr { return std::make_unique<Adadelta>(P{w, b}); },
     {0.48367455353493055, -0.9836282549746211, 1.4836080291308649, 1.983607302676859, -0.2842276992774444, 0.7836616815873187},
     {0.08423213993576788, -0.21574394440175915, 0.2838263578639251}},
    {"adadelta_rho_lr", [](Tensor w, Tensor b) -> OptPtr { return std::make_unique<Adadelta>(P{w, b}, AdadeltaOptions{.lr = 0.5, .rho = 0.8}); },
     {0.49395569557079916, -0.9939498674572415, 1.493947323078324, 1.993947240296572, -0.29402457696971157, 0.7939540665203566},
     {0.09402546950946987, -0.20596971736998695, 0.29397468423913886}},
    {"adadelta_weight_decay_eps", [](Tensor w, Tensor b) -> OptPtr { return std::make_unique<Adadelta>(P{w, b}, AdadeltaOptions{.eps = 1e-3, .weight_decay = 0.1}); },
     {0.10442437498551782, -0.546319264571959, 1.0234411032996733, 1.5229493796504194, -0.1875017251550722, 0.38384039695918953},
     {8.35698679781943e-08, -0.24945204590843154, 0.053883559398839306}},
    {"adadelta_maximize", [](Tensor w, Tensor b) -> OptPtr { return std::make_unique<Adadelta>(P{w, b}, AdadeltaOptions{.maximize = true}); },
     {0.5165390533521896, -1.016493809384902, 1.5164737802536083, 2.01647280147527, -0.31705298641044155, 0.8165267989085351},
     {0.11704803248253834, -0.18297864689849128, 0.3166862633485934}},
};
// clang-format on

Tensor leaf(const std::vector<double>& v, std::vector<int64_t> shape, DType dt) {
  Tensor t = make(v, std::move(shape), dt);
  t.requires_grad_();
  return t;
}

TEST(Optimizers, MatchTorchInF64) {
  for (const Case& c : kCases) {
    Tensor w = leaf(kW0, {2, 3}, DType::F64), b = leaf(kB0, {3}, DType::F64);
    OptPtr opt = c.make(w, b);
    run_steps(*opt, w, b, 5);
    expect_near(test::values(w), c.w, 1e-6, std::string(c.name) + " w");
    expect_near(test::values(b), c.b, 1e-6, std::string(c.name) + " b");
  }
}

TEST(Optimizers, MatchTorchInF32) {
  for (const Case& c : kCases) {
    Tensor w = leaf(kW0, {2, 3}, DType::F32), b = leaf(kB0, {3}, DType::F32);
    OptPtr opt = c.make(w, b);
    run_steps(*opt, w, b, 5);
    EXPECT_EQ(w.dtype(), DType::F32);
    expect_near(test::values(w), c.w, 1e-4, std::string(c.name) + " f32 w");
    expect_near(test::values(b), c.b, 1e-4, std::string(c.name) + " f32 b");
  }
}

TEST(Optimizers, StridedParametersGoThroughACopy) {
  for (const Case& c : kCases) {
    // w stored column-major: a non-contiguous leaf.
    Tensor w = empty_strided({2, 3}, {1, 2}, {.dtype = DType::F64});
    w.copy_(make(kW0, {2, 3}, DType::F64));
    w.requires_grad_();
    ASSERT_FALSE(w.is_contiguous());
    Tensor b = leaf(kB0, {3}, DType::F64);
    OptPtr opt = c.make(w, b);
    run_steps(*opt, w, b, 5);
    EXPECT_EQ(w.strides()[0], 1);
    expect_near(test::values(w), c.w, 1e-6, std::string(c.name) + " strided w");
  }
}

TEST(Optimizers, HalfParametersKeepF32State) {
  for (const Case& c : kCases) {
    Tensor w = leaf(kW0, {2, 3}, DType::BF16), b = leaf(kB0, {3}, DType::F16);
    OptPtr opt = c.make(w, b);
    run_steps(*opt, w, b, 5);
    EXPECT_EQ(w.dtype(), DType::BF16);
    for (const auto& [name, buf] : opt->state(w).buffers) EXPECT_EQ(buf.dtype(), DType::F32);
    expect_near(test::values(w), c.w, 0.1, std::string(c.name) + " bf16 w");
    expect_near(test::values(b), c.b, 0.1, std::string(c.name) + " f16 b");
  }
}

TEST(Optimizers, ParametersWithoutGradAreSkipped) {
  Tensor w = leaf(kW0, {2, 3}, DType::F64), b = leaf(kB0, {3}, DType::F64);
  Adam opt(P{w, b}, AdamOptions{.lr = 0.1});
  set_grad(w, kCW, kDW);
  opt.step();
  expect_near(test::values(b), kB0, 0, "b");
  EXPECT_TRUE(opt.state(b).buffers.empty());
  EXPECT_EQ(opt.state(w).step, 1);
  EXPECT_EQ(opt.state(w).buffers.count("exp_avg"), 1u);
}

TEST(Optimizers, ZeroGrad) {
  Tensor w = leaf(kW0, {2, 3}, DType::F64);
  SGD opt(P{w}, SGDOptions{.lr = 0.1});
  set_grad(w, kCW, kDW);
  opt.zero_grad(false);
  ASSERT_TRUE(w.grad().defined());
  expect_near(test::values(w.grad()), std::vector<double>(6, 0.0), 0, "grad");
  opt.zero_grad();
  EXPECT_FALSE(w.grad().defined());
}

TEST(Optimizers, StepRunsTheClosureAndRecordsNoHistory) {
  Tensor w = leaf({1.0, 2.0}, {2}, DType::F64);
  SGD opt(P{w}, SGDOptions{.lr = 0.5});
  Tensor loss = opt.step([&] {
    opt.zero_grad();
    Tensor l = sum(mul(w, w));
    l.backward();
    return l;
  });
  EXPECT_DOUBLE_EQ(loss.item<double>(), 5.0);
  expect_near(test::values(w), {0.0, 0.0}, 1e-12, "w");  // w - 0.5 * 2w
  EXPECT_TRUE(w.is_leaf());
  EXPECT_TRUE(w.requires_grad());
}

TEST(Optimizers, AddParamGroupTakesDefaults) {
  Tensor w = leaf(kW0, {2, 3}, DType::F64), b = leaf(kB0, {3}, DType::F64);
  Adam opt(P{w}, AdamOptions{.lr = 0.1, .amsgrad = true});
  opt.add_param_group({{b}, {{"lr", 0.01}}});
  ASSERT_EQ(opt.param_groups().size(), 2u);
  EXPECT_EQ(opt.param_groups()[1].options.at("lr"), 0.01);
  EXPECT_EQ(opt.param_groups()[1].options.at("amsgrad"), 1.0);
  EXPECT_EQ(opt.param_groups()[1].options.at("beta2"), 0.999);
}

TEST(Optimizers, DocExamplesCompileAndRun) {
  Tensor w = leaf(kW0, {2, 3}, DType::F64), b = leaf(kB0, {3}, DType::F64);
  SGD sgd({{{w}, {{"lr", 1e-3}}}, {{b}, {}}}, {.lr = 0.1, .momentum = 0.9});
  EXPECT_EQ(sgd.param_groups()[0].options.at("momentum"), 0.9);
  EXPECT_EQ(sgd.param_groups()[1].options.at("lr"), 0.1);
  Adam adam({w, b}, {.lr = 1e-3, .weight_decay = 1e-4});
  run_steps(adam, w, b, 1);
  EXPECT_EQ(adam.state(w).step, 1);
}

}  // namespace
}  // namespace ignis::optim
