#include "Classifier.h"
#include "ImageFixtures.h"
#include "ModelRegistry.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <torch/script.h>

using namespace dermaedge;

// Broken model archives, modules with the wrong interface and broken
// manifests: each gives an error that names the file, and the registry keeps
// serving the variants that are intact. Fixtures are generated here.
class TestBadModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rejectsDamagedArchives_data();
    void rejectsDamagedArchives();
    void rejectsWrongInterface_data();
    void rejectsWrongInterface();
    void rejectsNonFiniteScreening();
    void registryServesIntactVariants();

private:
    ModelManifest modelWithArchive(const QString& id, const QByteArray& archive, bool matchingChecksum);
    ModelManifest modelWithSource(const QString& id, const QString& forwardSource);

    QTemporaryDir m_dir;
    QByteArray m_validArchive;
};

namespace {

const int kInputSize = 32;

// Appends the `size` (at most 4) low bytes of `value`, least significant first.
void appendLittleEndian(QByteArray& bytes, quint32 value, int size)
{
    for (int i = 0; i < size; ++i)
        bytes.append(char((value >> (8 * i)) & 0xFF));
}

// A valid zip archive (stored, not compressed) holding one text file: a
// container TorchScript uses, without any of TorchScript's own entries.
QByteArray zipWithTextFile()
{
    const QByteArray name("model/notes.txt");
    const QByteArray data("This zip archive holds no TorchScript model.\n");
    const quint32 crc = test::crc32(data);
    QByteArray zip;
    appendLittleEndian(zip, 0x04034B50, 4); // local file header
    appendLittleEndian(zip, 20, 2);
    zip.append(QByteArray(2 + 2 + 2 + 2, '\0')); // flags, method (stored), time, date
    appendLittleEndian(zip, crc, 4);
    appendLittleEndian(zip, quint32(data.size()), 4);
    appendLittleEndian(zip, quint32(data.size()), 4);
    appendLittleEndian(zip, quint32(name.size()), 2);
    appendLittleEndian(zip, 0, 2);
    zip += name + data;

    const quint32 directoryOffset = quint32(zip.size());
    appendLittleEndian(zip, 0x02014B50, 4); // central directory entry
    appendLittleEndian(zip, 20, 2);
    appendLittleEndian(zip, 20, 2);
    zip.append(QByteArray(2 + 2 + 2 + 2, '\0')); // flags, method (stored), time, date
    appendLittleEndian(zip, crc, 4);
    appendLittleEndian(zip, quint32(data.size()), 4);
    appendLittleEndian(zip, quint32(data.size()), 4);
    appendLittleEndian(zip, quint32(name.size()), 2);
    zip.append(QByteArray(2 + 2 + 2 + 2 + 4, '\0')); // extra, comment, disk, attributes
    appendLittleEndian(zip, 0, 4); // offset of the local header
    zip += name;
    const quint32 directorySize = quint32(zip.size()) - directoryOffset;

    appendLittleEndian(zip, 0x06054B50, 4); // end of central directory
    appendLittleEndian(zip, 0, 2 + 2);      // disk numbers
    appendLittleEndian(zip, 1, 2);
    appendLittleEndian(zip, 1, 2);
    appendLittleEndian(zip, directorySize, 4);
    appendLittleEndian(zip, directoryOffset, 4);
    appendLittleEndian(zip, 0, 2);
    return zip;
}

QByteArray randomBytes(int size)
{
    QRandomGenerator random(11);
    QByteArray bytes(size, '\0');
    for (char& byte : bytes)
        byte = char(random.bounded(256));
    return bytes;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

void TestBadModels::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const ModelManifest valid = test::writeTinyModel(m_dir.filePath(QStringLiteral("valid")), QStringLiteral("valid"));
    m_validArchive = readAll(valid.archivePath());
    QVERIFY(m_validArchive.size() > 1000);
}

ModelManifest TestBadModels::modelWithArchive(const QString& id, const QByteArray& archive, bool matchingChecksum)
{
    ModelManifest manifest = test::writeTinyModel(m_dir.filePath(id), id, kInputSize);
    test::writeBytes(manifest.archivePath(), archive);
    if (matchingChecksum)
        manifest.sha256 = sha256OfFile(manifest.archivePath()).value();
    if (!saveManifest(manifest, manifest.manifestPath))
        qFatal("cannot save the manifest of %s", qPrintable(id));
    return manifest;
}

// Saves a TorchScript module whose forward() is `forwardSource`, with a
// manifest that matches its archive.
ModelManifest TestBadModels::modelWithSource(const QString& id, const QString& forwardSource)
{
    torch::jit::Module module("__torch__.dermaedge.test.BadModel");
    module.register_attribute("training", c10::BoolType::get(), false);
    module.register_parameter("weight", torch::ones({3 * 64 * 64, 1}), false);
    module.define(forwardSource.toStdString());
    const QString folder = m_dir.filePath(id);
    QDir().mkpath(folder);
    const QString archive = QDir(folder).filePath(id + QStringLiteral(".pt"));
    module.save(archive.toStdString());
    return modelWithArchive(id, readAll(archive), true);
}

void TestBadModels::rejectsDamagedArchives_data()
{
    QTest::addColumn<QByteArray>("archive");
    QTest::addColumn<bool>("matchingChecksum");
    QTest::addColumn<QString>("cause");

    const QString notTorchScript = QStringLiteral(": not a usable TorchScript model (");
    QTest::newRow("empty") << QByteArray() << true << notTorchScript;
    QTest::newRow("truncated") << m_validArchive.left(m_validArchive.size() / 2) << true << notTorchScript;
    QTest::newRow("last bytes missing") << m_validArchive.left(m_validArchive.size() - 100) << true << notTorchScript;
    QTest::newRow("random bytes") << randomBytes(8192) << true << notTorchScript;
    QTest::newRow("zip without TorchScript") << zipWithTextFile() << true << notTorchScript;
    // Random bytes would fail to load, so this message shows the digest was compared first.
    QTest::newRow("checksum mismatch") << randomBytes(8192) << false
                                       << QStringLiteral(": SHA-256 does not match the manifest");
}

void TestBadModels::rejectsDamagedArchives()
{
    QFETCH(QByteArray, archive);
    QFETCH(bool, matchingChecksum);
    QFETCH(QString, cause);
    const QString id = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
    const ModelManifest manifest = modelWithArchive(id, archive, matchingChecksum);

    const auto classifier = Classifier::load(manifest);
    QVERIFY(!classifier.ok());
    QVERIFY2(classifier.error().startsWith(manifest.archivePath() + cause), qPrintable(classifier.error()));
}

void TestBadModels::rejectsWrongInterface_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("cause");

