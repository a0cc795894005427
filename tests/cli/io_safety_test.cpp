// What the program does with outputs that are not plain new files, with standard input and
// output, and with its output folder (README "Pipes" and "Guarantees"): links are written
// through and kept, FIFOs are written through, a full standard output is an error, the input's
// folder is never an output folder, a park is read from standard input in every format, `-o -`
// writes standard output, info and validate speak JSON, one run at a time writes a folder, and
// manifest.json describes a complete run.
#include <gtest/gtest.h>

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "tests/support/fifo_reader.hpp"
#include "tests/support/run_symbio.hpp"

namespace symbio::testing {
namespace {

namespace fs = std::filesystem;

struct Shell {
  int status = -1;
  std::string out;  // standard output only
  std::string err;  // standard error
};

// Runs a shell command line from the repository root; `$S` is the program. Standard output is
// captured through a pipe, standard error through a file.
Shell shell(const std::string& line) {
  const std::string err_file = make_temp_dir("symbio-iosafety-err") + "/err";
  const std::string command = std::string("cd '") + SYMBIO_SOURCE_DIR + "' && S='" + symbio_exe() +
                              "' && { " + line + " ; } 2>'" + err_file + "'";
  Shell result;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return result;
  std::array<char, 4096> buffer{};
  std::size_t got = 0;
  while ((got = fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
    result.out.append(buffer.data(), got);
  const int raw = pclose(pipe);
  result.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : 128 + WTERMSIG(raw);
  result.err = read_text(err_file);
  return result;
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// Every name and content in a folder (top level).
std::map<std::string, std::string> snapshot(const std::string& dir) {
  std::map<std::string, std::string> out;
  for (const auto& entry : fs::directory_iterator(dir)) {
    out[entry.path().filename().string()] =
        entry.is_regular_file() ? read_text(entry.path().string()) : "<not a file>";
  }
  return out;
}

// The SHA-256 that coreutils' sha256sum computes (an implementation independent of symbio's).
std::string sha256sum(const std::string& path) {
  const Shell s = shell("sha256sum '" + path + "'");
  return s.out.substr(0, 64);
}

std::string copy_of_kalundborg() {
  const std::string dir = make_temp_dir("symbio-iosafety-park") + "/kalundborg";
  fs::create_directories(dir);
  for (const char* name : {"exchanges.csv", "enterprises.csv", "park.json"}) {
    fs::copy_file(std::string(SYMBIO_SOURCE_DIR) + "/examples/kalundborg/" + name,
                  dir + "/" + name);
  }
  return dir;
}

TEST(IoSafetyTest, SymbolicLinkOutputKeepsTheLinkAndWritesItsTarget) {
  const std::string dir = make_temp_dir("symbio-iosafety-link");
  write_text(dir + "/real.json", "old\n");
  fs::create_symlink("real.json", dir + "/link.json");
  const Shell direct = shell("$S convert examples/kalundborg -o " + dir + "/direct.json -q");
  ASSERT_EQ(direct.status, 0) << direct.err;
  const Shell linked = shell("$S convert examples/kalundborg -o " + dir + "/link.json -q");
  ASSERT_EQ(linked.status, 0) << linked.err;
  EXPECT_TRUE(fs::is_symlink(dir + "/link.json"));
  EXPECT_EQ(fs::read_symlink(dir + "/link.json"), fs::path("real.json"));
  EXPECT_EQ(read_text(dir + "/real.json"), read_text(dir + "/direct.json"));
  // Inside an output folder too: a result file that is a link stays one.
  const std::string out = dir + "/out";
  fs::create_directories(out);
  write_text(dir + "/kept.csv", "old\n");
  fs::create_symlink("../kept.csv", out + "/park.csv");
  const Shell analyze = shell("$S analyze examples/kalundborg --out " + out + " -q");
  ASSERT_EQ(analyze.status, 0) << analyze.err;
  EXPECT_TRUE(fs::is_symlink(out + "/park.csv"));
  EXPECT_TRUE(contains(read_text(dir + "/kept.csv"), "layer,"));
}

TEST(IoSafetyTest, FifoOutputReachesItsReader) {
  const std::string dir = make_temp_dir("symbio-iosafety-fifo");
  const std::string fifo = dir + "/park.json";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  FifoReader reader(fifo);
  const Shell s = shell("$S convert examples/kalundborg -o " + fifo + " -q");
  const std::string received = reader.finish();
  ASSERT_EQ(s.status, 0) << s.err;
  const Shell direct = shell("$S convert examples/kalundborg -o " + dir + "/direct.json -q");
  ASSERT_EQ(direct.status, 0);
  EXPECT_EQ(received, read_text(dir + "/direct.json"));
  EXPECT_TRUE(fs::is_fifo(fifo));
}

// /dev/full only as a redirection of standard output: every command that prints data fails
// with exit status 4 when the data cannot be written.
TEST(IoSafetyTest, FullStandardOutputIsAnError) {
  for (const std::string args :
       {"info examples/kalundborg", "info examples/kalundborg --json",
        "validate examples/kalundborg --json", "convert examples/kalundborg -o - --format json",
        "render examples/kalundborg -o - --format dot", "info --help"}) {
    const Shell s = shell("$S " + args + " > /dev/full");
    EXPECT_EQ(s.status, 4) << args << ": " << s.err;
    EXPECT_TRUE(contains(s.err, "cannot write to standard output")) << args << ": " << s.err;
  }
  const Shell ok = shell("$S info examples/kalundborg > /dev/null");
  EXPECT_EQ(ok.status, 0) << ok.err;
}

TEST(IoSafetyTest, InputFolderIsRefusedAsOutputFolder) {
  const std::string park = copy_of_kalundborg();
  const auto before = snapshot(park);
  const Shell same = shell("$S audit " + park + " --out " + park);
  EXPECT_EQ(same.status, 4) << same.err;
  EXPECT_TRUE(contains(same.err, "is the input folder")) << same.err;
  const Shell holds = shell("$S analyze " + park + "/exchanges.csv --out " + park);
  EXPECT_EQ(holds.status, 4) << holds.err;
  EXPECT_TRUE(contains(holds.err, "holds the input file")) << holds.err;
  fs::create_directory_symlink(park, park + "-link");
  const Shell linked = shell("$S cascade " + park + " --out " + park + "-link");
  EXPECT_EQ(linked.status, 4) << linked.err;
  EXPECT_EQ(snapshot(park), before);  // not even a lock file was made
  // A folder inside the park's folder is not read as part of the park: allowed.
  const Shell inside = shell("$S analyze " + park + " --out " + park + "/out -q");
  EXPECT_EQ(inside.status, 0) << inside.err;
}

// The same park from a file and from standard input gives the same facts (the name differs: a
// park from standard input is called "stdin" when its format carries no name).
TEST(IoSafetyTest, ReadsAParkFromStandardInputInEachFormat) {
  const std::string dir = make_temp_dir("symbio-iosafety-stdin");
  for (const std::string format : {"json", "pbtxt", "pb", "graphml"}) {
    const Shell made =
        shell("$S convert examples/kalundborg -o " + dir + "/park." + format + " -q");
    ASSERT_EQ(made.status, 0) << made.err;
  }
  auto without_name = [](const std::string& text) { return text.substr(text.find('\n')); };
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"examples/kalundborg/exchanges.csv", "csv"},
      {dir + "/park.json", "json"},
      {dir + "/park.pbtxt", "pbtxt"},
      {dir + "/park.pb", "pb"},
      {dir + "/park.graphml", "graphml"}};
  for (const auto& [file, format] : cases) {
    const Shell from_file = shell("$S info " + file);
    ASSERT_EQ(from_file.status, 0) << from_file.err;
    for (const std::string& option : {std::string(), " --input-format " + format}) {
      const Shell piped = shell("cat " + file + " | $S info -" + option);
      ASSERT_EQ(piped.status, 0) << format << option << ": " << piped.err;
      EXPECT_EQ(without_name(piped.out), without_name(from_file.out)) << format << option;
    }
  }
  // Problems name the input as <stdin>, with line and column.
  const Shell bad = shell("printf 'supplier,receiver,resource\\nA,,steam\\n' | $S validate -");
  EXPECT_EQ(bad.status, 3);
  EXPECT_TRUE(contains(bad.err, "<stdin>:2:")) << bad.err;
  EXPECT_FALSE(contains(bad.err, "symbio-stdin-")) << bad.err;  // no temporary path shows
  // A format that is none is a usage error.
  EXPECT_EQ(shell("echo x | $S info - --input-format xlsm").status, 2);
}

TEST(IoSafetyTest, DashWritesOneFileToStandardOutput) {
  const std::string dir = make_temp_dir("symbio-iosafety-dash");
  for (const std::string format : {"json", "pbtxt", "graphml", "nodelink"}) {
    const std::string file = dir + "/park." + (format == "nodelink" ? "nodelink.json" : format);
    ASSERT_EQ(shell("$S convert examples/kalundborg -o " + file + " -q").status, 0);
    const Shell piped = shell("$S convert examples/kalundborg -o - --format " + format + " | cat");
    ASSERT_EQ(piped.status, 0) << piped.err;
    EXPECT_EQ(piped.out, read_text(file)) << format;
  }
  ASSERT_EQ(shell("$S render examples/kalundborg -o " + dir + "/k.dot -q").status, 0);
  const Shell dot = shell("$S render examples/kalundborg -o - --format dot | cat");
  ASSERT_EQ(dot.status, 0) << dot.err;
  EXPECT_EQ(dot.out, read_text(dir + "/k.dot"));
  const Shell svg = shell("$S render examples/kalundborg -o - -q | cat");  // SVG by default
  ASSERT_EQ(svg.status, 0) << svg.err;
  EXPECT_TRUE(contains(svg.out, "<svg")) << svg.out.substr(0, 200);
  // A descriptor's name (what /dev/stdout leads to) is written to that descriptor, here a pipe.
  const Shell fd =
      shell("$S convert examples/kalundborg -o /proc/self/fd/1 --format json -q | cat");
  ASSERT_EQ(fd.status, 0) << fd.err;
  EXPECT_EQ(fd.out, read_text(dir + "/park.json"));
  // Without a format, `-o -` is a usage error; no file named "-" ever appears.
  EXPECT_EQ(shell("$S convert examples/kalundborg -o -").status, 2);
  EXPECT_FALSE(fs::exists(std::string(SYMBIO_SOURCE_DIR) + "/-"));
}

// The facts of `info` as JSON: Kalundborg's counts as the README shows them (20 enterprises, 7
// external, 35 exchanges: 12 material of which 3 with a quantity, 8 energy, 15 water of which
// 1; Asnæs first with 10 partners and betweenness 71.33, NetworkX's value in tests/reference).
TEST(IoSafetyTest, InfoJsonParsesBackWithTheTextFacts) {
  const Shell s = shell("$S info examples/kalundborg --json");
  ASSERT_EQ(s.status, 0) << s.err;
  const auto json = nlohmann::json::parse(s.out);
  EXPECT_EQ(json["park"], "Kalundborg Symbiosis (Denmark)");
  EXPECT_EQ(json["enterprises"]["count"], 20);
  EXPECT_EQ(json["enterprises"]["external"], 7);
  EXPECT_EQ(json["exchanges"]["count"], 35);
  EXPECT_EQ(json["exchanges"]["by_status"]["existing"], 35);
  EXPECT_EQ(json["ties"], 30);
  ASSERT_EQ(json["layers"].size(), 3U);
  EXPECT_EQ(json["layers"][0]["layer"], "material");
  EXPECT_EQ(json["layers"][0]["exchanges"], 12);
  EXPECT_EQ(json["layers"][0]["with_quantity"], 3);
  EXPECT_EQ(json["layers"][2]["exchanges"], 15);
  EXPECT_EQ(json["layers"][2]["with_quantity"], 1);
  EXPECT_EQ(json["by_kind"]["byproduct"], 17);
  EXPECT_EQ(json["components"]["weak"], 1);
  EXPECT_EQ(json["components"]["strong"], 15);
  EXPECT_EQ(json["top_enterprises"][0]["id"], "asnaes");
  EXPECT_EQ(json["top_enterprises"][0]["partners"], 10);
  EXPECT_NEAR(json["top_enterprises"][0]["betweenness"].get<double>(), 71.3333333333, 1e-9);
  EXPECT_EQ(json["input"]["sha256"].get<std::string>().size(), 64U);
}

// validate --json lists the problems that the text lists, with the same places.
TEST(IoSafetyTest, ValidateJsonHoldsTheSameProblemsAsTheText) {
  const std::string dir = make_temp_dir("symbio-iosafety-validate");
  write_text(dir + "/bad.csv",
             "supplier,receiver,resource,quantity,unit\nA,,steam,1,GJ/a\nB,C,slag,-1,t/a\n");
  const Shell text = shell("$S validate " + dir + "/bad.csv");
  const Shell json_run = shell("$S validate " + dir + "/bad.csv --json");
  EXPECT_EQ(text.status, 3);
  EXPECT_EQ(json_run.status, 3);
  const auto json = nlohmann::json::parse(json_run.out);
  EXPECT_FALSE(json["usable"]);
  std::size_t listed = 0;
  for (const auto& p : json["problems"]) {
    if (p["severity"] == "note") continue;
    std::string place = p["file"].get<std::string>();
    if (!p["line"].is_null()) place += ":" + std::to_string(p["line"].get<int>());
    if (!p["column"].is_null()) place += ":" + std::to_string(p["column"].get<int>());
    const std::string head =
        place + ": " + p["severity"].get<std::string>() + "[" + p["code"].get<std::string>() + "]";
    EXPECT_TRUE(contains(text.err, head)) << head << " not in\n" << text.err;
    ++listed;
  }
  EXPECT_GE(listed, 2U);
  EXPECT_GE(json["counts"]["error"].get<int>(), 2);
  const Shell good = shell("$S validate examples/kalundborg --json");
  EXPECT_EQ(good.status, 0);
  EXPECT_TRUE(nlohmann::json::parse(good.out)["usable"]);
}

// The first run reads its park from a pipe this test holds open, so it holds the folder's lock
// for as long as the test wants; the second run into that folder stops at once.
TEST(IoSafetyTest, ASecondRunIntoALockedFolderExitsNamingTheFirst) {
  const std::string out = make_temp_dir("symbio-iosafety-lock") + "/out";
  int ends[2];
  ASSERT_EQ(::pipe(ends), 0);
  const std::string exe = symbio_exe();
  const pid_t first = ::fork();
  if (first == 0) {
    ::dup2(ends[0], 0);
    ::close(ends[0]);
    ::close(ends[1]);
    const int null = ::open("/dev/null", O_WRONLY);
    ::dup2(null, 1);
    ::dup2(null, 2);
    ::execl(exe.c_str(), exe.c_str(), "analyze", "-", "--out", out.c_str(), "--quiet",
            static_cast<char*>(nullptr));
    ::_exit(127);
  }
  ::close(ends[0]);
  const std::string pid = std::to_string(first);
  for (int i = 0; i < 2000 && read_text(out + "/.symbio.lock") != pid + "\n"; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  ASSERT_EQ(read_text(out + "/.symbio.lock"), pid + "\n");

  const Shell second = shell("$S analyze examples/kalundborg --out " + out);
  EXPECT_EQ(second.status, 4);
  EXPECT_TRUE(contains(second.err, out)) << second.err;
  EXPECT_TRUE(contains(second.err, "process " + pid)) << second.err;

  const std::string park =
      read_text(std::string(SYMBIO_SOURCE_DIR) + "/examples/kalundborg/exchanges.csv");
  ASSERT_EQ(::write(ends[1], park.data(), park.size()), static_cast<ssize_t>(park.size()));
  ::close(ends[1]);
  int status = 0;
  ::waitpid(first, &status, 0);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  EXPECT_TRUE(fs::exists(out + "/manifest.json"));
  EXPECT_FALSE(fs::exists(out + "/.symbio.lock"));  // released with the run
  EXPECT_EQ(shell("$S analyze examples/kalundborg --out " + out + " -q").status, 0);
}

TEST(IoSafetyTest, ManifestListsEveryFileWithItsHash) {
  const std::string out = make_temp_dir("symbio-iosafety-manifest") + "/out";
  const Shell s = shell("$S audit examples/kalundborg --out " + out + " -q --seed 7");
  ASSERT_EQ(s.status, 0) << s.err;
  const auto manifest = nlohmann::json::parse(read_text(out + "/manifest.json"));
  EXPECT_EQ(manifest["command"], "audit");
  EXPECT_EQ(manifest["options"]["seed"], "7");
  std::set<std::string> listed;
  for (const auto& f : manifest["files"]) {
    const std::string name = f["name"];
    listed.insert(name);
    EXPECT_EQ(f["sha256"], sha256sum(out + "/" + name)) << name;
    EXPECT_EQ(f["size"].get<std::uintmax_t>(), fs::file_size(out + "/" + name)) << name;
  }
  std::set<std::string> present;
  for (const auto& entry : fs::directory_iterator(out))
    present.insert(entry.path().filename().string());
  listed.insert("manifest.json");
  EXPECT_EQ(present, listed);
  EXPECT_GE(listed.size(), 14U);
  // The input's hash: a folder hashes exchanges.csv, enterprises.csv, park.json in that order.
  const std::string k = std::string(SYMBIO_SOURCE_DIR) + "/examples/kalundborg/";
  const Shell joined =
      shell("cat " + k + "exchanges.csv " + k + "enterprises.csv " + k + "park.json | sha256sum");
  EXPECT_EQ(manifest["input"]["sha256"], joined.out.substr(0, 64));
}

// Files of an earlier run that this run does not write go when unchanged; changed ones are the
// user's now: kept and listed as stale. Other files are never touched.
TEST(IoSafetyTest, FilesOfAnEarlierRunAreRemovedOrListedAsStale) {
  const std::string out = make_temp_dir("symbio-iosafety-stale") + "/out";
  ASSERT_EQ(shell("$S cascade examples/kalundborg --out " + out + " -q --trigger asnaes").status,
            0);
  ASSERT_TRUE(fs::exists(out + "/scenario.csv"));
  write_text(out + "/notes.txt", "mine\n");
  ASSERT_EQ(shell("$S cascade examples/kalundborg --out " + out + " -q").status, 0);
  EXPECT_FALSE(fs::exists(out + "/scenario.csv"));
  EXPECT_EQ(read_text(out + "/notes.txt"), "mine\n");
  EXPECT_TRUE(nlohmann::json::parse(read_text(out + "/manifest.json"))["stale"].empty());

  ASSERT_EQ(shell("$S cascade examples/kalundborg --out " + out + " -q --trigger asnaes").status,
            0);
  write_text(out + "/scenario.csv", "edited\n");
  ASSERT_EQ(shell("$S cascade examples/kalundborg --out " + out + " -q").status, 0);
  EXPECT_EQ(read_text(out + "/scenario.csv"), "edited\n");
  const auto stale = nlohmann::json::parse(read_text(out + "/manifest.json"))["stale"];
  ASSERT_EQ(stale.size(), 1U);
  EXPECT_EQ(stale[0]["name"], "scenario.csv");
  EXPECT_EQ(stale[0]["sha256"], sha256sum(out + "/scenario.csv"));
}

// A park big enough that an audit's writing takes a while: n enterprises, 4n exchanges drawn by
// a fixed linear congruential generator.
std::string synthetic_park(int n) {
  const std::string dir = make_temp_dir("symbio-iosafety-big");
  std::uint64_t state = 20261204;
  auto next = [&](std::uint64_t bound) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (state >> 33) % bound;
  };
  std::string text = "supplier,receiver,resource,quantity,unit\n";
  for (int i = 0; i < 4 * n; ++i) {
    const auto a = next(static_cast<std::uint64_t>(n));
    auto b = next(static_cast<std::uint64_t>(n));
    if (a == b) b = (b + 1) % static_cast<std::uint64_t>(n);
    text += "E" + std::to_string(a) + ",E" + std::to_string(b) + ",steam," +
            std::to_string(1 + next(1000)) + ",GJ/a\n";
  }
  write_text(dir + "/exchanges.csv", text);
  return dir;
}

// A run killed after it removed the earlier manifest and before it wrote its own leaves no
// manifest: a folder without one holds no complete run.
TEST(IoSafetyTest, AKilledRunLeavesNoManifest) {
  const std::string park = synthetic_park(600);
  const std::string exe = symbio_exe();
  int killed_without_manifest = 0;
  for (int attempt = 0; attempt < 5 && killed_without_manifest == 0; ++attempt) {
    const std::string out = make_temp_dir("symbio-iosafety-kill") + "/out";
    ASSERT_EQ(shell("$S audit " + park + " --out " + out + " -q").status, 0);
    ASSERT_TRUE(fs::exists(out + "/manifest.json"));
    const pid_t pid = ::fork();
    if (pid == 0) {
      const int null = ::open("/dev/null", O_WRONLY);
      ::dup2(null, 1);
      ::dup2(null, 2);
      ::execl(exe.c_str(), exe.c_str(), "audit", park.c_str(), "--out", out.c_str(), "--quiet",
              "--seed", "8", static_cast<char*>(nullptr));
      ::_exit(127);
    }
    int status = 0;
    bool finished = false;
    while (fs::exists(out + "/manifest.json")) {
      if (::waitpid(pid, &status, WNOHANG) == pid) {
        finished = true;
        break;
      }
      std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
    if (!finished) {
      ::kill(pid, SIGKILL);
      ::waitpid(pid, &status, 0);
    }
    if (WIFSIGNALED(status)) {
      EXPECT_FALSE(fs::exists(out + "/manifest.json"));
      ++killed_without_manifest;
    }
  }
  EXPECT_EQ(killed_without_manifest, 1);
}

}  // namespace
}  // namespace symbio::testing
