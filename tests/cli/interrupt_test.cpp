// A run killed in the middle leaves only complete files (README "Guarantees"): `symbio audit` on
// a synthetic park is killed as its result files appear, by SIGTERM (the handler removes
// temporary files) and by SIGKILL (no handler runs: the unnamed O_TMPFILE files vanish with the
// process). Every file left must equal, byte for byte, the one an uninterrupted run writes
// (audit output is deterministic), and no other file may be there.
#include <gtest/gtest.h>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include "tests/support/run_symbio.hpp"

namespace symbio::testing {
namespace {

namespace fs = std::filesystem;

// A park big enough that writing its results takes a while: n enterprises, 4n exchanges between
// random pairs, drawn by a fixed linear congruential generator (the same park on every machine).
std::string synthetic_park(int n) {
  const std::string dir = make_temp_dir("symbio-interrupt-park");
  const char* resources[][2] = {{"steam", "GJ/a"},   {"electricity", "MWh/a"}, {"fly ash", "t/a"},
                                {"slag", "t/a"},     {"wastewater", "m3/a"},   {"coal", "t/a"},
                                {"methanol", "t/a"}, {"gypsum", "t/a"}};
  std::uint64_t state = 20261129;
  auto next = [&](std::uint64_t bound) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (state >> 33) % bound;
  };
  std::string text = "supplier,receiver,resource,quantity,unit\n";
  for (int i = 0; i < 4 * n; ++i) {
    const auto a = next(static_cast<std::uint64_t>(n));
    auto b = next(static_cast<std::uint64_t>(n));
    if (a == b) b = (b + 1) % static_cast<std::uint64_t>(n);
    const auto* r = resources[next(8)];
    text += "E" + std::to_string(a) + ",E" + std::to_string(b) + "," + r[0] + "," +
            std::to_string(1 + next(1000)) + "," + r[1] + "\n";
  }
  write_text(dir + "/exchanges.csv", text);
  return dir;
}

// The lock file of a run (.symbio.lock, holding its process id) is left by SIGKILL and differs
// between runs: it is no result file.
bool is_lock_file(const fs::path& path) {
  return path.filename() == ".symbio.lock";
}

std::map<std::string, std::string> files_in(const std::string& dir) {
  std::map<std::string, std::string> out;
  if (!fs::exists(dir)) return out;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (!is_lock_file(entry.path()))
      out[entry.path().filename().string()] = read_text(entry.path().string());
  }
  return out;
}

std::size_t count_files(const std::string& dir) {
  std::error_code ec;
  std::size_t n = 0;
  for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator();
       it.increment(ec)) {
    if (!is_lock_file(it->path())) ++n;
  }
  return n;
}

struct Killed {
  bool by_signal = false;  // false: the run ended before the signal arrived
  std::size_t files_seen = 0;
};

// Starts `symbio audit PARK --out DIR` and sends `signal_number` once DIR holds `after_files`
// entries (temporary names included).
Killed kill_during_writes(const std::string& park, const std::string& dir, int signal_number,
                          std::size_t after_files) {
  const std::string exe = symbio_exe();
  const pid_t pid = fork();
  if (pid == 0) {
    const int null = ::open("/dev/null", O_WRONLY);
    ::dup2(null, 1);
    ::dup2(null, 2);
    ::execl(exe.c_str(), exe.c_str(), "audit", park.c_str(), "--out", dir.c_str(), "--quiet",
            static_cast<char*>(nullptr));
    ::_exit(127);
  }
  Killed result;
  while (true) {
    int status = 0;
    if (::waitpid(pid, &status, WNOHANG) == pid) return result;  // finished first
    result.files_seen = count_files(dir);
    if (result.files_seen >= after_files) break;
    std::this_thread::sleep_for(std::chrono::microseconds(200));
  }
  ::kill(pid, signal_number);
  int status = 0;
  ::waitpid(pid, &status, 0);
  result.by_signal = WIFSIGNALED(status) && WTERMSIG(status) == signal_number;
  return result;
}

TEST(InterruptTest, KilledAuditLeavesOnlyCompleteFiles) {
  const std::string park = synthetic_park(600);
  const std::string reference_dir = make_temp_dir("symbio-interrupt-ref") + "/out";
  const RunResult reference = run_symbio("audit " + park + " --out " + reference_dir + " --quiet");
  ASSERT_EQ(reference.status, 0) << reference.output;
  const auto expected = files_in(reference_dir);
  ASSERT_GE(expected.size(), 10U);

  int interrupted_mid_write = 0;
  for (const int signal_number : {SIGTERM, SIGKILL}) {
    for (const std::size_t after : {std::size_t{1}, std::size_t{4}, expected.size() - 2}) {
      const std::string dir = make_temp_dir("symbio-interrupt-run") + "/out";
      const Killed killed = kill_during_writes(park, dir, signal_number, after);
      // A run that had written every file before the signal arrived (it can finish between the
      // last look at the folder and the kill, or be killed while exiting, which a sanitizer
      // build makes slow) is complete, with its own time in manifest.json and tables.xlsx:
      // nothing to check about interruption. manifest.json is written last, so its presence
      // says the writing was over.
      const auto left = files_in(dir);
      if (!killed.by_signal || left.contains("manifest.json")) continue;
      for (const auto& [name, bytes] : left) {
        const auto it = expected.find(name);
        ASSERT_NE(it, expected.end()) << "unexpected file " << name << " after signal "
                                      << signal_number << " at " << after << " files";
        EXPECT_EQ(bytes.size(), it->second.size()) << name << " is truncated";
        EXPECT_TRUE(bytes == it->second) << name << " differs from the complete run's";
      }
      if (left.size() < expected.size()) ++interrupted_mid_write;
    }
  }
  // The property above holds trivially for runs that finished before the signal: make sure
  // most were really cut off while writing.
  EXPECT_GE(interrupted_mid_write, 4);
}

}  // namespace
}  // namespace symbio::testing
