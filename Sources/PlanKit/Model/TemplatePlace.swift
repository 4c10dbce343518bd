import YAMLKit

/// Where a session template is written: the programme's `sessions`, or a phase's own.
public struct TemplatePlace: Sendable, Hashable {
    /// The index of the phase whose `sessions` hold the template; nil for the programme's own.
    public var phase: Int?
    /// The template's index in that list.
    public var index: Int

    /// Creates a place.
    public init(phase: Int?, index: Int) {
        self.phase = phase
        self.index = index
    }

    /// The template's coding path: `sessions[1]` or `phases[0].sessions[1]`.
    public var path: [any CodingKey] {
        (phase.map { [AnyCodingKey("phases"), AnyCodingKey($0)] } ?? []) + [AnyCodingKey("sessions"), AnyCodingKey(index)]
    }

    /// `path` as authors read it.
    public var pathString: String { CodingPathFormatter.string(path) }
}

extension Programme {
    /// Every session template with its place: the programme's own first, then each phase's, in
    /// phase order. An index into this list is a template's index everywhere in the engine.
    public var allTemplates: [(place: TemplatePlace, template: SessionTemplate)] {
        sessions.enumerated().map { (TemplatePlace(phase: nil, index: $0.offset), $0.element) }
            + phases.enumerated().flatMap { phase, item in
                item.sessions.enumerated().map { (TemplatePlace(phase: phase, index: $0.offset), $0.element) }
            }
    }

    /// The indices in `allTemplates` of the templates the weeks of a phase use: the phase's own
    /// when it has them, otherwise the programme's (also for `nil`, a programme without phases).
    public func templateIndices(forPhase phase: Int?) -> Range<Int> {
        guard let phase, phases.indices.contains(phase), !phases[phase].sessions.isEmpty else {
            return 0..<sessions.count
        }
        let start = sessions.count + phases[..<phase].reduce(0) { $0 + $1.sessions.count }
        return start..<(start + phases[phase].sessions.count)
    }
}
