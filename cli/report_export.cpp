#include "cli/report_export.hpp"

#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fcntl.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "core/error.hpp"
#include "io/temporary_folder.hpp"

extern char** environ;

namespace symbio::cli {
namespace {

namespace fs = std::filesystem;

void write_file(const fs::path& path, std::string_view content) {
  std::ofstream out(path, std::ios::binary);
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
  if (!out.flush()) throw FileError(path.string(), "cannot be written");
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Runs `argv` with its output and errors discarded (Chromium is talkative); the exit status,
// or -1 when it had to be stopped after `timeout_seconds`.
int run(const std::vector<std::string>& argv, int timeout_seconds) {
  std::vector<char*> args;
  for (const std::string& a : argv)
    args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  pid_t pid = 0;
  const int spawned = posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) throw FileError(argv[0], "cannot be run");
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_seconds);
  int status = 0;
  while (true) {
    const pid_t done = waitpid(pid, &status, WNOHANG);
    if (done == pid) break;
    if (done < 0) throw FileError(argv[0], "its process was lost");
    if (std::chrono::steady_clock::now() > deadline) {
      kill(pid, SIGKILL);
      waitpid(pid, &status, 0);
      return -1;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

std::string chromium_program() {
  if (const char* named = std::getenv("SYMBIO_CHROMIUM"); named != nullptr && *named != '\0') {
    return named;
  }
  for (const char* name : {"chromium", "chromium-browser", "google-chrome"}) {
    if (std::string found = find_on_path(name); !found.empty()) return found;
  }
  return {};
}

}  // namespace

std::string find_on_path(std::string_view name) {
  const char* path = std::getenv("PATH");
  if (path == nullptr) return {};
  std::stringstream folders(path);
  std::string folder;
  while (std::getline(folders, folder, ':')) {
    if (folder.empty()) continue;
    const fs::path candidate = fs::path(folder) / name;
    if (access(candidate.c_str(), X_OK) == 0 && fs::is_regular_file(candidate)) {
      return candidate.string();
    }
  }
  return {};
}

std::string html_to_pdf(std::string_view html, int timeout_seconds) {
  const std::string chromium = chromium_program();
  if (chromium.empty()) {
    throw FileError("report.pdf",
                    "--pdf needs Chromium to print the report (Debian package chromium); not "
                    "found on PATH");
  }
  const io::TemporaryFolder folder("export", "the PDF export");
  const fs::path page = folder.path() / "report.html";
  const fs::path pdf = folder.path() / "report.pdf";
  write_file(page, html);
  std::vector<std::string> argv{chromium,
                                "--headless",
                                "--disable-gpu",
                                "--no-pdf-header-footer",
                                "--user-data-dir=" + (folder.path() / "profile").string(),
                                "--print-to-pdf=" + pdf.string()};
  // Chromium refuses to start as root with its sandbox; the page is our own file.
  if (geteuid() == 0) argv.emplace_back("--no-sandbox");
  argv.push_back("file://" + page.string());
  const int status = run(argv, timeout_seconds);
  std::string bytes = fs::exists(pdf) ? read_file(pdf) : std::string();
  if (status != 0 || !bytes.starts_with("%PDF-")) {
    throw FileError("report.pdf",
                    "Chromium (" + chromium + ") could not print the report" +
                        (status < 0 ? ": stopped after " + std::to_string(timeout_seconds) + " s"
                                    : ", exit status " + std::to_string(status)));
  }
  return bytes;
}

std::string markdown_to_docx(std::string_view markdown,
                             const std::vector<std::pair<std::string, std::string>>& figures,
                             int timeout_seconds) {
  const std::string pandoc = find_on_path("pandoc");
  if (pandoc.empty()) {
    throw FileError("report.docx",
                    "--docx needs pandoc (Debian package pandoc); not found on PATH");
  }
  const io::TemporaryFolder folder("export", "the DOCX export");
  const fs::path source = folder.path() / "report.md";
  const fs::path docx = folder.path() / "report.docx";
  write_file(source, markdown);
  for (const auto& [name, content] : figures)
    write_file(folder.path() / fs::path(name).filename(), content);
  const int status =
      run({pandoc, "--from=gfm", "--to=docx", "--resource-path=" + folder.path().string(),
           "--output=" + docx.string(), source.string()},
          timeout_seconds);
  std::string bytes = fs::exists(docx) ? read_file(docx) : std::string();
  if (status != 0 || !bytes.starts_with("PK")) {
    throw FileError("report.docx",
                    "pandoc could not convert the report" +
                        (status < 0 ? ": stopped after " + std::to_string(timeout_seconds) + " s"
                                    : ", exit status " + std::to_string(status)));
  }
  return bytes;
}

}  // namespace symbio::cli
