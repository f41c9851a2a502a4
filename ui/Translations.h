#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QCoreApplication;

namespace dermaedge {

/// A language the interface is translated into.
struct LanguageOption
{
    QString code;       ///< "en", "ca", "es"
    QString nativeName; ///< the language's name in itself, e.g. "Català"
};

/// English (the source language), Catalan and Spanish.
QList<LanguageOption> availableLanguages();

/// The language to show: `preferred` when it is available, else the first
/// available language among the locale's UI languages, else English.
QString effectiveLanguage(const QString& preferred, const QLocale& system = QLocale::system());

/// Installs DermaEdge's and Qt's own translations for `code` on `app` and
/// makes the matching locale the default, so numbers and dates follow it.
/// Returns false when DermaEdge's translation for a non-English code is missing.
bool installTranslations(QCoreApplication& app, const QString& code);

} // namespace dermaedge
