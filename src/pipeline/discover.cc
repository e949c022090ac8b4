#include "pipeline/discover.h"

#include <dirent.h>
#include <fnmatch.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>

namespace tally::pipeline {
namespace {

// The canonical path (symbolic links resolved), or empty if it has none
// (a dangling link).
std::string Canonical(const std::string& path) {
  char buf[PATH_MAX];
  if (::realpath(path.c_str(), buf) == nullptr) return "";
  return buf;
}

bool Within(const std::string& path, const std::vector<std::string>& roots) {
  for (const std::string& root : roots) {
    if (path == root ||
        (path.size() > root.size() && path.compare(0, root.size(), root) == 0 &&
         (root.back() == '/' || path[root.size()] == '/'))) {
      return true;
    }
  }
  return false;
}

std::string Kind(mode_t mode) {
  if (S_ISFIFO(mode)) return "a FIFO (a pipe)";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
  return "not a regular file";
}

class Walker {
 public:
  Walker(const DiscoverOptions& options, std::vector<std::string> roots,
         DiscoverStats* stats)
      : options_(options), roots_(std::move(roots)), stats_(stats) {}

  // Appends what folder `dir` holds, recursively, to *out; `below` is dir's
  // path below the folder given ("" for the folder itself).
  void Walk(const std::string& dir, const std::string& below,
            std::vector<Found>* out) {
    DIR* d = ::opendir(dir.c_str());
    if (d == nullptr) {
      out->push_back({dir, std::string("cannot list the folder: ") +
                               std::strerror(errno)});
      return;
    }
    std::vector<std::string> names;
    errno = 0;
    while (const dirent* e = ::readdir(d)) {
      std::string name = e->d_name;
      if (name.empty() || name[0] == '.') continue;  // hidden, . and ..
      names.push_back(std::move(name));
    }
    int read_errno = errno;
    ::closedir(d);
    if (read_errno != 0) {
      out->push_back({dir, std::string("cannot list the whole folder: ") +
                               std::strerror(read_errno)});
    }
    for (const std::string& name : names) {
      std::string path = dir + (dir.back() == '/' ? "" : "/") + name;
      std::string rel = below.empty() ? name : below + "/" + name;
      struct stat st;
      if (::lstat(path.c_str(), &st) != 0) {
        out->push_back({path, std::strerror(errno)});
        continue;
      }
      if (S_ISLNK(st.st_mode)) {
        std::string target = Canonical(path);
        if (target.empty()) {
          out->push_back({path, "a symbolic link to nothing (dangling)"});
          continue;
        }
        if (!options_.follow_symlinks && !Within(target, roots_)) {
          if (stats_) ++stats_->links_not_followed;
          continue;
        }
        if (::stat(path.c_str(), &st) != 0) continue;
        // A linked folder within the roots is searched where it is.
        if (S_ISDIR(st.st_mode) && !options_.follow_symlinks) continue;
      }
      if (S_ISDIR(st.st_mode)) {
        if (++depth_ <= kMaxDepth) {
          Walk(path, rel, out);
        } else {
          out->push_back({path, "folders nested too deep (a link loop?)"});
        }
        --depth_;
      } else if (S_ISREG(st.st_mode)) {
        if (Included(rel, options_)) out->push_back({path, ""});
      } else {
        out->push_back({path, "not read: " + Kind(st.st_mode)});
      }
    }
  }

 private:
  // Deeper than any archive; stops a loop of followed links.
  static constexpr int kMaxDepth = 64;
  const DiscoverOptions& options_;
  const std::vector<std::string> roots_;
  DiscoverStats* stats_;
  int depth_ = 0;
};

}  // namespace

bool Included(const std::string& path, const DiscoverOptions& options) {
  const size_t slash = path.rfind('/');
  const std::string base =
      slash == std::string::npos ? path : path.substr(slash + 1);
  auto matches = [&](const std::vector<std::string>& globs) {
    for (const std::string& g : globs) {
      if (::fnmatch(g.c_str(), path.c_str(), 0) == 0 ||
          ::fnmatch(g.c_str(), base.c_str(), 0) == 0) {
        return true;
      }
    }
    return false;
  };
  if (!options.include.empty() && !matches(options.include)) return false;
  return !matches(options.exclude);
}

std::vector<Found> Discover(const std::vector<std::string>& paths,
                            const DiscoverOptions& options,
                            DiscoverStats* stats) {
  std::vector<std::string> roots;
  for (const std::string& path : paths) {
    struct stat st;
    if (::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
      std::string c = Canonical(path);
      if (!c.empty()) roots.push_back(c);
    }
  }
  Walker walker(options, roots, stats);
  std::vector<Found> out;
  for (const std::string& path : paths) {
    struct stat st;
    if (::stat(path.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
      out.push_back({path, ""});  // a file, or nothing: the worker says
      continue;
    }
    std::vector<Found> found;
    walker.Walk(path, "", &found);
    std::sort(found.begin(), found.end(),
              [](const Found& a, const Found& b) { return a.path < b.path; });
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

}  // namespace tally::pipeline
