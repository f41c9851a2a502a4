#include "ModelManifest.h"

#include "AtomicFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <optional>

#include <algorithm>

namespace dermaedge {

namespace {

constexpr qint64 kMaxManifestBytes = 1024 * 1024;
constexpr int kFormatVersion = 1;

// Collects the first problem met while reading fields, so that parsing code
// stays linear and the error names the offending field.
class FieldReader
{
public:
    FieldReader(const QJsonObject& object, QString context)
        : m_object(object), m_context(std::move(context))
    {
    }

    QString string(const QString& key, bool required = true)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() && !required)
            return {};
        if (!value.isString() || (required && value.toString().isEmpty()))
            fail(QStringLiteral("field \"%1\" must be a %2string").arg(key, required ? QStringLiteral("non-empty ") : QString()));
        return value.toString();
    }

    double number(const QString& key, double min, double max, std::optional<double> fallback = {})
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() && fallback)
            return *fallback;
        if (!value.isDouble()) {
            fail(QStringLiteral("field \"%1\" must be a number").arg(key));
            return 0;
        }
        const double number = value.toDouble();
        if (!(number >= min && number <= max)) {
            fail(QStringLiteral("field \"%1\" is %2, outside %3..%4").arg(key).arg(number).arg(min).arg(max));
            return min; // callers may convert the result to int
        }
        return number;
    }

    int integer(const QString& key, int min, int max)
    {
        const double value = number(key, min, max);
        if (value != std::floor(value))
            fail(QStringLiteral("field \"%1\" must be a whole number").arg(key));
        return int(value);
    }

    std::array<float, 3> triple(const QString& key, double min, double max)
    {
        std::array<float, 3> values{};
        const QJsonArray array = m_object.value(key).toArray();
        if (!m_object.value(key).isArray() || array.size() != 3) {
            fail(QStringLiteral("field \"%1\" must be an array of 3 numbers").arg(key));
            return values;
        }
        for (int i = 0; i < 3; ++i) {
            const double value = array.at(i).toDouble(std::nan(""));
            if (!array.at(i).isDouble() || !(value >= min && value <= max))
                fail(QStringLiteral("field \"%1\" holds a value outside %2..%3").arg(key).arg(min).arg(max));
            values[size_t(i)] = float(value);
        }
        return values;
    }

    QJsonObject object(const QString& key, bool required = true)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() && !required)
            return {};
        if (!value.isObject())
            fail(QStringLiteral("field \"%1\" must be an object").arg(key));
        return value.toObject();
    }

    void fail(const QString& message)
    {
        if (m_error.isEmpty())
            m_error = m_context.isEmpty() ? message : m_context + QStringLiteral(".") + message;
    }

    const QString& error() const { return m_error; }

private:
    QJsonObject m_object;
    QString m_context;
    QString m_error;
};