    QTest::newRow("input shape") << "def forward(self, x):\n"
                                    "    return torch.matmul(torch.flatten(x, 1), self.weight)\n"
                                 << "fails on an input of the manifest's size (";
    QTest::newRow("three outputs") << "def forward(self, x):\n    return torch.mean(x, [2, 3])\n"
                                   << "the model returns 3 values (shape [1, 3]) instead of one logit or "
                                      "two class scores for a blank 32 x 32 input";
    QTest::newRow("tuple output") << "def forward(self, x):\n    return (torch.mean(x), torch.mean(x))\n"
                                  << "the model returns a Tuple instead of a tensor for a blank 32 x 32 input";
    QTest::newRow("nan output") << "def forward(self, x):\n"
                                   "    return torch.mean(x, [1, 2, 3]).view([1, 1]) / torch.zeros([1, 1])\n"
                                << "the model returns a non-finite value (nan) for a blank 32 x 32 input";
    QTest::newRow("infinite output") << "def forward(self, x):\n"
                                        "    return torch.ones([1, 1]) / torch.zeros([1, 1])\n"
                                     << "the model returns a non-finite value (inf) for a blank 32 x 32 input";
}

void TestBadModels::rejectsWrongInterface()
{
    QFETCH(QString, source);
    QFETCH(QString, cause);
    const QString id = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
    const ModelManifest manifest = modelWithSource(id, source);

    const auto classifier = Classifier::load(manifest);
    QVERIFY(!classifier.ok());
    QVERIFY2(classifier.error().startsWith(manifest.archivePath() + QStringLiteral(": ") + cause),
             qPrintable(classifier.error()));
}

// A model that is finite on a blank input but not on a real image is caught
// when screening, and the image is not given a probability.
void TestBadModels::rejectsNonFiniteScreening()
{
    const ModelManifest manifest = modelWithSource(
        QStringLiteral("nan-later"),
        QStringLiteral("def forward(self, x):\n"
                       "    return torch.sqrt(torch.mean(x, [1, 2, 3]).view([1, 1]) * -1.0)\n"));
    auto classifier = Classifier::load(manifest);
    QVERIFY2(classifier.ok(), qPrintable(classifier.error()));
    const QString image = m_dir.filePath(QStringLiteral("skin.png"));
    QVERIFY(test::syntheticLesion(64, 64).save(image));

    const auto screened = classifier.value()->screenFile(image);
    QVERIFY(!screened.ok());
    QCOMPARE(screened.error(), image + QStringLiteral(": model nan-later returned a non-finite value (nan)"));
}

