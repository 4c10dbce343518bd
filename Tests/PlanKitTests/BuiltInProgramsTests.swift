import Foundation
import PlanKit
import Testing
import YAMLKit
import ProtractTestSupport

@Suite struct BuiltInProgramsTests {
    @Test func theFlagshipProgrammeLoads() throws {
        let programme = try Fixture.loader().programme(from: Repository.programsFile("upper-back-rehab.yaml"))
        #expect(programme.id == "upper-back-rehab")
        #expect(programme.title == "Push-ups without upper-back pain")
        #expect(programme.weeks == 8)
        #expect(programme.schedule.days == [.monday, .wednesday, .friday])
        #expect(programme.schedule.time.description == "07:30")
        #expect(programme.schedule.minRestHours == 48)
        #expect(programme.phases.map(\.name) == ["Activate", "Build", "Integrate"])
        #expect(programme.phases.map(\.weeks) == [2, 4, 2])
        #expect(programme.deload?.every == 5)
        #expect(programme.deload?.volume.percent == 60)
        // Week 5 (Bell et al. 2024: every 5.6 +/- 2.3 weeks): the plan ends on its retest week, not a deload.
        #expect((1...8).filter { programme.isDeload(week: $0) } == [5])
        #expect(programme.after?.discharge.isEmpty == false)
        #expect(programme.after?.maintenance.isEmpty == false)
        #expect(programme.phase(forWeek: 3)?.name == "Build")
        #expect(programme.sessions.count == 2)
        #expect(programme.exercises.isEmpty)
        #expect(!programme.safety.stopIf.isEmpty)
        #expect(!programme.safety.seeAClinician.isEmpty)
        for session in programme.sessions {
            #expect(session.blocks.map(\.plugin.value) == Fixture.pluginIDs)
        }
    }

    @Test func theFlagshipProgrammeReusesBlocksThroughAnchorsAndMergeKeys() throws {
        let programme = try Fixture.loader().programme(from: Repository.programsFile("upper-back-rehab.yaml"))
        let second = try #require(programme.sessions.last)
        let warmUp = try #require(second.blocks.first?.node.mapping)
        // `<<: *warm-up` brings in `minutes`, and the block's own `drills` wins over the anchor's.
        #expect(warmUp["minutes"]?.scalar?.value == "8")
        #expect(warmUp["drills"]?.sequence?.compactMap(\.scalar?.value)
            == ["cat-cow", "thread-the-needle", "open-book", "wall-slide", "doorway-pec-stretch"])
        let pushUps = try #require(second.blocks.last)
        #expect(pushUps.optionKeys == ["ladder", "sets", "reps", "progress-every", "step-doses", "rest-seconds", "tempo", "retest-last-week"])
    }

    @Test func theCatalogLoadsWithEveryExerciseOfTheDesign() throws {
        let catalog = try Repository.catalog()
        #expect(catalog.exercises.count == 30)
        for id in [
            "cat-cow", "open-book", "quadruped-t-spine-rotation", "thread-the-needle", "wall-slide",
            "scapular-push-up", "prone-y-t-w", "plank", "chin-tuck", "wall-push-up", "high-incline-push-up",
            "low-incline-push-up", "knee-push-up", "push-up", "push-up-plus",
        ] {
            #expect(catalog.contains(id), "missing \(id)")
        }
        #expect(catalog.exercise("plank")?.kind == .hold)
        #expect(catalog.exercise("open-book")?.perSide == true)
        #expect(catalog.exercise("push-up")?.category == .pushUp)
    }

    @Test func theCatalogIsConsistent() throws {
        let catalog = try Repository.catalog()
        for exercise in catalog.exercises {
            #expect(Identifier.isValid(exercise.id), "\(exercise.id)")
            #expect(!exercise.cues.isEmpty, "\(exercise.id) has no cues")
            #expect(!exercise.muscles.isEmpty, "\(exercise.id) has no muscles")
            if exercise.kind == .hold { #expect(exercise.tempo == nil, "\(exercise.id) is a hold with a tempo") }
            // The file promises that easier and harder always agree.
            for harder in exercise.harder {
                let other = try #require(catalog.exercise(harder.value), "\(exercise.id) -> \(harder.value)")
                #expect(other.easier.contains(Located(exercise.id)), "\(other.id) does not list \(exercise.id) as easier")
            }
            for easier in exercise.easier {
                let other = try #require(catalog.exercise(easier.value), "\(exercise.id) -> \(easier.value)")
                #expect(other.harder.contains(Located(exercise.id)), "\(other.id) does not list \(exercise.id) as harder")
            }
        }
    }

    @Test func catalogExercisesKnowWhereTheirIdsAre() throws {
        let catalog = try Repository.catalog()
        let first = try #require(catalog.exercises.first)
        let range = try #require(first.idRange)
        let file = try Repository.programsFile("exercises.yaml")
        #expect(file.line(range.start.line) == "  - id: \(first.id)")
        #expect(range.start.column == 9)
    }

    @Test func theBaseFixtureIsValid() throws {
        #expect(try Fixture.diagnostics(Fixture.base).isEmpty)
        #expect(try Fixture.diagnostics(Fixture.programme(exercises: Fixture.rowExercise)).isEmpty)
        let programme = try Fixture.load(Fixture.programme(exercises: Fixture.rowExercise))
        #expect(programme.exercises.map(\.id) == ["band-row"])
        #expect(programme.exercises.first?.tempo?.description == "2-1-2")
    }
}
