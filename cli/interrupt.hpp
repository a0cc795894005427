#pragma once

namespace symbio::cli {

// On SIGINT, SIGTERM and SIGHUP: removes the temporary files of writes in progress
// (io::remove_pending_temporary_files) and the lock files of output folders
// (io::remove_held_lock_files), then dies of the same signal with its default action, so
// the shell sees the usual status (130 for Ctrl-C, 143 for kill). Results already in place are
// complete files; nothing half-written remains (README "Guarantees").
void install_interrupt_cleanup();

}  // namespace symbio::cli
