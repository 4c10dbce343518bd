extension ZoneRules {
    /// Names that Foundation's `TimeZone` (ICU) accepted and the tz database lacks: the
    /// three-letter IDs Java gave zones, each with the zone ICU reads it as. Protract checked
    /// names with `TimeZone` before it read the database itself, so a course or profile may
    /// hold one; they are read as ICU read them, and plan as they did.
    static let legacyNames: [String: String] = [
        "ACT": "Australia/Darwin", "AET": "Australia/Sydney", "AGT": "America/Argentina/Buenos_Aires",
        "ART": "Africa/Cairo", "AST": "America/Anchorage", "BET": "America/Sao_Paulo", "BST": "Asia/Dhaka",
        "CAT": "Africa/Harare", "CNT": "America/St_Johns", "CST": "America/Chicago", "CTT": "Asia/Shanghai",
        "EAT": "Africa/Addis_Ababa", "ECT": "Europe/Paris", "IET": "America/Indiana/Indianapolis",
        "IST": "Asia/Kolkata", "JST": "Asia/Tokyo", "MIT": "Pacific/Apia", "NET": "Asia/Yerevan",
        "NST": "Pacific/Auckland", "PLT": "Asia/Karachi", "PNT": "America/Phoenix", "PRT": "America/Puerto_Rico",
        "PST": "America/Los_Angeles", "SST": "Pacific/Guadalcanal", "VST": "Asia/Ho_Chi_Minh",
    ]

    /// A fixed offset written as ICU reads one (and so as Foundation's `TimeZone` accepted it):
    /// `GMT` or `UTC`, a sign, then `h`, `hh`, `h:mm`, `hh:mm` or `hhmm`, at most 18:00. `GMT+5`
    /// is five hours ahead of UTC (unlike the tz database's `Etc/GMT+5`). Seconds east of UTC, or
    /// nil for any other name.
    static func customOffset(_ name: String) -> Int? {
        let bytes = Array(name.utf8)
        guard bytes.count >= 5, bytes.starts(with: "GMT".utf8) || bytes.starts(with: "UTC".utf8),
            bytes[3] == UInt8(ascii: "+") || bytes[3] == UInt8(ascii: "-")
        else { return nil }
        let digits = bytes[4...]
        func number(_ part: ArraySlice<UInt8>) -> Int? {
            guard !part.isEmpty, part.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
            return part.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
        }
        let hours: Int?
        let minutes: Int?
        if let colon = digits.firstIndex(of: UInt8(ascii: ":")) {
            (hours, minutes) = (number(digits[..<colon]), number(digits[(colon + 1)...]))
            guard colon - digits.startIndex <= 2, digits.endIndex - colon == 3 else { return nil }
        } else if digits.count <= 2 {
            (hours, minutes) = (number(digits), 0)
        } else if digits.count == 4 {
            (hours, minutes) = (number(digits.prefix(2)), number(digits.suffix(2)))
        } else {
            return nil
        }
        guard let hours, let minutes, minutes < 60, hours * 60 + minutes <= 18 * 60 else { return nil }
        return (bytes[3] == UInt8(ascii: "-") ? -1 : 1) * (hours * 3600 + minutes * 60)
    }
}
