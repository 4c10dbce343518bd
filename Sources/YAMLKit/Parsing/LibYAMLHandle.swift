internal import CYAML

/// Owns a libyaml parser. The `yaml_parser_t` refers to itself once input is set, so it lives at a
/// fixed heap address for its whole life and is deleted in `deinit`.
final class LibYAMLHandle {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private var input: UnsafeBufferPointer<UInt8> = UnsafeBufferPointer(start: nil, count: 0)

    init() {
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

    /// Sets the input; the buffer must stay valid until the last event has been read.
    func setInput(_ buffer: UnsafeBufferPointer<UInt8>) {
        input = buffer
        // libyaml wants a non-null pointer even for empty input.
        let empty: [UInt8] = [0]
        if let base = buffer.baseAddress {
            yaml_parser_set_input_string(parser, base, buffer.count)
        } else {
            empty.withUnsafeBufferPointer { yaml_parser_set_input_string(parser, $0.baseAddress, 0) }
        }
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
    }

    /// Reads the next event and hands it to `body`; returns true after the end of the stream.
    func nextEvent(_ body: (Event) throws(YAMLError) -> Void) throws(YAMLError) -> Bool {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else {
            throw error()
        }
        defer { yaml_event_delete(&event) }
        let view = Event(event)
        try body(view)
        return view.type == YAML_STREAM_END_EVENT
    }

    private func error() -> YAMLError {
        let state = parser.pointee
        let problem = state.problem.map { String(cString: $0) } ?? "the YAML could not be read"
        switch state.error {
        case YAML_MEMORY_ERROR:
            return YAMLError("out of memory while reading YAML", at: nil)
        case YAML_READER_ERROR:
            // Reader errors carry a byte offset, not a mark: YAMLParser turns it into a line and column.
            let offset = SourceLocation(line: 0, column: state.problem_offset)
            return YAMLError(problem, at: SourceRange(at: offset))
        default:
            let mark = state.problem_mark
            let location = Event.location(mark)
            if Int(mark.index) < input.count, input[Int(mark.index)] == UInt8(ascii: "\t") || problem.contains("tab") {
                return YAMLError(Diagnostic(
                    .error, "a tab character is used for indentation, which YAML does not allow",
                    at: SourceRange(at: location), help: "indent with spaces instead of tabs"))
            }
            var notes: [Diagnostic] = []
            if let context = state.context.map({ String(cString: $0) }) {
                let contextLocation = Event.location(state.context_mark)
                if contextLocation != location {
                    notes.append(Diagnostic(.note, "\(context) that starts here", at: SourceRange(at: contextLocation)))
                }
            }
            return YAMLError(Diagnostic(
                .error, problem, at: SourceRange(at: location), help: Self.advice(for: problem), notes: notes))
        }
    }

    /// Plain-language advice for libyaml's most common complaints.
    private static func advice(for problem: String) -> String? {
        switch problem {
        case "mapping values are not allowed in this context":
            return "a value that contains ': ' must be quoted, or the line is indented wrongly"
        case "did not find expected key", "did not find expected '-' indicator":
            return "check the indentation: items of one mapping or list must line up"
        case "found character that cannot start any token":
            return "quote the value if it starts with a character such as '@' or '`'"
        case "found undefined tag handle":
            return "remove the '!' tag or quote the value"
        default:
            return nil
        }
    }
}

/// A typed, read-only view of one libyaml event; valid only inside `LibYAMLHandle.nextEvent`.
struct Event {
    private let event: yaml_event_t

    init(_ event: yaml_event_t) {
        self.event = event
    }

    var type: yaml_event_type_t { event.type }

    var range: SourceRange {
        SourceRange(start: Self.location(event.start_mark), end: Self.location(event.end_mark))
    }

    static func location(_ mark: yaml_mark_t) -> SourceLocation {
        SourceLocation(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    var anchor: String? {
        switch event.type {
        case YAML_SCALAR_EVENT: return Self.string(event.data.scalar.anchor)
        case YAML_SEQUENCE_START_EVENT: return Self.string(event.data.sequence_start.anchor)
        case YAML_MAPPING_START_EVENT: return Self.string(event.data.mapping_start.anchor)
        case YAML_ALIAS_EVENT: return Self.string(event.data.alias.anchor)
        default: return nil
        }
    }

    var tag: String? {
        switch event.type {
        case YAML_SCALAR_EVENT: return Self.string(event.data.scalar.tag)
        case YAML_SEQUENCE_START_EVENT: return Self.string(event.data.sequence_start.tag)
        case YAML_MAPPING_START_EVENT: return Self.string(event.data.mapping_start.tag)
        default: return nil
        }
    }

    var scalar: Scalar {
        let data = event.data.scalar
        let value: String
        if let pointer = data.value {
            value = String(decoding: UnsafeBufferPointer(start: pointer, count: data.length), as: UTF8.self)
        } else {
            value = ""
        }
        let style: Scalar.Style
        switch data.style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: style = .literal
        case YAML_FOLDED_SCALAR_STYLE: style = .folded
        default: style = .plain
        }
        return Scalar(value: value, style: style)
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }
}
