#include "Dataset.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dermaedge;

class TestDataset : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsClassFolders();
    void readsIsicCsv_data();
    void readsIsicCsv();
    void rejectsUnusableCsv_data();
    void rejectsUnusableCsv();

private:
    QString writeCsv(const QString& name, const QByteArray& text);
    QTemporaryDir m_dir;
};

void TestDataset::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QDir().mkpath(m_dir.filePath(QStringLiteral("images")));
    for (const QString& id : {QStringLiteral("ISIC_001"), QStringLiteral("ISIC_002"), QStringLiteral("ISIC_003")})
        QVERIFY(test::syntheticLesion(20, 20).save(m_dir.filePath(QStringLiteral("images/%1.jpg").arg(id))));
    for (const QString& label : {QStringLiteral("benign"), QStringLiteral("malignant")}) {
        QDir().mkpath(m_dir.filePath(QStringLiteral("folders/") + label));
        QVERIFY(test::syntheticLesion(20, 20).save(m_dir.filePath(QStringLiteral("folders/%1/a.png").arg(label))));
    }
    test::writeBytes(m_dir.filePath(QStringLiteral("folders/benign/notes.txt")), "not an image");
}

QString TestDataset::writeCsv(const QString& name, const QByteArray& text)
{
    const QString path = m_dir.filePath(name);
    test::writeBytes(path, text);
    return path;
}

void TestDataset::readsClassFolders()
{
    const auto images = readClassFolders(m_dir.filePath(QStringLiteral("folders")));
    QVERIFY2(images.ok(), qPrintable(images.error()));
    QCOMPARE(images->size(), size_t(2));
    QCOMPARE(images->at(0).label, 0);
    QCOMPARE(images->at(1).label, 1);
    QVERIFY(!readClassFolders(m_dir.filePath(QStringLiteral("nowhere"))).ok());
}

void TestDataset::readsIsicCsv_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("images");
    QTest::addColumn<int>("malignant");
    QTest::addColumn<int>("skipped");
    QTest::newRow("benign_malignant column") << QByteArray("image_name,patient_id,benign_malignant\nISIC_001,p1,benign\nISIC_002,p2,malignant\n") << 2 << 1 << 0;
    QTest::newRow("target column, quoted") << QByteArray("\"image_name\",\"target\"\n\"ISIC_001\",\"0\"\n\"ISIC_003\",\"1\"\n") << 2 << 1 << 0;
    QTest::newRow("diagnosis column") << QByteArray("isic_id,diagnosis\nISIC_001,nevus\nISIC_002,melanoma\nISIC_003,seborrheic keratosis\n") << 3 << 1 << 0;
    QTest::newRow("file names with extension") << QByteArray("image,target\nISIC_001.jpg,0\nISIC_002.jpg,1\n") << 2 << 1 << 0;
    QTest::newRow("malformed rows skipped")
        << QByteArray("image_name,benign_malignant\nISIC_001,benign\nISIC_002,malignant\nISIC_404,benign\nISIC_003,unknown\n,benign\n\n") << 2 << 1 << 3;
}

void TestDataset::readsIsicCsv()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, images);
    QFETCH(int, malignant);
    QFETCH(int, skipped);
    const auto dataset = readIsicCsv(writeCsv(QStringLiteral("good.csv"), csv), m_dir.filePath(QStringLiteral("images")));
    QVERIFY2(dataset.ok(), qPrintable(dataset.error()));
    QCOMPARE(int(dataset->images.size()), images);
    int malignantCount = 0;
    for (const LabelledImage& image : dataset->images) {
        QVERIFY(QFile::exists(image.path));
        malignantCount += image.label;
    }
    QCOMPARE(malignantCount, malignant);
    QCOMPARE(dataset->skippedRows.size(), skipped);
}

void TestDataset::rejectsUnusableCsv_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("cause");
    QTest::newRow("no id column") << QByteArray("name,target\nISIC_001,0\n") << "expected an image id column";
    QTest::newRow("no label column") << QByteArray("image_name,age\nISIC_001,40\n") << "label column";
    QTest::newRow("one class only") << QByteArray("image_name,target\nISIC_001,0\nISIC_002,0\n") << "no usable benign and malignant rows";
    QTest::newRow("empty file") << QByteArray() << "expected an image id column";
}

void TestDataset::rejectsUnusableCsv()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, cause);
    const auto dataset = readIsicCsv(writeCsv(QStringLiteral("bad.csv"), csv), m_dir.filePath(QStringLiteral("images")));
    QVERIFY(!dataset.ok());
    QVERIFY2(dataset.error().contains(QStringLiteral("bad.csv")), qPrintable(dataset.error()));
    QVERIFY2(dataset.error().contains(cause), qPrintable(dataset.error()));
}

QTEST_GUILESS_MAIN(TestDataset)
#include "TestDataset.moc"
