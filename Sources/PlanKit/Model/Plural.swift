/// `1 week`, `3 sessions`: a count with its noun, plural but for one.
public func plural(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
}

/// `a`, `a and b`, `a, b and c`: items as a sentence lists them; empty for none.
public func spokenList(_ items: [String]) -> String {
    guard let last = items.last else { return "" }
    return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " and " + last
}
