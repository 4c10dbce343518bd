import PlanKit
import PlanRendering

/// Asks questions one line at a time: on the person's terminal in `protract log`, from scripted
/// lines in the tests. Reading and writing are injected, so nothing here touches a file descriptor.
struct LinePrompter {
    /// Input ended (Ctrl-D on a terminal) before the question was answered.
    struct Cancelled: Error, Equatable {}

    /// Why an answer was not taken, said before the question is asked again.
    struct Reason: Error, Equatable {
        var text: String
        /// Whether the answer names a date or a session logged already: given by a flag rather
        /// than typed, that is the journal refusing a second entry (73), as `log` with flags says.
        var isLoggedAlready = false
        init(_ text: String, isLoggedAlready: Bool = false) {
            self.text = text
            self.isLoggedAlready = isLoggedAlready
        }
    }

    /// The next line typed, without its line break; nil at the end of input.
    var readLine: () -> String?
    /// Writes text as it is (prompts end without a line break, so the answer follows them).
    var write: (String) -> Void
    /// The width questions and reasons are wrapped to (a phone's terminal may be 40 columns).
    var width = 80
    /// The lines that came with the last line read, waiting already: the rest of a paste of
    /// several lines (``PastedLines``). None unless given.
    var readPasted: () -> PastedLines.Paste = { PastedLines.Paste() }

    /// Asks `question` until `parse` takes the answer (trimmed of spaces), saying its reason each
    /// time it does not. With `pasted`, the lines pasted with the answer's line are its further
    /// lines (free text such as a note), joined by line breaks.
    func ask<T>(_ question: String, pasted: Bool = false, _ parse: (String) -> Result<T, Reason>) throws(Cancelled) -> T {
        while true {
            // Room is left for a short answer on the question's last line: `10,9`, or `y` after
            // a question that ends with its choices (`[Y/n]`).
            write(wrapped(question, answerRoom: question.hasSuffix("]") ? 2 : 6) + " ")
            guard let line = readLine() else { throw Cancelled() }
            let answer = pasted ? try withPastedLines(after: line).joined(separator: "\n") : line
            switch parse(answer.trimmed) {
            case .success(let value): return value
            case .failure(let reason): say(reason.text, indent: "  ")
            }
        }
    }

    /// Asks a `[y/N]` question: true for y or yes, false for n, no or Enter (any case); anything
    /// else is asked again with `otherwise` (`type y to log it, or n (or Enter) to leave the
    /// journal as it is`). Nil at the end of input (Ctrl-D), which the caller takes as no.
    func askYesOrNo(_ question: String, otherwise: String) -> Bool? {
        try? ask(question) { text in
            ["", "n", "no"].contains(text.lowercased()) ? .success(false)
                : ["y", "yes"].contains(text.lowercased()) ? .success(true)
                : .failure(.init(otherwise))
        }
    }

    /// `line` and the lines pasted with it. A paste whose last line had no line break is not over:
    /// the person's next Enter ends that line (with anything typed before it), rather than
    /// answering the question after this one (a trial's `Log it anyway? [y/N]` took it as no).
    private func withPastedLines(after line: String) throws(Cancelled) -> [String] {
        let paste = readPasted()
        var lines = [line] + paste.lines
        if !paste.isEnded {
            guard let rest = readLine() else { throw Cancelled() }
            lines[lines.count - 1] += rest
        }
        return lines
    }

    /// Writes `text` wrapped to the width, each line after `indent`, ending with a line break.
    func say(_ text: String, indent: String = "") {
        write(wrapped(text, indent: indent) + "\n")
    }

    /// Writes an item of a list wrapped to the width: its first line after `indent`, the others
    /// after `hanging` (further in, so that each item's start stands out).
    func say(item text: String, indent: String, hanging: String) {
        write(LineWrapper(width: width).wrap(keepingQuoted: text, first: indent, rest: hanging).joined(separator: "\n") + "\n")
    }

    /// `text` wrapped to the full width (without a final line break), its last line leaving
    /// `answerRoom` columns for the answer: only that line is wrapped narrower when it would not
    /// (a phone user's trial saw every question wrapped 6 columns short of a 44-column screen). A
    /// command in single quotes stays whole on a line when it fits one, so that it can be copied.
    func wrapped(_ text: String, indent: String = "", answerRoom: Int = 0) -> String {
        var lines = LineWrapper(width: width).wrap(keepingQuoted: text, first: indent, rest: indent)
        if answerRoom > 0, let last = lines.last, last.count > width - answerRoom {
            lines.removeLast()
            let body = String(last.dropFirst(indent.count))
            lines += LineWrapper(width: width - answerRoom).wrap(keepingQuoted: body, first: indent, rest: indent)
        }
        keepTheHintWithItsQuestion(&lines, indent: indent)
        return lines.joined(separator: "\n")
    }

    /// A `[Y/n]` that would stand alone on the last line takes the question's words with it: those
    /// after the last `: ` of the line before (`done as planned? [Y/n]` under `Open book 2 x 6
    /// each side:`), else its last word, so that the answer is never asked for without its question.
    func keepTheHintWithItsQuestion(_ lines: inout [String], indent: String) {
        guard lines.count > 1, let last = lines.last, last.hasPrefix(indent), case let hint = last.dropFirst(indent.count),
            hint.hasPrefix("["), hint.hasSuffix("]"), !hint.contains(" ")
        else { return }
        let before = Array(lines[lines.count - 2])
        let start = lines.count > 2 || lines[0].hasPrefix(indent) ? indent.count : 0
        guard before.count > start else { return }
        let spaces = before.indices.filter { $0 > start && before[$0] == " " }
        let afterColon = spaces.last { before[$0 - 1] == ":" }
        for space in [afterColon, spaces.last].compactMap({ $0 }) {
            let moved = indent + String(before[(space + 1)...]) + " " + hint
            guard moved.count <= width - 2 else { continue }
            lines[lines.count - 2] = String(before[..<space])
            lines[lines.count - 1] = moved
            return
        }
    }

    /// A prompter on standard input and the console, wrapped to the terminal's width.
    static func terminal(_ console: Console) -> LinePrompter {
        LinePrompter(
            readLine: { answerLine(Swift.readLine(strippingNewline: false)) }, write: { console.out($0) }, width: console.width,
            readPasted: PastedLines.waiting)
    }

    /// `line` without its line break; nil at the end of input, and for text the input ended in
    /// before a line break (Ctrl-D after typing a part of an answer cancels, as Ctrl-D does).
    static func answerLine(_ line: String?) -> String? {
        guard let line, let last = line.last, last == "\n" || last == "\r\n" else { return nil }
        return String(line.dropLast())
    }
}
