#include <gtest/gtest.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "tests/support/run_symbio.hpp"

namespace symbio::testing {
namespace {

namespace fs = std::filesystem;

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1))
    ++n;
  return n;
}

// Standard output of a shell command.
std::string shell_output(const std::string& command) {
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return out;
  std::array<char, 4096> buffer{};
  std::size_t got = 0;
  while ((got = fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
    out.append(buffer.data(), got);
  pclose(pipe);
  return out;
}

bool installed(const std::string& program) {
  return std::system(("command -v " + program + " >/dev/null 2>&1").c_str()) == 0;
}

// What the administration receives: a PDF of several A4 pages, and a Word document that pandoc
// itself reads back with the report's title and sections.
TEST(ReportExportTest, AuditWritesPdfAndDocx) {
  if (!installed("chromium") || !installed("pandoc")) {
    GTEST_SKIP() << "chromium or pandoc is not installed";
  }
  const std::string out = make_temp_dir("symbio-export");
  const RunResult r =
      run_symbio("audit examples/coal_chemical_park --out " + out + " --pdf --docx --quiet");
  ASSERT_EQ(r.status, 0) << r.output;
  const std::string pdf = read_text(out + "/report.pdf");
  EXPECT_TRUE(pdf.starts_with("%PDF-"));
  EXPECT_GE(count(pdf, "/Type /Page\n") + count(pdf, "/Type /Page/") + count(pdf, "/Type /Page "),
            3U);
  const std::string docx = read_text(out + "/report.docx");
  EXPECT_TRUE(docx.starts_with("PK"));
  const std::string text = shell_output("pandoc --from=docx --to=plain '" + out + "/report.docx'");
  EXPECT_NE(text.find("煤化工园区（示例）"), std::string::npos) << text.substr(0, 400);
  EXPECT_NE(text.find("审核重点"), std::string::npos);
}

TEST(ReportExportTest, MissingChromiumStopsBeforeWriting) {
  const std::string out = make_temp_dir("symbio-export-missing");
  const std::string command = "cd '" + std::string(SYMBIO_SOURCE_DIR) +
                              "' && env PATH=/nonexistent SYMBIO_CHROMIUM= '" + symbio_exe() +
                              "' audit examples/kalundborg --out " + out + " --pdf 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  std::string output;
  std::array<char, 4096> buffer{};
  std::size_t got = 0;
  while ((got = fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
    output.append(buffer.data(), got);
  const int status = pclose(pipe);
  EXPECT_EQ(WEXITSTATUS(status), 4) << output;
  EXPECT_NE(output.find("Debian package chromium"), std::string::npos) << output;
  EXPECT_TRUE(fs::is_empty(out));
}

}  // namespace
}  // namespace symbio::testing
