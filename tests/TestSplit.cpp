#include "Split.h"
#include "TestSupport.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <bit>
#include <numeric>

using namespace dermaedge;

class TestSplit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hashSeesNearDuplicates();
    void groupsAreTransitive();
    void splitIsStratifiedAndGrouped_data();
    void splitIsStratifiedAndGrouped();
    void splitIsDeterministic();
    void savedSplitRoundTrips();
    void rejectsMalformedCsv_data();
    void rejectsMalformedCsv();

private:
    static std::vector<LabelledImage> items(int benign, int malignant);
};

std::vector<LabelledImage> TestSplit::items(int benign, int malignant)
{
    std::vector<LabelledImage> list;
    for (int i = 0; i < benign + malignant; ++i)
        list.push_back({QStringLiteral("/data/%1.jpg").arg(i), i < benign ? 0 : 1});
    return list;
}

void TestSplit::hashSeesNearDuplicates()
{
    const QImage lesion = test::syntheticLesion(120, 100);
    QImage brighter = lesion;
    for (int y = 0; y < brighter.height(); ++y) {
        uchar* row = brighter.scanLine(y);
        for (int x = 0; x < brighter.width() * 3; ++x)
            row[x] = uchar(qMin(255, row[x] + 6));
    }
    QImage other(120, 100, QImage::Format_RGB888);
    for (int y = 0; y < other.height(); ++y) {
        for (int x = 0; x < other.width(); ++x)
            other.setPixelColor(x, y, QColor((x * 2 + y) % 256, (y * 2) % 256, (x * 7) % 256));
    }

    QCOMPARE(differenceHash(lesion), differenceHash(lesion.scaled(240, 200)));
    QVERIFY(std::popcount(differenceHash(lesion) ^ differenceHash(brighter)) <= 2);
    QVERIFY(std::popcount(differenceHash(lesion) ^ differenceHash(other)) > 8);
}

void TestSplit::groupsAreTransitive()
{
    // a~b and b~c (3 bits each) put a, b, c in one group; d is far from all.
    const std::vector<std::uint64_t> hashes{0x0, 0x7, 0x38, 0xFFFF0000FFFF0000ULL};
    const std::vector<int> groups = groupNearDuplicates(hashes, 3);
    QCOMPARE(groups[0], groups[1]);
    QCOMPARE(groups[1], groups[2]);
    QVERIFY(groups[3] != groups[0]);
}

void TestSplit::splitIsStratifiedAndGrouped_data()
{
    QTest::addColumn<int>("benign");
    QTest::addColumn<int>("malignant");
    QTest::addColumn<int>("groupSize");
    QTest::newRow("balanced singletons") << 100 << 100 << 1;
    QTest::newRow("imbalanced pairs") << 150 << 50 << 2;
    QTest::newRow("groups of five") << 100 << 100 << 5;
}

void TestSplit::splitIsStratifiedAndGrouped()
{
    QFETCH(int, benign);
    QFETCH(int, malignant);
    QFETCH(int, groupSize);
    const std::vector<LabelledImage> list = items(benign, malignant);
    std::vector<int> groups;
    for (size_t i = 0; i < list.size(); ++i)
        groups.push_back(int(i) / groupSize);

    const DataSplit split = stratifiedGroupSplit(list, groups, 0.2, 11);
    QCOMPARE(split.train.size() + split.validation.size(), list.size());
    int validationMalignant = 0;
    for (const LabelledImage& item : split.validation)
        validationMalignant += item.label;
    const int validationBenign = int(split.validation.size()) - validationMalignant;
    QVERIFY(qAbs(validationMalignant - malignant / 5) <= groupSize);
    QVERIFY(qAbs(validationBenign - benign / 5) <= groupSize);

    QSet<int> validationGroups;
    for (const LabelledImage& item : split.validation)
        validationGroups.insert(groups[size_t(item.path.section(u'/', -1).section(u'.', 0, 0).toInt())]);
    for (const LabelledImage& item : split.train) {
        const int group = groups[size_t(item.path.section(u'/', -1).section(u'.', 0, 0).toInt())];
        QVERIFY2(!validationGroups.contains(group), qPrintable(item.path));
    }
}

void TestSplit::splitIsDeterministic()
{
    const std::vector<LabelledImage> list = items(60, 40);
    std::vector<int> groups(list.size());
    std::iota(groups.begin(), groups.end(), 0);
    const DataSplit a = stratifiedGroupSplit(list, groups, 0.25, 5);
    const DataSplit b = stratifiedGroupSplit(list, groups, 0.25, 5);
    const DataSplit c = stratifiedGroupSplit(list, groups, 0.25, 6);
    QCOMPARE(a.validation.size(), b.validation.size());
    bool sameAsOtherSeed = true;
    for (size_t i = 0; i < a.validation.size(); ++i) {
        QCOMPARE(a.validation[i].path, b.validation[i].path);
        sameAsOtherSeed = sameAsOtherSeed && i < c.validation.size() && a.validation[i].path == c.validation[i].path;
    }
    QVERIFY(!sameAsOtherSeed);
}

void TestSplit::savedSplitRoundTrips()
{
    QTemporaryDir dir;
    DataSplit split;
    split.train = {{QStringLiteral("/d/a, with comma.jpg"), 0}, {QStringLiteral("/d/b.jpg"), 1}};
    split.validation = {{QStringLiteral("/d/c.jpg"), 1}};
    const QString path = dir.filePath(QStringLiteral("split.csv"));
    QVERIFY(saveSplit(split, path).ok());

    const auto loaded = loadSplit(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QCOMPARE(loaded->train.size(), size_t(2));
    QCOMPARE(loaded->train[0].path, QStringLiteral("/d/a, with comma.jpg"));
    QCOMPARE(loaded->validation[0].label, 1);
}

void TestSplit::rejectsMalformedCsv_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("cause");
    QTest::newRow("no header") << QByteArray("\"/a.jpg\",0,train\n") << "missing header";
    QTest::newRow("bad label") << QByteArray("path,label,subset\n\"/a.jpg\",7,train\n") << "line 2 is malformed";
    QTest::newRow("bad subset") << QByteArray("path,label,subset\n\"/a.jpg\",1,test\n") << "line 2 has an unknown subset";
    QTest::newRow("unquoted path") << QByteArray("path,label,subset\n/a.jpg,1,train\n") << "line 2 is malformed";
}

void TestSplit::rejectsMalformedCsv()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, cause);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("split.csv"));
    test::writeBytes(path, csv);
    const auto loaded = loadSplit(path);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().contains(cause), qPrintable(loaded.error()));
    QVERIFY(loaded.error().contains(QStringLiteral("split.csv")));
}

QTEST_GUILESS_MAIN(TestSplit)
#include "TestSplit.moc"
