// normalize/decode.h: text files in the encodings archives hold, as UTF-8.
//
// Chinese archives hold text as UTF-8, GB18030 (and its subsets GBK and
// GB2312, what Windows Notepad wrote for years) or UTF-16 (Notepad's
// "Unicode"). DecodeText decides which by the bytes: a byte order mark
// first; then UTF-8 if the bytes are valid UTF-8; otherwise ICU's charset
// detector, whose best guess among the encodings below is converted with
// ICU. ICU is the normalize stage's library, hence this file here.
//
// Thread safety: pure function.
//
//   StatusOr<Decoded> d = normalize::DecodeText(bytes);
//   if (d.ok()) use(d->text);  // UTF-8, d->charset "GB18030"
#ifndef TALLY_NORMALIZE_DECODE_H_
#define TALLY_NORMALIZE_DECODE_H_

#include <string>
#include <string_view>

#include "base/status.h"

namespace tally::normalize {

struct Decoded {
  std::string text;     // UTF-8, without a byte order mark
  std::string charset;  // "UTF-8", "GB18030", "UTF-16LE", "UTF-16BE", "Big5"
};

// The text of bytes, or Unsupported when they are not text in UTF-8,
// GB18030, UTF-16 or Big5 (binary data, or a guess too weak to trust: ICU's
// confidence below 30 of 100). Text holding NUL or other C0 control
// characters than tab, newline, carriage return and form feed is not text.
StatusOr<Decoded> DecodeText(std::string_view bytes);

}  // namespace tally::normalize

#endif  // TALLY_NORMALIZE_DECODE_H_