void TestBadModels::registryServesIntactVariants()
{
    const QString folder = m_dir.filePath(QStringLiteral("registry"));
    test::writeTinyModel(folder, QStringLiteral("alpha"), kInputSize);
    const ModelManifest damaged = test::writeTinyModel(folder, QStringLiteral("damaged"), kInputSize);
    test::writeBytes(damaged.archivePath(), m_validArchive.left(500)); // digest no longer matches
    const ModelManifest missing = test::writeTinyModel(folder, QStringLiteral("missing"), kInputSize);
    QVERIFY(QFile::remove(missing.archivePath()));

    const QJsonObject valid = QJsonDocument::fromJson(manifestToJson(damaged)).object();
    auto brokenManifest = [&](const QString& name, const QString& key, const QJsonValue& value) {
        QJsonObject changed = valid;
        changed.insert(key, value);
        test::writeBytes(QDir(folder).filePath(name), QJsonDocument(changed).toJson());
    };
    test::writeBytes(QDir(folder).filePath(QStringLiteral("malformed.json")), "{ \"id\": \"x\", ");
    test::writeBytes(QDir(folder).filePath(QStringLiteral("empty.json")), QByteArray());
    test::writeBytes(QDir(folder).filePath(QStringLiteral("huge.json")), QByteArray(2 * 1024 * 1024, ' '));
    brokenManifest(QStringLiteral("wrong-type.json"), QStringLiteral("threshold"), QStringLiteral("high"));
    brokenManifest(QStringLiteral("bad-digest.json"), QStringLiteral("sha256"), QStringLiteral("xyz"));
    brokenManifest(QStringLiteral("newer-format.json"), QStringLiteral("format_version"), 2);

    const ModelRegistry registry({folder});
    QStringList ids;
    for (const ModelManifest& model : registry.models())
        ids << model.id;
    QCOMPARE(ids, QStringList({QStringLiteral("alpha"), QStringLiteral("damaged"), QStringLiteral("missing")}));
    QMap<QString, QString> problems;
    for (const RegistryProblem& problem : registry.problems())
        problems.insert(QFileInfo(problem.path).fileName(), problem.message);
    QCOMPARE(problems.size(), 6);
    const auto expectProblem = [&](const QString& name, const QString& cause) {
        const QString message = problems.value(name);
        QVERIFY2(message.startsWith(QDir(folder).filePath(name) + QStringLiteral(": ")), qPrintable(message));
        QVERIFY2(message.contains(cause), qPrintable(message));
    };
    expectProblem(QStringLiteral("malformed.json"), QStringLiteral("invalid JSON"));
    expectProblem(QStringLiteral("empty.json"), QStringLiteral("invalid JSON"));
    expectProblem(QStringLiteral("huge.json"), QStringLiteral("manifest is too large"));
    expectProblem(QStringLiteral("wrong-type.json"), QStringLiteral("field \"threshold\" must be a number"));
    expectProblem(QStringLiteral("bad-digest.json"), QStringLiteral("field \"sha256\" must be 64 lower-case hex digits"));
    expectProblem(QStringLiteral("newer-format.json"), QStringLiteral("manifest format 2 is newer"));

    const auto damagedLoad = Classifier::load(*registry.find(QStringLiteral("damaged")));
    QVERIFY(!damagedLoad.ok());
    QVERIFY2(damagedLoad.error().startsWith(damaged.archivePath() + QStringLiteral(": SHA-256 does not match")),
             qPrintable(damagedLoad.error()));
    const auto missingLoad = Classifier::load(*registry.find(QStringLiteral("missing")));
    QVERIFY(!missingLoad.ok());
    QCOMPARE(missingLoad.error(), missing.archivePath() + QStringLiteral(": model archive not found"));

    auto alpha = Classifier::load(*registry.find(QStringLiteral("alpha")));
    QVERIFY2(alpha.ok(), qPrintable(alpha.error()));
    const auto screened = alpha.value()->screenImage(test::syntheticLesion(64, 64));
    QVERIFY2(screened.ok(), qPrintable(screened.error()));
    QCOMPARE(screened->modelId, QStringLiteral("alpha"));

    const QString absent = QDir(folder).filePath(QStringLiteral("absent.json"));
    QCOMPARE(loadManifest(absent).error(), absent + QStringLiteral(": manifest not found"));
}

QTEST_GUILESS_MAIN(TestBadModels)
#include "TestBadModels.moc"