bool isLowerHex(const QString& text, int length)
{
    if (text.size() != length)
        return false;
    for (QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

Preprocessing readPreprocessing(const QJsonObject& object, FieldReader& outer)
{
    FieldReader reader(object, QStringLiteral("preprocessing"));
    Preprocessing result;
    result.inputSize = reader.integer(QStringLiteral("input_size"), 8, 4096);
    result.resizeShorter = reader.integer(QStringLiteral("resize_shorter"), 8, 8192);
    result.mean = reader.triple(QStringLiteral("mean"), -10, 10);
    result.std = reader.triple(QStringLiteral("std"), 1e-6, 100);
    if (object.contains(QStringLiteral("shades_of_gray_power")))
        result.shadesOfGrayPower = int(reader.number(QStringLiteral("shades_of_gray_power"), 0, 32));
    if (object.contains(QStringLiteral("lesion_crop_margin")))
        result.lesionCropMargin = reader.number(QStringLiteral("lesion_crop_margin"), 0, 2);
    if (reader.error().isEmpty() && result.resizeShorter < result.inputSize)
        reader.fail(QStringLiteral("resize_shorter must be at least input_size"));
    if (!reader.error().isEmpty())
        outer.fail(reader.error());
    return result;
}

ValidationRoc readValidationRoc(const QJsonObject& object, FieldReader& outer)
{
    FieldReader reader(object, QStringLiteral("operating_points"));
    ValidationRoc roc;
    roc.split = reader.string(QStringLiteral("split"), false);
    roc.images = int(reader.number(QStringLiteral("images"), 0, 1e9, 0.0));
    roc.positives = int(reader.number(QStringLiteral("positives"), 0, 1e9, 0.0));
    roc.negatives = int(reader.number(QStringLiteral("negatives"), 0, 1e9, 0.0));
    roc.createdAt = reader.string(QStringLiteral("created_at"), false);
    roc.command = reader.string(QStringLiteral("command"), false);
    const QJsonValue points = object.value(QStringLiteral("points"));
    if (!points.isArray())
        reader.fail(QStringLiteral("field \"points\" must be an array"));
    const QJsonArray array = points.toArray();
    for (int i = 0; i < array.size() && reader.error().isEmpty(); ++i) {
        FieldReader pointReader(array.at(i).toObject(), QStringLiteral("points[%1]").arg(i));
        if (!array.at(i).isObject())
            pointReader.fail(QStringLiteral("must be an object"));
        RocPoint point;
        point.threshold = pointReader.number(QStringLiteral("threshold"), 0.0, 1.0);
        point.sensitivity = pointReader.number(QStringLiteral("sensitivity"), 0.0, 1.0);
        point.specificity = pointReader.number(QStringLiteral("specificity"), 0.0, 1.0);
        if (!pointReader.error().isEmpty())
            reader.fail(pointReader.error());
        roc.points.push_back(point);
    }
    std::sort(roc.points.begin(), roc.points.end(),
              [](const RocPoint& a, const RocPoint& b) { return a.threshold > b.threshold; });
    if (!reader.error().isEmpty())
        outer.fail(reader.error());
    return roc;
}

QJsonObject validationRocToJson(const ValidationRoc& roc)
{
    QJsonArray points;
    for (const RocPoint& point : roc.points) {
        points.append(QJsonObject{{QStringLiteral("threshold"), point.threshold},
                                  {QStringLiteral("sensitivity"), point.sensitivity},
                                  {QStringLiteral("specificity"), point.specificity}});
    }
    return {{QStringLiteral("split"), roc.split},
            {QStringLiteral("images"), roc.images},
            {QStringLiteral("positives"), roc.positives},
            {QStringLiteral("negatives"), roc.negatives},
            {QStringLiteral("created_at"), roc.createdAt},
            {QStringLiteral("command"), roc.command},
            {QStringLiteral("points"), points}};
}

QStringList readLabels(const QJsonObject& root, FieldReader& reader)
{
    QStringList labels;
    const QJsonValue value = root.value(QStringLiteral("labels"));
    for (const QJsonValue& label : value.toArray())
        labels.append(label.isString() ? label.toString() : QString());
    if (!value.isArray() || labels.size() != 2 || labels.contains(QString()))
        reader.fail(QStringLiteral("field \"labels\" must list 2 class names (benign first)"));
    return labels;
}

Provenance readProvenance(const QJsonObject& object, FieldReader& outer)
{
    FieldReader reader(object, QStringLiteral("provenance"));
    Provenance provenance;
    provenance.command = reader.string(QStringLiteral("command"), false);
    provenance.source = reader.string(QStringLiteral("source"), false);
    provenance.createdAt = reader.string(QStringLiteral("created_at"), false);
    provenance.software = reader.string(QStringLiteral("software"), false);
    if (!reader.error().isEmpty())
        outer.fail(reader.error());
    return provenance;
}

QJsonArray toArray(const std::array<float, 3>& values)
{
    return QJsonArray{double(values[0]), double(values[1]), double(values[2])};
}

} // namespace

QString ModelManifest::archivePath() const
{
    const QDir folder = QFileInfo(manifestPath).absoluteDir();
    return folder.absoluteFilePath(archive);
}

QStringList knownModelKinds()
{
    return {QStringLiteral("fp32"),
            QStringLiteral("int8-static"),
            QStringLiteral("int8-dynamic"),
            QStringLiteral("pruned-structured"),
            QStringLiteral("pruned-unstructured"),
            QStringLiteral("pruned-structured-int8"),
            QStringLiteral("distilled")};
}

Result<ModelManifest> parseManifest(const QByteArray& json, const QString& path)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Result<ModelManifest>::failure(QStringLiteral("%1: invalid JSON at offset %2 (%3)")
                                                  .arg(path)
                                                  .arg(parseError.offset)
                                                  .arg(parseError.errorString()));
    if (!document.isObject())
        return Result<ModelManifest>::failure(
            QStringLiteral("%1: manifest must be a JSON object").arg(path));

    const QJsonObject root = document.object();
    FieldReader reader(root, QString());
    const int formatVersion =
        int(reader.number(QStringLiteral("format_version"), 1, 1000, double(kFormatVersion)));
    if (reader.error().isEmpty() && formatVersion > kFormatVersion)
        return Result<ModelManifest>::failure(
            QStringLiteral("%1: manifest format %2 is newer than this version of DermaEdge reads (%3); "
                           "update DermaEdge to use this model")
                .arg(path)
                .arg(formatVersion)
                .arg(kFormatVersion));

    ModelManifest manifest;
    manifest.manifestPath = path;
    manifest.id = reader.string(QStringLiteral("id"));
    manifest.displayName = reader.string(QStringLiteral("display_name"));
    manifest.kind = reader.string(QStringLiteral("kind"));
    manifest.archive = reader.string(QStringLiteral("archive"));
    manifest.sha256 = reader.string(QStringLiteral("sha256"));
    manifest.threshold = reader.number(QStringLiteral("threshold"), 0.0, 1.0);
    manifest.temperature = reader.number(QStringLiteral("temperature"), 0.01, 100.0, 1.0);
    manifest.preprocessing = readPreprocessing(reader.object(QStringLiteral("preprocessing")), reader);

    manifest.labels = readLabels(root, reader);
    manifest.provenance = readProvenance(reader.object(QStringLiteral("provenance"), false), reader);
    manifest.metrics = reader.object(QStringLiteral("metrics"), false);
    if (root.contains(QStringLiteral("operating_points")))
        manifest.validationRoc =
            readValidationRoc(reader.object(QStringLiteral("operating_points")), reader);

    if (reader.error().isEmpty() && !knownModelKinds().contains(manifest.kind))
        reader.fail(QStringLiteral("unknown kind \"%1\"").arg(manifest.kind));
    if (reader.error().isEmpty() && !isLowerHex(manifest.sha256, 64))
        reader.fail(QStringLiteral("field \"sha256\" must be 64 lower-case hex digits"));
    if (reader.error().isEmpty()
        && (manifest.archive.contains(u'/') || manifest.archive.contains(u'\\')
            || manifest.archive.startsWith(u'.')))
        reader.fail(QStringLiteral("field \"archive\" must be a plain file name in the manifest's folder"));

    if (!reader.error().isEmpty())
        return Result<ModelManifest>::failure(QStringLiteral("%1: %2").arg(path, reader.error()));
    return manifest;
}

