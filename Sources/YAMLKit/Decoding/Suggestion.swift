/// Suggests the nearest known name for a misspelt one.
public enum Suggestion {
    /// The candidate that `name` most likely stands for, or nil when none is close enough.
    ///
    /// In order of preference: the same name in other letter case; a candidate that starts with
    /// `name` (`rest` for `rest-seconds`); one that holds it as whole hyphen-joined words (`y-t-w`
    /// for `prone-y-t-w`); one a typo or two away (`minute`, `rpes`: at most one edit in a name of
    /// up to five letters, two up to eight, three beyond); one that `name` starts with (`thurs` for
    /// `thu`). Candidates in `excluding` are never suggested: following the suggestion must not
    /// give a key the mapping already has.
    public static func nearest(to name: String, in candidates: [String], excluding: Set<String> = []) -> String? {
        let lowered = name.lowercased()
        guard !lowered.isEmpty else { return nil }
        let pool = candidates.filter { !excluding.contains($0) }.map { (name: $0, lowered: $0.lowercased()) }
        if let same = pool.first(where: { $0.lowered == lowered }) { return same.name }
        if lowered.count >= 3, let longer = pool.first(where: { $0.lowered.hasPrefix(lowered) }) { return longer.name }
        if lowered.count >= 4, let holding = pool.first(where: { containsWords($0.lowered, lowered) }) {
            return holding.name
        }
        let allowed = lowered.count <= 5 ? 1 : lowered.count <= 8 ? 2 : 3
        var best: (candidate: String, distance: Int)?
        for candidate in pool {
            let distance = editDistance(lowered, candidate.lowered)
            if distance < (best?.distance ?? Int.max) { best = (candidate.name, distance) }
        }
        if let best, best.distance <= allowed { return best.candidate }
        let shorter = pool.filter { $0.lowered.count >= 3 && lowered.hasPrefix($0.lowered) }
        return shorter.max { $0.lowered.count < $1.lowered.count }?.name
    }

    /// Whether `words` holds `part` as whole hyphen-joined words (`prone-y-t-w` holds `y-t-w`).
    private static func containsWords(_ words: String, _ part: String) -> Bool {
        "-\(words)-".contains("-\(part)-")
    }

    /// Edit distance (optimal string alignment: insertions, deletions, substitutions and swaps of
    /// neighbours) over Unicode scalars, capped to keep long inputs cheap.
    static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs.unicodeScalars.prefix(64))
        let b = Array(rhs.unicodeScalars.prefix(64))
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        // Three rows: a swap of two neighbours (`rpes` for `reps`) counts as one edit.
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
