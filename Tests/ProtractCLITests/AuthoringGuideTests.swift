import Foundation
import PlanKit
@testable import ProtractCLI
import Testing

/// docs/authoring.md: its plugin sections match the descriptors, its programme examples validate,
/// and its common mistakes print the diagnostics the guide shows.
///
/// To regenerate the generated parts after changing a descriptor or a diagnostic, run
/// `PROTRACT_UPDATE_GUIDE=1 swift test --filter AuthoringGuideTests`, then review the diff.
@Suite(.serialized) struct AuthoringGuideTests {
    static let guideURL = ProtractBinary.packageDirectory.appendingPathComponent("docs/authoring.md")
    static var updating: Bool { ProcessInfo.processInfo.environment["PROTRACT_UPDATE_GUIDE"] == "1" }

    static func guide() throws -> String {
        try String(contentsOf: guideURL, encoding: .utf8)
    }

    @Test(arguments: BuiltInPlugins.types.map { $0.descriptor.id })
    func pluginSectionMatchesItsDescriptor(_ id: String) throws {
        let descriptor = try #require(BuiltInPlugins.types.first { $0.descriptor.id == id }?.descriptor)
        var guide = try Self.guide()
        let start = "<!-- plugin:\(id):start -->\n"
        let end = "<!-- plugin:\(id):end -->"
        let expected = GuidePluginSection.markdown(descriptor)
        guard let from = guide.range(of: start), let to = guide.range(of: end, range: from.upperBound..<guide.endIndex)
        else {
            Issue.record("docs/authoring.md has no section between '\(start.dropLast())' and '\(end)'")
            return
        }
        let written = String(guide[from.upperBound..<to.lowerBound])
        if written != expected, Self.updating {
            guide.replaceSubrange(from.upperBound..<to.lowerBound, with: expected)
            try guide.write(to: Self.guideURL, atomically: true, encoding: .utf8)
            return
        }
        #expect(written == expected, """
            docs/authoring.md's section for \(id) differs from its descriptor; regenerate it with \
            PROTRACT_UPDATE_GUIDE=1 swift test --filter AuthoringGuideTests
            """)
    }

    @Test func everyPluginHasASection() throws {
        let guide = try Self.guide()
        let sections = guide.components(separatedBy: "<!-- plugin:").dropFirst()
            .compactMap { $0.components(separatedBy: ":start -->").count > 1 ? $0.components(separatedBy: ":").first : nil }
        #expect(sections == BuiltInPlugins.types.map { $0.descriptor.id })
    }

    @Test func everyProgrammeExampleValidatesAndPlans() throws {
        let examples = GuideBlocks.fenced(in: try Self.guide()).filter { $0.info == "yaml" }
        #expect(examples.count >= 2, "the guide should have complete programme examples in ```yaml blocks")
        try withTemporaryDirectory { dir in
            for (index, example) in examples.enumerated() {
                let file = try dir.write(example.text, to: "example-\(index + 1).yaml")
                let validated = try ProtractBinary.run(["validate", file.path])
                #expect(validated.status == 0, "example \(index + 1) (line \(example.line)) is invalid:\n\(validated)")
                let planned = try ProtractBinary.run(
                    ["plan", file.path, "--start", "2026-12-07", "--time-zone", "Europe/London", "--baseline", "push-ups=6"])
                #expect(planned.status == 0, "example \(index + 1) (line \(example.line)) does not plan:\n\(planned)")
            }
        }
    }

    /// Each ```yaml mistake block is a whole file; the fenced block after it is what `validate` prints.
    @Test func everyMistakeShowsItsRealDiagnostics() throws {
        var guide = try Self.guide()
        let blocks = GuideBlocks.fenced(in: guide)
        var mistakes = 0
        var replacements: [(Range<String.Index>, String)] = []
        try withTemporaryDirectory { dir in
            for (index, block) in blocks.enumerated() where block.info == "yaml mistake" {
                mistakes += 1
                try dir.write(block.text, to: "my-plan.yaml")
                let result = try ProtractBinary.run(["validate", "my-plan.yaml"], in: dir, environment: ["NO_COLOR": "1"])
                #expect(result.status == 65, "the mistake at line \(block.line) is not a mistake:\n\(result)")
                let shown = "$ protract validate my-plan.yaml\n" + result.stderr
                guard index + 1 < blocks.count, blocks[index + 1].info == "console" else {
                    Issue.record("the mistake at line \(block.line) needs a ```console block after it")
                    continue
                }
                let output = blocks[index + 1]
                if output.text != shown, Self.updating { replacements.append((output.range, shown)) }
                #expect(Self.updating || output.text == shown, "the diagnostics after line \(block.line) are stale")
            }
        }
        #expect(mistakes >= 5)
        for (range, text) in replacements.reversed() { guide.replaceSubrange(range, with: text) }
        if !replacements.isEmpty { try guide.write(to: Self.guideURL, atomically: true, encoding: .utf8) }
    }

    @Test func readmeCommandsAreInTheGuide() throws {
        let guide = try Self.guide()
        for needle in ["# yaml-language-server: $schema=", "protract schema", "protract new", "protract exercises", "<<: *"] {
            #expect(guide.contains(needle), "the guide should mention \(needle)")
        }
    }
}

/// The fenced code blocks of a Markdown text.
enum GuideBlocks {
    struct Block {
        /// The info string after the opening fence (`yaml`, `yaml fragment`, `console`).
        var info: String
        /// The text inside the fences, each line ending with a newline.
        var text: String
        /// Where the text stands in the document.
        var range: Range<String.Index>
        /// The 1-based line of the opening fence.
        var line: Int
    }

    static func fenced(in markdown: String) -> [Block] {
        var blocks: [Block] = []
        var open: (info: String, start: String.Index, line: Int)?
        var index = markdown.startIndex
        var lineNumber = 0
        while index < markdown.endIndex {
            lineNumber += 1
            let lineEnd = markdown[index...].firstIndex(of: "\n") ?? markdown.endIndex
            let line = markdown[index..<lineEnd]
            let next = lineEnd < markdown.endIndex ? markdown.index(after: lineEnd) : lineEnd
            if line.hasPrefix("```") {
                if let current = open {
                    let range = current.start..<index
                    blocks.append(Block(info: current.info, text: String(markdown[range]), range: range, line: current.line))
                    open = nil
                } else {
                    open = (String(line.dropFirst(3)).trimmingCharacters(in: .whitespaces), next, lineNumber)
                }
            }
            index = next
        }
        return blocks
    }
}

/// The Markdown for one plugin's section of the guide, made from its descriptor.
enum GuidePluginSection {
    static func markdown(_ descriptor: PluginDescriptor) -> String {
        var text = "### `\(descriptor.id)`: \(descriptor.name)\n\n\(descriptor.summary)\n\n"
        text += "| key | type | default | what it does |\n|---|---|---|---|\n"
        for option in descriptor.options {
            let fallback = option.defaultValue.map { "`\($0)`" } ?? "none (optional)"
            text += "| `\(option.key)` | \(cell(option.type)) | \(cell(fallback)) | \(cell(option.summary)) |\n"
        }
        if descriptor.baselineKeys.isEmpty {
            text += "\nBaseline keys: none.\n"
        } else {
            text += "\nBaseline keys (`--baseline KEY=VALUE`, or `baseline:` in a profile):\n\n"
            text += "| key | values | what to measure |\n|---|---|---|\n"
            for key in descriptor.baselineKeys {
                text += "| `\(key.key)` | \(key.range.lowerBound) to \(key.range.upperBound) | \(cell(key.summary)) |\n"
            }
        }
        text += "\nExample block:\n\n```yaml fragment\n\(descriptor.example)\n```\n"
        return text
    }

    private static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }
}
