import Foundation
import MobilityWarmUp
import PlanKit
import ProtractTestSupport
import Testing

/// The warm-up is never progressed or cut by pain (issue 12): whatever the verdict, the drills
/// rotate and the doses stay as written.
struct AdaptTests {
    @Test(arguments: [
        Verdict.progress, .hold("pain 4/10"), .stepBack("pain 7/10"), .stop("red flag"),
    ])
    func anyVerdictLeavesTheWarmUpAsWritten(verdict: Verdict) throws {
        let catalog = try Support.catalog()
        let plugin = try Support.plugin(
            "- plugin: mobility-warmup\n  minutes: 6\n  drills: [cat-cow, open-book, quadruped-t-spine-rotation, wall-slide]",
            catalog: catalog)
        let sessions = Support.sessions(weeks: 2, perWeek: 3, catalog: catalog)
        let athlete = Athlete(start: Support.firstDay)
        let asWritten = PluginRun.replaying(plugin, sessions: sessions, verdicts: [:], athlete: athlete, catalog: catalog)
        let adapted = PluginRun.replaying(
            plugin, sessions: sessions, verdicts: Dictionary(uniqueKeysWithValues: sessions.indices.map { ($0, verdict) }),
            athlete: athlete, catalog: catalog)
        #expect(adapted == asWritten)
    }
}

/// A drill that hurt is swapped (issue 12): for the first mobility drill of the catalog of the same
/// kind that is not in the block and never hurt, or dropped when there is none; the block's next
/// warm-up says so, and the drill never comes back.
struct HurtSwapTests {
    static let list = "[cat-cow, open-book, quadruped-t-spine-rotation, wall-slide]"

    /// Prescribes `sessions` in order, the `templates` taking turns and sharing one state, and,
    /// after session `i`, adapts to `hurt[i]` (the ids that hurt in it, as `log --hurt` gives
    /// them; the engine passes on the block's own, in the block's order).
    static func replay(
        _ templates: [MobilityWarmUp], hurt: [Int: [String]], sessions: [SessionContext], catalog: ExerciseCatalog
    ) -> [BlockPlan] {
        guard let first = templates.first else { return [] }
        var state = first.start(for: Athlete(start: Support.firstDay), catalog: catalog).state
        return sessions.enumerated().map { index, context in
            let plugin = templates[index % templates.count]
            let block = plugin.prescribe(context, state: &state)
            if let ids = hurt[index] {
                let own = block.prescriptions.map(\.exerciseID).filter { ids.contains($0) }
                let done = block.prescriptions.map { Array(repeating: $0.dose.amount, count: $0.sets) }
                plugin.adapt(
                    BlockOutcome(
                        date: context.date, prescribed: block, done: done, verdict: .hold("pain 5/10"),
                        log: SessionLog(date: context.date, pain: 5, hurt: ids), hurt: own),
                    state: &state)
            }
            return block
        }
    }

