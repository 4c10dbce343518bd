import PlanKit
import ProtractTestSupport
import Testing
import YAMLKit

/// An exercise's `figure`: the pose description an author writes, and every way it can be wrong.
@Suite struct FigureRulesTests {
    /// The row exercise of the fixture with `figure` (indented under the exercise) after it.
    static func programme(figure: String) throws -> String {
        let indented = figure.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : "      " + $0 }.joined(separator: "\n")
        return try Fixture.programme(exercises: Fixture.rowExercise + "\n    figure:\n" + indented)
    }

    static let valid = """
        view: side
        props: [floor, wall]
        start: {base: standing, torso: 70, head: 70, thigh: -110, shin: -110, upper-arm: 0, forearm: 0,
                marks: [{line: head, to: foot, text: one straight line}]}
        between:
          - {label: Half way, base: standing, torso: 66}
        end: {label: Lower, note: chest to the wall, base: standing, back: rounded, other-upper-arm: -100,
              marks: [{arrow: shoulder, direction: 150, text: push away}]}
        """

    @Test func aValidFigureDecodes() throws {
        let programme = try Fixture.load(Self.programme(figure: Self.valid))
        let figure = try #require(programme.exercises.first?.figure)
        #expect(figure.view == .side)
        #expect(figure.props == [.floor, .wall])
        #expect(figure.poses.count == 3)
        #expect(figure.poses[0].directions[.torso] == 70)
        #expect(figure.poses[0].marks == [FigureMark(.line, at: .head, to: .foot, text: "one straight line")])
        #expect(figure.poses[1].label == "Half way")
        #expect(figure.poses[2].note == "chest to the wall")
        #expect(figure.poses[2].back == .rounded)
        #expect(figure.poses[2].marks == [FigureMark(.arrow, at: .shoulder, direction: 150, text: "push away")])
    }

    @Test func directionsComeFromTheBaseAndTheOtherSideCopiesOrMirrors() throws {
        let pose = FigurePose(base: .plank, directions: [.upperArm: 30])
        #expect(pose.direction(of: .torso, in: .side) == 22)
        #expect(pose.direction(of: .otherUpperArm, in: .side) == 30)
        #expect(pose.direction(of: .otherUpperArm, in: .top) == 150)
        #expect(pose.direction(of: .torso, in: .top) == 90)
        #expect(FigurePose(base: .prone, directions: [.upperArm: -30]).direction(of: .otherUpperArm, in: .front) == -150)
    }

    @Test func theBuiltInCatalogHasAFigureForEveryExercise() throws {
        let catalog = try Repository.catalog()
        #expect(catalog.exercises.count == 30)
        let missing = catalog.exercises.filter { $0.figure == nil }.map(\.id)
        #expect(missing == [])
    }

    @Test func anUnknownBaseIsLocatedWithASuggestion() throws {
        let text = try Self.programme(figure: "start: {base: quadruped}\nend: {base: quadrupd}")
        #expect(try Fixture.rendered(text).contains("""
               31 |       end: {base: quadrupd}
                  |                   ^~~~~~~~
                  = in: exercises[0].figure.end.base
                  = help: did you mean 'quadruped'?
            """))
    }

    @Test func aMissingEndIsAnError() throws {
        let diagnostics = try Fixture.diagnostics(Self.programme(figure: "start: {base: plank}"))
        #expect(diagnostics.map(summary) == ["30:7 exercises[0].figure.end: missing key 'end' in 'figure'"])
    }

    @Test func aDirectionOutOfRangeSaysTheRange() throws {
        let text = try Self.programme(figure: "start: {base: plank, torso: 200}\nend: {base: plank}")
        let rendered = try Fixture.rendered(text)
        #expect(rendered.contains("error: 'torso' must be from -180 to 180 degrees, found 200"))
        #expect(rendered.contains("= in: exercises[0].figure.start.torso"))
        #expect(rendered.contains("= help: a direction on the page in degrees: 0 forward"))
    }

    @Test func anUnknownSegmentSuggestsTheNearest() throws {
        let text = try Self.programme(figure: "start: {base: plank, upperarm: 10}\nend: {base: plank}")
        let rendered = try Fixture.rendered(text)
        #expect(rendered.contains("unknown key 'upperarm'"), "\(rendered)")
        #expect(rendered.contains("did you mean 'upper-arm'?"), "\(rendered)")
    }

    @Test func aPropThatCannotBeDrawnInTheViewIsAnError() throws {
        let text = try Self.programme(figure: "view: top\nprops: [towel, wall, towel]\nstart: {base: prone}\nend: {base: prone}")
        let diagnostics = try Fixture.diagnostics(text)
        #expect(diagnostics.map(summary) == [
            "31:22 exercises[0].figure.props[1]: a wall cannot be drawn in a top view",
            "31:28 exercises[0].figure.props[2]: 'towel' is listed twice in 'props'",
        ])
        #expect(diagnostics.first?.help == "remove it, or use 'view: side' or 'view: front'")
    }

    @Test func marksMustSayWhatTheyAre() throws {
        let text = try Self.programme(figure: """
            start: {base: plank, marks: [{arrow: shoulder}, {line: head}, {line: head, to: head}, {text: hi}]}
            end: {base: plank, marks: [{arrow: hip, line: foot, direction: 0}, {arrow: hip, to: foot, direction: 0}, {line: hip, to: foot, direction: 3}]}
            """)
        let diagnostics = try Fixture.diagnostics(text)
        #expect(diagnostics.map(summary) == [
            "30:36 exercises[0].figure.start.marks[0]: the arrow from 'shoulder' needs a 'direction'",
            "30:55 exercises[0].figure.start.marks[1]: the line from 'head' needs 'to'",
            "30:86 exercises[0].figure.start.marks[2].to: the line runs from 'head' to itself",
            "30:93 exercises[0].figure.start.marks[3]: a mark needs 'arrow' or 'line'",
            "31:34 exercises[0].figure.end.marks[0]: a mark is either an 'arrow' or a 'line', not both",
            "31:87 exercises[0].figure.end.marks[1].to: an arrow has no 'to'",
            "31:134 exercises[0].figure.end.marks[2].direction: a line has no 'direction'",
        ])
        #expect(diagnostics.allSatisfy { $0.help != nil })
    }

    @Test func countsHaveLimits() throws {
        let marks = Array(repeating: "{arrow: hip, direction: 0}", count: 5).joined(separator: ", ")
        let poses = Array(repeating: "{base: plank}", count: 3).joined(separator: ", ")
        let text = try Self.programme(figure: """
            props: [floor, mat, wall, bench, chair, towel, weights]
            start: {base: plank, marks: [\(marks)]}
            between: [\(poses)]
            end: {base: plank}
            """)
        let messages = try Fixture.diagnostics(text).map(\.message)
        #expect(messages.contains("'props' lists 7 props; a figure may have at most 6"))
        #expect(messages.contains("'marks' lists 5 marks; a pose may have at most 4"))
        #expect(messages.contains("'between' lists 3 poses; a figure may have at most 2"))
    }

    @Test func markTextFollowsTheLabelRule() throws {
        let text = try Self.programme(figure: "start: {base: plank, label: \"bad\\u0007bell\"}\nend: {base: plank}")
        let diagnostics = try Fixture.diagnostics(text)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.path == "exercises[0].figure.start.label")
    }
}
