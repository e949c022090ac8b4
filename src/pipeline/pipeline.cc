#include "pipeline/pipeline.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_set>

#include "base/file.h"
#include "base/sha256.h"

namespace tally::pipeline {

const char kPipelineVersion[] = TALLY_PIPELINE_VERSION;

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double Since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

// Maps every word to the bytes of the normalised text it became, through
// the normaliser's offsets (output byte -> input byte) and the layout's
// spans (input byte -> word). Words that became nothing keep [0, 0).
void MapBoxes(const PageContent& content,
              const std::vector<const layout::Line*>& lines,
              const std::vector<uint32_t>& line_starts,
              const normalize::Normalized& norm, store::PageRecord* page) {
  std::vector<uint32_t> begin(content.words.size(), UINT32_MAX);
  std::vector<uint32_t> end(content.words.size(), 0);
  size_t li = 0;
  for (size_t i = 0; i < norm.text.size() && !lines.empty(); ++i) {
    uint32_t off = norm.offsets[i];
    while (li + 1 < line_starts.size() && line_starts[li + 1] <= off) ++li;
    uint32_t in_line = off - line_starts[li];
    const auto& spans = lines[li]->spans;
    auto it = std::upper_bound(
        spans.begin(), spans.end(), in_line,
        [](uint32_t v, const layout::Span& s) { return v < s.begin; });
    if (it == spans.begin()) continue;
    --it;
    if (in_line >= it->end) continue;
    begin[it->word] = std::min(begin[it->word], uint32_t(i));
    end[it->word] = std::max(end[it->word], uint32_t(i + 1));
  }
  page->boxes.reserve(content.words.size());
  for (size_t w = 0; w < content.words.size(); ++w) {
    const Word& word = content.words[w];
    store::BoxRecord b;
    b.box = word.box;
    b.text = word.text;
    b.font_size = word.font_size;
    b.confidence = word.confidence;
    if (begin[w] != UINT32_MAX) {
      b.text_begin = begin[w];
      b.text_end = end[w];
    }
    page->boxes.push_back(std::move(b));
  }
}

store::PageRecord BuildPage(const PageContent& content,
                            const layout::PageLayout& layout,
                            const normalize::Normalizer& normalizer) {
  store::PageRecord page;
  page.page_no = content.page_no;
  page.source = "text";
  page.width = content.width;
  page.height = content.height;
  page.route_reason = content.words.empty()
                          ? "no text layer; OCR is not available in this build"
                          : "text layer";
  std::vector<normalize::InputLine> inputs;
  std::vector<const layout::Line*> body;
  std::vector<uint32_t> starts;
  uint32_t pos = 0;
  for (const layout::Line& line : layout.lines) {
    page.lines.push_back(
        {layout::LineKindName(line.kind), line.text, line.box});
    if (line.kind != layout::LineKind::kBody &&
        line.kind != layout::LineKind::kTableRow) {
      continue;  // headers, footers and page numbers stay out of the text
    }
    inputs.push_back(
        {line.text, line.fill, line.kind == layout::LineKind::kTableRow});
    body.push_back(&line);
    starts.push_back(pos);
    pos += uint32_t(line.text.size()) + 1;
  }
  normalize::Normalized norm = normalizer.Normalize(inputs);
  MapBoxes(content, body, starts, norm, &page);
  page.text = std::move(norm.text);
  return page;
}

void ProcessPdf(std::string bytes, const normalize::Normalizer& normalizer,
                const Options& options, store::DocumentRecord* doc) {
  auto pdf = pdf::Open(std::move(bytes), options.pdf);
  if (!pdf.ok()) {
    doc->status = "failed";
    doc->error = pdf.status().message();
    return;
  }
  doc->page_count = (*pdf)->page_count();
  std::vector<PageContent> contents;
  std::vector<layout::PageLayout> layouts;
  std::vector<std::string> page_errors;
  for (int p = 1; p <= doc->page_count; ++p) {
    StatusOr<PageContent> content = (*pdf)->ReadPage(p);
    if (!content.ok()) {
      page_errors.push_back(content.status().message());
      continue;
    }
    layouts.push_back(layout::AssemblePage(*content, options.layout));
    contents.push_back(std::move(content).value());
  }
  layout::FinishDocument(&layouts, options.layout);
  int empty = 0;
  for (size_t i = 0; i < contents.size(); ++i) {
    doc->pages.push_back(BuildPage(contents[i], layouts[i], normalizer));
    if (contents[i].words.empty()) ++empty;
  }
  if (empty > 0) {
    page_errors.push_back(std::to_string(empty) + " of " +
                          std::to_string(doc->page_count) +
                          " pages have no text layer (scanned?) and OCR is "
                          "not available in this build");
  }
  bool any_text = empty < int(contents.size());
  doc->status = page_errors.empty() ? "ok" : any_text ? "partial" : "failed";
  for (const std::string& e : page_errors) {
    doc->error += (doc->error.empty() ? "" : "; ") + e;
  }
}

// Plain text (a .txt or .md extraction): pages split at form feeds, as
// pdftotext writes them; no geometry, so no boxes.
void ProcessText(std::string_view bytes,
                 const normalize::Normalizer& normalizer,
                 store::DocumentRecord* doc) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);  // BOM
  size_t start = 0;
  int page_no = 0;
  while (start <= bytes.size()) {
    size_t ff = bytes.find('\f', start);
    std::string_view chunk = bytes.substr(start, ff == std::string_view::npos
                                                     ? std::string_view::npos
                                                     : ff - start);
    store::PageRecord page;
    page.page_no = ++page_no;
    page.source = "text";
    page.route_reason = "plain text file";
    page.text = normalizer.NormalizeText(chunk).text;
    size_t ls = 0;
    while (ls < chunk.size()) {
      size_t nl = chunk.find('\n', ls);
      if (nl == std::string_view::npos) nl = chunk.size();
      if (nl > ls)
        page.lines.push_back(
            {"body", std::string(chunk.substr(ls, nl - ls)), Box()});
      ls = nl + 1;
    }
    doc->pages.push_back(std::move(page));
    if (ff == std::string_view::npos) break;
    start = ff + 1;
  }
  // A trailing form feed leaves an empty last page; drop it.
  if (doc->pages.size() > 1 && doc->pages.back().text.empty()) {
    doc->pages.pop_back();
  }
  doc->page_count = int(doc->pages.size());
  doc->status = "ok";
}

