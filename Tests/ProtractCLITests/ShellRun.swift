import Foundation
import Testing

/// Runs a `/bin/sh` script that starts the built `protract` (as `"$PROTRACT"`), for what a
/// `Process` cannot set up directly: redirections to /dev/full, pipes, `ulimit`, `umask`, and
/// arguments that are not UTF-8 (written with `printf '\377'`).
enum ShellRun {
    static func run(_ script: String, in directory: URL, timeout: Double = 30) throws -> ProtractBinary.Result {
        try ProtractBinary.execute(
            URL(fileURLWithPath: "/bin/sh"), ["-c", script], in: directory,
            environment: ["PROTRACT": try ProtractBinary.url().path], timeout: timeout)
    }

    /// The names in a folder as raw bytes (FileManager would decode them), sorted.
    static func rawListing(_ directory: URL) -> [[UInt8]] {
        guard let stream = opendir(directory.path) else { return [] }
        defer { closedir(stream) }
        var names: [[UInt8]] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.prefix { $0 != 0 })
            }
            if name != Array(".".utf8), name != Array("..".utf8) { names.append(name) }
        }
        return names.sorted { $0.lexicographicallyPrecedes($1) }
    }
}
