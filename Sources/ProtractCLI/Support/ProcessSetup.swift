#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What the `protract` executable sets up before it parses its arguments.
public enum ProcessSetup {
    /// - SIGPIPE keeps its default action, so a closed pipe ends Protract quietly, as `cat`.
    /// - SIGXFSZ is ignored, so a file over the size limit (`ulimit -f`) fails with EFBIG ("File
    ///   too large") and a message, and its temporary file is removed, instead of a silent kill.
    /// - Standard output is checked at exit: a failed write exits 73 with a message.
    public static func prepare() {
        signal(SIGPIPE, SIG_DFL)
        signal(SIGXFSZ, SIG_IGN)
        StandardOutput.installExitCheck()
    }
}
