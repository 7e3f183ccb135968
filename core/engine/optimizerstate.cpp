#include "optimizerstate.h"

#include "networks.h"

#include <map>
#include <set>
#include <sstream>
#include <type_traits>

namespace wbc::engine {

namespace {

// LibTorch keys an optimizer's state by the parameter's TensorImpl: its address as text in 1.13
// (what c10::guts::to_string printed), the address itself from 2.0 on.
template<class Map>
typename Map::key_type stateKeyFor(const Map &, const torch::Tensor &param)
{
    using Key = typename Map::key_type;
    if constexpr (std::is_same_v<Key, std::string>) {
        std::ostringstream text;
        text << param.unsafeGetTensorImpl();
        return text.str();
    } else {
        return static_cast<Key>(param.unsafeGetTensorImpl());
    }
}

template<class Optimizer>
auto stateKey(const Optimizer &optimizer, const torch::Tensor &param)
{
    return stateKeyFor(optimizer.state(), param);
}

// A tensor on the parameter's device, with its type and memory format, holding t's values.
torch::Tensor tensorLike(const NamedTensor &t, const torch::Tensor &param)
{
    torch::Tensor out = torch::empty_like(param);
    if (param.device().is_meta())
        return out;
    const torch::Tensor values = torch::from_blob(const_cast<float *>(t.values.data()), t.shape,
                                                  torch::kFloat);
    out.copy_(values); // synchronous from pageable memory: t may die after
    return out;
}

template<class State>
void exportAdamState(const State &s, const std::string &name, OptimizerState *out)
{
    out->steps[name] = s.step();
    out->tensors.push_back(plainTensor(name + "/exp_avg", s.exp_avg()));
    out->tensors.push_back(plainTensor(name + "/exp_avg_sq", s.exp_avg_sq()));
    if (s.max_exp_avg_sq().defined())
        out->tensors.push_back(plainTensor(name + "/max_exp_avg_sq", s.max_exp_avg_sq()));
}

template<class State>
std::unique_ptr<torch::optim::OptimizerParamState> adamState(
    const std::map<std::string, const NamedTensor *> &tensors,
    std::int64_t step,
    const torch::Tensor &param)
{
    auto state = std::make_unique<State>();
    state->step(step);
    state->exp_avg(tensorLike(*tensors.at("exp_avg"), param));
    state->exp_avg_sq(tensorLike(*tensors.at("exp_avg_sq"), param));
    if (const auto it = tensors.find("max_exp_avg_sq"); it != tensors.end())
        state->max_exp_avg_sq(tensorLike(*it->second, param));
    return state;
}

} // namespace

NamedParameters namedParameters(torch::nn::Module &net)
{
    NamedParameters out;
    for (const auto &p : net.named_parameters())
        out.emplace_back(p.key(), p.value());
    return out;
}

std::unique_ptr<torch::optim::Optimizer> makeOptimizer(const OptimizerOptions &o,
                                                       const std::vector<torch::Tensor> &params)
{
    switch (o.kind) {
    case OptimizerKind::Adam:
        return std::make_unique<torch::optim::Adam>(
            params, torch::optim::AdamOptions(o.lr).weight_decay(o.weightDecay));
    case OptimizerKind::AdamW:
        return std::make_unique<torch::optim::AdamW>(
            params, torch::optim::AdamWOptions(o.lr).weight_decay(o.weightDecay));
    case OptimizerKind::Sgd:
        break;
    }
    return std::make_unique<torch::optim::SGD>(params,
                                               torch::optim::SGDOptions(o.lr)
                                                   .momentum(o.momentum)
                                                   .nesterov(o.momentum > 0)
                                                   .weight_decay(o.weightDecay));
}

OptimizerState exportOptimizerState(const torch::optim::Optimizer &optimizer, OptimizerKind kind,
                                    const NamedParameters &params)
{
    OptimizerState out;
    const auto &states = optimizer.state();
    for (const auto &[name, param] : params) {
        const auto it = states.find(stateKey(optimizer, param));
        if (it == states.end())
            continue; // no step has updated it yet
        if (kind == OptimizerKind::Adam) {
            exportAdamState(static_cast<const torch::optim::AdamParamState &>(*it->second), name,
                            &out);
        } else if (kind == OptimizerKind::AdamW) {
            exportAdamState(static_cast<const torch::optim::AdamWParamState &>(*it->second), name,
                            &out);
        } else {
            const auto &s = static_cast<const torch::optim::SGDParamState &>(*it->second);
            if (s.momentum_buffer().defined())
                out.tensors.push_back(plainTensor(name + "/momentum_buffer", s.momentum_buffer()));
        }
    }
    return out;
}

bool importOptimizerState(torch::optim::Optimizer &optimizer, OptimizerKind kind,
                          const NamedParameters &namedParams, const OptimizerState &state,
                          std::string *error)
{
    const auto fail = [&](const std::string &message) {
        if (error)
            *error = message;
        return false;
    };
    std::map<std::string, torch::Tensor> params;
    for (const auto &[name, tensor] : namedParams)
        params[name] = tensor;
    const bool sgd = kind == OptimizerKind::Sgd;
    const std::set<std::string> fields = sgd ? std::set<std::string>{"momentum_buffer"}
                                             : std::set<std::string>{"exp_avg", "exp_avg_sq",
                                                                     "max_exp_avg_sq"};
    std::map<std::string, std::map<std::string, const NamedTensor *>> byParam;
    for (const NamedTensor &t : state.tensors) {
        const std::size_t slash = t.name.rfind('/');
        const std::string param = slash == std::string::npos ? t.name : t.name.substr(0, slash);
        const auto it = params.find(param);
        if (slash == std::string::npos || it == params.end()
            || !fields.count(t.name.substr(slash + 1)))
            return fail("the network has no optimizer tensor \"" + t.name + "\"");
        if (t.shape != it->second.sizes().vec()
            || std::int64_t(t.values.size()) != it->second.numel())
            return fail("optimizer tensor \"" + t.name + "\" has another shape than its parameter");
        if (!byParam[param].emplace(t.name.substr(slash + 1), &t).second)
            return fail("optimizer tensor \"" + t.name + "\" appears twice");
    }
    for (const auto &[param, tensors] : byParam) {
        if (!sgd && (!tensors.count("exp_avg") || !tensors.count("exp_avg_sq")
                     || !state.steps.count(param)))
            return fail("the optimizer state of \"" + param + "\" is incomplete");
    }
    for (const auto &step : state.steps) {
        if (!byParam.count(step.first))
            return fail("the optimizer state of \"" + step.first + "\" is incomplete");
    }

    // Every name and shape is checked: create the state on each parameter's device.
    auto &states = optimizer.state();
    states.clear();
    for (const auto &[name, tensors] : byParam) {
        const torch::Tensor &t = params.at(name);
        std::unique_ptr<torch::optim::OptimizerParamState> s;
        if (kind == OptimizerKind::Adam) {
            s = adamState<torch::optim::AdamParamState>(tensors, state.steps.at(name), t);
        } else if (kind == OptimizerKind::AdamW) {
            s = adamState<torch::optim::AdamWParamState>(tensors, state.steps.at(name), t);
        } else {
            auto m = std::make_unique<torch::optim::SGDParamState>();
            m->momentum_buffer(tensorLike(*tensors.at("momentum_buffer"), t));
            s = std::move(m);
        }
        states[stateKey(optimizer, t)] = std::move(s);
    }
    return true;
}


std::vector<std::string> misplacedOptimizerTensors(const torch::optim::Optimizer *optimizer,
                                                   const NamedParameters &params,
                                                   const torch::Device &device)
{
    std::vector<std::string> out;
    const auto check = [&](const std::string &name, const torch::Tensor &t) {
        if (t.defined() && (t.device() != device || t.scalar_type() != torch::kFloat))
            out.push_back(name + " (" + t.device().str() + ", "
                          + std::string(c10::toString(t.scalar_type())) + ")");
    };
    for (const auto &[name, param] : params) {
        check(name, param);
        check(name + ".grad", param.grad());
        if (!optimizer)
            continue;
        const auto it = optimizer->state().find(stateKey(*optimizer, param));
        if (it == optimizer->state().end())
            continue;
        const auto *state = it->second.get();
        if (const auto *adam = dynamic_cast<const torch::optim::AdamParamState *>(state)) {
            check(name + "/exp_avg", adam->exp_avg());
            check(name + "/exp_avg_sq", adam->exp_avg_sq());
            check(name + "/max_exp_avg_sq", adam->max_exp_avg_sq());
        } else if (const auto *adamw = dynamic_cast<const torch::optim::AdamWParamState *>(state)) {
            check(name + "/exp_avg", adamw->exp_avg());
            check(name + "/exp_avg_sq", adamw->exp_avg_sq());
            check(name + "/max_exp_avg_sq", adamw->max_exp_avg_sq());
        } else if (const auto *sgd = dynamic_cast<const torch::optim::SGDParamState *>(state)) {
            check(name + "/momentum_buffer", sgd->momentum_buffer());
        }
    }
    return out;
}

} // namespace wbc::engine
