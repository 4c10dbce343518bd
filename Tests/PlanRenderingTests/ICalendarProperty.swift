/// One unfolded content line: `NAME;PARAM=V;PARAM=V:value`.
struct ICalendarProperty: Hashable {
    var name: String
    var parameters: [String]
    var value: String

    /// Splits at the first colon outside double quotes; nil when there is none or the name is empty.
    /// Works on scalars: a value may begin with a combining mark, which joins the colon in one `Character`.
    init?(_ line: String) {
        let scalars = line.unicodeScalars
        var inQuotes = false
        guard let colon = scalars.firstIndex(where: { scalar in
            if scalar == "\"" { inQuotes.toggle() }
            return scalar == ":" && !inQuotes
        }) else { return nil }
        let head = String(scalars[..<colon]).split(separator: ";", omittingEmptySubsequences: false).map(String.init)
        guard let name = head.first, !name.isEmpty else { return nil }
        self.name = name
        parameters = Array(head.dropFirst())
        value = String(scalars[scalars.index(after: colon)...])
    }
}
