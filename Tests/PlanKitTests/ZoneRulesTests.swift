#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
@testable import PlanKit
import Testing

/// ZoneRules against Foundation's ICU time zones, over every zone both know; its names; and the
/// system's zone.
@Suite struct ZoneRulesTests {
    /// 2100-01-01T00:00:00Z.
    static let end2100 = 4_102_444_800

    /// Zones whose offsets ICU's tz data and the system's give differently, compared only from
    /// the instant given. Both are tzdata 2025b, but Debian's package reverts 2024b's change that
    /// made the System V names (CET, EET, MET, WET, EST5EDT, ...) links to cities ("Revert System
    /// V names deprecation", tzdata 2024b-0+deb12u1), and ICU keeps it. Of those names only two
    /// differ on this grid, before the cities joined the EU's rules:
    static let comparedFrom: [String: Int] = [
        // Debian: its own zone, EU rules from 1977. ICU: Europe/Athens, Greek rules 1975-1980.
        "EET": 347_155_200,  // 1981-01-01
        // Debian: its own zone, WET/WEST. ICU: Europe/Lisbon, on CET/CEST 1992-1996.
        "WET": 852_076_800,  // 1997-01-01
    ]

    /// Every zone of the database that Foundation knows (597 here), every 29 days from 1970 to
    /// 2100 and around every change: about 1.2 million instants, in about a second.
    @Test func agreesWithFoundationForEveryZone() {
        let names = ZoneRules.knownIdentifiers()
        var zones = 0
        var instants = 0
        var mismatches: [String] = []
        var notLoaded: [String] = []
        for name in names {
            guard let zone = TimeZone(identifier: name) else { continue }
            guard let rules = ZoneRules(identifier: name) else {
                notLoaded.append(name)
                continue
            }
            zones += 1
            var times = Array(stride(from: 0, through: Self.end2100, by: 29 * 86400))
            // Every change Foundation reports from 1970 to 2100 (not only 2020 to 2040: it costs
            // a tenth of a second more), and every one in the file: a second before it, and at it.
            for instant in rules.transitions where (0..<Self.end2100).contains(instant) { times += [instant - 1, instant] }
            var date = Date(timeIntervalSince1970: 0)
            let end = Date(timeIntervalSince1970: TimeInterval(Self.end2100))
            while let change = zone.nextDaylightSavingTimeTransition(after: date), change < end {
                let instant = Int(change.timeIntervalSince1970)
                times += [instant - 1, instant]
                date = change
            }
            for instant in times where instant >= Self.comparedFrom[name, default: Int.min] {
                instants += 1
                let expected = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant)))
                let found = rules.offset(at: instant)
                if found != expected {
                    mismatches.append("\(name) at \(instant) (\(Self.iso(instant))): \(found), Foundation \(expected)")
                }
            }
        }
        #expect(zones > 400, "compared only \(zones) zones")
        #expect(instants > 900_000, "compared only \(instants) instants")
        #expect(notLoaded.isEmpty, "listed but not loaded: \(notLoaded)")
        #expect(
            mismatches.isEmpty,
            "\(mismatches.count) of \(instants) instants in \(zones) zones differ:\n\(mismatches.prefix(400).joined(separator: "\n"))")
    }

    @Test func knownIdentifiersAreSortedDatabaseNames() {
        let names = ZoneRules.knownIdentifiers()
        #expect(names.count > 400)
        #expect(names == names.sorted())
        #expect(Set(names).count == names.count)
        for name in ["Europe/London", "America/New_York", "Australia/Sydney", "UTC", "Etc/GMT+5", "US/Eastern"] {
            #expect(names.contains(name), "\(name)")
        }
        for name in ["Factory", "posixrules", "localtime", "right/UTC", "posix/UTC", "zone.tab"] {
            #expect(!names.contains(name), "\(name)")
        }
    }

    /// Without tzdata.zi, the names come from walking the folder: the same zones.
    @Test func knownIdentifiersByWalkingTheFolder() throws {
        let folder = try TemporaryFolder()
        let source = "/usr/share/zoneinfo"
        for name in ["Europe/London", "Europe/Paris", "America/Argentina/Buenos_Aires", "UTC", "Factory", "posixrules"] {
            try folder.copy(source + "/" + name, to: name)
        }
        try folder.copy(source + "/Europe/London", to: "right/Europe/London")
        try folder.copy(source + "/Europe/London", to: "posix/Europe/London")
        try folder.write(Array("not a zone\n".utf8), to: "zone.tab")
        #expect(ZoneRules.knownIdentifiers(directory: folder.path) == [
            "America/Argentina/Buenos_Aires", "Europe/London", "Europe/Paris", "UTC",
        ])
        #expect(ZoneRules.knownIdentifiers(directory: folder.path + "/missing") == ["Etc/GMT", "Etc/UTC", "GMT", "UTC"])
    }

    @Test func offsetsOfWellKnownZones() throws {
        let london = try #require(ZoneRules(identifier: "Europe/London"))
        #expect(london.identifier == "Europe/London")
        #expect(london.offset(at: 1_901_149_199) == 0)  // 2030-03-31T00:59:59Z
        #expect(london.offset(at: 1_901_149_200) == 3600)
        #expect(london.offset(at: -1_000_000_000_000) == -75)  // LMT, before the first transition
        #expect([0, 3600].contains(london.offset(at: Int.max)))
        #expect(london.offset(at: Int.min) == -75)
        let newYork = try #require(ZoneRules(identifier: "America/New_York"))
        #expect(newYork.offset(at: 1_772_953_199) == -18000)  // 2026-03-08T06:59:59Z
        #expect(newYork.offset(at: 1_772_953_200) == -14400)
        let kolkata = try #require(ZoneRules(identifier: "Asia/Kolkata"))
        #expect(kolkata.offset(at: 4_000_000_000) == 19800)
        #expect(ZoneRules(identifier: "Etc/GMT+5")?.offset(at: 0) == -18000)
        #expect(ZoneRules(identifier: "Nowhere/Land") == nil)
        #expect(ZoneRules(identifier: "zone.tab") == nil)
        #expect(ZoneRules(identifier: "Europe") == nil)  // a folder
    }

    @Test(arguments: ["UTC", "GMT", "Etc/UTC", "Etc/GMT"])
    func universalNamesNeedNoDatabase(name: String) throws {
        let rules = try #require(ZoneRules(identifier: name, directory: "/nonexistent/zoneinfo"))
        #expect(rules.identifier == name)
        #expect(rules.offset(at: 0) == 0)
        #expect(rules.offset(at: 1_900_000_000) == 0)
        #expect(ZoneRules(identifier: "Europe/London", directory: "/nonexistent/zoneinfo") == nil)
    }

    @Test(arguments: [
        "../etc/passwd", "/etc/passwd", "Europe/../../x", "", "Europe//London", "Europe/London/", "./UTC",
        "Europe/./London", "..", "Europe/Lon don", "Europe/London\u{0}", "Europe/Zürich", String(repeating: "a", count: 256),
    ])
    func unsafeNames(name: String) {
        #expect(ZoneRules(identifier: name) == nil)
        #expect(!ZoneRules.isSafeIdentifier(name))
    }

    @Test func theDatabaseFolderComesFromTZDIR() throws {
        #expect(ZoneRules.databaseDirectory(tzdir: nil) == "/usr/share/zoneinfo")
        #expect(ZoneRules.databaseDirectory(tzdir: "") == "/usr/share/zoneinfo")
        #expect(ZoneRules.databaseDirectory(tzdir: "/opt/tz") == "/opt/tz")
        let folder = try TemporaryFolder()
        try folder.copy("/usr/share/zoneinfo/Europe/London", to: "Test/Zone")
        #expect(ZoneRules(identifier: "Test/Zone", directory: folder.path)?.offset(at: 1_901_149_200) == 3600)
        #expect(ZoneRules(identifier: "Europe/London", directory: folder.path) == nil)
    }

    /// A FIFO, a folder or a file that is not TZif in the database is no zone, and never hangs.
    @Test func onlyRegularTZifFilesAreZones() throws {
        let folder = try TemporaryFolder()
        try folder.write(Array("TZ".utf8), to: "Short")
        try folder.write(Array("not a zone at all, but long enough to hold a header of forty-four bytes".utf8), to: "Text")
        try FileManager.default.createDirectory(atPath: folder.path + "/Folder", withIntermediateDirectories: true)
        #expect(mkfifo(folder.path + "/Fifo", 0o600) == 0)
        for name in ["Short", "Text", "Folder", "Fifo", "Missing"] {
            #expect(ZoneRules(identifier: name, directory: folder.path) == nil, "\(name)")
        }
    }

    @Test func systemIdentifierFromTZ() {
        let noFiles = (localtime: "/nonexistent/localtime", timezone: "/nonexistent/timezone")
        func system(_ environment: [String: String]) -> String {
            ZoneRules.systemIdentifier(environment: environment, localtime: noFiles.localtime, timezoneFile: noFiles.timezone)
        }
        #expect(system(["TZ": "Europe/Paris"]) == "Europe/Paris")
        #expect(system(["TZ": ":Asia/Tokyo"]) == "Asia/Tokyo")
        #expect(system(["TZ": ":/usr/share/zoneinfo/America/Chicago"]) == "America/Chicago")
        #expect(system(["TZ": "/usr/share/zoneinfo/posix/America/Chicago"]) == "America/Chicago")
        #expect(system(["TZ": "Nowhere/Land"]) == "UTC")
        #expect(system(["TZ": "EST5EDT,M3.2.0,M11.1.0"]) == "UTC")
        #expect(system(["TZ": "../etc/passwd"]) == "UTC")
        #expect(system([:]) == "UTC")
        // An unknown TZ falls back to what the system says, the same as no TZ.
        #expect(ZoneRules.systemIdentifier(environment: ["TZ": "Nowhere/Land"]) == ZoneRules.systemIdentifier(environment: [:]))
        #expect(ZoneRules.systemIdentifier(environment: ["TZ": ":Europe/Oslo"]) == "Europe/Oslo")
    }

    @Test func systemIdentifierFromTheFiles() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createSymbolicLink(
            atPath: folder.path + "/localtime", withDestinationPath: "../usr/share/zoneinfo/America/Denver")
        try FileManager.default.createSymbolicLink(
            atPath: folder.path + "/badlink", withDestinationPath: "/usr/share/zoneinfo/Nowhere/Land")
        try folder.write(Array("  Asia/Kolkata \r\nEurope/Paris\n".utf8), to: "timezone")
        try folder.write(Array("Nowhere/Land\n".utf8), to: "badzone")
        func system(_ environment: [String: String], _ localtime: String, _ timezone: String) -> String {
            ZoneRules.systemIdentifier(
                environment: environment, localtime: folder.path + "/" + localtime, timezoneFile: folder.path + "/" + timezone)
        }
        #expect(system([:], "localtime", "timezone") == "America/Denver")
        #expect(system(["TZ": "Nowhere/Land"], "localtime", "timezone") == "America/Denver")
        #expect(system(["TZ": "Europe/Rome"], "localtime", "timezone") == "Europe/Rome")
        #expect(system([:], "badlink", "timezone") == "Asia/Kolkata")
        #expect(system([:], "timezone", "timezone") == "Asia/Kolkata")  // a regular file is no link
        #expect(system([:], "missing", "badzone") == "UTC")
        // TZDIR decides which names are known.
        #expect(system(["TZDIR": folder.path + "/empty"], "localtime", "timezone") == "UTC")
    }

    static func iso(_ instant: Int) -> String {
        Date(timeIntervalSince1970: TimeInterval(instant)).ISO8601Format()
    }
}

/// A folder under the system's temporary folder, removed when the test's value goes away.
final class TemporaryFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.path + "/protract-zone-rules-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func write(_ bytes: [UInt8], to name: String) throws {
        let url = URL(fileURLWithPath: path + "/" + name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    func copy(_ source: String, to name: String) throws {
        try write(Array(try Data(contentsOf: URL(fileURLWithPath: source))), to: name)
    }
}
