#include "enginerun.h"

#include "sha256.h"
#include "training.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstring>
#include <map>
#include <random>
#include <sstream>

namespace wbc::engine {

namespace {

constexpr char kCheckpointMagic[] = "WBCENGCK";
constexpr char kModelMagic[] = "WBCENGMD";
constexpr ContainerFormat kCheckpointFormat{kCheckpointMagic, 1, std::int64_t(1) << 30,
                                            1 << 20, 8192};
constexpr ContainerFormat kModelFormat{kModelMagic, 1, std::int64_t(1) << 28, 1 << 16, 1024};

std::string number(double v)
{
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}

// Copies a crop, flipped horizontally (bit 0) and/or vertically (bit 1).
void copyFlipped(const std::uint8_t *src, std::uint8_t *dst, int w, int h, unsigned flips)
{
    for (int y = 0; y < h; ++y) {
        const int sy = (flips & 2u) ? h - 1 - y : y;
        const std::uint8_t *row = src + std::size_t(sy) * std::size_t(w) * 3;
        std::uint8_t *out = dst + std::size_t(y) * std::size_t(w) * 3;
        if (!(flips & 1u)) {
            std::memcpy(out, row, std::size_t(w) * 3);
            continue;
        }
        for (int x = 0; x < w; ++x)
            std::memcpy(out + 3 * std::size_t(x), row + 3 * std::size_t(w - 1 - x), 3);
    }
}

// What a checkpoint must match to continue a run: everything the result depends on but the
// device and the thread count.
std::string runFingerprint(const EngineRunOptions &o, const Crops &crops)
{
    std::ostringstream s;
    s << "task=" << o.task << ";arch=" << archName(o.arch) << ";epochs=" << o.epochs
      << ";batch=" << o.batch << ";lr=" << number(o.lr) << ";wd=" << number(o.weightDecay)
      << ";ls=" << number(o.labelSmoothing) << ";seed=" << o.seed << ";crops=" << crops.count();
    std::string ids;
    for (std::size_t i = 0; i < crops.count(); ++i)
        ids += std::to_string(crops.cellIds[i]) + ":" + crops.classNames[crops.labels[i]] + ",";
    const auto hash = sha256(ids);
    static const char hex[] = "0123456789abcdef";
    s << ";data=";
    for (std::uint8_t b : hash)
        s << hex[b >> 4] << hex[b & 15];
    return s.str();
}

std::map<std::string, std::string> parseKeyValues(const std::string &text)
{
    std::map<std::string, std::string> out;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        const std::size_t eq = line.find('=');
        if (eq != std::string::npos)
            out[line.substr(0, eq)] = line.substr(eq + 1);
    }
    return out;
}

struct Resumed
{
    int epochs = 0;
    double lossFirst = 0.0;
};

bool saveCheckpoint(const EngineRunOptions &o, const std::string &print, Model &model,
                    int epochsDone, double lossFirst, std::string *error)
{
    const OptimizerState state = model.optimizerState();
    std::ostringstream header;
    header << "run=" << print << "\nepochs_done=" << epochsDone << "\nloss_first="
           << number(lossFirst) << "\n";
    for (const auto &[name, step] : state.steps)
        header << "step/" << name << "=" << step << "\n";
    std::vector<NamedTensor> tensors;
    for (NamedTensor t : model.weights()) {
        t.name = "model/" + t.name;
        tensors.push_back(std::move(t));
    }
    for (NamedTensor t : state.tensors) {
        t.name = "optimizer/" + t.name;
        tensors.push_back(std::move(t));
    }
    ContainerProblem problem;
    if (!writeFileAtomically(o.checkpoint,
                             serializeContainer(kCheckpointFormat, header.str(), tensors),
                             &problem)) {
        *error = o.checkpoint + ": " + describe(problem);
        return false;
    }
    return true;
}

bool loadCheckpoint(const EngineRunOptions &o, const std::string &print, Model &model,
                    Resumed *resumed, std::string *error)
{
    const auto refuse = [&](const std::string &why) {
        *error = o.resume + ": checkpoint refused: " + why;
        return false;
    };
    std::string bytes, header;
    std::vector<NamedTensor> tensors;
    ContainerProblem problem;
    if (!readContainerBytes(kCheckpointFormat, o.resume, &bytes, &problem)
        || !parseContainer(kCheckpointFormat, bytes, &header, &tensors, &problem))
        return refuse(describe(problem));
    const auto values = parseKeyValues(header);
    const auto get = [&](const std::string &key) {
        const auto it = values.find(key);
        return it == values.end() ? std::string() : it->second;
    };
    if (get("run") != print)
        return refuse("it belongs to a run with other options or crops");
    int done = -1;
    const std::string doneText = get("epochs_done");
    std::from_chars(doneText.data(), doneText.data() + doneText.size(), done);
    if (done < 0 || done > o.epochs)
        return refuse("damaged: its epoch count is out of range");
    OptimizerState state;
    std::vector<NamedTensor> weights;
    for (NamedTensor &t : tensors) {
        if (t.name.rfind("model/", 0) == 0) {
            t.name.erase(0, 6);
            weights.push_back(std::move(t));
        } else if (t.name.rfind("optimizer/", 0) == 0) {
            t.name.erase(0, 10);
            state.tensors.push_back(std::move(t));
        } else {
            return refuse("unknown tensor \"" + t.name + "\"");
        }
    }
    for (const auto &[key, value] : values) {
        if (key.rfind("step/", 0) != 0)
            continue;
        std::int64_t step = -1;
        std::from_chars(value.data(), value.data() + value.size(), step);
        if (step < 0)
            return refuse("damaged: a step count is invalid");
        state.steps[key.substr(5)] = step;
    }
    std::string why;
    if (!model.setWeights(weights, &why) || !model.setOptimizerState(state, &why))
        return refuse(why);
    resumed->epochs = done;
    resumed->lossFirst = std::strtod(get("loss_first").c_str(), nullptr);
    return true;
}

} // namespace

