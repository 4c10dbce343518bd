#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The lines a person pasted together with an answer: a terminal hands a program one line per
/// read, so a note pasted as two lines would leave its second to the shell once `log` ends (a
/// phone trial's did). After the answer's line, what is already waiting on the terminal (or comes
/// within a moment, the rest of the same paste) is read too, a last line without its line break
/// included: the terminal is taken out of line mode for that, so that a line not yet ended can be
/// read, and put back as it was. Such a last line is not ended yet: the person's Enter ends it
/// (``LinePrompter`` reads on to it), as it would have on the terminal.
enum PastedLines {
    /// The lines read, and whether the last one ended with its line break.
    struct Paste: Equatable {
        /// The lines, without their line breaks.
        var lines: [String] = []
        /// False when the last line came without a line break: the paste's last line, which the
        /// person ends with Enter (or goes on typing first). True when nothing was pasted.
        var isEnded = true
    }

    /// How long to wait for more of a paste, in milliseconds: a paste arrives at once, and a
    /// person does not type the next line this fast.
    static let wait: Int32 = 100

    /// At most this much is taken, in bytes: more than a note may hold (it is then refused with
    /// the reason, and asked again), less than a flood.
    static let limit = 16_384

    /// The lines waiting on standard input when it is a terminal; none otherwise, or when none wait.
    static func waiting() -> Paste {
        guard isatty(0) == 1 else { return Paste() }
        var saved = termios()
        guard tcgetattr(0, &saved) == 0 else { return Paste() }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 0
            cc[Int(VTIME)] = 0
        }
        // TCSANOW, not TCSAFLUSH: what waits is what is wanted.
        guard tcsetattr(0, TCSANOW, &raw) == 0 else { return Paste() }
        defer { _ = tcsetattr(0, TCSANOW, &saved) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4_096)
        var descriptor = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
        while bytes.count < limit, poll(&descriptor, 1, wait) > 0, descriptor.revents & Int16(POLLIN) != 0 {
            let count = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            bytes.append(contentsOf: chunk[..<count])
        }
        return paste(bytes)
    }

    /// The lines of `bytes` (UTF-8, invalid bytes replaced), without their line breaks; a last
    /// line that has none counts (and the paste is not ended), an empty end after a final break
    /// does not.
    static func paste(_ bytes: [UInt8]) -> Paste {
        guard !bytes.isEmpty else { return Paste() }
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
            String(decoding: line.last == 0x0D ? line.dropLast() : line, as: UTF8.self)
        }
        let isEnded = bytes.last == 0x0A
        if isEnded { lines.removeLast() }
        return Paste(lines: lines, isEnded: isEnded)
    }
}
