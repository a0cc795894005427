// Runs a fuzz target without libFuzzer: every argument is a file, or a folder whose files
// (recursively, in path order; README.md files, which say what a folder holds, excepted) are
// each passed to LLVMFuzzerTestOneInput. Built with any compiler, so that ctest replays the
// seed corpora and the regressions of tests/fuzz in every build, the sanitizer one included.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  std::vector<fs::path> files;
  for (int i = 1; i < argc; ++i) {
    const fs::path path(argv[i]);
    if (fs::is_directory(path)) {
      for (const auto& entry : fs::recursive_directory_iterator(path)) {
        if (entry.is_regular_file() && entry.path().filename() != "README.md") {
          files.push_back(entry.path());
        }
      }
    } else if (fs::is_regular_file(path)) {
      files.push_back(path);
    } else {
      std::fprintf(stderr, "%s: no such file or folder\n", argv[i]);
      return 2;
    }
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& file : files) {
    std::ifstream in(file, std::ios::binary);
    // An exact-size copy, as libFuzzer passes it, so that AddressSanitizer sees a read past
    // the end (a std::string would have its terminator there).
    const std::vector<std::uint8_t> bytes((std::istreambuf_iterator<char>(in)),
                                          std::istreambuf_iterator<char>());
    if (in.bad()) {
      std::fprintf(stderr, "%s: read error\n", file.c_str());
      return 2;
    }
    // Named before it runs: a crash report then ends with the input that caused it.
    std::printf("%s\n", file.c_str());
    std::fflush(stdout);
    LLVMFuzzerTestOneInput(bytes.data(), bytes.size());
  }
  std::printf("%zu inputs replayed\n", files.size());
  // No input at all means a mistyped folder, not a pass.
  return files.empty() ? 1 : 0;
}
