extension String {
    /// The text with spaces added to make it `width` characters (grapheme clusters) wide: after
    /// it, or before it when `leading`; text as wide or wider comes back as it is.
    public func padded(to width: Int, leading: Bool = false) -> String {
        guard count < width else { return self }
        let spaces = String(repeating: " ", count: width - count)
        return leading ? spaces + self : self + spaces
    }
}