    static func replay(
        _ plugin: MobilityWarmUp, hurt: [Int: [String]], sessions: [SessionContext], catalog: ExerciseCatalog
    ) -> [BlockPlan] {
        replay([plugin], hurt: hurt, sessions: sessions, catalog: catalog)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var foamRoller = false
        /// Session index -> the ids that hurt in it.
        var hurt: [Int: [String]]
        /// What the session after the last hurt says, change or note, with `DAY(i)` for session i's date.
        var said: [String]
        /// The drills no session after the first hurt gives.
        var gone: [String]
        /// The drills every later session (all four fit in 10 minutes) gives.
        var given: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "a drill that hurt gives way to the first catalog drill not in the block",
            hurt: [0: ["cat-cow"]], said: ["cat-cow hurt on DAY(0): thread the needle instead"], gone: ["cat-cow"],
            given: ["thread-the-needle", "open-book", "quadruped-t-spine-rotation", "wall-slide"]),
        Case(
            name: "a replacement that hurts too is dropped when no drill is left",
            hurt: [0: ["cat-cow"], 2: ["thread-the-needle"]],
            said: ["thread the needle hurt on DAY(2): dropped from the warm-up, no other drill can take its place"],
            gone: ["cat-cow", "thread-the-needle"], given: ["open-book", "quadruped-t-spine-rotation", "wall-slide"]),
        Case(
            name: "with a foam roller, the roller drill can take the place",
            foamRoller: true, hurt: [0: ["cat-cow"], 2: ["thread-the-needle"]],
            said: ["thread the needle hurt on DAY(2): foam-roller thoracic extension instead"],
            gone: ["cat-cow", "thread-the-needle"],
            given: ["foam-roller-extension", "open-book", "quadruped-t-spine-rotation", "wall-slide"]),
        Case(
            name: "two drills that hurt at once are swapped in the block's order",
            foamRoller: true, hurt: [0: ["wall-slide", "cat-cow"]],
            said: ["cat-cow hurt on DAY(0): thread the needle instead",
                   "wall slide hurt on DAY(0): foam-roller thoracic extension instead"],
            gone: ["cat-cow", "wall-slide"],
            given: ["thread-the-needle", "open-book", "quadruped-t-spine-rotation", "foam-roller-extension"]),
    ]

    @Test(arguments: cases)
    func theDecision(_ test: Case) throws {
        let catalog = try Support.catalog()
        let plugin = try Support.plugin(
            "- plugin: mobility-warmup\n  minutes: 10\n  foam-roller: \(test.foamRoller)\n  drills: \(Self.list)", catalog: catalog)
        let sessions = Support.sessions(weeks: 2, perWeek: 3, catalog: catalog)
        let blocks = Self.replay(plugin, hurt: test.hurt, sessions: sessions, catalog: catalog)
        let last = try #require(test.hurt.keys.max())
        let first = try #require(test.hurt.keys.min())
        func day(_ text: String) -> String {
            var text = text
            for index in sessions.indices { text = text.replacingOccurrences(of: "DAY(\(index))", with: sessions[index].date.shortDisplay) }
            return text
        }
        // The session after the last hurt says each new swap, on the replacement or as a note.
        let next = blocks[last + 1]
        let said = next.prescriptions.compactMap(\.change) + next.notes
        for text in test.said { #expect(said.contains(day(text)), "\(said)") }
        // And no later session says it again.
        for block in blocks.dropFirst(last + 2) {
            #expect(block.prescriptions.allSatisfy { $0.change == nil } && block.notes.isEmpty, "\(block)")
        }
        // A drill that hurt never comes back.
        for gone in test.gone {
            let hurtAt = try #require(test.hurt.filter { $0.value.contains(gone) }.keys.min())
            for block in blocks.dropFirst(hurtAt + 1) {
                #expect(!block.prescriptions.contains { $0.exerciseID == gone }, "\(gone) came back")
            }
        }
        for block in blocks.dropFirst(last + 1) {
            #expect(Set(block.prescriptions.map(\.exerciseID)) == Set(test.given), "\(block.prescriptions.map(\.exerciseID))")
        }
        // Before the first hurt, the warm-up is as written.
        let asWritten = Self.replay(plugin, hurt: [:], sessions: sessions, catalog: catalog)
        #expect(Array(blocks.prefix(first + 1)) == Array(asWritten.prefix(first + 1)))
    }

    @Test func aDrillThatHurtInAnotherBlockIsNeverChosenAndEachBlockSwapsForItself() throws {
        let catalog = try Support.catalog()
        let a = try Support.plugin("- plugin: mobility-warmup\n  minutes: 10\n  drills: \(Self.list)", catalog: catalog)
        let b = try Support.plugin(
            "- plugin: mobility-warmup\n  minutes: 10\n  drills: [cat-cow, thread-the-needle, open-book, wall-slide]",
            catalog: catalog)
        let sessions = Support.sessions(weeks: 2, perWeek: 3, catalog: catalog)
        // Thread the needle hurts in B's session 1; cat-cow in A's session 2.
        let blocks = HurtSwapTests.replay([a, b], hurt: [1: ["thread-the-needle"], 2: ["cat-cow"]], sessions: sessions, catalog: catalog)
        func ids(_ index: Int) -> Set<String> { Set(blocks[index].prescriptions.map(\.exerciseID)) }
        func said(_ index: Int) -> [String] { blocks[index].prescriptions.compactMap(\.change) + blocks[index].notes }
        let (one, two) = (sessions[1].date.shortDisplay, sessions[2].date.shortDisplay)
        // A lists no thread the needle: its session 2 is as written; B's next gives quadruped instead.
        #expect(ids(2) == ["cat-cow", "open-book", "quadruped-t-spine-rotation", "wall-slide"])
        #expect(said(3).contains("thread the needle hurt on \(one): quadruped T-spine rotation instead"), "\(said(3))")
        // Cat-cow in A: the only drill left of its kind is thread the needle, which hurt: dropped.
        #expect(said(4) == ["cat-cow hurt on \(two): dropped from the warm-up, no other drill can take its place"])
        #expect(ids(4) == ["open-book", "quadruped-t-spine-rotation", "wall-slide"])
        // B, in turn, drops cat-cow too (its list holds quadruped now), and says so once.
        #expect(said(3).contains("cat-cow hurt on \(two): dropped from the warm-up, no other drill can take its place"))
        #expect(ids(5) == ["quadruped-t-spine-rotation", "open-book", "wall-slide"])
        #expect(said(5).isEmpty)
    }

    @Test func theSameHurtsGiveTheSameWarmUps() throws {
        let catalog = try Support.catalog()
        let plugin = try Support.plugin("- plugin: mobility-warmup\n  drills: \(Self.list)", catalog: catalog)
        let sessions = Support.sessions(weeks: 3, perWeek: 3, catalog: catalog)
        let hurt = [1: ["open-book"], 4: ["thread-the-needle"]]
        #expect(Self.replay(plugin, hurt: hurt, sessions: sessions, catalog: catalog)
            == Self.replay(plugin, hurt: hurt, sessions: sessions, catalog: catalog))
    }

    @Test func theDoseIsTheDrillsOwnAndPainAloneSwapsNothing() throws {
        let catalog = try Support.catalog()
        let plugin = try Support.plugin("- plugin: mobility-warmup\n  drills: \(Self.list)", catalog: catalog)
        let sessions = Support.sessions(weeks: 1, perWeek: 3, catalog: catalog)
        let none = Self.replay(plugin, hurt: [0: []], sessions: sessions, catalog: catalog)
        #expect(none == Self.replay(plugin, hurt: [:], sessions: sessions, catalog: catalog), "pain 5/10, nothing hurt")
        let swapped = Self.replay(plugin, hurt: [0: ["cat-cow"]], sessions: sessions, catalog: catalog)
        let thread = try #require(swapped[1].prescriptions.first { $0.exerciseID == "thread-the-needle" })
        #expect(thread.dose == .reps(5) && thread.perSide, "thread the needle at its own template dose: \(thread)")
    }
}
