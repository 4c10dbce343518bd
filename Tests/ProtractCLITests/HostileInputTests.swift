import Foundation
import Testing

/// One hostile file for `protract validate`, and the exit status it must give.
struct HostileInput: Sendable, CustomTestStringConvertible {
    var name: String
    var status: Int32 = 65
    var bytes: @Sendable () -> [UInt8]

    var testDescription: String { name }

    init(_ name: String, status: Int32 = 65, bytes: @escaping @Sendable () -> [UInt8]) {
        self.name = name
        self.status = status
        self.bytes = bytes
    }

    init(_ name: String, text: @escaping @Sendable () -> String) {
        self.init(name) { Array(text().utf8) }
    }

    static let all: [HostileInput] = [
        HostileInput("binary-garbage") {
            var state: UInt32 = 0x1234_5678
            return (0..<4096).map { _ in
                state = state &* 1_664_525 &+ 1_013_904_223
                return UInt8(truncatingIfNeeded: state >> 24)
            }
        },
        HostileInput("deep-flow-sequences", text: { String(repeating: "[", count: 100_000) }),
        HostileInput("deep-flow-mappings", text: { String(repeating: "{a: ", count: 100_000) }),
        HostileInput("deep-block-sequences", text: { String(repeating: "- ", count: 50_000) + "x\n" }),
        HostileInput("deep-block-mappings", text: {
            (0..<2_000).map { String(repeating: " ", count: $0) + "k:\n" }.joined()
        }),
        HostileInput("billion-laughs", text: {
            var lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
            let names = ["b", "c", "d", "e", "f", "g", "h", "i"]
            var previous = "a"
            for name in names {
                lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]")
                previous = name
            }
            return lines.joined(separator: "\n") + "\n"
        }),
        HostileInput("billion-laughs-mappings", text: {
            var lines = ["a: &a {x: 1, y: 2, z: 3, w: 4, v: 5, u: 6, t: 7, s: 8, r: 9}"]
            var previous = "a"
            for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
                let keys = (0..<9).map { "k\($0): *\(previous)" }.joined(separator: ", ")
                lines.append("\(name): &\(name) {\(keys)}")
                previous = name
            }
            return lines.joined(separator: "\n") + "\n"
        }),
        HostileInput("nine-megabytes") {
            Array("id: big\nsummary: \"".utf8) + Array(repeating: UInt8(ascii: "x"), count: 9_000_000) + Array("\"\n".utf8)
        },
        HostileInput("invalid-utf8") { Array("id: ".utf8) + [0xFF, 0xFE] + Array(" plan\n".utf8) },
        HostileInput("truncated-utf8") { Array("id: plan\ntitle: caf".utf8) + [0xC3] },
        HostileInput("overlong-utf8") { Array("id: ".utf8) + [0xC0, 0xAF] + Array("\n".utf8) },
        HostileInput("utf8-surrogate") { Array("id: ".utf8) + [0xED, 0xA0, 0x80] + Array("\n".utf8) },
        HostileInput("utf16-with-bom") { [0xFF, 0xFE] + Array("id: x\n".utf8).flatMap { [$0, 0] } },
        HostileInput("nul-bytes") { Array("id: a".utf8) + [0, 0, 0] + Array("b\ntitle: x\n".utf8) },
        HostileInput("terminal-escapes", text: { "id: \"a\u{1B}[31mred\u{1B}[0m\"\n" }),
        HostileInput("only-document-marker", text: { "---\n" }),
        HostileInput("only-bom") { [0xEF, 0xBB, 0xBF] },
        HostileInput("two-documents", text: { validProgramme + "---\n" + validProgramme }),
        HostileInput("huge-integer", text: {
            validProgramme.replacingOccurrences(of: "weeks: 8", with: "weeks: 99999999999999999999999999999999")
        }),
        HostileInput("huge-negative-integer", text: {
            validProgramme.replacingOccurrences(of: "weeks: 8", with: "weeks: -9223372036854775809")
        }),
        HostileInput("huge-float", text: { validProgramme.replacingOccurrences(of: "weeks: 8", with: "weeks: 1e999") }),
        HostileInput("tab-indented", text: { validProgramme.replacingOccurrences(of: "  - title: One", with: "\t- title: One") }),
        HostileInput("alias-chain", text: {
            var lines = ["a0: &a0 {k: v}"]
            for index in 1..<200 { lines.append("a\(index): &a\(index) {k: *a\(index - 1)}") }
            return lines.joined(separator: "\n") + "\n"
        }),
        HostileInput("self-alias", text: { "x: &a [*a]\n" }),
        HostileInput("undefined-alias", text: { "id: *nowhere\n" }),
        HostileInput("merge-of-a-scalar", text: { "<<: 3\nid: x\n" }),
        HostileInput("complex-key", text: { "? [a, b]\n: c\n" }),
        HostileInput("unterminated-quote", text: { "id: \"never closed\n" }),
        HostileInput("unknown-directive", text: { "%YAML 9.9\n---\nid: x\n" }),
        HostileInput("foreign-tag", text: { "id: !!python/object:os.system ls\n" }),
        HostileInput("long-line", text: { "id: " + String(repeating: "é", count: 200_000) + ": nope\n" }),
        HostileInput("crlf-broken", text: { "id: x\r\nweeks: [\r\n" }),
        HostileInput("scalar-root", text: { "just some words\n" }),
    ]
}

