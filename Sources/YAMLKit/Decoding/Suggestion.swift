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
