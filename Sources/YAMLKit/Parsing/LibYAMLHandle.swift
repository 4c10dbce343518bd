internal import CYAML

/// Owns a libyaml parser. The `yaml_parser_t` refers to itself once input is set, so it lives at a
/// fixed heap address for its whole life and is deleted in `deinit`.
final class LibYAMLHandle {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    /// The text being read, to look at the characters libyaml complains about.
    private let file: SourceFile
    /// The position just after the last character: libyaml puts the end of the stream on a line of
    /// its own when the file does not end with a line break, and locations are kept within the file.
    private let endOfFile: SourceLocation

    init(file: SourceFile) {
        self.file = file
        endOfFile = file.location(ofByteOffset: file.bytes.count)
        parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        parser.initialize(to: yaml_parser_t())
        // yaml_parser_initialize fails only when it cannot allocate its first buffers.
        _ = yaml_parser_initialize(parser)
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deinitialize(count: 1)
        parser.deallocate()
    }

    /// Sets the input; the buffer must be non-empty and stay valid until the last event has been read.
    func setInput(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard let base = buffer.baseAddress, !buffer.isEmpty else { return }
        // No yaml_parser_set_encoding: with an explicit encoding libyaml no longer skips a byte-order
        // mark, and a file saved with one fails to parse. Its own detection finds UTF-8 (the input has
        // been checked to be UTF-8 already) and skips the mark.
        yaml_parser_set_input_string(parser, base, buffer.count)
    }

    /// Reads the next event and hands it to `body`; returns true after the end of the stream.
    func nextEvent(_ body: (Event) throws(YAMLError) -> Void) throws(YAMLError) -> Bool {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else {
            throw error()
        }
        defer { yaml_event_delete(&event) }
        let view = Event(event, endOfFile: endOfFile)
        try body(view)
        return view.type == YAML_STREAM_END_EVENT
    }

    /// Whether the rest of the input reads as YAML to the end of the stream, making no diagnostic:
    /// for checking that a suggested fix reads (see `IndentationAdvice`).
    func readsToTheEnd() -> Bool {
        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(parser, &event) == 1 else { return false }
            let done = event.type == YAML_STREAM_END_EVENT
            yaml_event_delete(&event)
            if done { return true }
        }
    }

    /// Whether `bytes` read as YAML to the end, making no diagnostic.
    static func reads(_ bytes: [UInt8]) -> Bool {
        guard !bytes.isEmpty else { return true }
        let handle = LibYAMLHandle(file: SourceFile(name: "", bytes: bytes))
        return bytes.withUnsafeBufferPointer { buffer in
            handle.setInput(buffer)
            return handle.readsToTheEnd()
        }
    }

    private func error() -> YAMLError {
        let state = parser.pointee
        let problem = state.problem.map { String(cString: $0) } ?? "the YAML could not be read"
        switch state.error {
        case YAML_MEMORY_ERROR:
            return YAMLError("out of memory while reading YAML", at: nil)
        case YAML_READER_ERROR:
            // Reader errors carry a byte offset, not a mark.
            let offset = SourceRange(at: file.location(ofByteOffset: state.problem_offset))
            if problem == "control characters are not allowed", state.problem_value >= 0 {
                return YAMLError(
                    "the file holds the control character \(TerminalText.codePoint(UInt32(state.problem_value))), "
                        + "which YAML does not allow",
                    at: offset, help: "delete it; such characters are often invisible in an editor")
            }
            return YAMLError(problem, at: offset)
        default:
            // libyaml's marks count characters, not bytes: find the culprit by line and column.
            let location = min(Event.location(state.problem_mark), endOfFile)
            if file.scalar(at: location) == "\t" || problem.contains("tab") {
                return tabError(at: location)
            }
            if let misaligned = IndentationAdvice.diagnostic(file: file, at: location, problem: problem) {
                return YAMLError(misaligned)
            }
            let context = state.context.map { String(cString: $0) }
            var notes: [Diagnostic] = []
            if let context {
                let contextLocation = min(Event.location(state.context_mark), endOfFile)
                if contextLocation != location {
                    notes.append(Diagnostic(.note, Self.describe(context), at: SourceRange(at: contextLocation)))
                }
            }
            return YAMLError(Diagnostic(
                .error, problem, at: SourceRange(at: location), help: Self.advice(for: problem, context: context),
                notes: notes))
        }
    }

    /// A tab where YAML wants spaces: in the indentation, or between a key and its value.
    private func tabError(at location: SourceLocation) -> YAMLError {
        let before = file.line(location.line).map { String($0.unicodeScalars.prefix(location.column - 1)) } ?? ""
        let isIndentation = before.unicodeScalars.allSatisfy { $0 == " " || $0 == "\t" }
        let message = isIndentation
            ? "a tab character is used for indentation, which YAML does not allow"
            : "a tab character is used where YAML allows only spaces"
        return YAMLError(Diagnostic(
            .error, message, at: SourceRange(at: location),
            help: isIndentation ? "indent with spaces instead of tabs" : "use spaces instead of tabs"))
    }

    /// Turns libyaml's "while parsing a block mapping" into "the block mapping starts here".
    private static func describe(_ context: String) -> String {
        for lead in ["while parsing a ", "while parsing an ", "while scanning a ", "while scanning an "]
        where context.hasPrefix(lead) {
            return "the \(context.dropFirst(lead.count)) starts here"
        }
        return "\(context), which starts here"
    }

    /// Plain-language advice for libyaml's most common complaints.
    private static func advice(for problem: String, context: String?) -> String {
        switch problem {
        case "mapping values are not allowed in this context":
            return "a value that contains ': ' must be quoted, or the line is indented wrongly"
        case "did not find expected key", "did not find expected '-' indicator":
            return "check the indentation: items of one mapping or list must line up"
        case "found character that cannot start any token":
            return "quote the value if it starts with a character such as '@' or '`'"
        case "found undefined tag handle":
            return "remove the '!' tag or quote the value"
        case "found unexpected end of stream" where context?.contains("quoted scalar") == true:
            return "add the closing quote"
        default:
            return "check the YAML here: the indentation, and that every quote and bracket is closed"
        }
    }
}
