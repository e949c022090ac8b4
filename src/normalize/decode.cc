#include "normalize/decode.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <memory>

#include "base/utf8.h"

namespace tally::normalize {
namespace {

// Text means no control characters but \t \n \r \f (and not a binary
// file's NULs).
bool IsText(std::string_view utf8) {
  for (unsigned char c : utf8) {
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
      return false;
    }
  }
  return true;
}

StatusOr<std::string> Convert(std::string_view bytes, const char* charset) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* raw = ucnv_open(charset, &status);
  if (U_FAILURE(status)) {
    return Internal(std::string("ICU has no converter for ") + charset);
  }
  std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(raw, ucnv_close);
  // Invalid sequences are errors, not U+FFFD: a file that does not decode
  // cleanly is not in that charset.
  ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr,
                      nullptr, &status);
  std::u16string u16(bytes.size() + 1, u'\0');
  int32_t n = ucnv_toUChars(conv.get(), u16.data(), int32_t(u16.size()),
                            bytes.data(), int32_t(bytes.size()), &status);
  if (status == U_BUFFER_OVERFLOW_ERROR) {
    status = U_ZERO_ERROR;
    u16.resize(size_t(n) + 1);
    n = ucnv_toUChars(conv.get(), u16.data(), int32_t(u16.size()), bytes.data(),
                      int32_t(bytes.size()), &status);
  }
  if (U_FAILURE(status)) {
    return Unsupported(std::string("not valid ") + charset);
  }
  u16.resize(size_t(n));
  std::string out;
  out.reserve(u16.size() * 3);
  for (size_t i = 0; i < u16.size(); ++i) {
    char32_t c = u16[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < u16.size() &&
        u16[i + 1] >= 0xDC00 && u16[i + 1] <= 0xDFFF) {
      c = 0x10000 + ((c - 0xD800) << 10) + (u16[i + 1] - 0xDC00);
      ++i;
    }
    AppendUtf8(c, &out);
  }
  return out;
}

StatusOr<Decoded> Finish(StatusOr<std::string> text, const char* charset) {
  if (!text.ok()) return text.status();
  if (!IsText(*text)) return Unsupported("not text (control characters)");
  return Decoded{std::move(text).value(), charset};
}

}  // namespace

StatusOr<Decoded> DecodeText(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) {
    bytes.remove_prefix(3);
    if (!IsValidUtf8(bytes))
      return Unsupported("not valid UTF-8 after its BOM");
    return Finish(std::string(bytes), "UTF-8");
  }
  if (bytes.starts_with("\xFF\xFE")) {
    return Finish(Convert(bytes.substr(2), "UTF-16LE"), "UTF-16LE");
  }
  if (bytes.starts_with("\xFE\xFF")) {
    return Finish(Convert(bytes.substr(2), "UTF-16BE"), "UTF-16BE");
  }
  if (IsValidUtf8(bytes)) return Finish(std::string(bytes), "UTF-8");
  if (bytes.size() > size_t(INT32_MAX) / 2) {
    return ResourceExhausted("text file too large to convert");
  }
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> det(
      ucsdet_open(&status), ucsdet_close);
  if (U_FAILURE(status)) return Internal("ICU charset detector unavailable");
  ucsdet_setText(det.get(), bytes.data(), int32_t(bytes.size()), &status);
  int32_t found = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(det.get(), &found, &status);
  if (U_FAILURE(status)) return Unsupported("not text (no charset matches)");
  // The best match among the charsets Chinese archives hold. ICU names
  // GBK text "GB18030", its superset.
  for (int32_t i = 0; i < found; ++i) {
    const char* name = ucsdet_getName(matches[i], &status);
    int32_t confidence = ucsdet_getConfidence(matches[i], &status);
    if (U_FAILURE(status) || name == nullptr) break;
    std::string_view n = name;
    if (n != "GB18030" && n != "UTF-16LE" && n != "UTF-16BE" && n != "Big5") {
      continue;
    }
    if (confidence < 30) break;
    StatusOr<Decoded> d = Finish(Convert(bytes, name), name);
    if (d.ok()) return d;
  }
  return Unsupported("not text in UTF-8, GB18030, UTF-16 or Big5");
}

}  // namespace tally::normalize
