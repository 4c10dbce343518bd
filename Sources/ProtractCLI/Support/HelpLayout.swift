#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import PlanRendering

/// Lays out the text of `--help` that Protract writes (a command's discussion) for the width
/// ArgumentParser prints help at, so that it reads well on a phone's 40 columns.
///
/// ArgumentParser wraps the overview and the discussion itself, at the last space that fits,
/// with no indent: an example (`  protract plan upper-back-rehab --start 2026-12-07`) broke
/// into a line from the margin that no longer pastes as the command, and a quoted command broke
/// inside its quotes. Laid out here first, each line shorter than that width, its wrapping
/// leaves the text as it is: prose wraps at spaces with quoted commands whole
/// (``LineWrapper/wrap(keepingQuoted:first:rest:)``), an indented line keeps its indent and
/// hangs two spaces further in, and an example is laid out as every command to copy is
/// (``LineWrapper/wrap(command:indent:)``), its comment after it or on a line of its own. The
/// usage line and the options' columns are ArgumentParser's own, and left to it.
enum HelpLayout {
    /// The width ArgumentParser lays help out to: `COLUMNS` as a number, else the width of the
    /// terminal standard output is, else 80 (as its `Platform.terminalWidth` reads them).
    static var width: Int {
        if let value = getenv("COLUMNS"), let columns = Int(String(cString: value)) { return columns }
        var size = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }

    /// `discussion` laid out for ``width`` when help is asked for; else as it is. ArgumentParser
    /// reads every command's configuration on every run, so laying out all of them each time cost
    /// every command about 20 M instructions (a quarter of `protract plan`), for help not shown.
    static func discussion(_ text: String) -> String {
        helpAsked ? discussion(text, width: width) : text
    }

    /// Whether the command line asks for help (`--help`, `-h`, `help`, or the hidden and dump
    /// forms) or is `protract` alone, the only times ArgumentParser prints a discussion.
    static let helpAsked: Bool = CommandLine.arguments.count < 2 || CommandLine.arguments.dropFirst().contains { argument in
        ["--help", "-h", "help", "--help-hidden", "--experimental-dump-help"].contains(argument)
    }

    /// `discussion` laid out for help printed `width` columns wide: every line at most
    /// `width - 1` characters, which ArgumentParser's wrapping leaves alone (a line exactly as
    /// wide as the width is broken again at its last space).
    static func discussion(_ text: String, width: Int) -> String {
        let wrapper = LineWrapper(width: max(width - 1, 20), longWords: .overflow)
        return text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line -> [String] in
            let indent = String(line.prefix { $0 == " " })
            let body = String(line.dropFirst(indent.count))
            if body.isEmpty { return [""] }
            guard !indent.isEmpty, body.hasPrefix("protract ") else {
                return wrapper.wrap(keepingQuoted: body, first: indent, rest: indent + (indent.isEmpty ? "" : "  "))
            }
            // An example, with any comment after three spaces: `protract plan x -o h.html   (printable)`.
            guard let gap = body.firstRange(of: "   (") else { return wrapper.wrap(command: body, indent: indent) }
            var lines = wrapper.wrap(command: String(body[..<gap.lowerBound]), indent: indent)
            let comment = String(body[body.index(before: gap.upperBound)...])
            if let last = lines.last, last.count + 3 + comment.count <= wrapper.width {
                lines[lines.count - 1] = last + "   " + comment
            } else {
                lines += wrapper.wrap(comment, first: indent + "  ", rest: indent + "   ")
            }
            return lines
        }.joined(separator: "\n")
    }
}
