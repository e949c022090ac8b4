#include "report/report.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <map>

#include "base/file.h"
#include "pipeline/check_record.h"
#include "pipeline/pool.h"
#include "report/evidence.h"
#include "report/geometry.h"
#include "report/html.h"

namespace tally::report {
namespace {

namespace fs = std::filesystem;

// A document and what its report needs made.
struct Planned {
  int64_t doc_id = 0;
  store::DocumentRecord rec;
  DocumentImages images;
};

// One page request and where its results go.
struct Job {
  size_t doc = 0;  // index into the batch
  int page_no = 0;
  std::vector<std::pair<size_t, size_t>> figures;  // (finding, side) per crop
  std::vector<Box> regions;
};

// The page requests of one document: every page with geometry, each with
// the regions of the finding sides on it.
void PlanImages(size_t index, Planned* doc, std::vector<Job>* jobs,
                std::vector<std::string>* tasks) {
  const store::DocumentRecord& rec = doc->rec;
  const bool renderable = rec.file_kind == "pdf" || rec.file_kind == "image";
  std::map<int, Job> by_page;
  for (const store::PageRecord& p : rec.pages) {
    if (!renderable || p.width <= 0 || p.height <= 0) {
      doc->images.why_not[p.page_no] = rec.file_kind == "text"
                                           ? "read from a text file"
                                           : "no page geometry";
      continue;
    }
    by_page[p.page_no] = Job{index, p.page_no, {}, {}};
  }
  for (size_t i = 0; i < rec.findings.size(); ++i) {
    std::vector<Side> sides = SidesOf(rec.findings[i], rec.facts);
    for (size_t s = 0; s < sides.size(); ++s) {
      auto job = by_page.find(sides[s].page_no);
      const store::PageRecord* page = PageOf(rec, sides[s].page_no);
      if (job == by_page.end() || page == nullptr) continue;
      std::vector<Box> boxes;
      for (const Fact* f : sides[s].facts) boxes.push_back(FactBox(rec, *f));
      Box region = FigureRegion(*page, boxes);
      if (region.empty()) continue;
      job->second.figures.push_back({i, s});
      job->second.regions.push_back(region);
    }
  }
  for (auto& [page_no, job] : by_page) {
    PageRequest r;
    r.path = rec.path;
    r.sha256 = rec.sha256;
    r.file_kind = rec.file_kind;
    r.page_no = page_no;
    const store::PageRecord* page = PageOf(rec, page_no);
    r.ocr = page->source == "ocr";
    r.crops = job.regions;
    tasks->push_back(Encode(r));
    jobs->push_back(std::move(job));
  }
}

// The region a crop of region shows once cut at whole pixels, as the
// renderer cuts it (render.h Crop), so highlights land where the pixels do.
Box PixelRegion(const Box& region, double ppp, int width, int height) {
  auto at = [&](double pt, int limit) {
    return double(std::clamp(int(std::lround(pt * ppp)), 0, limit)) / ppp;
  };
  return {at(region.x0, width), at(region.y0, height), at(region.x1, width),
          at(region.y1, height)};
}

IndexRow RowOf(const Planned& d) {
  IndexRow row;
  row.doc_id = d.doc_id;
  row.path = d.rec.path;
  row.status = d.rec.status;
  row.bureau = d.rec.bureau;
  row.kind = d.rec.report_kind;
  row.year = d.rec.fiscal_year;
  row.pages = d.rec.page_count;
  for (const Finding& f : d.rec.findings) {
    row.errors += f.severity == "error";
    row.warnings += f.severity == "warning";
    row.infos += f.severity == "info";
  }
  return row;
}

}  // namespace

StatusOr<Summary> Write(store::Store* store, std::vector<int64_t> doc_ids,
                        const std::string& out_dir, const Options& options) {
  const auto t0 = std::chrono::steady_clock::now();
  StatusOr<std::vector<int64_t>> current = store->CurrentDocuments();
  if (!current.ok()) return current.status();
  if (doc_ids.empty()) doc_ids = *current;
  std::error_code ec;
  fs::create_directories(out_dir, ec);
  if (ec || !fs::is_directory(out_dir)) {
    return IOError(out_dir + ": cannot make the report folder: " +
                   (ec ? ec.message() : "not a folder"));
  }
  Summary summary;
  std::vector<IndexRow> rows;
  pipeline::PoolOptions pool;
  pool.jobs = options.jobs;
  pool.task_timeout_seconds = options.page_timeout_seconds;
  pool.memory_limit_mb = options.worker_memory_mb;
  // Made here, copied into every worker by fork; each worker's copy keeps
  // its last file open between pages.
  PageRenderer renderer(options.render);
  const pipeline::PoolFunction render =
      [&renderer](std::string_view task) -> StatusOr<std::string> {
    PageRequest request;
    if (!Decode(task, &request)) return InvalidArgument("bad page request");
    StatusOr<PageImages> images = renderer.Render(request);
    if (!images.ok()) return images.status();
    return Encode(*images);
  };
  // Enough documents per batch to keep every worker busy.
  const size_t batch = size_t(std::max(8, 4 * options.jobs));
  for (size_t first = 0; first < doc_ids.size(); first += batch) {
    std::vector<Planned> docs;
    std::vector<Job> jobs;
    std::vector<std::string> tasks;
    for (size_t i = first; i < std::min(doc_ids.size(), first + batch); ++i) {
      Planned& d = docs.emplace_back();
      d.doc_id = doc_ids[i];
      StatusOr<store::DocumentRecord> rec = store->ReadDocument(d.doc_id);
      if (!rec.ok()) return rec.status();
      d.rec = std::move(rec).value();
      if (options.recheck) {
        d.rec.findings = pipeline::CheckRecord(d.rec, check::Options());
      }
      const std::string dir = out_dir + "/doc-" + std::to_string(d.doc_id);
      fs::create_directories(dir, ec);
      if (ec) return IOError(dir + ": " + ec.message());
    }
    for (size_t i = 0; i < docs.size(); ++i) {
      PlanImages(i, &docs[i], &jobs, &tasks);
    }
    Status written;
    TALLY_RETURN_IF_ERROR(pipeline::RunPool(
        tasks, render, pool, [&](size_t k, StatusOr<std::string> result) {
          const Job& job = jobs[k];
          Planned& d = docs[job.doc];
          const std::string dir = out_dir + "/doc-" + std::to_string(d.doc_id);
          PageImages images;
          if (result.ok() && !Decode(*result, &images)) {
            result = Internal("the page images came back damaged");
          }
          if (!result.ok()) {
            d.images.why_not[job.page_no] = result.status().message();
            summary.problems.push_back(d.rec.path + " p." +
                                       std::to_string(job.page_no) + ": " +
                                       result.status().message());
            return;
          }
          const double ppp = images.pixels_per_point;
          Image page;
          page.file = "page-" + std::to_string(job.page_no) + ".png";
          page.width = images.width;
          page.height = images.height;
          page.region = {0, 0, images.width / ppp, images.height / ppp};
          Status st = WriteFile(dir + "/" + page.file, images.png);
          if (!st.ok() && written.ok()) written = st;
          d.images.pages[job.page_no] = page;
          ++summary.page_images;
          for (size_t c = 0; c < job.figures.size() && c < images.crops.size();
               ++c) {
            if (images.crops[c].empty()) continue;
            Image fig;
            fig.file = "fig-" + std::to_string(job.figures[c].first + 1) + "-" +
                       std::to_string(job.figures[c].second + 1) + ".png";
            fig.region =
                PixelRegion(job.regions[c], ppp, images.width, images.height);
            fig.width = int(std::lround(fig.region.width() * ppp));
            fig.height = int(std::lround(fig.region.height() * ppp));
            st = WriteFile(dir + "/" + fig.file, images.crops[c]);
            if (!st.ok() && written.ok()) written = st;
            d.images.figures[job.figures[c]] = fig;
            ++summary.figures;
          }
        }));
    TALLY_RETURN_IF_ERROR(written);
    for (Planned& d : docs) {
      const std::string dir = out_dir + "/doc-" + std::to_string(d.doc_id);
      TALLY_RETURN_IF_ERROR(WriteFile(dir + "/index.html",
                                      DocumentHtml(d.doc_id, d.rec, d.images)));
      for (const store::PageRecord& p : d.rec.pages) {
        TALLY_RETURN_IF_ERROR(
            WriteFile(dir + "/page-" + std::to_string(p.page_no) + ".html",
                      PageHtml(d.doc_id, d.rec, p.page_no, d.images)));
      }
      ++summary.documents;
      summary.pages += int(d.rec.pages.size());
      summary.findings += int(d.rec.findings.size());
      rows.push_back(RowOf(d));
    }
    if (options.on_progress) {
      options.on_progress(summary.documents, int(doc_ids.size()));
    }
  }
  for (const auto& [name, html] : IndexHtml(rows)) {
    TALLY_RETURN_IF_ERROR(WriteFile(out_dir + "/" + name, html));
  }
  summary.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0)
          .count();
  return summary;
}

}  // namespace tally::report
