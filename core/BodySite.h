#pragma once

#include <QString>

#include <array>
#include <optional>

namespace dermaedge {

/// Anatomical site of a lesion, using the general site categories of the ISIC
/// archive (its `anatom_site_general` field).
enum class BodySite {
    AnteriorTorso,
    PosteriorTorso,
    LateralTorso,
    HeadNeck,
    UpperExtremity,
    LowerExtremity,
    PalmsSoles,
    OralGenital,
    Unknown,
};

/// Every site, in the order a site picker lists them.
inline constexpr std::array<BodySite, 9> kAllBodySites{
    BodySite::AnteriorTorso,  BodySite::PosteriorTorso, BodySite::LateralTorso,
    BodySite::HeadNeck,       BodySite::UpperExtremity, BodySite::LowerExtremity,
    BodySite::PalmsSoles,     BodySite::OralGenital,    BodySite::Unknown};

/// ISIC spelling of a site ("anterior torso", "head/neck", ...), stored in the
/// case database and written to CSV reports; never translated.
QString bodySiteKey(BodySite site);

/// Parses an ISIC site name; returns nothing for an unknown spelling.
std::optional<BodySite> bodySiteFromKey(const QString& key);

/// Translatable name of a site for reports and widgets (context "BodySite").
QString bodySiteDisplayName(BodySite site);

} // namespace dermaedge
