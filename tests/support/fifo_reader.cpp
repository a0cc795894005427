#include "tests/support/fifo_reader.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <stdexcept>

namespace symbio::testing {

FifoReader::FifoReader(const std::string& fifo) {
  // A non-blocking open of the reading end succeeds at once; the keeper then opens the writing
  // end without blocking either, and the reading end goes back to blocking reads.
  read_end_ = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (read_end_ < 0) throw std::runtime_error("cannot open the FIFO " + fifo);
  keeper_ = ::open(fifo.c_str(), O_WRONLY | O_CLOEXEC);
  if (keeper_ < 0) throw std::runtime_error("cannot open the FIFO " + fifo + " for writing");
  ::fcntl(read_end_, F_SETFL, ::fcntl(read_end_, F_GETFL) & ~O_NONBLOCK);
  thread_ = std::thread([this] {
    char buffer[65536];
    ssize_t got = 0;
    while ((got = ::read(read_end_, buffer, sizeof buffer)) > 0)
      received_.append(buffer, static_cast<std::size_t>(got));
  });
}

std::string FifoReader::finish() {
  if (keeper_ >= 0) ::close(keeper_);
  keeper_ = -1;
  if (thread_.joinable()) thread_.join();
  return received_;
}

FifoReader::~FifoReader() {
  finish();
  if (read_end_ >= 0) ::close(read_end_);
}

}  // namespace symbio::testing
