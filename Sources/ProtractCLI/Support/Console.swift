import ArgumentParser
import Foundation
import YAMLKit

/// The only place that writes to the terminal: stdout for results, stderr for diagnostics.
struct Console {
    /// Whether colour is allowed on a descriptor (1 or 2): a terminal, `NO_COLOR` unset or empty,
    /// and `TERM` not `dumb`.
    func colourAllowed(on descriptor: Int32) -> Bool {
        if let value = getenv("NO_COLOR"), value.pointee != 0 { return false }
        if let term = getenv("TERM"), String(cString: term) == "dumb" { return false }
        return isatty(descriptor) == 1
    }

    /// The width to render text for: the terminal's when stdout is one, otherwise 80 (files and pipes).
    var width: Int {
        if isatty(1) == 1 {
            var size = winsize()
            if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 40 {
                return min(Int(size.ws_col), 160)
            }
            if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns >= 40 {
                return min(columns, 160)
            }
        }
        return 80
    }

    /// Writes text to stdout as is. A failed write is reported when the process exits (exit 73):
    /// see `StandardOutput`.
    func out(_ text: String) {
        StandardOutput.write(text)
    }

    /// Writes text to stderr as is; there is nowhere left to report a failure.
    func err(_ text: String) {
        _ = writeAll(text, to: 2)
    }

    /// Writes rendered diagnostics for one file to stderr.
    func report(_ diagnostics: [Diagnostic], in file: SourceFile) {
        err(DiagnosticRenderer(colour: colourAllowed(on: 2)).render(diagnostics, in: file))
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
        var text = "protract: error: \(TerminalText.visible(message))\n"
        if let help { text += "  help: \(TerminalText.visible(help))\n" }
        err(text)
    }

    /// Prints a usage problem found while a command runs (one that needs the programme to check)
    /// and returns the usage exit status to throw.
    func usageError(_ message: String, help: String? = nil, command: String) -> ExitCode {
        error(message, help: help)
        err("  see 'protract \(command) --help'\n")
        return ExitStatus.usage
    }
}
