internal import CYAML

/// A typed, read-only view of one libyaml event; valid only inside `LibYAMLHandle.nextEvent`.
struct Event {
    private let event: yaml_event_t
    private let endOfFile: SourceLocation

    init(_ event: yaml_event_t, endOfFile: SourceLocation) {
        self.event = event
        self.endOfFile = endOfFile
    }

    var type: yaml_event_type_t { event.type }

    var range: SourceRange {
        SourceRange(
            start: min(Self.location(event.start_mark), endOfFile), end: min(Self.location(event.end_mark), endOfFile))
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

    /// A scalar event's text (after quotes, escapes and folding), valid while the event is.
    var scalarBytes: UnsafeBufferPointer<UInt8> {
        let data = event.data.scalar
        guard let pointer = data.value, data.length > 0 else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: pointer, count: data.length)
    }

    /// How a scalar event was written.
    var scalarKind: NodeRecord.Kind {
        switch event.data.scalar.style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .scalar(.singleQuoted)
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .scalar(.doubleQuoted)
        case YAML_LITERAL_SCALAR_STYLE: return .scalar(.literal)
        case YAML_FOLDED_SCALAR_STYLE: return .scalar(.folded)
        default: return .scalar(.plain)
        }
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
