internal import CYAML

/// Owns a libyaml emitter writing into a byte buffer. Like the parser, the `yaml_emitter_t` lives
/// at a fixed heap address for its whole life and is deleted in `deinit`.
final class LibYAMLEmitter {
    /// How a scalar is written.
    enum ScalarStyle {
        case plain, doubleQuoted
    }

    /// One event to emit.
    enum Event {
        case streamStart, streamEnd, documentStart, documentEnd
        case scalar(String, ScalarStyle)
        case sequenceStart(flow: Bool), sequenceEnd
        case mappingStart(flow: Bool), mappingEnd
    }

    /// Collects what the emitter writes.
    final class Output {
        var bytes: [UInt8] = []
    }

    private let emitter: UnsafeMutablePointer<yaml_emitter_t>
    private let output = Output()

    init() {
        emitter = UnsafeMutablePointer<yaml_emitter_t>.allocate(capacity: 1)
        emitter.initialize(to: yaml_emitter_t())
        // yaml_emitter_initialize fails only when it cannot allocate its first buffers; the
        // first emit then reports it.
        _ = yaml_emitter_initialize(emitter)
        yaml_emitter_set_unicode(emitter, 1)
        yaml_emitter_set_indent(emitter, 2)
        yaml_emitter_set_width(emitter, -1)
        yaml_emitter_set_break(emitter, YAML_LN_BREAK)
        yaml_emitter_set_output(emitter, { data, buffer, size in
            guard let data else { return 0 }
            let output = Unmanaged<Output>.fromOpaque(data).takeUnretainedValue()
            if let buffer, size > 0 { output.bytes.append(contentsOf: UnsafeBufferPointer(start: buffer, count: size)) }
            return 1
        }, Unmanaged.passUnretained(output).toOpaque())
    }

    deinit {
        yaml_emitter_delete(emitter)
        emitter.deinitialize(count: 1)
        emitter.deallocate()
    }

    /// The text written so far (all of it once the stream has ended).
    var text: String { String(decoding: output.bytes, as: UTF8.self) }

    /// Emits one event; libyaml takes the event's memory over, whether it succeeds or not.
    func emit(_ event: Event) throws(YAMLError) {
        var raw = yaml_event_t()
        let made: Int32
        switch event {
        case .streamStart:
            made = yaml_stream_start_event_initialize(&raw, YAML_UTF8_ENCODING)
        case .streamEnd:
            made = yaml_stream_end_event_initialize(&raw)
        case .documentStart:
            made = yaml_document_start_event_initialize(&raw, nil, nil, nil, 1)
        case .documentEnd:
            made = yaml_document_end_event_initialize(&raw, 1)
        case .scalar(let text, let style):
            let count = text.utf8.count
            guard count < Int(Int32.max) else {
                throw YAMLError("could not write YAML: a text of \(count) bytes is too long for a scalar", at: nil)
            }
            let scalarStyle = style == .plain ? YAML_PLAIN_SCALAR_STYLE : YAML_DOUBLE_QUOTED_SCALAR_STYLE
            // libyaml copies the value. The string's own UTF-8 is handed over, with no array made
            // per scalar; libyaml wants a non-null pointer even for empty text.
            var text = text
            made = text.withUTF8 { bytes in
                guard let value = bytes.baseAddress else {
                    return [UInt8(0)].withUnsafeBufferPointer { empty in
                        yaml_scalar_event_initialize(&raw, nil, nil, empty.baseAddress, 0, 1, 1, scalarStyle)
                    }
                }
                return yaml_scalar_event_initialize(&raw, nil, nil, value, Int32(count), 1, 1, scalarStyle)
            }
        case .sequenceStart(let flow):
            made = yaml_sequence_start_event_initialize(
                &raw, nil, nil, 1, flow ? YAML_FLOW_SEQUENCE_STYLE : YAML_BLOCK_SEQUENCE_STYLE)
        case .sequenceEnd:
            made = yaml_sequence_end_event_initialize(&raw)
        case .mappingStart(let flow):
            made = yaml_mapping_start_event_initialize(
                &raw, nil, nil, 1, flow ? YAML_FLOW_MAPPING_STYLE : YAML_BLOCK_MAPPING_STYLE)
        case .mappingEnd:
            made = yaml_mapping_end_event_initialize(&raw)
        }
        guard made == 1 else {
            throw YAMLError("out of memory while writing YAML", at: nil)
        }
        guard yaml_emitter_emit(emitter, &raw) == 1 else {
            let problem = emitter.pointee.problem.map { String(cString: $0) } ?? "libyaml's emitter failed"
            throw YAMLError("could not write YAML: \(problem)", at: nil)
        }
    }
}
