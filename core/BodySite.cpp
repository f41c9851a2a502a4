#include "BodySite.h"

#include <QCoreApplication>

namespace dermaedge {

QString bodySiteKey(BodySite site)
{
    switch (site) {
    case BodySite::AnteriorTorso:
        return QStringLiteral("anterior torso");
    case BodySite::PosteriorTorso:
        return QStringLiteral("posterior torso");
    case BodySite::LateralTorso:
        return QStringLiteral("lateral torso");
    case BodySite::HeadNeck:
        return QStringLiteral("head/neck");
    case BodySite::UpperExtremity:
        return QStringLiteral("upper extremity");
    case BodySite::LowerExtremity:
        return QStringLiteral("lower extremity");
    case BodySite::PalmsSoles:
        return QStringLiteral("palms/soles");
    case BodySite::OralGenital:
        return QStringLiteral("oral/genital");
    case BodySite::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

std::optional<BodySite> bodySiteFromKey(const QString& key)
{
    const QString normalized = key.trimmed().toLower();
    for (BodySite site : kAllBodySites) {
        if (bodySiteKey(site) == normalized)
            return site;
    }
    return std::nullopt;
}

QString bodySiteDisplayName(BodySite site)
{
    switch (site) {
    case BodySite::AnteriorTorso:
        return QCoreApplication::translate("BodySite", "Anterior torso");
    case BodySite::PosteriorTorso:
        return QCoreApplication::translate("BodySite", "Posterior torso");
    case BodySite::LateralTorso:
        return QCoreApplication::translate("BodySite", "Lateral torso");
    case BodySite::HeadNeck:
        return QCoreApplication::translate("BodySite", "Head or neck");
    case BodySite::UpperExtremity:
        return QCoreApplication::translate("BodySite", "Upper extremity");
    case BodySite::LowerExtremity:
        return QCoreApplication::translate("BodySite", "Lower extremity");
    case BodySite::PalmsSoles:
        return QCoreApplication::translate("BodySite", "Palms or soles");
    case BodySite::OralGenital:
        return QCoreApplication::translate("BodySite", "Oral or genital");
    case BodySite::Unknown:
        break;
    }
    return QCoreApplication::translate("BodySite", "Unknown site");
}

} // namespace dermaedge
