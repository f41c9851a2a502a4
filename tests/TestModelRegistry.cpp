#include "ModelRegistry.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dermaedge;

class TestModelRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsValidAndReportsBroken();
    void firstFolderWinsOnDuplicateId();
    void defaultPrefersFp32();
    void missingFolderIsEmpty();
};

void TestModelRegistry::listsValidAndReportsBroken()
{
    QTemporaryDir dir;
    test::writeTinyModel(dir.path(), QStringLiteral("alpha"));
    test::writeTinyModel(dir.path(), QStringLiteral("beta"));
    test::writeBytes(dir.filePath(QStringLiteral("broken.json")), "{ not json");

    const ModelRegistry registry({dir.path()});
    QCOMPARE(registry.models().size(), size_t(2));
    QCOMPARE(registry.problems().size(), size_t(1));
    QVERIFY(registry.problems().front().path.endsWith(QStringLiteral("broken.json")));
    QVERIFY(registry.problems().front().message.contains(QStringLiteral("invalid JSON")));
    QVERIFY(registry.find(QStringLiteral("beta")).has_value());
    QVERIFY(!registry.find(QStringLiteral("gamma")).has_value());
}

void TestModelRegistry::firstFolderWinsOnDuplicateId()
{
    QTemporaryDir first;
    QTemporaryDir second;
    test::writeTinyModel(first.path(), QStringLiteral("same"), 32);
    test::writeTinyModel(second.path(), QStringLiteral("same"), 48);

    const ModelRegistry registry({first.path(), second.path()});
    QCOMPARE(registry.models().size(), size_t(1));
    QCOMPARE(registry.find(QStringLiteral("same"))->preprocessing.inputSize, 32);
}

void TestModelRegistry::defaultPrefersFp32()
{
    QTemporaryDir dir;
    ModelManifest quantized = test::writeTinyModel(dir.path(), QStringLiteral("a-int8"));
    quantized.kind = QStringLiteral("int8-static");
    QVERIFY(saveManifest(quantized, quantized.manifestPath).ok());
    test::writeTinyModel(dir.path(), QStringLiteral("b-fp32"));

    const ModelRegistry registry({dir.path()});
    QCOMPARE(registry.models().size(), size_t(2));
    QCOMPARE(registry.defaultModel()->id, QStringLiteral("b-fp32"));
}

void TestModelRegistry::missingFolderIsEmpty()
{
    const ModelRegistry registry({QStringLiteral("/nonexistent/dermaedge/models")});
    QVERIFY(registry.models().empty());
    QVERIFY(registry.problems().empty());
    QVERIFY(!registry.defaultModel().has_value());
}

QTEST_GUILESS_MAIN(TestModelRegistry)
#include "TestModelRegistry.moc"
