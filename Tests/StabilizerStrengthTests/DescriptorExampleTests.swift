import PlanKit
import StabilizerStrength
import Testing
import YAMLKit
import ProtractTestSupport

/// The descriptor's example block decodes and plans.
@Suite struct DescriptorExampleTests {
    @Test func theExampleDecodesAndRuns() throws {
        let descriptor = StabilizerStrength.descriptor
        #expect(descriptor.id == "stabilizer-strength")
        #expect(descriptor.example.hasPrefix("- plugin: stabilizer-strength\n"))
        let list = try #require(try YAMLParser().parse(descriptor.example))
        let block = try #require(list.sequence?.first)
        #expect(block.mapping?["plugin"]?.scalar?.value == descriptor.id)
        let options = try NodeDecoder().decode(StabilizerOptions.self, from: block.removingKey("plugin"))
        #expect(options == StabilizerOptions())
        let catalog = try Support.catalog()
        let run = try Runner(catalog: catalog, templates: [options]).run(PlanShape(weeks: 2, perWeek: 3))
        #expect(run.blocks.count == 6)
        #expect(run.blocks.allSatisfy { $0.block.prescriptions.count == 4 })
        #expect(run.blocks.last?.block.prescriptions.map(\.short) == [
            "scapular-push-up 2 x 12", "prone-y-t-w 2 x 7", "plank 2 x 12 s", "chin-tuck 2 x 12",
        ])
    }

    @Test func everyDocumentedDefaultMatchesTheDecodedDefault() throws {
        var yaml = "- plugin: stabilizer-strength\n"
        for option in StabilizerStrength.descriptor.options {
            yaml += "  \(option.key): \(try #require(option.defaultValue))\n"
        }
        #expect(try Support.decodeBlock(yaml) == StabilizerOptions())
    }
}