store::DocumentRecord ProcessBytes(store::DocumentRecord doc, std::string bytes,
                                   const normalize::Normalizer& normalizer,
                                   const Options& options) {
  FileKind kind = SniffKind(bytes);
  doc.file_kind = FileKindName(kind);
  switch (kind) {
    case FileKind::kEmpty:
      doc.status = "failed";
      doc.error = "empty file (0 bytes)";
      break;
    case FileKind::kPdf:
      ProcessPdf(std::move(bytes), normalizer, options, &doc);
      break;
    case FileKind::kText:
      ProcessText(bytes, normalizer, &doc);
      break;
    case FileKind::kImage:
      doc.status = "failed";
      doc.error = "image file: OCR is not available in this build";
      break;
    case FileKind::kUnknown:
      doc.status = "failed";
      doc.error = "not a PDF, an image or UTF-8 text (unrecognised content)";
      break;
  }
  return doc;
}

std::string Absolute(const std::string& path) {
  std::error_code ec;
  fs::path p = fs::absolute(path, ec);
  return ec ? path : p.lexically_normal().string();
}

store::DocumentRecord NewRecord(const std::string& path) {
  store::DocumentRecord doc;
  doc.path = Absolute(path);
  doc.pipeline_version = kPipelineVersion;
  return doc;
}

}  // namespace

