#include "ImageIo.h"
#include "MainWindow.h"
#include "ModelRegistry.h"
#include "Settings.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QApplication>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace dermaedge;

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void effectiveLanguage_data();
    void effectiveLanguage();
    void loadsTranslation_data();
    void loadsTranslation();
    void menusShowChosenLanguage_data();
    void menusShowChosenLanguage();
    void languageSettingIsRemembered();

private:
    void removeTranslators();

    QTemporaryDir m_modelsDir;
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DermaEdgeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestTranslations"));
    QSettings().clear();
    QVERIFY(m_modelsDir.isValid());
    test::writeTinyModel(m_modelsDir.path(), QStringLiteral("tiny"), 32, 1);
}

void TestTranslations::cleanup()
{
    removeTranslators();
    QLocale::setDefault(QLocale::c());
    QSettings().clear();
}

void TestTranslations::removeTranslators()
{
    for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void TestTranslations::effectiveLanguage_data()
{
    QTest::addColumn<QString>("preferred");
    QTest::addColumn<QString>("systemLocale");
    QTest::addColumn<QString>("expected");

    QTest::newRow("system Catalan") << QString() << QStringLiteral("ca_ES") << QStringLiteral("ca");
    QTest::newRow("system Spanish of Mexico")
        << QString() << QStringLiteral("es_MX") << QStringLiteral("es");
    QTest::newRow("system French falls back to English")
        << QString() << QStringLiteral("fr_FR") << QStringLiteral("en");
    QTest::newRow("choice overrides system")
        << QStringLiteral("ca") << QStringLiteral("es_ES") << QStringLiteral("ca");
    QTest::newRow("English chosen on a Spanish system")
        << QStringLiteral("en") << QStringLiteral("es_ES") << QStringLiteral("en");
    QTest::newRow("unknown choice follows system")
        << QStringLiteral("xx") << QStringLiteral("es_ES") << QStringLiteral("es");
}

void TestTranslations::effectiveLanguage()
{
    QFETCH(QString, preferred);
    QFETCH(QString, systemLocale);
    QFETCH(QString, expected);
    QCOMPARE(dermaedge::effectiveLanguage(preferred, QLocale(systemLocale)), expected);
}

void TestTranslations::loadsTranslation_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("open");
    QTest::addColumn<QString>("noticeWord"); // the word for "diagnosis" in the notice
    QTest::addColumn<QChar>("decimalPoint");
    QTest::addColumn<QString>("missingImageError"); // core's message, shown in the result panel

    QTest::newRow("English is the source")
        << QStringLiteral("en") << QStringLiteral("&Open…")
        << QStringLiteral("diagnosis") << QChar('.') << QStringLiteral("file not found");
    QTest::newRow("Catalan") << QStringLiteral("ca") << QStringLiteral("&Obre…")
                             << QStringLiteral("diagnòstic")
                             << QChar(',') << QStringLiteral("no s'ha trobat el fitxer");
    QTest::newRow("Spanish") << QStringLiteral("es") << QStringLiteral("&Abrir…")
                             << QStringLiteral("diagnóstico")
                             << QChar(',') << QStringLiteral("no se ha encontrado el archivo");
}

void TestTranslations::loadsTranslation()
{
    QFETCH(QString, code);
    QFETCH(QString, open);
    QFETCH(QString, noticeWord);
    QFETCH(QChar, decimalPoint);
    QFETCH(QString, missingImageError);

    QVERIFY(installTranslations(*qApp, code));
    QCOMPARE(QCoreApplication::translate("dermaedge::MainWindow", "&Open…"), open);
    const QString notice = QCoreApplication::translate(
        "dermaedge::ResultPanel", "Decision support only, not a diagnosis. The final judgement "
                                  "rests with the clinician.");
    QVERIFY2(notice.contains(noticeWord), qPrintable(notice));
    QCOMPARE(QLocale().decimalPoint(), QString(decimalPoint));

    const Result<QImage> missing = loadImageRgb(m_modelsDir.filePath(QStringLiteral("none.jpg")));
    QVERIFY(!missing);
    QVERIFY2(missing.error().contains(missingImageError), qPrintable(missing.error()));
}

void TestTranslations::menusShowChosenLanguage_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("fileMenu");

    QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("&File");
    QTest::newRow("Catalan") << QStringLiteral("ca") << QStringLiteral("&Fitxer");
    QTest::newRow("Spanish") << QStringLiteral("es") << QStringLiteral("&Archivo");
}

void TestTranslations::menusShowChosenLanguage()
{
    QFETCH(QString, code);
    QFETCH(QString, fileMenu);

    QVERIFY(installTranslations(*qApp, code));
    MainWindow window(ModelRegistry({m_modelsDir.path()}));
    const QList<QAction*> menus = window.menuBar()->actions();
    QVERIFY(!menus.isEmpty());
    QCOMPARE(menus.first()->text(), fileMenu);
}

void TestTranslations::languageSettingIsRemembered()
{
    QCOMPARE(Settings().language(), QString());
    Settings().setLanguage(QStringLiteral("ca"));
    QCOMPARE(Settings().language(), QStringLiteral("ca"));
    Settings().setLanguage(QString());
    QCOMPARE(Settings().language(), QString());
    QVERIFY(!QSettings().contains(QStringLiteral("interface/language")));
}

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
