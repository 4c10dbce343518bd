import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PlanRendering
import YAMLKit

/// The only place that writes to the terminal: stdout for results, stderr for diagnostics.
///
/// Standard output is a checked stream: the first failed write is remembered, later writes are
/// skipped, and at exit a failure becomes `protract: error: could not write to standard output:
/// REASON` on stderr and exit status 73 (unless the command already exits with another error
/// status, which is kept), as the GNU tools do.
///
/// A reader that goes away (`protract plan x | head -1`) is not an error worth a message:
/// SIGPIPE keeps its default action, so Protract ends quietly as `cat` does; should SIGPIPE be
/// blocked so that the write fails with EPIPE instead, the exit status is 73 without a message.
struct Console {
    /// The `errno` of the first failed write or close of standard output, or 0.
    nonisolated(unsafe) private static var outFailure: Int32 = 0

    /// The status the command exits with, set before `exit` when it is not 0.
    nonisolated(unsafe) static var exitStatus: Int32 = 0

    /// Whether colour is allowed on a descriptor (1 or 2): a terminal, `NO_COLOR` unset or empty,
    /// and `TERM` not `dumb`.
    func colourAllowed(on descriptor: Int32) -> Bool {
        if let value = getenv("NO_COLOR"), value.pointee != 0 { return false }
        if let term = getenv("TERM"), String(cString: term) == "dumb" { return false }
        return isatty(descriptor) == 1
    }

    /// Whether standard input is a terminal: a person is there to answer.
    static var inputIsTerminal: Bool { isatty(0) == 1 }

    /// Whether a command asks its questions (`log`, `screen`): standard input and output are both
    /// terminals.
    static var isInteractive: Bool { isatty(0) == 1 && isatty(1) == 1 }

    /// The width to render text for: `COLUMNS` when it holds a width Protract supports (as the
    /// GNU tools take it, over the terminal's), else the terminal's when stdout is one, else the
    /// terminal's that standard error is when stdout is a pipe (``pagedWidth``), otherwise 80
    /// (files, and pipes in scripts); asked once, when the console is made.
    let width = Console.givenColumns ?? Console.terminalWidth(of: 1) ?? Console.pagedWidth ?? 80

    /// When stdout is a pipe and standard error a terminal (`protract next | less`), that
    /// terminal's width: the pipe most likely ends on it, and bash does not export `COLUMNS` (a
    /// phone user's trial paged a 345-line session laid out for 80 columns on a 40-column screen).
    /// A file, or a pipe with no terminal beside it (scripts, tests), is nil.
    static let pagedWidth: Int? = {
        var info = stat()
        guard fstat(1, &info) == 0, info.st_mode & S_IFMT == S_IFIFO else { return nil }
        return terminalWidth(of: 2)
    }()

    /// The width standard error's messages are wrapped to when it is a terminal: `COLUMNS` when
    /// valid, else the terminal's; nil when it is a file or a pipe (each message then stays on
    /// its lines as written, for logs and scripts).
    let errorWidth = isatty(2) == 1 ? Console.givenColumns ?? Console.terminalWidth(of: 2) : nil

    /// Whether `COLUMNS` sets the width: then a command to copy is laid out to it in a pipe too.
    private let columnsGiven = Console.givenColumns != nil

    /// The narrowest and widest text Protract lays out: a phone's terminal, and a line still read
    /// at a glance.
    static let widths = 40...160

    /// The width the environment's `COLUMNS` asks for, or nil (see ``columns(_:)``).
    static var givenColumns: Int? { columns(getenv("COLUMNS").map { String(cString: $0) }) }

    /// The width `COLUMNS` asks for: a whole number of at least 40 (160 at most is taken), or nil
    /// for anything else (unset, empty, a word, too narrow), which is then left out.
    static func columns(_ value: String?) -> Int? {
        guard let value, value.utf8.allSatisfy({ (48...57).contains($0) }), let columns = Int(value),
            columns >= widths.lowerBound
        else { return nil }
        return min(columns, widths.upperBound)
    }

