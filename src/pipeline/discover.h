// pipeline/discover.h: the files an ingest takes from the paths it is
// given.
//
// Folders are searched recursively, hidden entries (".name") skipped, each
// folder's files in byte order of their paths, those the include/exclude
// globs let through. What cannot be searched is
// not silently left out: a folder that cannot be listed (no permission, an
// I/O error) and anything that is neither a file nor a folder (a FIFO, a
// socket, a device) come back with the reason, to be recorded as failed. A
// symbolic link found inside a folder is followed only if it stays within
// the given folders (or with Options::follow_symlinks): a link to
// /etc/passwd in an archive is not a report. A path given explicitly is
// taken as it is, link or not; a path that does not exist is kept, so that
// it is reported as a failed document.
//
// Thread safety: a pure function of the file system.
//
//   pipeline::DiscoverOptions o;
//   for (const Found& f : Discover({"/archive"}, o, &stats)) ...
#ifndef TALLY_PIPELINE_DISCOVER_H_
#define TALLY_PIPELINE_DISCOVER_H_

#include <string>
#include <vector>

namespace tally::pipeline {

struct DiscoverOptions {
  // Follow symbolic links inside folders wherever they lead.
  bool follow_symlinks = false;
  // Globs (fnmatch) that choose the files found in folders (and archives),
  // matched against the path below the folder and against the file name:
  // with include, only files matching one of them; never files matching an
  // exclude. Paths given explicitly are always taken.
  std::vector<std::string> include, exclude;
};

struct Found {
  std::string path;
  // Set when the path is not a file to read but a failure to record: why,
  // in words ("cannot list the folder: Permission denied").
  std::string error;
};

struct DiscoverStats {
  int links_not_followed = 0;  // symbolic links leading outside the roots
};

std::vector<Found> Discover(const std::vector<std::string>& paths,
                            const DiscoverOptions& options,
                            DiscoverStats* stats = nullptr);

// True if options' include/exclude globs let a file found at `path` (below
// its folder, or inside its archive) through.
bool Included(const std::string& path, const DiscoverOptions& options);

}  // namespace tally::pipeline

#endif  // TALLY_PIPELINE_DISCOVER_H_
