import MobilityWarmUp
import PlanKit
import Testing
import YAMLKit

@Suite struct OptionsTests {
    let catalog: ExerciseCatalog

    init() throws {
        catalog = try Support.catalog()
    }

    @Test func anEmptyBlockTakesEveryDefault() throws {
        let options = try Support.options("plugin: mobility-warmup\n")
        #expect(options.minutes.value == 6)
        #expect(options.minutes.range == nil)
        #expect(options.foamRoller == false)
        #expect(options.drills == nil)
        #expect(options.rotate == true)
        let plugin = try MobilityWarmUp(options: options, catalog: catalog)
        #expect(plugin.minutes == 6)
        #expect(plugin.drills.map(\.id) == [
            "cat-cow", "open-book", "quadruped-t-spine-rotation", "thread-the-needle", "wall-slide",
        ])
    }

    @Test func everyOptionIsRead() throws {
        let options = try Support.options("""
            plugin: mobility-warmup
            minutes: 9
            foam-roller: true
            drills: [wall-slide, foam-roller-extension, towel-thoracic-extension]
            rotate: false
            """)
        #expect(options.minutes.value == 9)
        #expect(options.minutes.range?.start == SourceLocation(line: 2, column: 10))
        #expect(options.foamRoller == true)
        #expect(options.drills?.map(\.value) == ["wall-slide", "foam-roller-extension", "towel-thoracic-extension"])
        #expect(options.drills?.first?.range?.start == SourceLocation(line: 4, column: 10))
        #expect(options.rotate == false)
        let plugin = try MobilityWarmUp(options: options, catalog: catalog)
        #expect(plugin.minutes == 9)
        #expect(plugin.foamRoller)
        #expect(!plugin.rotate)
        #expect(plugin.drills.map(\.id) == ["wall-slide", "foam-roller-extension", "towel-thoracic-extension"])
    }

    @Test func aNullDrillListMeansTheDefault() throws {
        let options = try Support.options("drills:\nminutes: 8\n")
        #expect(options.drills == nil)
        #expect(options.minutes.value == 8)
    }

    @Test func theFoamRollerJoinsTheDefaultRotationOnlyWhenAvailable() throws {
        let with = MobilityWarmUp.defaultDrills(in: catalog, foamRoller: true).map(\.id)
        let without = MobilityWarmUp.defaultDrills(in: catalog, foamRoller: false).map(\.id)
        #expect(with == [
            "cat-cow", "open-book", "quadruped-t-spine-rotation", "thread-the-needle", "wall-slide",
            "foam-roller-extension",
        ])
        #expect(without == Array(with.dropLast()))
        // The towel hold is a long static stretch: never in the default rotation.
        #expect(!with.contains("towel-thoracic-extension"))
    }

    @Test func theOptionsRememberTheBlocksPath() throws {
        let node = try #require(try YAMLParser().parse("minutes: 30\n"))
        let options = try NodeDecoder().decode(
            MobilityWarmUp.Options.self, from: node,
            codingPath: [Key("sessions"), Key(1), Key("blocks"), Key(0)])
        #expect(options.path == "sessions[1].blocks[0]")
        #expect(throws: YAMLError.self) { try MobilityWarmUp(options: options, catalog: catalog) }
        do {
            _ = try MobilityWarmUp(options: options, catalog: catalog)
        } catch {
            #expect(error.diagnostics.map(\.path) == ["sessions[1].blocks[0].minutes"])
        }
    }

    @Test func optionsMadeInCodeMatchDecodedOnes() throws {
        let coded = try MobilityWarmUp(
            options: .init(minutes: 6, drills: ["cat-cow", "open-book", "quadruped-t-spine-rotation", "wall-slide"]),
            catalog: catalog)
        let decoded = try Support.plugin(
            "minutes: 6\ndrills: [cat-cow, open-book, quadruped-t-spine-rotation, wall-slide]\n", catalog: catalog)
        #expect(coded.drills == decoded.drills)
        #expect(coded.minutes == decoded.minutes)
        #expect(coded.rotate == decoded.rotate)
    }
}

/// A coding key for building diagnostic paths in tests.
typealias Key = AnyCodingKey
