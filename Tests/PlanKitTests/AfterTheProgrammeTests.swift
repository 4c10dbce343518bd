import PlanKit
import ProtractTestSupport
import Testing
import YAMLKit

/// `after:` (issue 13): what comes after the last week, read with located errors.
@Suite struct AfterTheProgrammeTests {
    static func programme(_ after: String) throws -> String {
        try Fixture.programme(("exercises: []\n", "exercises: []\n" + after))
    }

    @Test func dischargeAndMaintenanceAreReadInOrder() throws {
        let programme = try Fixture.load(try Self.programme("""
            after:
              discharge: [10 full push-ups with good form, no pain the next morning]
              maintenance: [1-2 sessions a week]

            """))
        #expect(programme.after == AfterTheProgramme(
            discharge: ["10 full push-ups with good form", "no pain the next morning"],
            maintenance: ["1-2 sessions a week"]))
        #expect(try Fixture.load(Fixture.base).after == nil, "optional: a programme without it reads as before")
        let one = try Fixture.load(try Self.programme("after:\n  maintenance: [once a week]\n"))
        #expect(one.after?.discharge == [] && one.after?.maintenance == ["once a week"])
    }

    @Test func anEmptyAfterIsAnErrorAtItsPlace() throws {
        let found = try Fixture.diagnostics(try Self.programme("after: {}\n"))
        #expect(found.map(\.message) == ["'after' needs 'discharge' or 'maintenance'"])
        #expect(found.first?.path == "after")
        #expect(found.first?.range?.start.line == 20)
        #expect(found.first?.help?.contains("or leave 'after' out") == true)
    }

    @Test func aMisspeltKeyAndABadItemAreLocated() throws {
        let misspelt = try Fixture.diagnostics(try Self.programme("after:\n  discarge: [x]\n"))
        #expect(misspelt.first?.message.contains("discarge") == true)
        #expect(misspelt.first?.help?.contains("discharge") == true)
        let tooMany = try Fixture.diagnostics(try Self.programme(
            "after:\n  maintenance: [" + (1...13).map { "item \($0)" }.joined(separator: ", ") + "]\n"))
        #expect(tooMany.first?.message.contains("13") == true, "\(tooMany.map(\.message))")
        #expect(tooMany.first?.path == "after.maintenance")
    }

    @Test func everyBuiltInProgrammeSaysWhatComesAfterWithItsSources() throws {
        for name in ["upper-back-rehab", "more-push-ups", "desk-mobility"] {
            let programme = try Fixture.load(try Repository.programsText(name + ".yaml"), name: name)
            let after = try #require(programme.after, "\(name)")
            #expect(!after.discharge.isEmpty && !after.maintenance.isEmpty, "\(name)")
            #expect(programme.sources.contains { $0.hasPrefix("Spiering et al. 2021") },
                    "\(name): the maintenance dose's source is listed")
        }
    }
}
