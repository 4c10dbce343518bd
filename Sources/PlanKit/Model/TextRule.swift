public import YAMLKit

/// What a free-text field may hold: how long it may be, and whether it may run over several lines.
///
/// Every text field of a programme, a catalog and a profile declares its rule once, here, and
/// `protract validate`, the CLI's free-text flags and the published JSON
/// schema (`maxLength`, `pattern`) all read it from there. No field may hold a character a
/// terminal acts on (`TerminalText`); a single-line field may not hold a line break or a tab either.
/// Lengths count Unicode scalars, as JSON Schema's `maxLength` does, and are far above anything a
/// person writes: they exist so that one field cannot make a plan of gigabytes.
public struct TextRule: Sendable, Hashable {
    /// The most Unicode scalars the text may have.
    public var maxLength: Int
    /// Whether the text may hold line feeds and tabs.
    public var multiLine: Bool

    /// Creates a rule.
    public init(maxLength: Int, multiLine: Bool = false) {
        self.maxLength = maxLength
        self.multiLine = multiLine
    }

    /// A display name: an exercise's, a phase's, the person's (`--name`). 100.
    public static let name = TextRule(maxLength: 100)
    /// A title: a programme's, a session's, a catalog's, a calendar's. 120.
    public static let title = TextRule(maxLength: 120)
    /// One sentence on one line: a summary, a phase's focus, a form cue, a safety rule, a source. 300.
    public static let sentence = TextRule(maxLength: 300)
    /// A short label in a list: a muscle, a piece of equipment, a position. 60.
    public static let label = TextRule(maxLength: 60)
    /// Prose over several lines: a programme's description. 2,000.
    public static let prose = TextRule(maxLength: 2_000, multiLine: true)
    /// A calendar id (`--calendar-id`), kept in every event's UID. 64.
    public static let tag = TextRule(maxLength: 64)

    /// What is wrong with a text.
    public enum Problem: Sendable, Hashable {
        /// A character a terminal acts on (or a line break in a single-line field), at a 0-based
        /// offset in Unicode scalars.
        case character(Unicode.Scalar, offset: Int)
        /// More Unicode scalars than the rule allows.
        case tooLong(length: Int)
    }

    /// The first problem with `text`, or nil when the rule accepts it.
    public func problem(with text: String) -> Problem? {
        if let (scalar, offset) = TerminalText.firstUnsafe(in: text, allowingLineBreaks: multiLine) {
            return .character(scalar, offset: offset)
        }
        // A UTF-8 scalar takes at most 4 bytes: text of few bytes needs no count.
        if text.utf8.count > maxLength {
            let length = text.unicodeScalars.count
            if length > maxLength { return .tooLong(length: length) }
        }
        return nil
    }

    /// Whether the rule accepts `text`.
    public func accepts(_ text: String) -> Bool {
        problem(with: text) == nil
    }

    /// A message and help for `problem`, naming the field as `field` (`'short-cue'`, `--name`).
    public func explain(_ problem: Problem, field: String) -> (message: String, help: String) {
        switch problem {
        case .character(let scalar, let offset):
            let isBreak = [0x09, 0x0A, 0x0D, 0x85, 0x2028, 0x2029].contains(scalar.value)
            let kind = (0x202A...0x2069).contains(scalar.value) ? "the text-direction character" : "the control character"
            let what = isBreak ? "a \(TerminalText.describe(scalar))" : "\(kind) \(TerminalText.describe(scalar))"
            return (
                "\(field) holds \(what) at character \(offset + 1)",
                isBreak && !multiLine
                    ? "\(field) is one line of text: remove the line break or tab "
                        + "(written '\\n', '\\r' or '\\t' in a quoted string)"
                    : "remove it: text shown in a terminal may not hold control or text-direction characters"
                        + (multiLine ? "; line breaks and tabs are allowed here" : ""))
        case .tooLong(let length):
            return (
                "\(field) is \(length) characters long; the most is \(maxLength)",
                "shorten it to \(maxLength) characters or fewer"
                    + (multiLine ? "" : "; it is one line of text"))
        }
    }
}

extension KeyedDecodingContainer {
    /// Reports, with its location and key path, a text of `key` that `rule` does not accept.
    public func checkText(
        _ text: String?, forKey key: Key, rule: TextRule?, recorder: DecodingRecorder, path: [any CodingKey]
    ) {
        guard let text, let rule, let problem = rule.problem(with: text) else { return }
        let (message, help) = rule.explain(problem, field: "'\(key.stringValue)'")
        recorder.report(message, at: sourceRange(forKey: key), path: path + [key], help: help)
    }

    /// Reports, each with its location and key path, the items of a list of texts under `key`
    /// that `rule` does not accept; for a key holding one text, that text.
    public func checkTexts(
        _ texts: [String], forKey key: Key, rule: TextRule?, recorder: DecodingRecorder, path: [any CodingKey]
    ) {
        guard let rule, texts.contains(where: { !rule.accepts($0) }) else { return }
        guard let items = ((try? superDecoder(forKey: key)) as? any NodeDecoding)?.node.sequence else {
            // A single text, not a list.
            return checkText(texts.first, forKey: key, rule: rule, recorder: recorder, path: path)
        }
        for (index, text) in texts.enumerated() {
            guard let problem = rule.problem(with: text) else { continue }
            let (message, help) = rule.explain(problem, field: "'\(key.stringValue)' item \(index + 1)")
            recorder.report(
                message, at: items.indices.contains(index) ? items[index].range : sourceRange(forKey: key),
                path: path + [key, AnyCodingKey(index)], help: help)
        }
    }
}
