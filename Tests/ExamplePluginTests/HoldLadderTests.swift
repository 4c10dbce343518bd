import Foundation
import MobilityWarmUp
import PlanKit
import PlanRendering
import ProtractTestSupport
import PushUpProgression
import StabilizerStrength
import Testing
import YAMLKit

/// The example plugin of docs/plugins.md: its options, its sessions, and a programme that uses it
/// planned end to end with the three real plugins, its chart in the text plan's PROGRESS.
@Suite struct HoldLadderTests {
    @Test func theDescriptorListsEachDeclaredOptionWithItsDefault() {
        let options = HoldLadder.descriptor.options
        #expect(options.map(\.key) == ["exercise", "seconds", "add-seconds", "sets"])
        #expect(options.map(\.defaultValue) == ["plank", "20", "5", "2"])
    }

    @Test func aBlockThatSetsNothingGetsTheDefaults() throws {
        let options = try PluginBlock.options(HoldLadder.self, "- plugin: hold-ladder")
        #expect(options.exercise.value == "plank")
        #expect((options.seconds, options.addSeconds, options.sets) == (20, 5, 2))
    }

    @Test func everyProblemInTheBlockIsReportedWhereItWasWritten() throws {
        let yaml = """
            - plugin: hold-ladder
              seconds: 200
              sets: many
            """
        let diagnostics = PluginBlock.diagnostics(
            HoldLadder.self, yaml, catalog: try Repository.catalog(), at: PluginBlock.path(session: 0, block: 2))
        #expect(diagnostics.count == 2)
        #expect(diagnostics.map(\.path) == ["sessions[0].blocks[2].seconds", "sessions[0].blocks[2].sets"])
        #expect(diagnostics.first?.message.contains("from 5 to 90") == true)
        #expect(diagnostics.allSatisfy { $0.range?.start.line != nil })
    }

    @Test func theExerciseMustBeAKnownHold() throws {
        let catalog = try Repository.catalog()
        let unknown = PluginBlock.diagnostics(HoldLadder.self, "exercise: plonk", catalog: catalog)
        #expect(unknown.map(\.message) == ["no exercise has the id 'plonk'"])
        #expect(unknown.first?.help?.contains("did you mean 'plank'?") == true)
        let reps = PluginBlock.diagnostics(HoldLadder.self, "exercise: cat-cow", catalog: catalog)
        #expect(reps.map(\.message) == ["'cat-cow' is done for reps, not held"])
    }

    @Test func theHoldGrowsEveryWeekButADeloadWeekWhichCutsTheSets() throws {
        let catalog = try Repository.catalog()
        let plugin = try PluginBlock.plugin(HoldLadder.self, "seconds: 20\nadd-seconds: 5", catalog: catalog)
        let shape = PlanShape(weeks: 5, perWeek: 2, deloadEvery: 4)
        let run = try PluginRun([plugin], shape: shape, catalog: catalog)
        let doses = run.sessions.map { $0.block.prescriptions.map(\.dose) }
        #expect(doses == [20, 20, 25, 25, 30, 30, 30, 30, 35, 35].map { [Dose.hold(seconds: $0)] })
        let deload = try #require(run.sessions.first { $0.isDeload })
        #expect(deload.block.prescriptions.first?.sets == Percentage(60)?.apply(to: 2))
        #expect(run.sessions.allSatisfy { $0.block.progress?.chart == "Holds" })
        #expect(run.sessions.allSatisfy {
            $0.block.progress?.seconds == $0.block.prescriptions.first?.totalHoldSeconds
        })
    }

    /// The desk programme with a hold-ladder block added to its first session.
    static func programmeText() throws -> String {
        let text = try Repository.programsText("desk-mobility.yaml")
        let anchor = "        rest-seconds: 30"
        guard let line = text.range(of: anchor), let end = text[line.upperBound...].firstIndex(of: "\n") else {
            throw YAMLError("desk-mobility.yaml has no '\(anchor)' line", at: nil)
        }
        let block = "\n      - plugin: hold-ladder\n        exercise: plank\n        seconds: 20\n        add-seconds: 5"
        return String(text[..<end]) + block + String(text[end...])
    }

    @Test func aProgrammeWithTheFourthPluginPlansEndToEndAndShowsItsProgress() throws {
        let registry = try PluginRegistry([
            MobilityWarmUp.self, StabilizerStrength.self, PushUpProgression.self, HoldLadder.self,
        ])
        let catalog = try Repository.catalog()
        let loader = ProgrammeLoader(validator: ProgrammeValidator(catalog: catalog, pluginIDs: registry.ids))
        let file = SourceFile(name: "desk-with-holds.yaml", bytes: Array(try Self.programmeText().utf8))
        let configured = try registry.configure(try loader.programme(from: file), catalog: catalog)
        let plan = try Planner().plan(configured, for: Athlete(start: PlanShape.monday, baseline: [:]))

        let holds = plan.sessions.flatMap(\.blocks).filter { $0.pluginID == "hold-ladder" }
        #expect(!holds.isEmpty)
        #expect(holds.allSatisfy { $0.prescriptions.map(\.exerciseID) == ["plank"] })
        let firstWeek = (plan.weeks.first?.sessions ?? []).flatMap(\.blocks).filter { $0.pluginID == "hold-ladder" }
        let firstWeekSeconds = firstWeek.flatMap(\.prescriptions).map(\.totalHoldSeconds).reduce(0, +)
        #expect(firstWeekSeconds > 0)

        let text = TextRenderer(options: .init(width: 100)).render(plan, catalog: configured.catalog)
        let progress = try #require(text.range(of: "PROGRESS"))
        let summary = text[progress.lowerBound...]
        let stabilizers = try #require(summary.range(of: "Stabilizers per week: reps and seconds held"))
        let chart = try #require(summary.range(of: "Holds per week: reps and seconds held"))
        #expect(stabilizers.lowerBound < chart.lowerBound, "charts come in the order the blocks first report them")
        let weekOne = summary[chart.upperBound...].split(separator: "\n").dropFirst().first.map(String.init) ?? ""
        #expect(weekOne.contains("\(firstWeekSeconds) s"), "week 1's row holds the seconds the plugin reported")
        #expect(text.contains("Holds"), "the block is in the sessions")
    }
}
