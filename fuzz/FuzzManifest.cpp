// libFuzzer target: model manifest parsing. Any input must either be rejected
// with a message that names the manifest, or be accepted with an archive inside
// the manifest's folder and survive a write and a second parse unchanged.

#include "ModelManifest.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

namespace {

const QString kPath = QStringLiteral("/fuzz/models/manifest.json");

void check(bool condition)
{
    if (!condition)
        std::abort();
}

bool samePreprocessing(const dermaedge::Preprocessing& a, const dermaedge::Preprocessing& b)
{
    return a.inputSize == b.inputSize && a.resizeShorter == b.resizeShorter && a.mean == b.mean
           && a.std == b.std;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace dermaedge;
    const QByteArray json(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto parsed = parseManifest(json, kPath);
    if (!parsed) {
        check(parsed.error().startsWith(kPath + QStringLiteral(": ")));
        return 0;
    }
    check(parsed->archivePath().startsWith(QStringLiteral("/fuzz/models/")));
    check(parsed->preprocessing.resizeShorter >= parsed->preprocessing.inputSize);

    const auto again = parseManifest(manifestToJson(parsed.value()), kPath);
    check(again.ok());
    check(again->id == parsed->id && again->kind == parsed->kind && again->archive == parsed->archive);
    check(again->sha256 == parsed->sha256 && again->labels == parsed->labels);
    check(again->threshold == parsed->threshold && again->temperature == parsed->temperature);
    check(samePreprocessing(again->preprocessing, parsed->preprocessing));
    check(again->provenance.command == parsed->provenance.command);
    check(again->metrics == parsed->metrics);
    return 0;
}
