import Foundation

/// Standard output as a checked stream: the first failed write is remembered, later writes are
/// skipped, and at exit a failure becomes `protract: error: could not write to standard output:
/// REASON` on stderr and exit status 73 (unless the command already exits with another error
/// status, which is kept), as the GNU tools do.
///
/// A reader that goes away (`protract plan x | head -1`) is not an error worth a message:
/// SIGPIPE keeps its default action, so Protract ends quietly as `cat` does; should SIGPIPE be
/// blocked so that the write fails with EPIPE instead, the exit status is 73 without a message.
enum StandardOutput {
    /// The `errno` of the first failed write or close, or 0.
    nonisolated(unsafe) private(set) static var failure: Int32 = 0

    /// The status the command exits with, set before `exit` when it is not 0.
    nonisolated(unsafe) static var exitStatus: Int32 = 0

    /// Writes all of `text` to descriptor 1, unless an earlier write failed.
    static func write(_ text: String) {
        guard failure == 0 else { return }
        let code = writeAll(text, to: 1)
        if code != 0 { failure = code }
    }

    /// Checks standard output when the process exits (after every command, `--help` included).
    static func installExitCheck() {
        atexit { StandardOutput.finish() }
    }

    private static func finish() {
        // Text printed through stdio (ArgumentParser's help and version) is still buffered.
        if fflush(nil) != 0, failure == 0 { failure = errno }
        if close(1) != 0, failure == 0, errno != EBADF, errno != EINTR { failure = errno }
        guard failure != 0 else { return }
        if failure != EPIPE {
            var message = "protract: error: could not write to standard output: \(systemErrorText(failure))\n"
            _ = writeAll(message, to: 2)
            message = ""
        }
        _exit(exitStatus == 0 ? 73 : exitStatus)
    }
}
