#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// The system calls as Protract's file code makes them: each retried after EINTR, each failure kept
// as its real `errno`. Free functions, because the types that use them have methods called `read`,
// `open` and `write`, which hide the C functions.

/// `open(2)` with O_CLOEXEC added; the descriptor, or -1 with `errno` set.
func openFile(_ path: UnsafePointer<CChar>, _ flags: Int32, _ mode: mode_t) -> Int32 {
    var descriptor: Int32
    repeat {
        descriptor = open(path, flags | O_CLOEXEC, mode)
    } while descriptor < 0 && errno == EINTR
    return descriptor
}

/// Writes every byte of `text` with `write(2)`, continuing after a short write. Returns 0, or the
/// `errno` of the failure.
func writeAll(_ text: String, to descriptor: Int32) -> Int32 {
    var text = text
    return text.withUTF8 { buffer in
        var offset = 0
        while offset < buffer.count {
            let written = write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
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

/// Reads up to `limit` bytes with `read(2)`; returns them and 0, or what was read and the `errno`.
func readUpTo(_ limit: Int, from descriptor: Int32) -> (bytes: [UInt8], code: Int32) {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while bytes.count < limit {
        let count = chunk.withUnsafeMutableBytes { buffer in
            read(descriptor, buffer.baseAddress, min(buffer.count, limit - bytes.count))
        }
        if count < 0 {
            if errno == EINTR { continue }
            return (bytes, errno)
        }
        if count == 0 { break }
        bytes.append(contentsOf: chunk[..<count])
    }
    return (bytes, 0)
}

/// The text for an `errno` value.
func systemErrorText(_ code: Int32) -> String {
    String(cString: strerror(code))
}

/// The environment variables among `names` that are set, each read with `getenv(3)`: where a
/// command needs one or two, the whole environment is not copied into a dictionary, as
/// `ProcessInfo.environment` does each time it is asked. A value that is not UTF-8 is repaired
/// (U+FFFD), as `ProcessInfo` repairs it.
func environmentVariables(_ names: String...) -> [String: String] {
    var values: [String: String] = [:]
    for name in names {
        if let value = getenv(name) { values[name] = String(cString: value) }
    }
    return values
}
