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
    public static func subject(_ path: [any CodingKey]) -> String {
        guard let last = path.last else { return "the file" }
        if let index = last.intValue {
            let parent = path.dropLast().last.map { "'\($0.stringValue)'" } ?? "the list"
            return "item \(index + 1) of \(parent)"
        }
        return "'\(last.stringValue)'"
    }
}
