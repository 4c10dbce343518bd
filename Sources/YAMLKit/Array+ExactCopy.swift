extension Array {
    /// A copy in new storage sized to the count, so that it holds no growth slack and does not
    /// share the original's storage (which the composer keeps reusing).
    func exactCopy() -> [Element] {
        var exact: [Element] = []
        exact.reserveCapacity(count)
        exact.append(contentsOf: self)
        return exact
    }
}
