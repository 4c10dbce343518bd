#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The command-line arguments, read from the raw `argv` bytes without loss.
///
/// `CommandLine.arguments` replaces bytes that are not UTF-8 with U+FFFD, so a file named with
/// byte 0xFF could never be opened. Here such bytes become private-use scalars that `SystemPath`
/// turns back into the same bytes (see `SystemPath.argument(fromBytes:)`).
public enum CommandLineArguments {
    /// The arguments after the program name.
    public static func decoded() -> [String] {
        guard CommandLine.argc > 1 else { return [] }
        return (1..<Int(CommandLine.argc)).map { index in
            guard let pointer = CommandLine.unsafeArgv[index] else { return "" }
            let length = strlen(pointer)
            let bytes = UnsafeRawBufferPointer(start: pointer, count: length)
            return SystemPath.argument(fromBytes: Array(bytes))
        }
    }
}
