#pragma once

#include <string>
#include <thread>

namespace symbio::testing {

// Reads everything written into a FIFO by a writer under test, without hanging when that writer
// never opens the FIFO (say, because it replaced it by a file): the reader opens its end first
// and keeps a writing end of its own open, so the writer's open never blocks; finish() closes
// that end, after which the reader sees the end of the data once the writer has closed too.
class FifoReader {
 public:
  explicit FifoReader(const std::string& fifo);
  ~FifoReader();
  FifoReader(const FifoReader&) = delete;
  FifoReader& operator=(const FifoReader&) = delete;

  // Call when the writer has ended: returns every byte it wrote.
  std::string finish();

 private:
  int read_end_ = -1;
  int keeper_ = -1;
  std::string received_;
  std::thread thread_;
};

}  // namespace symbio::testing
