// The LibTorch networks themselves (the one test that includes torch: ~10 s to compile).
#include "training/imagepipeline.h"
#include "training/networks.h"

#include <QTest>

using namespace wbc;

class TestNetworks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // forward() may compute faster than its two halves (LeNet pools before its ReLUs), but it
    // must be the same function with the same gradients: saliency uses the halves, training and
    // prediction use forward().
    void forwardIsClassifyOfFeatures_data()
    {
        QTest::addColumn<int>("arch");
        for (ModelArch arch : {ModelArch::LeNet, ModelArch::WbcNet})
            QTest::addRow("%s", qPrintable(modelArchName(arch))) << int(arch);
    }
    void forwardIsClassifyOfFeatures()
    {
        QFETCH(int, arch);
        torch::manual_seed(3);
        const std::shared_ptr<ClassifierNet> net = createNetwork(ModelArch(arch), 4);
        prepareNetwork(*net, torch::kCPU);
        net->eval(); // dropout off, batch norm on its running statistics: both paths deterministic
        net->setNormalization({0.6f, 0.5f, 0.7f}, {0.2f, 0.25f, 0.15f});
        const torch::Tensor x = torch::rand({5, 3, kInputHeight, kInputWidth})
                                    .contiguous(torch::MemoryFormat::ChannelsLast);
        const torch::Tensor target = torch::tensor({0, 1, 2, 3, 1}, torch::kLong);

        const auto gradients = [&](const torch::Tensor &logits) {
            net->zero_grad();
            torch::nn::functional::cross_entropy(logits, target).backward();
            std::vector<torch::Tensor> g;
            for (const torch::Tensor &p : net->parameters())
                g.push_back(p.grad().clone());
            return g;
        };
        const torch::Tensor fast = net->forward(x);
        const std::vector<torch::Tensor> fastGrad = gradients(fast);
        const torch::Tensor halves = net->classify(net->features(x));
        const std::vector<torch::Tensor> halvesGrad = gradients(halves);

        QCOMPARE(fast.sizes().vec(), (std::vector<int64_t>{5, 4}));
        QVERIFY(fast.abs().max().item<float>() > 0.0f); // not trivially equal zeros
        QVERIFY2(torch::allclose(fast, halves, 1e-4, 1e-5),
                 qPrintable(QString::number((fast - halves).abs().max().item<float>())));
        QCOMPARE(fastGrad.size(), halvesGrad.size());
        for (size_t i = 0; i < fastGrad.size(); ++i) {
            QVERIFY(halvesGrad[i].abs().max().item<float>() > 0.0f);
            QVERIFY2(torch::allclose(fastGrad[i], halvesGrad[i], 1e-3, 1e-6),
                     qPrintable(QStringLiteral("parameter %1 differs by %2")
                                    .arg(i)
                                    .arg((fastGrad[i] - halvesGrad[i]).abs().max().item<float>())));
        }
    }

    // Test-time flips: the averaged probabilities are the same for an image and any of its
    // flips (the network alone is not flip-invariant), and still sum to one.
    void testFlipsMakePredictionsFlipInvariant()
    {
        torch::manual_seed(5);
        const std::shared_ptr<ClassifierNet> net = createNetwork(ModelArch::WbcNet, 4);
        prepareNetwork(*net, torch::kCPU);
        net->eval();
        torch::NoGradGuard noGrad;
        const torch::Tensor x = torch::rand({3, 3, kInputHeight, kInputWidth});
        const torch::Tensor flipped = x.flip({3});
        const torch::Tensor plain = classProbabilities(*net, x, false);
        const torch::Tensor plainFlipped = classProbabilities(*net, flipped, false);
        QVERIFY2(!torch::allclose(plain, plainFlipped, 1e-5, 1e-7),
                 "the untrained network is already flip-invariant: the test proves nothing");
        const torch::Tensor averaged = classProbabilities(*net, x, true);
        for (const std::vector<int64_t> &dims : {std::vector<int64_t>{3}, {2}, {2, 3}})
            QVERIFY(torch::allclose(averaged, classProbabilities(*net, x.flip(dims), true), 1e-5, 1e-6));
        QVERIFY(torch::allclose(averaged.sum(1), torch::ones({3}), 1e-5, 1e-6));
    }
};

QTEST_GUILESS_MAIN(TestNetworks)
#include "tst_networks.moc"
