/// `1 week`, `3 sessions`: a count with its noun, plural but for one.
public func plural(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
}
