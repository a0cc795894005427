#include "io/temporary_folder.hpp"

#include <gtest/gtest.h>

#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/error.hpp"

namespace symbio::io {
namespace {

namespace fs = std::filesystem;

// The folder is private (mode 0700 from mkdtemp), named after its purpose under the system's
// temporary folder, and removed with what was written into it.
TEST(TemporaryFolderTest, PrivateNamedAndRemovedWithItsContent) {
  fs::path kept;
  {
    const TemporaryFolder a("xlsx", "tables.xlsx");
    const TemporaryFolder b("xlsx", "tables.xlsx");
    kept = a.path();
    EXPECT_NE(a.path(), b.path());
    EXPECT_EQ(a.path().parent_path(), fs::temp_directory_path());
    EXPECT_EQ(a.path().filename().string().rfind("symbio-xlsx-", 0), 0u) << a.path();
    EXPECT_EQ(a.path().filename().string().size(), std::string("symbio-xlsx-XXXXXX").size());
    ASSERT_TRUE(fs::is_directory(a.path()));
    struct stat info {};
    ASSERT_EQ(::stat(a.path().c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0700u);
    fs::create_directory(a.path() / "profile");
    std::ofstream(a.path() / "profile" / "page.html") << "<p>x</p>";
    ASSERT_TRUE(fs::exists(a.path() / "profile" / "page.html"));
  }
  EXPECT_FALSE(fs::exists(kept));
}

// Where the temporary folder cannot be written the error names the pattern and the purpose:
// /proc is a folder in which nobody, not even root, creates folders.
TEST(TemporaryFolderTest, AFolderThatCannotBeCreatedIsAFileError) {
  const char* saved = std::getenv("TMPDIR");
  const std::string old = saved != nullptr ? saved : "";
  ::setenv("TMPDIR", "/proc", 1);
  try {
    const TemporaryFolder folder("stdin", "standard input");
    ADD_FAILURE() << "created " << folder.path();
  } catch (const FileError& e) {
    EXPECT_NE(e.path().find("symbio-stdin-XXXXXX"), std::string::npos) << e.path();
    EXPECT_NE(std::string(e.what()).find("for standard input"), std::string::npos) << e.what();
  }
  if (saved != nullptr) {
    ::setenv("TMPDIR", old.c_str(), 1);
  } else {
    ::unsetenv("TMPDIR");
  }
}

}  // namespace
}  // namespace symbio::io