    /// The width of the terminal `descriptor` is (40 to 160 columns: a narrower one gets 40), 80 when
    /// it does not say, or nil when it is none.
    private static func terminalWidth(of descriptor: Int32) -> Int? {
        guard isatty(descriptor) == 1 else { return nil }
        var size = winsize()
        // A terminal narrower than the narrowest layout gets that layout, the nearest to it.
        if ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return min(max(Int(size.ws_col), widths.lowerBound), widths.upperBound)
        }
        return 80
    }

    /// Text for a person wrapped to `width` at spaces, the first line starting with `first` and
    /// the others with `rest`; ends with a line break. A quoted command stays whole on a line
    /// when it fits one, else stands on lines of its own broken between its arguments
    /// (``LineWrapper/wrap(keepingQuoted:first:rest:)``), so that it can be copied.
    func wrapped(_ text: String, first: String, rest: String) -> String {
        LineWrapper(width: width, longWords: .overflow).wrap(keepingQuoted: text, first: first, rest: rest)
            .joined(separator: "\n") + "\n"
    }

    /// Lines of a message for a person, each wrapped as `wrapped(_:first:rest:)` does, its
    /// continuation indented by `hanging` spaces more than its own leading spaces.
    func wrapped(_ lines: [String], hanging: Int = 2) -> String {
        lines.map { line in
            let indent = String(line.prefix { $0 == " " })
            return wrapped(
                String(line.dropFirst(indent.count)), first: indent, rest: indent + String(repeating: " ", count: hanging))
        }.joined()
    }

    /// A command to copy, for stdout: on one line in a file or a pipe; on a terminal (or to the
    /// width `COLUMNS` gives) broken only between its arguments
    /// (``LineWrapper/wrap(command:indent:)``), never by the terminal in a flag.
    func command(_ text: String, indent: String = "  ") -> String {
        Self.command(text, indent: indent, width: isatty(1) == 1 || columnsGiven || Self.pagedWidth != nil ? width : nil)
    }

    /// `command(_:indent:)` for stderr, to its terminal's width.
    func errorCommand(_ text: String, indent: String = "    ") -> String {
        Self.command(text, indent: indent, width: errorWidth)
    }

    /// A command laid out to `width`, or on one line (a width no command reaches) when there is none.
    private static func command(_ text: String, indent: String, width: Int?) -> String {
        LineWrapper(width: width ?? .max, longWords: .overflow).wrap(command: text, indent: indent).joined(separator: "\n") + "\n"
    }

    /// Writes text to stdout as is, unless an earlier write failed.
    func out(_ text: String) {
        guard Self.outFailure == 0 else { return }
        let code = writeAll(text, to: 1)
        if code != 0 { Self.outFailure = code }
    }

    /// Checks standard output when the process exits (after every command, `--help` included).
    static func checkOutputAtExit() {
        atexit { Console.finishOutput() }
    }

    private static func finishOutput() {
        // Text printed through stdio (ArgumentParser's help and version) is still buffered.
        if fflush(nil) != 0, outFailure == 0 { outFailure = errno }
        if close(1) != 0, outFailure == 0, errno != EBADF, errno != EINTR { outFailure = errno }
        guard outFailure != 0 else { return }
        if outFailure != EPIPE {
            _ = writeAll("protract: error: could not write to standard output: \(systemErrorText(outFailure))\n", to: 2)
        }
        _exit(exitStatus == 0 ? 73 : exitStatus)
    }

    /// Whether stderr's messages are left out: for a step whose failure the command words itself
    /// (a CSV export without the plan it can do without).
    var quiet = false

    /// Writes text to stderr as is; there is nowhere left to report a failure.
    func err(_ text: String) {
        guard !quiet else { return }
        _ = writeAll(text, to: 2)
    }

    /// Writes a message to stderr, each of its lines after `first` (then two spaces more than its
    /// own indent) and wrapped to stderr's terminal, if it is one, at spaces: a quoted command
    /// or a path stays whole, so that it can be copied.
    func note(_ text: String, first: String = "") {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        guard let errorWidth else {
            err(first + lines.joined(separator: "\n") + "\n")
            return
        }
        let wrapper = LineWrapper(width: errorWidth, longWords: .overflow)
        err(lines.enumerated().map { index, line in
            let indent = String(line.prefix { $0 == " " })
            let lead = index == 0 ? first + indent : indent
            return wrapper.wrap(keepingQuoted: String(line.dropFirst(indent.count)), first: lead, rest: indent + "  ")
                .joined(separator: "\n") + "\n"
        }.joined())
    }

    /// Writes rendered diagnostics for one file to stderr.
    func report(_ diagnostics: [Diagnostic], in file: SourceFile) {
        // On a terminal the message and the help wrap at spaces to its width, as `note` does (a
        // text whose first word does not fit after a long place starts on the next line), and a
        // source line is cut to a window around the column that fits beside its gutter.
        let wrap = errorWidth.map { width in
            { @Sendable (text: String, first: String, rest: String) -> [String] in
                let wrapper = LineWrapper(width: width, longWords: .overflow)
                let lines = wrapper.wrap(keepingQuoted: text, first: first, rest: rest)
                guard let line = lines.first, line.count > width, first.count > rest.count else { return lines }
                return [first] + wrapper.wrap(keepingQuoted: text, first: rest, rest: rest)
            }
        }
        let renderer = DiagnosticRenderer(
            colour: colourAllowed(on: 2), maxExcerptWidth: errorWidth.map { max(20, $0 - 10) } ?? 100, wrap: wrap)
        err(renderer.render(diagnostics, in: file))
    }

    /// What `make` builds from `file`, or its diagnostics reported and exit status 65 thrown.
    func decoded<T>(_ file: SourceFile, _ make: (SourceFile) throws(YAMLError) -> T) throws -> T {
        do {
            return try make(file)
        } catch {
            report(error.diagnostics, in: file)
            throw ExitStatus.invalidData
        }
    }

    /// Writes a one-line error without a file to stderr: `protract: error: MESSAGE`.
    func error(_ message: String, help: String? = nil) {
        // Messages quote the user's input: nothing in it may drive the terminal.
        var text = TerminalText.visible(message)
        if let help {
            // A help of several lines (a list) keeps them, each under the first.
            let lines = help.split(separator: "\n", omittingEmptySubsequences: false).map { TerminalText.visible(String($0)) }
            text += "\n  help: " + lines.joined(separator: "\n    ")
        }
        note(text, first: "protract: error: ")
    }

    /// Prints a usage problem found while a command runs (one that needs the programme to check)
    /// and returns the usage exit status to throw.
    func usageError(_ message: String, help: String? = nil, command: String) -> ExitCode {
        error(message, help: help)
        err("  see 'protract \(command) --help'\n")
        return ExitStatus.usage
    }
}