/// A sweep of hostile files: each must be refused with a located error, quickly, without a crash.
@Suite struct HostileInputTests {
    @Test(arguments: HostileInput.all)
    func refusedCleanly(input: HostileInput) throws {
        try withTemporaryDirectory { dir in
            let name = "\(input.name).yaml"
            try dir.write(Data(input.bytes()), to: name)
            let result = try ProtractBinary.run(["validate", name], in: dir, timeout: 30)
            #expect(!result.signalled, "crashed with signal \(result.status)")
            #expect(result.status == input.status, "\(result)")
            #expect(result.stdout == "")
            let located = result.stderr.split(separator: "\n").contains { line in
                guard line.hasPrefix("\(name):") else { return false }
                let parts = line.dropFirst(name.count + 1).split(separator: ":", maxSplits: 2)
                return parts.count == 3 && Int(parts[0]) != nil && Int(parts[1]) != nil && parts[2].hasPrefix(" error: ")
            }
            #expect(located, "no '\(name):LINE:COLUMN: error:' line in\n\(result.stderr)")
            // Control characters from the file are shown as pictures, never sent to the terminal.
            #expect(!result.stderr.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
        }
    }

    @Test func thousandsOfErrorsAreReportedQuickly() throws {
        // SourceFile indexes line starts once, so rendering many errors stays linear.
        try withTemporaryDirectory { dir in
            let text = (0..<10_000).map { "key\($0): value" }.joined(separator: "\n") + "\n"
            try dir.write(text, to: "keys.yaml")
            let result = try ProtractBinary.run(["validate", "keys.yaml"], in: dir, timeout: 60)
            #expect(!result.signalled)
            #expect(result.status == 65)
            #expect(result.stderr.hasPrefix("keys.yaml:1:1: error: unknown key 'key0' at the top level\n"))
            #expect(result.stderr.hasSuffix("validate: 10007 errors in 1 of 1 file\n"), "\(result.stderr.suffix(200))")
        }
    }

    @Test func aNamedPipeOrDeviceIsNotACrash() throws {
        // Devices and FIFOs are refused before they are opened (see NonRegularInputTests).
        let result = try ProtractBinary.run(["validate", "/dev/null"])
        #expect(!result.signalled)
        #expect(result.status == 66, "\(result)")
        #expect(result.stderr.hasPrefix(
            "protract: error: cannot read /dev/null: it is a character device, not a regular file; Protract reads only regular files\n"))
    }
}
