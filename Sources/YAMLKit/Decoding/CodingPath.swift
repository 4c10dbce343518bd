/// A coding key for positions in a sequence and for keys not known in advance; also the way to
/// build a diagnostic's path by hand: `[AnyCodingKey("sessions"), AnyCodingKey(0)]`.
public struct AnyCodingKey: CodingKey, Sendable {
    public var stringValue: String
    public var intValue: Int?

    public init(stringValue: String) {
        self.stringValue = stringValue
        self.intValue = nil
    }

    public init(intValue: Int) {
        self.stringValue = String(intValue)
        self.intValue = intValue
    }

    /// A key by name.
    public init(_ name: String) {
        self.init(stringValue: name)
    }

    /// A position in a list.
    public init(_ index: Int) {
        self.init(intValue: index)
    }
}

/// Formats coding paths the way authors read them: `sessions[0].blocks[2].sets`.
public enum CodingPathFormatter {
    /// The path as text; empty for the root.
    public static func string(_ path: [any CodingKey]) -> String {
        var out = ""
        for key in path {
            if let index = key.intValue {
                out += "[\(index)]"
            } else {
                if !out.isEmpty { out += "." }
                out += key.stringValue
            }
        }
        return out
    }

    /// How to name the place a value was expected: `'sets'`, `item 3 of 'sessions'`, or `the file`.
    static func subject(_ path: [any CodingKey]) -> String {
        guard let last = path.last else { return "the file" }
        if let index = last.intValue {
            let parent = path.dropLast().last.map { "'\($0.stringValue)'" } ?? "the list"
            return "item \(index + 1) of \(parent)"
        }
        return "'\(last.stringValue)'"
    }
}

/// Suggests the nearest known name for a misspelt one.
public enum Suggestion {
    /// The candidate closest to `name`, if it is close enough to be a likely typo.
    public static func nearest(to name: String, in candidates: [String]) -> String? {
        let lowered = name.lowercased()
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(lowered, candidate.lowercased())
            if distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        guard let best else { return nil }
        let allowed = max(2, min(name.count, best.candidate.count) / 3)
        if best.distance <= allowed { return best.candidate }
        // A shared stem (`hold` for `hold-seconds`) is also a likely mix-up.
        if lowered.count >= 3, best.candidate.lowercased().hasPrefix(lowered) { return best.candidate }
        return candidates.first { lowered.count >= 4 && $0.lowercased().hasPrefix(lowered) }
    }

    /// Levenshtein distance over Unicode scalars, capped to keep long inputs cheap.
    static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs.unicodeScalars.prefix(64))
        let b = Array(rhs.unicodeScalars.prefix(64))
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
