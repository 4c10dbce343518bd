import Foundation
import PlanKit
import PlanRendering
import Testing

/// Defence in depth: text that `validate` would refuse (control characters, text-direction
/// overrides, line breaks in one-line fields) never reaches the terminal raw from the text
/// renderer, while JSON and iCalendar keep escaping it in their own syntax.
@Suite("Text renderer: control characters")
struct TextRendererEscapingTests {
    static let hostile = ["\u{1B}[8m", "\u{1B}]0;pwned\u{07}", "\u{1B}[2J", "\r\nWEEK 99 forged\n", "\u{9B}", "\u{202E}"]

    /// The sample plan and catalog with every hostile string in every text the renderer shows.
    static func hostilePlan() throws -> (Plan, ExerciseCatalog) {
        let evil = hostile.joined()
        var plan = try SamplePlan.plan(name: "Sam" + evil)
        plan.programmeTitle += evil
        plan.summary += evil
        plan.startingPoints = plan.startingPoints.map { $0 + evil }
        plan.safety.stopIf = plan.safety.stopIf.map { evil + $0 }
        plan.safety.seeAClinician = plan.safety.seeAClinician.map { $0 + evil }
        plan.safety.painMonitoring = plan.safety.painMonitoring.map { evil + $0 }
        for week in plan.weeks.indices {
            plan.weeks[week].phase = "Build" + evil
            plan.weeks[week].focus = evil
            plan.weeks[week].notes.append(evil)
            for session in plan.weeks[week].sessions.indices {
                plan.weeks[week].sessions[session].title += evil
                plan.weeks[week].sessions[session].notes.append(evil)
                for block in plan.weeks[week].sessions[session].blocks.indices {
                    plan.weeks[week].sessions[session].blocks[block].notes.append(evil)
                }
            }
        }
        let catalog = ExerciseCatalog(try SamplePlan.catalog().exercises.map { exercise in
            var exercise = exercise
            exercise.name += evil
            exercise.cues = exercise.cues.map { evil + $0 }
            exercise.shortCue = evil + exercise.shortCue
            return exercise
        })
        return (plan, catalog)
    }

    static func isRaw(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\n") || (0x7F...0x9F).contains(scalar.value)
            || (0x202A...0x202E).contains(scalar.value)
    }

    @Test("no control character reaches the text, at any width", arguments: [40, 80, 132])
    func noRawControls(width: Int) throws {
        let (plan, catalog) = try Self.hostilePlan()
        let text = TextRenderer(options: .init(width: width)).render(plan, catalog: catalog)
        #expect(!text.unicodeScalars.contains(where: Self.isRaw))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(!lines.contains { $0.hasPrefix("WEEK 99") }, "a line break in a text forged a plan line")
        #expect(text.contains("\\u{1B}[8m"), "the escape is shown, not dropped")
        #expect(text.contains("\\u{202E}"))
        for (index, line) in lines.enumerated() {
            #expect(line.count <= width, "line \(index + 1) is \(line.count) wide: \(line)")
        }
    }

    @Test("with colour, the only escapes are the renderer's own")
    func colourEscapesAreOurs() throws {
        let (plan, catalog) = try Self.hostilePlan()
        let text = TextRenderer(options: .init(width: 80, colour: true)).render(plan, catalog: catalog)
        #expect(!text.contains("\u{1B}[8m"))
        #expect(!text.contains("\u{1B}]"))
        #expect(!text.contains("\u{1B}[2J"))
        #expect(!text.contains("\r"))
    }

    @Test("JSON escapes control characters as \\u00XX")
    func jsonEscapes() throws {
        let (plan, catalog) = try Self.hostilePlan()
        let json = JSONRenderer().render(plan, catalog: catalog)
        #expect(!json.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(json.contains("\\u001b[8m") || json.contains("\\u001B[8m"))
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let programme = object?["programme"] as? [String: Any]
        #expect((programme?["title"] as? String)?.hasSuffix(Self.hostile.joined()) == true)
    }

    @Test("iCalendar writes no control character but CR LF line ends")
    func icsHasNoControls() throws {
        let (plan, catalog) = try Self.hostilePlan()
        let ics = try ICalendarRenderer(options: .init(timestamp: 0)).render(plan, catalog: catalog)
        let withoutLineEnds = ics.replacingOccurrences(of: "\r\n", with: "")
        #expect(!withoutLineEnds.unicodeScalars.contains { $0.value < 0x20 && $0 != "\t" || $0.value == 0x7F })
        #expect(ics.contains("WEEK 99 forged"))
        #expect(!ics.contains("\r\nWEEK 99"))
    }
}
