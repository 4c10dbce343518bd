/// An IANA time zone's offsets from UTC, read from the system's tz database (`$TZDIR`, else
/// `/usr/share/zoneinfo`: TZif files, RFC 8536) with plain POSIX calls, so Protract needs no
/// ICU-backed `TimeZone`.
///
/// ```swift
/// let london = ZoneRules(identifier: "Europe/London")
/// london?.offset(at: 1_910_000_000)  // 3600: British Summer Time, 2030-07-11
/// ```
///
/// "UTC", "GMT", "Etc/UTC" and "Etc/GMT" work even without a database. So do the names
/// Foundation's ICU zones accepted that the database lacks (`PST`, `GMT+5`: ZoneRules+Legacy.swift),
/// so a course begun with one still plans.
public struct ZoneRules: Sendable, Hashable {
    /// The zone's IANA name, as given: `Europe/London`.
    public let identifier: String
    /// The instants, ascending, at which the offset changes (seconds since 1970).
    let transitions: [Int]
    /// The offset (seconds east of UTC) in effect from each transition on.
    let offsets: [Int]
    /// The offset before the first transition, or always when there is none and no `footer`.
    let initialOffset: Int
    /// The rule for instants after the last transition (TZif version 2 and later).
    let footer: PosixZoneRule?

    /// The names that mean UTC even when the database is missing.
    static let universalIdentifiers: Set<String> = ["UTC", "GMT", "Etc/UTC", "Etc/GMT"]

    /// A TZif file larger than this is refused (the largest real one is a few kilobytes).
    static let maximumFileSize = 1 << 20

    /// Reads the zone named `identifier` from the tz database; nil when the database does not
    /// hold it, when its file is damaged, or when the name is not made of segments of
    /// `A-Za-z0-9._+-` joined by `/` (none empty, `.` or `..`), so no name leaves the database.
    public init?(identifier: String) {
        self.init(identifier: identifier, directory: Self.databaseDirectory)
    }

    /// Reads the zone named `identifier` from the database in `directory`.
    init?(identifier: String, directory: String) {
        if let zone = Self.legacyNames[identifier] {
            guard let rules = ZoneRules(identifier: zone, directory: directory) else { return nil }
            self.init(identifier: identifier, transitions: rules.transitions, offsets: rules.offsets,
                      initialOffset: rules.initialOffset, footer: rules.footer)
            return
        }
        if let offset = Self.customOffset(identifier) {
            self.init(identifier: identifier, transitions: [], offsets: [], initialOffset: offset, footer: nil)
            return
        }
        guard Self.isSafeIdentifier(identifier), !Self.isDatabaseFileButNoZone(identifier) else { return nil }
        if let bytes = Self.readFile(directory + "/" + identifier, limit: Self.maximumFileSize),
            let rules = ZoneRules(identifier: identifier, tzif: bytes)
        {
            self = rules
        } else if Self.universalIdentifiers.contains(identifier) {
            self.init(identifier: identifier, transitions: [], offsets: [], initialOffset: 0, footer: nil)
        } else {
            return nil
        }
    }

    init(identifier: String, transitions: [Int], offsets: [Int], initialOffset: Int, footer: PosixZoneRule?) {
        self.identifier = identifier
        self.transitions = transitions
        self.offsets = offsets
        self.initialOffset = initialOffset
        self.footer = footer
    }

    /// The zone's offset from UTC, in seconds east (London in summer: 3600; New York in winter:
    /// -18000), at `instant`, seconds since 1970-01-01T00:00:00Z.
    public func offset(at instant: Int) -> Int {
        guard let last = transitions.last else { return footer?.offset(at: instant) ?? initialOffset }
        if instant > last, let footer { return footer.offset(at: instant) }
        // The number of transitions at or before the instant.
        var low = 0
        var high = transitions.count
        while low < high {
            let middle = low + (high - low) / 2
            if transitions[middle] <= instant { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? initialOffset : offsets[low - 1]
    }

    /// Whether `identifier` can name a file in the database: segments of `A-Za-z0-9._+-` joined
    /// by `/`, none empty, `.` or `..`, at most 255 bytes. So no name can leave the database's folder.
    static func isSafeIdentifier(_ identifier: String) -> Bool {
        let bytes = identifier.utf8
        guard !bytes.isEmpty, bytes.count <= 255 else { return false }
        for segment in bytes.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false) {
            guard !segment.isEmpty, !segment.elementsEqual(".".utf8), !segment.elementsEqual("..".utf8) else {
                return false
            }
            for byte in segment {
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                    UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "_"),
                    UInt8(ascii: "+"), UInt8(ascii: "-"):
                    continue
                default:
                    return false
                }
            }
        }
        return true
    }

    /// Whether `identifier` names a TZif file of the database that is no zone of its own: the
    /// system's zone (`localtime`), the rules for POSIX TZ strings (`posixrules`), and the
    /// `posix/` and `right/` copies of every zone (the latter counting leap seconds). Foundation
    /// refused them too; a course keeps the zone's own name.
    static func isDatabaseFileButNoZone(_ identifier: String) -> Bool {
        identifier == "localtime" || identifier == "posixrules" || identifier.hasPrefix("posix/")
            || identifier.hasPrefix("right/")
    }

    /// The process's database folder: `$TZDIR` when set and not empty, else `/usr/share/zoneinfo`.
    static var databaseDirectory: String { databaseDirectory(tzdir: environmentValue("TZDIR")) }

    /// The database's folder: `tzdir` when set and not empty, else `/usr/share/zoneinfo`.
    static func databaseDirectory(tzdir: String?) -> String {
        guard let tzdir, !tzdir.isEmpty else { return "/usr/share/zoneinfo" }
        return tzdir
    }
}
