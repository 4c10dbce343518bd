import Foundation
import Testing

/// File names that are not UTF-8 are used byte for byte, and printed with the odd bytes escaped.
@Suite struct NonUTF8FileNameTests {
    @Test func anExistingFileIsFoundAndValidated() throws {
        try withTemporaryDirectory { dir in
            let programme = try Data(contentsOf: ProtractBinary.programsDirectory.appendingPathComponent("upper-back-rehab.yaml"))
            let name = Array("a".utf8) + [0xFF] + Array(".yaml".utf8)
            // Created with POSIX calls: Foundation would turn the name into UTF-8.
            let cPath = (Array(dir.path.utf8) + [UInt8(ascii: "/")] + name).map { CChar(bitPattern: $0) } + [0]
            let descriptor = open(cPath, O_WRONLY | O_CREAT | O_EXCL, 0o644)
            try #require(descriptor >= 0)
            _ = programme.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            close(descriptor)
            try #require(ShellRun.rawListing(dir) == [name])

            let valid = try ShellRun.run("exec \"$PROTRACT\" validate \"$(printf 'a\\377.yaml')\"", in: dir)
            #expect(valid.status == 0, "\(valid)")
            #expect(valid.stdout == "ok: 1 programme valid\n", "\(valid)")
            let planned = try ShellRun.run(
                "exec \"$PROTRACT\" plan \"$(printf 'a\\377.yaml')\" --start 2026-12-07 --time-zone UTC --weeks 1", in: dir)
            #expect(planned.status == 0, "\(planned)")
        }
    }

    @Test func aMissingFileIsNamedWithItsByteEscaped() throws {
        try withTemporaryDirectory { dir in
            let result = try ShellRun.run("exec \"$PROTRACT\" validate \"$(printf 'x\\377.yaml')\"", in: dir)
            #expect(result.status == 66, "\(result)")
            #expect(result.stderr.hasPrefix("protract: error: cannot read x\\xFF.yaml: no such file\n"), "\(result)")
        }
    }

    @Test func outputCreatesExactlyTheNameGiven() throws {
        try withTemporaryDirectory { dir in
            let script = """
                exec "$PROTRACT" plan upper-back-rehab --start 2026-12-07 --time-zone UTC --weeks 1 -o "$(printf 'plan\\376\\377.txt')"
                """
            let result = try ShellRun.run(script, in: dir)
            #expect(result.status == 0, "\(result)")
            #expect(result.stderr == "wrote plan\\xFE\\xFF.txt: 3 sessions over 1 week\n", "\(result)")
            #expect(ShellRun.rawListing(dir) == [Array("plan".utf8) + [0xFE, 0xFF] + Array(".txt".utf8)])
        }
    }

    @Test func aValidNameThatLooksLikeTheEscapeRangeSurvives() throws {
        // U+10FFFF written as real UTF-8 must not be taken for the escaped byte 0xFF.
        try withTemporaryDirectory { dir in
            let script = """
                exec "$PROTRACT" plan upper-back-rehab --start 2026-12-07 --time-zone UTC --weeks 1 -o "$(printf 'p\\364\\217\\277\\277.txt')"
                """
            let result = try ShellRun.run(script, in: dir)
            #expect(result.status == 0, "\(result)")
            #expect(ShellRun.rawListing(dir) == [Array("p".utf8) + [0xF4, 0x8F, 0xBF, 0xBF] + Array(".txt".utf8)])
        }
    }

    @Test func textArgumentsThatAreNotUTF8ReadAsReplacementCharacters() throws {
        // Only file names keep their raw bytes; a name in the plan gets U+FFFD, as before.
        try withTemporaryDirectory { dir in
            let script = """
                exec "$PROTRACT" plan upper-back-rehab --start 2026-12-07 --time-zone UTC --weeks 1 --format json --name "$(printf 'S\\377m')"
                """
            let result = try ShellRun.run(script, in: dir)
            #expect(result.status == 0, "\(result)")
            let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let athlete = try #require(root["athlete"] as? [String: Any])
            #expect(athlete["name"] as? String == "S\u{FFFD}m")
        }
    }
}