bool isValidationGroup(std::int64_t group, std::uint64_t seed)
{
    return mixSeed(seed ^ 0x5a11dULL, std::uint64_t(group)) % 5 == 0;
}

EngineRunResult runEngine(const EngineRunOptions &o, const Crops &crops, std::ostream &out)
{
    EngineRunResult result;
    const auto fail = [&](const std::string &message) {
        result.error = message;
        return result;
    };
    const int classCount = taskClassCount(o.task);
    if (classCount == 0)
        return fail("unknown task \"" + o.task + "\" (binary or four)");
    if (crops.width != kInputWidth || crops.height != kInputHeight)
        return fail("the crops are " + std::to_string(crops.width) + "x"
                    + std::to_string(crops.height) + ", the networks take "
                    + std::to_string(kInputWidth) + "x" + std::to_string(kInputHeight));
    if (o.epochs < 1 || o.batch < 1 || !(o.lr > 0))
        return fail("epochs, batch and learning rate must be positive");
    std::vector<int> classOf(crops.classNames.size());
    for (std::size_t c = 0; c < crops.classNames.size(); ++c)
        classOf[c] = taskClassIndex(o.task, crops.classNames[c]);
    std::vector<std::size_t> train, validation;
    std::vector<std::int64_t> label(crops.count(), -1);
    for (std::size_t i = 0; i < crops.count(); ++i) {
        label[i] = classOf[crops.labels[i]];
        if (label[i] < 0)
            continue;
        (isValidationGroup(crops.groups[i], o.seed) ? validation : train).push_back(i);
    }
    if (train.empty())
        return fail("no crops of the " + o.task + " task's classes to train on");

    setThreads(o.threads);
    const std::size_t frame = crops.cropBytes();
    ChannelStats stats;
    for (std::size_t i : train)
        stats.add(crops.rgb.data() + i * frame, std::size_t(crops.width) * crops.height);
    try {
        Model model(o.arch, classCount, o.device, o.seed);
        model.setNormalization(stats.mean(), stats.std());
        model.setMixedPrecision(o.mixedPrecision);
        model.startTraining({OptimizerKind::AdamW, o.lr, o.weightDecay, 0.9});
        const std::string print = runFingerprint(o, crops);
        Resumed resumed;
        if (!o.resume.empty() && !loadCheckpoint(o, print, model, &resumed, &result.error))
            return result;
        result.lossFirst = resumed.lossFirst;
        const int batches = int((train.size() + std::size_t(o.batch) - 1) / std::size_t(o.batch));
        const std::int64_t totalSteps = std::int64_t(batches) * o.epochs;
        const int lastEpoch = o.stopAfter > 0 ? std::min(o.stopAfter, o.epochs) : o.epochs;
        std::vector<std::uint8_t> images(std::size_t(o.batch) * frame);
        // The held-out crops side by side, gathered once for every epoch's evaluation.
        std::vector<std::uint8_t> heldOut(validation.size() * frame);
        for (std::size_t i = 0; i < validation.size(); ++i)
            std::memcpy(heldOut.data() + i * frame, crops.rgb.data() + validation[i] * frame,
                        frame);
        std::vector<std::int64_t> labels(std::size_t(o.batch));
        double computeSeconds = 0.0;
        std::int64_t trained = 0;
        int epoch = resumed.epochs;
        while (epoch < lastEpoch) {
            ++epoch;
            manualSeed(mixSeed(o.seed, std::uint64_t(epoch))); // dropout stream of the epoch
            const std::uint64_t epochSeed = mixSeed(o.seed ^ 0x5eedULL, std::uint64_t(epoch));
            std::vector<std::size_t> order = train;
            std::mt19937_64 shuffle(epochSeed);
            std::shuffle(order.begin(), order.end(), shuffle);
            const auto start = std::chrono::steady_clock::now();
            for (int b = 0; b < batches; ++b) {
                const std::size_t begin = std::size_t(b) * std::size_t(o.batch);
                const int n = int(std::min(order.size() - begin, std::size_t(o.batch)));
                for (int i = 0; i < n; ++i) {
                    const std::size_t crop = order[begin + std::size_t(i)];
                    const unsigned flips = unsigned(mixSeed(epochSeed, begin + std::size_t(i)) & 3u);
                    copyFlipped(crops.rgb.data() + crop * frame, images.data() + std::size_t(i) * frame,
                                crops.width, crops.height, flips);
                    labels[std::size_t(i)] = label[crop];
                }
                const std::int64_t step = std::int64_t(epoch - 1) * batches + b;
                model.trainStep(images.data(), labels.data(), n,
                                scheduledLr(Schedule::OneCycle, o.lr, 0.15, step, totalSteps),
                                o.labelSmoothing);
            }
            const StepStats s = model.stepStats(); // the epoch's one synchronisation
            const double seconds
                = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            computeSeconds += seconds;
            trained += s.images;
            const double loss = s.lossSum / double(std::max<std::int64_t>(s.images, 1));
            if (!std::isfinite(loss))
                return fail("training diverged in epoch " + std::to_string(epoch)
                            + ": lower the learning rate");
            if (epoch == 1)
                result.lossFirst = loss;
            result.lossLast = loss;
            // Held-out accuracy with test-time flips, as prediction does.
            std::int64_t right = 0;
            if (!validation.empty()) {
                const std::vector<float> p = model.probabilities(heldOut.data(),
                                                                 int(validation.size()), true);
                for (std::size_t i = 0; i < validation.size(); ++i) {
                    const float *row = p.data() + i * std::size_t(classCount);
                    right += (std::max_element(row, row + classCount) - row) == label[validation[i]];
                }
            }
            result.accuracy = validation.empty() ? 0.0 : double(right) / double(validation.size());
            out << "{\"epoch\": " << epoch << ", \"epochs\": " << o.epochs
                << ", \"loss\": " << number(loss) << ", \"train_accuracy\": "
                << number(double(s.correct) / double(std::max<std::int64_t>(s.images, 1)))
                << ", \"val_accuracy\": " << number(result.accuracy) << ", \"images_per_s\": "
                << number(double(s.images) / std::max(seconds, 1e-9)) << ", \"seconds\": "
                << number(seconds) << "}" << std::endl;
            if (!o.checkpoint.empty()
                && !saveCheckpoint(o, print, model, epoch, result.lossFirst, &result.error))
                return result;
        }
        result.epochsRun = epoch;
        result.imagesPerSecond = double(trained) / std::max(computeSeconds, 1e-9);
        result.weights = model.weights();
        if (!o.modelOut.empty()) {
            ContainerProblem problem;
            const std::string header = std::string("arch=") + archName(o.arch) + "\ntask=" + o.task
                                       + "\n";
            if (!writeFileAtomically(o.modelOut,
                                     serializeContainer(kModelFormat, header, result.weights),
                                     &problem))
                return fail(o.modelOut + ": " + describe(problem));
        }
        out << "{\"device\": \"" << deviceName(o.device) << "\", \"images_per_s\": "
            << number(result.imagesPerSecond) << ", \"loss_first\": " << number(result.lossFirst)
            << ", \"loss_last\": " << number(result.lossLast) << ", \"accuracy\": "
            << number(result.accuracy) << "}" << std::endl;
    } catch (const std::exception &e) {
        std::string what = e.what();
        return fail("training failed: " + what.substr(0, what.find('\n')));
    }
    result.ok = true;
    return result;
}

} // namespace wbc::engine
