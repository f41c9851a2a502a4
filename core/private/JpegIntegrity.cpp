#include "ImageIntegrity.h"

#include <csetjmp>
#include <cstdio> // jpeglib.h needs FILE and size_t declared first

// clang-format off: jerror.h declares some codes only after jpeglib.h's configuration.
#include <jpeglib.h>
#include <jerror.h>
// clang-format on

namespace dermaedge::detail {

namespace {

// libjpeg reports through the callbacks in `base`, which must stay the first
// member because libjpeg passes a pointer to it.
struct JpegErrors
{
    jpeg_error_mgr base;
    std::jmp_buf jump;
    bool readingHeader = true;
    bool truncated = false;
    bool corrupt = false;
    char message[JMSG_LENGTH_MAX] = {};
};

JpegErrors& errorsOf(j_common_ptr info)
{
    return *reinterpret_cast<JpegErrors*>(info->err);
}

[[noreturn]] void onFatalError(j_common_ptr info)
{
    JpegErrors& errors = errorsOf(info);
    (*info->err->format_message)(info, errors.message);
    std::longjmp(errors.jump, 1);
}

bool meansCorruptData(int code)
{
    return code == JWRN_HIT_MARKER || code == JWRN_HUFF_BAD_CODE || code == JWRN_MUST_RESYNC
           || code == JWRN_ARITH_BAD_CODE || code == JWRN_EXTRANEOUS_DATA;
}

// Records the warnings that mean damaged pixel data and prints nothing.
// Stray bytes between header segments are harmless and common, so
// "extraneous data" counts only once image data has started.
void onMessage(j_common_ptr info, int level)
{
    JpegErrors& errors = errorsOf(info);
    const int code = info->err->msg_code;
    if (level >= 0 || (errors.readingHeader && code == JWRN_EXTRANEOUS_DATA))
        return;
    if (code == JWRN_JPEG_EOF) {
        errors.truncated = true;
    } else if (meansCorruptData(code) && !errors.corrupt) {
        errors.corrupt = true;
        (*info->err->format_message)(info, errors.message);
    }
}

// Plain C control flow only between setjmp and longjmp: no object with a
// destructor lives in this frame, and libjpeg frees its own pools in
// jpeg_destroy_decompress.
bool decodeAtEighthScale(jpeg_decompress_struct& info, JpegErrors& errors, const QByteArray& bytes)
{
    if (setjmp(errors.jump)) {
        jpeg_destroy_decompress(&info);
        return false;
    }
    jpeg_create_decompress(&info);
    jpeg_mem_src(&info, reinterpret_cast<const unsigned char*>(bytes.constData()),
                 static_cast<unsigned long>(bytes.size()));
    jpeg_read_header(&info, TRUE);
    errors.readingHeader = false;
    info.scale_num = 1;
    info.scale_denom = 8;
    info.dct_method = JDCT_IFAST;
    info.do_fancy_upsampling = FALSE;
    info.do_block_smoothing = FALSE;
    jpeg_start_decompress(&info);
    const JDIMENSION rowSamples = info.output_width * JDIMENSION(info.output_components);
    JSAMPARRAY row = (*info.mem->alloc_sarray)(reinterpret_cast<j_common_ptr>(&info), JPOOL_IMAGE,
                                               rowSamples, 1);
    while (info.output_scanline < info.output_height)
        jpeg_read_scanlines(&info, row, 1);
    jpeg_finish_decompress(&info); // reads on to the end-of-image marker
    jpeg_destroy_decompress(&info);
    return true;
}

} // namespace

Status checkJpegData(const QByteArray& bytes)
{
    JpegErrors errors;
    jpeg_decompress_struct info{};
    info.err = jpeg_std_error(&errors.base);
    errors.base.error_exit = onFatalError;
    errors.base.emit_message = onMessage;

    const bool decoded = decodeAtEighthScale(info, errors, bytes);
    // A file cut inside its header also ends in a fatal error, so truncation is reported first.
    if (errors.truncated)
        return Status::failure(QStringLiteral("JPEG data is truncated (premature end of file)"));
    if (!decoded)
        return Status::failure(QStringLiteral("JPEG data is invalid (libjpeg: %1)")
                                   .arg(QString::fromLatin1(errors.message)));
    if (errors.corrupt)
        return Status::failure(QStringLiteral("JPEG data is damaged (libjpeg: %1)")
                                   .arg(QString::fromLatin1(errors.message)));
    return Status::success();
}

} // namespace dermaedge::detail
