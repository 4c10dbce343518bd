import Foundation
import PlanKit
import PlanRendering
import Testing

/// The text plan of every built-in programme, laid out at every width from a phone's 40 columns
/// to 100: no line wider than the width, no date split (`Tue` / `1 Dec`), and every command in its
/// prose either on one line or broken between arguments with ` \` (a phone user's trial found
/// `('protract plan` / `upper-back-rehab --baseline` / `push-ups=N'` with nothing to paste).
@Suite struct NarrowTextPropertyTests {
    static let programmes = ["upper-back-rehab", "more-push-ups", "desk-mobility"]

    /// The programme's plan for Sam, with push-ups and knee push-ups given (the retest notes).
    static func plan(_ id: String) throws -> (Plan, ExerciseCatalog) {
        let configured = try Flagship.configured(try Flagship.programme(id))
        let athlete = Athlete(
            name: "Sam", start: try #require(CivilDate(parsing: "2026-11-30")), timeZone: "Europe/London",
            baseline: id == "desk-mobility" ? [:] : ["push-ups": 6])
        return (try Planner().plan(configured, for: athlete), configured.catalog)
    }

    static let dayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    @Test(arguments: programmes)
    func everyLineFitsEveryWidth(programme: String) throws {
        let (plan, catalog) = try Self.plan(programme)
        for width in 40...100 {
            let text = TextRenderer(options: .init(width: width)).render(plan, catalog: catalog)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let wide = lines.filter { $0.count > width }
            #expect(wide.isEmpty, "\(programme) at \(width): \(wide.prefix(3))")
            for (index, line) in lines.enumerated() {
                let words = line.split(separator: " ")
                // A line never ends in a day's name, or in a day's name and its day of the month.
                if let last = words.last, Self.dayNames.contains(String(last.drop { $0 == "(" })) {
                    Issue.record("\(programme) at \(width): a date split after '\(line)'")
                }
                if words.count >= 2, Self.dayNames.contains(String(words[words.count - 2].drop { $0 == "(" })),
                    Int(words[words.count - 1]) != nil
                {
                    Issue.record("\(programme) at \(width): a date split after '\(line)'")
                }
                // A line inside a quoted command ends in ` \`: the line that opens one and does
                // not close it.
                if let open = line.range(of: "'protract ") {
                    let rest = line[open.upperBound...]
                    if !rest.contains("'") {
                        #expect(line.hasSuffix(" \\"), "\(programme) at \(width): a command broken without ' \\': '\(line)' then '\(index + 1 < lines.count ? lines[index + 1] : "")'")
                    }
                }
            }
            // No command in the prose is left unquoted to be broken as words.
            #expect(!text.contains("(protract "), "\(programme) at \(width)")
        }
    }
}
