// The audit at scale: memory and outputs bounded on a synthetic park of 5,000 enterprises (the
// benchmark's generator), running out of memory is its own exit status, and numbers that are
// not accepted say why.

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "tests/support/run_symbio.hpp"

namespace symbio::testing {
namespace {

namespace fs = std::filesystem;

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr bool kSanitized = true;  // shadow memory takes terabytes of address space
#else
constexpr bool kSanitized = false;
#endif

struct Limited {
  int status = -1;
  std::string output;
};

// Runs `symbio ARGS...` from the repository root with its address space limited to `bytes`
// (setrlimit(RLIMIT_AS) in the child before exec), stdout and stderr into `log`.
Limited run_limited(const std::vector<std::string>& args, rlim_t bytes, const std::string& log) {
  const std::string exe = symbio_exe();
  std::vector<char*> argv;
  argv.push_back(const_cast<char*>(exe.c_str()));
  for (const std::string& a : args)
    argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  // glibc reserves 64 MB of address space per malloc arena, and how many arenas threads create
  // depends on their timing: two arenas keep the limit a measure of what symbio allocates.
  std::string arenas = "MALLOC_ARENA_MAX=2";
  std::vector<char*> envp;
  for (char** e = environ; *e != nullptr; ++e)
    envp.push_back(*e);
  envp.push_back(arenas.data());
  envp.push_back(nullptr);
  const pid_t pid = fork();
  if (pid == 0) {
    // Only async-signal-safe calls between fork and exec.
    const rlimit limit{bytes, bytes};
    const int fd = open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0 || setrlimit(RLIMIT_AS, &limit) != 0 || dup2(fd, 1) < 0 || dup2(fd, 2) < 0 ||
        chdir(SYMBIO_SOURCE_DIR) != 0) {
      _exit(127);
    }
    execve(exe.c_str(), argv.data(), envp.data());
    _exit(127);
  }
  int raw = 0;
  waitpid(pid, &raw, 0);
  Limited result;
  result.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : 128 + WTERMSIG(raw);
  result.output = read_text(log);
  return result;
}

// The benchmark's synthetic park of n enterprises (about 4 exchanges each), as symbio reads it.
std::string synthetic_park(int n, const std::string& dir) {
  const std::string out = dir + "/park";
  const std::string command = "python3 '" + std::string(SYMBIO_SOURCE_DIR) +
                              "/bench/gen_park.py' --n " + std::to_string(n) + " --out '" + out +
                              "' --symbio > /dev/null";
  EXPECT_EQ(std::system(command.c_str()), 0) << command;
  return out;
}

constexpr rlim_t kMB = rlim_t{1} << 20;

TEST(Scale, AuditOfFiveThousandEnterprisesStaysWithinBounds) {
  if (kSanitized) GTEST_SKIP() << "address-space limits do not apply to sanitizer builds";
  const std::string dir = make_temp_dir("symbio-scale");
  const std::string park = synthetic_park(5000, dir);
  // Before the audit's lists were bounded, this run took 742 MB resident and wrote a 43 MB
  // findings.json and a 73 MB report.html; 600 MB of address space now suffice (libraries,
  // thread stacks and malloc arenas included).
  const Limited r = run_limited({"audit", park, "--out", dir + "/out", "--threads", "2"}, 600 * kMB,
                                dir + "/log.txt");
  ASSERT_EQ(r.status, 0) << r.output;
  const auto size = [&](const char* name) { return fs::file_size(dir + "/out/" + name); };
  EXPECT_LT(size("findings.json"), 2 * kMB);
  EXPECT_LT(size("report.html"), 15 * kMB);
  EXPECT_LT(size("report.md"), 15 * kMB);
  // park.pb holds every enterprise's indicators (linear in the park), findings bounded.
  EXPECT_LT(size("park.pb"), 20 * kMB);
  // The per-trigger detail is in cascade.csv: one row per enterprise (and the header).
  const std::string cascade = read_text(dir + "/out/cascade.csv");
  EXPECT_EQ(std::count(cascade.begin(), cascade.end(), '\n'), 5001);
  // One finding per rule (single-source-input per layer): at most 16 whatever the park's size.
  const auto said = r.output.find(" findings (");
  ASSERT_NE(said, std::string::npos) << r.output;
  const auto start = r.output.rfind(' ', said - 1) + 1;
  EXPECT_LE(std::stoi(r.output.substr(start, said - start)), 16) << r.output;
  fs::remove_all(dir);
}

TEST(Scale, OutOfMemoryIsResourcesExhaustedNotABug) {
  if (kSanitized) GTEST_SKIP() << "address-space limits do not apply to sanitizer builds";
  const std::string dir = make_temp_dir("symbio-oom");
  const std::string park = synthetic_park(5000, dir);
  // 250 MB of address space: enough to start and read the park (5,000 enterprises, 20,000
  // exchanges), not to analyze it.
  const Limited r =
      run_limited({"analyze", park, "--out", dir + "/out"}, 250 * kMB, dir + "/log.txt");
  EXPECT_EQ(r.status, 6) << r.output;
  EXPECT_NE(r.output.find("out of memory (resources exhausted)"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("5000 enterprises and 20000 exchanges"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("--only"), std::string::npos);
  EXPECT_NE(r.output.find("--layer"), std::string::npos);
  EXPECT_EQ(r.output.find("bug in symbio"), std::string::npos);
  EXPECT_FALSE(fs::exists(dir + "/out/enterprises.csv"));
  fs::remove_all(dir);
}

// A park of two enterprises and one exchange whose quantity is `quantity` (unit column `unit`).
std::string park_with_quantity(const std::string& dir, const std::string& quantity,
                               const std::string& unit) {
  const std::string path = dir + "/exchanges.csv";
  write_text(path, "supplier,receiver,resource,layer,quantity,unit\na,b,slag,material," + quantity +
                       "," + unit + "\n");
  return path;
}

TEST(Scale, HexadecimalQuantityIsNotAcceptedAsSuch) {
  const std::string dir = make_temp_dir("symbio-number");
  const RunResult r = run_symbio("validate " + park_with_quantity(dir, "0x1p3", "t/a"));
  EXPECT_EQ(r.status, 3) << r.output;
  EXPECT_NE(r.output.find("quantity '0x1p3' is written in hexadecimal notation, which is not "
                          "accepted"),
            std::string::npos)
      << r.output;
  EXPECT_EQ(r.output.find("carries a unit"), std::string::npos) << r.output;
  fs::remove_all(dir);
}

TEST(Scale, TooSmallAndTooLargeQuantitiesAreNumbers) {
  const std::string dir = make_temp_dir("symbio-number");
  // 1e-400 is below the smallest positive double (about 4.9e-324) without being 0; 1e999 is
  // above the largest (about 1.8e308).
  const RunResult small = run_symbio("validate " + park_with_quantity(dir, "1e-400", "t/a"));
  EXPECT_EQ(small.status, 3) << small.output;
  EXPECT_NE(small.output.find("quantity '1e-400' is a number too small to represent"),
            std::string::npos)
      << small.output;
  EXPECT_EQ(small.output.find("not a number"), std::string::npos) << small.output;
  const RunResult large = run_symbio("validate " + park_with_quantity(dir, "1e999", "t/a"));
  EXPECT_EQ(large.status, 3) << large.output;
  EXPECT_NE(large.output.find("quantity '1e999' is a number too large to represent"),
            std::string::npos)
      << large.output;
  // The smallest positive double itself is a number (a subnormal one).
  EXPECT_EQ(run_symbio("validate " + park_with_quantity(dir, "5e-324", "t/a")).status, 0);
  // Text is still "not a number".
  const RunResult text = run_symbio("validate " + park_with_quantity(dir, "lots", "t/a"));
  EXPECT_NE(text.output.find("quantity 'lots' is not a number"), std::string::npos) << text.output;
  fs::remove_all(dir);
}

TEST(Scale, CountsAgreeWithTheirNouns) {
  const std::string dir = make_temp_dir("symbio-plural");
  const RunResult info = run_symbio("info " + park_with_quantity(dir, "5", "t/a"));
  ASSERT_EQ(info.status, 0) << info.output;
  EXPECT_NE(info.output.find("; 1 tie between enterprises"), std::string::npos) << info.output;
  EXPECT_NE(info.output.find("material  1 exchange, 1 with a quantity"), std::string::npos)
      << info.output;
  EXPECT_EQ(info.output.find("1 ties"), std::string::npos) << info.output;
  const RunResult validate = run_symbio("validate " + park_with_quantity(dir, "5", "t/a"));
  EXPECT_NE(validate.output.find("2 enterprises, 1 exchange; 0 errors"), std::string::npos)
      << validate.output;
  fs::remove_all(dir);
}

}  // namespace
}  // namespace symbio::testing
