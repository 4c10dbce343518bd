/// A shell command to copy, laid out for a terminal: on one line when it fits, else broken only
/// between its arguments, each line but the last ending in ` \` so that the lines pasted into a
/// shell are still the one command. A terminal that wraps a long line itself breaks it anywhere,
/// in the middle of a flag (`--as-` / `planned`), which no longer copies as the command.
struct CommandLayout {
    /// The width to fit, or nil for a file or a pipe: there the command stays on one line.
    var width: Int?

    /// The lines of `command`, the first after `indent`, the others two spaces further in. An
    /// argument longer than a line (a long quoted note) stands on a line of its own, whole.
    func lines(_ command: String, indent: String) -> [String] {
        let single = indent + command
        guard let width, single.count > width else { return [single] }
        let rest = indent + "  "
        var lines: [String] = []
        var line = indent
        for word in Self.arguments(of: command) {
            let lead = line == indent || line == rest ? "" : " "
            // Room for the word and the ` \` that would follow it should another come.
            if lead.isEmpty || line.count + 1 + word.count + 2 <= width {
                line += lead + word
            } else {
                lines.append(line + " \\")
                line = rest + word
            }
        }
        lines.append(line)
        return lines
    }

    /// The arguments of `command` as the shell splits them, each with its quoting as written:
    /// `--note 'it'\''s fine'` is two, `$'a b\'c'` one.
    static func arguments(of command: String) -> [String] {
        enum Quote { case none, single, ansi }
        var words: [String] = []
        var word = ""
        var quote = Quote.none
        var escaped = false
        for character in command {
            if escaped {
                word.append(character)
                escaped = false
                continue
            }
            switch quote {
            case .single:
                if character == "'" { quote = .none }
            case .ansi:
                if character == "\\" { escaped = true } else if character == "'" { quote = .none }
            case .none:
                if character == " " {
                    if !word.isEmpty { words.append(word) }
                    word = ""
                    continue
                }
                if character == "\\" {
                    escaped = true
                } else if character == "'" {
                    // Every character but a space outside quotes goes into the word, so its last
                    // is the one before this quote: `$'` opens an ANSI-C quote.
                    quote = word.hasSuffix("$") ? .ansi : .single
                }
            }
            word.append(character)
        }
        if !word.isEmpty { words.append(word) }
        return words
    }
}
