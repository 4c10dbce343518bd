import YAMLKit

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
        // A scalar takes at least one UTF-8 byte: text of few bytes needs no count.
        guard text.utf8.count > maxLength else { return nil }
        let length = text.unicodeScalars.count
        return length > maxLength ? .tooLong(length: length) : nil
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

extension TextRule {
    /// A message and help for a text that is empty or only spaces (`text`), naming the field as
    /// `field` (`'title'`, `'stop-if' item 1`).
    public static func explainBlank(_ text: String, field: String) -> (message: String, help: String) {
        let isItem = field.contains("' item ")
        return (
            text.isEmpty ? "\(field) is empty" : "\(field) holds only spaces",
            "write the text" + (isItem ? ", or remove the item" : "") + ": an empty text would show nothing in the plan")
    }
}

extension KeyValuePairs where Value == TextRule, Key: Equatable {
    /// The rule for `key`, if it has one.
    subscript(rule key: Key) -> TextRule? { first { $0.key == key }?.value }
}

extension KeyedDecodingContainer {
    /// Reports, each with its location and key path, the text under each key of `rules` that the
    /// key's rule does not accept: the key's one text, or each item of its list of texts. It reads
    /// the texts as written; a value that is not text is left for decoding to report.
    ///
    /// The rules are pairs, not a dictionary: a few keys are compared in turn, and a dictionary of
    /// each model's keys cost the runtime a scan of every conformance to check `Hashable` the first
    /// time it was made, about 0.4 M instructions for each of a dozen models in every command.
    ///
    /// With `refusingBlank` (a programme's or a catalog's texts), a text that is empty or only
    /// spaces is refused too: a title, a stop rule or a cue that says nothing. A journal's or a
    /// profile's texts pass `false`: what Protract wrote there before still reads.
    func checkTexts(_ rules: KeyValuePairs<Key, TextRule>, recorder: DecodingRecorder, refusingBlank: Bool = true) {
        // The field's name is made only for a text with a problem.
        func check(_ node: Node, rule: TextRule, field: () -> String, path: () -> [any CodingKey]) {
            guard let text = node.scalar?.value else { return }
            // A null (`title:` with nothing after it) is left for decoding to report.
            if refusingBlank, !node.isNull, text.allSatisfy(\.isWhitespace) {
                let (message, help) = TextRule.explainBlank(text, field: field())
                recorder.report(message, at: node.range, path: codingPath + path(), help: help)
                return
            }
            guard let problem = rule.problem(with: text) else { return }
            let (message, help) = rule.explain(problem, field: field())
            recorder.report(message, at: node.range, path: codingPath + path(), help: help)
        }
        func check(_ node: Node, name: String, key: Key, rule: TextRule) {
            guard let items = node.sequence else {
                check(node, rule: rule, field: { "'\(name)'" }, path: { [key] })
                return
            }
            for (index, item) in items.enumerated() {
                check(item, rule: rule, field: { "'\(name)' item \(index + 1)" }, path: { [key, AnyCodingKey(index)] })
            }
        }
        // Most values write none of the keys that have a rule (a journal entry's note): a lookup per
        // rule in the container's own keys costs less than reading the mapping's entries.
        guard rules.contains(where: { contains($0.key) }) else { return }
        // The mapping's entries read once, in source order, with no array made, each key compared
        // with the few keys that have a rule: a child decoder or a lookup per key, then the
        // entries' array and a `Key` made from every key, were most of a catalog's text checks.
        guard let mapping = recorder.node?.mapping else {
            for (key, rule) in rules {
                if let node = (try? superDecoder(forKey: key))?.yamlNode {
                    check(node, name: key.stringValue, key: key, rule: rule)
                }
            }
            return
        }
        mapping.forEachEntry { entry in
            let name = entry.key
            for (key, rule) in rules where key.stringValue == name {
                check(entry.value, name: name, key: key, rule: rule)
            }
            return true
        }
    }
}