Result<ModelManifest> loadManifest(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return Result<ModelManifest>::failure(QStringLiteral("%1: manifest not found").arg(path));
    if (file.size() > kMaxManifestBytes)
        return Result<ModelManifest>::failure(
            QStringLiteral("%1: manifest is too large (%2 bytes)").arg(path).arg(file.size()));
    if (!file.open(QIODevice::ReadOnly))
        return Result<ModelManifest>::failure(
            QStringLiteral("%1: cannot be read (%2)").arg(path, file.errorString()));
    return parseManifest(file.readAll(), QFileInfo(path).absoluteFilePath());
}

QByteArray manifestToJson(const ModelManifest& manifest)
{
    const Preprocessing& pre = manifest.preprocessing;
    QJsonObject preprocessing{{QStringLiteral("input_size"), pre.inputSize},
                              {QStringLiteral("resize_shorter"), pre.resizeShorter},
                              {QStringLiteral("mean"), toArray(pre.mean)},
                              {QStringLiteral("std"), toArray(pre.std)}};
    if (pre.shadesOfGrayPower > 0)
        preprocessing.insert(QStringLiteral("shades_of_gray_power"), pre.shadesOfGrayPower);
    if (pre.lesionCropMargin > 0.0)
        preprocessing.insert(QStringLiteral("lesion_crop_margin"), pre.lesionCropMargin);
    const QJsonObject provenance{{QStringLiteral("command"), manifest.provenance.command},
                                 {QStringLiteral("source"), manifest.provenance.source},
                                 {QStringLiteral("created_at"), manifest.provenance.createdAt},
                                 {QStringLiteral("software"), manifest.provenance.software}};
    QJsonObject root{{QStringLiteral("format_version"), kFormatVersion},
                           {QStringLiteral("id"), manifest.id},
                           {QStringLiteral("display_name"), manifest.displayName},
                           {QStringLiteral("kind"), manifest.kind},
                           {QStringLiteral("archive"), manifest.archive},
                           {QStringLiteral("sha256"), manifest.sha256},
                           {QStringLiteral("labels"), QJsonArray::fromStringList(manifest.labels)},
                           {QStringLiteral("threshold"), manifest.threshold},
                           {QStringLiteral("temperature"), manifest.temperature},
                           {QStringLiteral("preprocessing"), preprocessing},
                           {QStringLiteral("provenance"), provenance},
                           {QStringLiteral("metrics"), manifest.metrics}};
    if (!manifest.validationRoc.isEmpty())
        root.insert(QStringLiteral("operating_points"), validationRocToJson(manifest.validationRoc));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status saveManifest(const ModelManifest& manifest, const QString& path)
{
    return writeFileAtomically(path, manifestToJson(manifest));
}

Result<QString> sha256OfFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QString>::failure(
            QStringLiteral("%1: cannot be read (%2)").arg(path, file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return Result<QString>::failure(QStringLiteral("%1: read failed while hashing").arg(path));
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace dermaedge
