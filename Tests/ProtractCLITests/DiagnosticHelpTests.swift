import Foundation
import Testing

/// Every diagnostic `validate` prints has a `help:` line: what to do about it, not only what is
/// wrong (issue 14). The corpus is every wrong file kept in the tests.
@Suite struct DiagnosticHelpTests {
    static let corpus: [URL] = {
        let folders = ["Tests/ProtractCLITests/ValidateFixtures", "Tests/ProtractCLITests/ValidateFixtures/wrong",
                       "Tests/ProtractCLITests/SchemaFixtures/invalid"]
        return folders.flatMap { folder in
            let url = ProtractBinary.packageDirectory.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            return names.filter { $0.hasSuffix(".yaml") }.sorted().map { url.appendingPathComponent($0) }
        }
    }()

    /// Each error's header line and the lines under it, up to the next error.
    static func errorBlocks(_ stderr: String) -> [[Substring]] {
        var blocks: [[Substring]] = []
        for line in stderr.split(separator: "\n") {
            if line.contains(": error: ") {
                blocks.append([line])
            } else if !blocks.isEmpty, !line.hasPrefix("validate: ") {
                blocks[blocks.count - 1].append(line)
            }
        }
        return blocks
    }

    @Test func everyDiagnosticOfTheCorpusHasHelp() throws {
        #expect(Self.corpus.count >= 35)
        let result = try ProtractBinary.run(["validate"] + Self.corpus.map(\.path))
        #expect(result.status == 65, "\(result)")
        // Every file is wrong, so none may have been skipped as valid.
        #expect(result.stderr.contains(" in \(Self.corpus.count) of \(Self.corpus.count) files\n"), "\(result)")
        let blocks = Self.errorBlocks(result.stderr)
        #expect(blocks.count >= Self.corpus.count)
        for block in blocks {
            #expect(block.contains { $0.hasPrefix("      = help: ") }, "no help: \(block.joined(separator: "\n"))")
        }
    }

    /// The four the issue names, with what they now say.
    @Test(arguments: [
        ("item-is-a-mapping.yaml", "expected a string for item 1 of 'ladder', found a mapping",
         "write a string here, not a mapping: this key takes no 'key: value' or {…} below it"),
        ("deload-week-outside.yaml", "deload week 9 is outside the programme's weeks 1 to 8",
         "name weeks from 1 to 8, or make the programme longer with 'weeks'"),
        ("repeated-day.yaml", "'days' names a day more than once", "name each training day once, such as [mon, wed, fri]"),
        ("category-typo.yaml", "expected one of 'mobility', 'stabilizer', 'push-up' for 'category', found \"strength\"",
         "write one of mobility, stabilizer, push-up, exactly as spelt here"),
    ])
    func theNamedOnes(file: String, message: String, help: String) throws {
        let folder = ProtractBinary.packageDirectory.appendingPathComponent("Tests/ProtractCLITests/ValidateFixtures/wrong")
        let result = try ProtractBinary.run(["validate", file], in: folder)
        #expect(result.status == 65, "\(result)")
        let block = Self.errorBlocks(result.stderr).first { $0[0].hasSuffix(": error: " + message) }
        #expect(block?.contains("      = help: " + help) == true, "\(result)")
    }
}
