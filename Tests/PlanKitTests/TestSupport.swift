import Foundation
import PlanKit
import ProtractTestSupport
import Testing
import YAMLKit

/// Shared inputs for the PlanKit tests: the repository's real `Programs/` files and a small valid
/// programme that each test breaks in one place.
enum Fixture {
    /// The plugin ids the validator knows until the plugins register themselves.
    static let pluginIDs = ["mobility-warmup", "stabilizer-strength", "push-up-progression"]

    struct EditNotApplied: Error, CustomStringConvertible {
        var target: String
        var description: String { "the fixture does not contain \(target.debugDescription)" }
    }

    /// A loader with the built-in catalog and the three known plugins.
    static func loader() throws -> ProgrammeLoader {
        ProgrammeLoader(validator: ProgrammeValidator(catalog: try Repository.catalog(), pluginIDs: pluginIDs))
    }

    /// A valid programme; line numbers matter to the tests (line 19 is `exercises: []`).
    static let base = """
        id: test-plan
        title: Test plan
        summary: A programme for tests.
        weeks: 8
        schedule:
          days: [mon, wed, fri]
          time: "07:30"
          min-rest-hours: 48
        phases:
          - {name: Activate, weeks: 2}
          - {name: Build, weeks: 4}
          - {name: Integrate, weeks: 2}
        deload: {every: 4, volume: 60%}
        sessions:
          - title: Stability
            blocks:
              - {plugin: mobility-warmup, minutes: 6}
              - {plugin: push-up-progression, sets: 3}
        exercises: []
        safety:
          stop-if: [sharp pain]
          see-a-clinician: [numbness in the arms]

        """

    /// A valid programme-local exercise, written under `exercises:` from line 20.
    static let rowExercise = """
          - id: band-row
            name: Band row
            category: stabilizer
            kind: reps
            tempo: 2-1-2
            muscles: [rhomboids, middle trapezius]
            summary: Rows a band to the chest.
            cues: [squeeze the shoulder blades together]
            short-cue: squeeze
        """

    /// `base` with each `(old, new)` replacement applied once; throws when `old` is not there, so a
    /// stale edit fails the test instead of testing the unchanged file.
    static func programme(_ edits: (String, String)...) throws -> String {
        var text = base
        for (old, new) in edits {
            guard let range = text.range(of: old) else { throw EditNotApplied(target: old) }
            text.replaceSubrange(range, with: new)
        }
        return text
    }

    /// `base` with `exercises: []` replaced by the given list body.
    static func programme(exercises body: String) throws -> String {
        try programme(("exercises: []\n", "exercises:\n" + body + "\n"))
    }

    /// The diagnostics loading `text` as a programme gives; empty when it loads.
    static func diagnostics(_ text: String, name: String = "plan.yaml") throws -> [Diagnostic] {
        let loader = try loader()
        do {
            _ = try loader.programme(from: SourceFile(name: name, text: text))
            return []
        } catch {
            return error.diagnostics
        }
    }

    /// The rendered (colourless) diagnostics for `text`, exactly as `protract validate` prints them.
    static func rendered(_ text: String, name: String = "plan.yaml") throws -> String {
        let file = SourceFile(name: name, text: text)
        return DiagnosticRenderer(colour: false).render(try diagnostics(text, name: name), in: file)
    }

    /// A programme that must load.
    static func load(_ text: String, name: String = "plan.yaml") throws -> Programme {
        try loader().programme(from: SourceFile(name: name, text: text))
    }
}

/// One diagnostic reduced to what the tests compare: `LINE:COLUMN path: message`.
func summary(_ diagnostic: Diagnostic) -> String {
    let place = diagnostic.range.map { "\($0.start.line):\($0.start.column)" } ?? "-"
    return "\(place) \(diagnostic.path): \(diagnostic.message)"
}

extension String {
    /// This text with the first `target` replaced; unchanged (so the test fails) when it is absent.
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        var copy = self
        copy.replaceSubrange(range, with: replacement)
        return copy
    }
}
