import Foundation
import PlanKit
import PlanRendering

/// Planning and rendering the flagship at 8, 52 and 520 weeks with 1, 3 and 6 sessions a week.
enum PlanningCases {
    struct Variant {
        var weeks: Int
        var perWeek: Int
        var configured: ConfiguredProgramme
        var plan: Plan
        var name: String { "\(weeks) wk x \(perWeek)/wk" }
    }

    static func variants(_ flagship: Flagship, quick: Bool) throws -> [Variant] {
        let lengths = quick ? [8] : [8, 52, 520]
        let frequencies = quick ? [3] : [1, 3, 6]
        var variants: [Variant] = []
        for weeks in lengths {
            for perWeek in frequencies {
                let configured = try flagship.variant(weeks: weeks, perWeek: perWeek)
                let plan = try Planner().plan(configured, for: Flagship.athlete)
                variants.append(Variant(weeks: weeks, perWeek: perWeek, configured: configured, plan: plan))
            }
        }
        return variants
    }

    static func runPlanning(_ variants: [Variant], stopwatch: Stopwatch) throws {
        Report.section("Planning (goal: time per session flat as plans grow)")
        Report.header()
        for variant in variants {
            let samples = try stopwatch.measure { try Planner().plan(variant.configured, for: Flagship.athlete) }
            Report.row(variant.name, samples, extra: perSession(samples, variant.plan))
        }
    }

    static func runRendering(_ variants: [Variant], stopwatch: Stopwatch) throws {
        Report.section("Rendering (text at 80 columns, JSON, iCalendar with a reminder, HTML; goal: HTML within 2x of text)")
        Report.header()
        for variant in variants {
            let text = TextRenderer(options: .init(width: 80, colour: false))
            let textSamples = stopwatch.measure { text.render(variant.plan, catalog: variant.configured.catalog) }
            Report.row("text \(variant.name)", textSamples, extra: perSession(textSamples, variant.plan))
            let jsonSamples = stopwatch.measure { JSONRenderer().render(variant.plan, catalog: variant.configured.catalog) }
            Report.row("json \(variant.name)", jsonSamples, extra: perSession(jsonSamples, variant.plan))
            let calendar = ICalendarRenderer(options: .init(reminderMinutes: 15, timestamp: 1_796_000_000))
            let icsSamples = try stopwatch.measure { try calendar.render(variant.plan, catalog: variant.configured.catalog) }
            Report.row("ics  \(variant.name)", icsSamples, extra: perSession(icsSamples, variant.plan))
            let htmlSamples = stopwatch.measure { HTMLRenderer().render(variant.plan, catalog: variant.configured.catalog) }
            Report.row("html \(variant.name)", htmlSamples,
                       extra: perSession(htmlSamples, variant.plan) + ", " + Report.fixed(htmlSamples.median / textSamples.median, 2) + "x text")
        }
    }

    static func perSession(_ samples: Samples, _ plan: Plan) -> String {
        let sessions = plan.sessions.count
        guard sessions > 0 else { return "no sessions" }
        return "\(sessions) sessions, " + Report.duration(samples.median / Double(sessions)) + "/session"
    }
}