std::vector<std::string> Discover(const std::vector<std::string>& paths) {
  std::vector<std::string> out;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (!fs::is_directory(path, ec)) {
      out.push_back(path);
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(
        path, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      std::string name = it->path().filename().string();
      if (!name.empty() && name[0] == '.') {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file(ec)) found.push_back(it->path().string());
    }
    std::sort(found.begin(), found.end());
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

store::DocumentRecord ProcessFile(const std::string& path,
                                  const normalize::Normalizer& normalizer,
                                  const Options& options) {
  auto t0 = Clock::now();
  store::DocumentRecord doc = NewRecord(path);
  StatusOr<std::string> bytes = ReadFile(path);
  if (!bytes.ok()) {
    doc.status = "failed";
    doc.error = bytes.status().message();
    return doc;
  }
  doc.size = int64_t(bytes->size());
  doc.sha256 = Sha256Hex(*bytes);
  doc = ProcessBytes(std::move(doc), std::move(bytes).value(), normalizer,
                     options);
  doc.seconds = Since(t0);
  return doc;
}

StatusOr<Summary> Ingest(const std::vector<std::string>& paths,
                         store::Store* store, const Options& options) {
  auto t0 = Clock::now();
  auto normalizer = normalize::Normalizer::Create(options.normalize);
  if (!normalizer.ok()) return normalizer.status();
  StatusOr<std::vector<std::string>> stored =
      store->StoredHashes(kPipelineVersion);
  if (!stored.ok()) return stored.status();
  const std::unordered_set<std::string> known(stored->begin(), stored->end());

  const std::vector<std::string> files = Discover(paths);
  const size_t n = files.size();
  const size_t jobs = size_t(std::max(1, options.jobs));
  const size_t window = 2 * jobs;

  struct Result {
    store::DocumentRecord doc;
    bool skipped = false;
  };
  std::mutex mu;
  std::condition_variable cv;
  std::vector<std::optional<Result>> slots(n);
  size_t next_take = 0, next_write = 0;
  bool abort = false;

  auto work = [&](size_t i) {
    Result r;
    auto t = Clock::now();
    r.doc = NewRecord(files[i]);
    StatusOr<std::string> bytes = ReadFile(files[i]);
    if (!bytes.ok()) {
      r.doc.status = "failed";
      r.doc.error = bytes.status().message();
      return r;
    }
    r.doc.size = int64_t(bytes->size());
    r.doc.sha256 = Sha256Hex(*bytes);
    if (known.count(r.doc.sha256)) {
      r.skipped = true;
      return r;
    }
    r.doc = ProcessBytes(std::move(r.doc), std::move(bytes).value(),
                         **normalizer, options);
    r.doc.seconds = Since(t);
    return r;
  };
  auto worker = [&] {
    for (;;) {
      size_t i;
      {
        std::unique_lock lock(mu);
        cv.wait(lock, [&] {
          return abort || next_take >= n || next_take < next_write + window;
        });
        if (abort || next_take >= n) return;
        i = next_take++;
      }
      Result r = work(i);
      std::lock_guard lock(mu);
      slots[i] = std::move(r);
      cv.notify_all();
    }
  };
  std::vector<std::thread> threads;
  for (size_t t = 0; t < jobs; ++t) threads.emplace_back(worker);

  Summary summary;
  summary.files = int(n);
  Progress progress;
  progress.files_total = int(n);
  Status error;
  for (size_t i = 0; i < n; ++i) {
    Result r;
    {
      std::unique_lock lock(mu);
      cv.wait(lock, [&] { return slots[i].has_value(); });
      r = std::move(*slots[i]);
      slots[i].reset();
      next_write = i + 1;
      cv.notify_all();
    }
    if (!r.skipped) {
      StatusOr<store::PutResult> put = store->PutDocument(r.doc);
      if (!put.ok()) {
        error = put.status();
        break;
      }
      r.skipped = !put->inserted;  // the same bytes twice in one batch
    }
    if (r.skipped) {
      ++summary.skipped;
    } else {
      summary.pages += int(r.doc.pages.size());
      if (r.doc.status == "ok") ++summary.ok;
      if (r.doc.status == "partial") ++summary.partial;
      if (r.doc.status == "failed") ++summary.failed;
      if (r.doc.status != "ok") {
        summary.failures.push_back({r.doc.path, r.doc.status, r.doc.error});
      }
    }
    progress.files_done = int(i + 1);
    progress.pages_done = summary.pages;
    progress.last_path = r.doc.path;
    if (options.on_progress) options.on_progress(progress);
  }
  {
    std::lock_guard lock(mu);
    abort = true;
    cv.notify_all();
  }
  for (auto& t : threads) t.join();
  if (!error.ok()) return error;
  summary.seconds = Since(t0);
  return summary;
}

}  // namespace tally::pipeline
