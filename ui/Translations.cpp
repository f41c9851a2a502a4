#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcLanguage, "dermaedge.ui.language")

namespace dermaedge {

QList<LanguageOption> availableLanguages()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("ca"), QStringLiteral("Català")},
            {QStringLiteral("es"), QStringLiteral("Español")}};
}

namespace {

bool isAvailable(const QString& code)
{
    for (const LanguageOption& option : availableLanguages()) {
        if (option.code == code)
            return true;
    }
    return false;
}

QLocale localeFor(const QString& code, const QLocale& system)
{
    // Keep the user's own region when it speaks the chosen language (ca_AD, es_MX …).
    if (system.language() == QLocale(code).language())
        return system;
    if (code == QLatin1String("ca") || code == QLatin1String("es"))
        return QLocale(code + QStringLiteral("_ES"));
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

} // namespace

QString effectiveLanguage(const QString& preferred, const QLocale& system)
{
    if (isAvailable(preferred))
        return preferred;
    for (const QString& name : system.uiLanguages()) {
        const QString code = name.section(QLatin1Char('-'), 0, 0).toLower();
        if (isAvailable(code))
            return code;
    }
    return QStringLiteral("en");
}

bool installTranslations(QCoreApplication& app, const QString& code)
{
    QLocale::setDefault(localeFor(code, QLocale::system()));
    if (code == QLatin1String("en"))
        return true;

    auto* own = new QTranslator(&app);
    if (!own->load(QStringLiteral(":/i18n/dermaedge_%1.qm").arg(code))) {
        qCWarning(lcLanguage) << "No DermaEdge translation for" << code << "- showing English";
        delete own;
        return false;
    }
    app.installTranslator(own);

    // Qt's standard dialogs and buttons; Debian ships these in qt6-translations-l10n.
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        app.installTranslator(qt);
    } else {
        qCInfo(lcLanguage) << "Qt's own translation for" << code << "is not installed";
        delete qt;
    }
    return true;
}

} // namespace dermaedge
