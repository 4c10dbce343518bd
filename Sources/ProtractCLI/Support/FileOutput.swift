#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes to a file descriptor with `write(2)`, so every failure has its real `errno`.
enum FileOutput {
    /// Writes every byte of `text`: retries after EINTR and continues after a short write.
    /// Returns 0, or the `errno` of the failure.
    static func writeAll(_ text: String, to descriptor: Int32) -> Int32 {
        var text = text
        return text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                // write(2) returning 0 for a non-empty buffer makes no progress: treat it as an I/O error.
                if written == 0 { return EIO }
                offset += written
            }
            return 0
        }
    }
}
