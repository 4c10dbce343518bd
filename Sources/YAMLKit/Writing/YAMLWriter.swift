internal import CYAML

/// Writes a `YAMLValue` as YAML text with libyaml's emitter (YAMLKit stays the only code that
/// sees libyaml).
///
/// The output is UTF-8, block style unless a value asks for flow, indented by two spaces, with no
/// line folding (a long note stays on one line, so a diff shows what changed), no document
/// markers, and a line break at the end. Text written with `.text` style reads back through
/// `YAMLParser` and `NodeDecoder` as the same string, whatever it holds: quotes, `: `, `#`, line
/// breaks, control characters (escaped), or words such as `yes`, `null` and `07:30`.
///
/// The tree is walked without recursion, so no depth of nesting can overflow the stack.
public struct YAMLWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// The YAML text of `value`.
    ///
    /// - Throws: `YAMLError` when libyaml refuses an event or runs out of memory (no location).
    public func write(_ value: YAMLValue) throws(YAMLError) -> String {
        let emitter = LibYAMLEmitter()
        try emitter.emit(.streamStart)
        try emitter.emit(.documentStart)
        var work: [Step] = [.value(value)]
        while let step = work.popLast() {
            switch step {
            case .value(.scalar(let text, let style)):
                try emitter.emit(.scalar(text, Self.scalarStyle(text, style)))
            case .value(.sequence(let items, let flow)):
                try emitter.emit(.sequenceStart(flow: flow))
                work.append(.sequenceEnd)
                work.append(contentsOf: items.reversed().map(Step.value))
            case .value(.mapping(let entries, let flow)):
                try emitter.emit(.mappingStart(flow: flow))
                work.append(.mappingEnd)
                for entry in entries.reversed() {
                    work.append(.value(entry.value))
                    work.append(.value(.string(entry.key)))
                }
            case .sequenceEnd:
                try emitter.emit(.sequenceEnd)
            case .mappingEnd:
                try emitter.emit(.mappingEnd)
            }
        }
        try emitter.emit(.documentEnd)
        try emitter.emit(.streamEnd)
        return emitter.text
    }

    private enum Step {
        case value(YAMLValue)
        case sequenceEnd
        case mappingEnd
    }

    /// The libyaml style for a scalar: `.text` is plain only when nothing could read it as
    /// anything but this string.
    static func scalarStyle(_ text: String, _ style: YAMLValue.Style) -> LibYAMLEmitter.ScalarStyle {
        switch style {
        case .plain: return .plain
        case .doubleQuoted: return .doubleQuoted
        case .text: return isSafePlain(text) ? .plain : .doubleQuoted
        }
    }

    /// Words that YAML 1.1 or 1.2 readers take for booleans or null, in any case.
    private static let reservedWords: Set<String> = [
        "true", "false", "yes", "no", "on", "off", "y", "n", "null", "~",
    ]

    /// Whether `text` written plain reads back as this same string in every common YAML reader:
    /// not empty, no surrounding spaces, not a reserved word, not starting like a number, date,
    /// time or special float (a digit, `+`, `-`, `.`), printable ASCII letters and a few marks
    /// only. libyaml quotes what plain YAML cannot hold (`: `, ` #`, a leading `[`), and
    /// non-ASCII text is quoted too, so that no character's class is left to guesswork.
    public static func isSafePlain(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if first == " " || last == " " { return false }
        switch first {
        case "0"..."9", "+", "-", ".": return false
        default: break
        }
        for scalar in text.unicodeScalars {
            guard scalar.isASCII, scalar.value >= 0x20, scalar.value < 0x7F else { return false }
            // Indicators and marks that start or end structure, or that other readers treat
            // specially (`<<` merge keys, `=` value keys), are left to quotes. A switch, not a
            // search of a string of them: it was a third of writing a journal.
            switch scalar {
            case "\"", "'", "\\", "`", "{", "}", "[", "]", "&", "*", "!", "|", ">", "%", "@", "#", ":", ",", "?", "=", "<":
                return false
            default: continue
            }
        }
        // Printable ASCII only from here, so lowercasing keeps the length: a text longer than the
        // longest reserved word is none of them, and is not lowercased (an allocation per value).
        if text.utf8.count <= reservedWordLength, reservedWords.contains(text.lowercased()) { return false }
        return true
    }

    /// The length of the longest of `reservedWords`, in bytes.
    private static let reservedWordLength = reservedWords.map(\.utf8.count).max() ?? 0
}
