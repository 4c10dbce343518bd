import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// How the `protract` executable starts and ends.
public enum ProcessSetup {
    /// Sets up the process, runs the command for `arguments` (without the program name), and exits.
    ///
    /// - SIGPIPE keeps its default action, so a closed pipe ends Protract quietly, as `cat`.
    /// - SIGXFSZ is ignored, so a file over the size limit (`ulimit -f`) fails with EFBIG ("File
    ///   too large") and a message, and its temporary file is removed, instead of a silent kill.
    /// - Standard output is checked at exit: a failed write prints its reason and turns a
    ///   successful exit into 73; a command that failed otherwise keeps its own status (a red
    ///   flag stays 3).
    public static func run(arguments: [String]) -> Never {
        signal(SIGPIPE, SIG_DFL)
        signal(SIGXFSZ, SIG_IGN)
        StandardOutput.installExitCheck()
        // What ParsableCommand.main does, keeping the exit status for the check at exit.
        do {
            var command = try ProtractCommand.parseAsRoot(arguments)
            try command.run()
        } catch {
            StandardOutput.exitStatus = ProtractCommand.exitCode(for: error).rawValue
            ProtractCommand.exit(withError: error)
        }
        exit(0)
    }
}
