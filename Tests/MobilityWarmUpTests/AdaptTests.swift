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
