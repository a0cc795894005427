#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace symbio::cli {

// Running out of memory is not a bug in symbio: the work grows with the park. These give it its
// own message and exit status (6, ExitStatus::resources).

// What the run works on, for the message: the command, then the park once it is read.
void note_command(std::string_view command);
void note_park_size(std::size_t enterprises, std::size_t exchanges);

// "out of memory (resources exhausted) while running `symbio audit` on a park of 20000
// enterprises and 80000 exchanges; ..." with the options that reduce the work.
std::string out_of_memory_message();

// A std::bad_alloc that escapes where no handler can catch it (a parallel region of OpenMP calls
// std::terminate) still ends with the message and status 6, after removing the temporary files
// of writes in progress; any other reason to terminate aborts as before.
void install_out_of_memory_handler();

}  // namespace symbio::cli
