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
/// usage line is ArgumentParser's own; its lists of arguments, options and subcommands are laid
/// out again below 60 columns (``lists(_:width:)``).
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

    /// ArgumentParser's lists (arguments, options, subcommands) laid out for a narrow terminal.
    /// It writes each description in a column from column 26, which leaves 14 characters a line at
    /// a phone's 40 columns (a trial read "The course, / by name (see / 'protract / courses');").
    /// Below 60 columns each description goes under its label instead, 6 columns in (an
    /// enumerated value's 4 further in than its label), wrapped to the full width. Wider help, and
    /// everything before the lists (the overview, the discussion, the usage line), is left as it is.
    static func lists(_ help: String, width: Int) -> String {
        let column = 26
        guard width < 60, let usage = help.firstRange(of: "\nUSAGE:"),
            let listsStart = help[usage.upperBound...].firstRange(of: "\n\n")
        else { return help }
        let wrapper = LineWrapper(width: max(width, 20), longWords: .overflow)
        var lines: [String] = []
        var label: (indent: String, text: String, description: [Substring])?
        func flush() {
            guard let open = label else { return }
            label = nil
            lines += open.text.count + open.indent.count > wrapper.width
                ? wrapper.wrap(keepingQuoted: open.text, first: open.indent, rest: open.indent) : [open.indent + open.text]
            if !open.description.isEmpty {
                let indent = open.indent + "    "
                lines += wrapper.wrap(keepingQuoted: open.description.joined(separator: " "), first: indent, rest: indent)
            }
        }
        for line in help[listsStart.upperBound...].split(separator: "\n", omittingEmptySubsequences: false) {
            let indent = line.prefix { $0 == " " }.count
            if line.isEmpty || indent == 0 {
                flush()
                lines.append(String(line))
            } else if indent >= column, label != nil {
                // A description ArgumentParser wrapped into its column: words again.
                label?.description.append(line.dropFirst(indent))
            } else {
                flush()
                let text = line.dropFirst(indent)
                // `  --course <name>         The course, ...`: the description from the column on.
                if line.count > column, let gap = text.firstRange(of: "  "),
                    line[line.index(line.startIndex, offsetBy: column)...].first != " "
                {
                    let description = line[line.index(line.startIndex, offsetBy: column)...]
                    label = (String(line.prefix(indent)), String(text[..<gap.lowerBound]), [description])
                } else {
                    label = (String(line.prefix(indent)), String(text), [])
                }
            }
        }
        flush()
        let usageLine = help[help.index(after: usage.lowerBound)..<listsStart.lowerBound]
        return String(help[...usage.lowerBound]) + Self.usage(usageLine, width: width).joined(separator: "\n") + "\n\n"
            + lines.joined(separator: "\n")
    }

    /// The usage line (`USAGE: protract progress [--course <name>] [--journal <file>] ...`),
    /// which ArgumentParser writes on one line however wide, broken between its groups: never
    /// inside `[...]` or `<...>`, the lines after the first 4 columns in.
    static func usage(_ line: Substring, width: Int) -> [String] {
        guard line.count > width, !line.contains("\n") else { return [String(line)] }
        var groups: [String] = []
        var group = ""
        var depth = 0
        for character in line {
            if character == " ", depth == 0 {
                if !group.isEmpty { groups.append(group) }
                group = ""
                continue
            }
            if character == "[" || character == "<" {
                depth += 1
            } else if character == "]" || character == ">" {
                depth = max(0, depth - 1)
            }
            group.append(character)
        }
        if !group.isEmpty { groups.append(group) }
        var lines: [String] = []
        var current = ""
        for group in groups {
            if current.isEmpty {
                current = group
            } else if current.count + 1 + group.count <= width || current == "USAGE:" {
                current += " " + group
            } else {
                lines.append(current)
                current = "    " + group
            }
        }
        lines.append(current)
        return lines
    }
}
