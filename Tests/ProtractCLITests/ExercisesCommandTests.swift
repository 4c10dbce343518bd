import Foundation
import Testing

/// `protract exercises [ID] [--programme FILE|ID]`: the catalog, and one exercise in full.
@Suite struct ExercisesCommandTests {
    /// The ids in the built-in catalog, read from the file itself.
    static func catalogIDs() throws -> [String] {
        let text = try String(
            contentsOf: ProtractBinary.programsDirectory.appendingPathComponent("exercises.yaml"), encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            line.hasPrefix("  - id: ") ? String(line.dropFirst("  - id: ".count)) : nil
        }
    }

    @Test func listsEveryExerciseInAlignedColumns() throws {
        let result = try ProtractBinary.run(["exercises"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr == "")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let header = try #require(lines.first)
        #expect(header.hasPrefix("ID "))
        for column in ["NAME", "KIND", "CATEGORY", "MUSCLES"] { #expect(header.contains(column)) }
        let ids = try Self.catalogIDs()
        #expect(ids.count >= 20)
        let rows = lines.filter { !$0.hasPrefix(" ") && !$0.isEmpty }.dropFirst().dropLast()
        #expect(rows.map { String($0.prefix { $0 != " " }) } == ids)
        // Aligned: every row's NAME starts where the header's does.
        let nameColumn = try #require(header.range(of: "NAME")).lowerBound.utf16Offset(in: header)
        for row in rows {
            #expect(row.count > nameColumn && row[row.index(row.startIndex, offsetBy: nameColumn - 1)] == " ", "\(row)")
        }
        // Not a terminal: 80 columns.
        for line in lines { #expect(line.count <= 80, "too wide: \(line)") }
        #expect(result.stdout.contains("cat-cow"))
        #expect(result.stdout.contains("\(ids.count) exercises. Show one in full with: protract exercises ID\n"))
    }

    /// `--format html`: one exercise as a self-contained printable page, with its placeholder or
    /// figure, cues and variants.
    @Test func showsOneExerciseAsAnHTMLCard() throws {
        let result = try ProtractBinary.run(["exercises", "knee-push-up", "--format", "html"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr == "")
        #expect(result.stdout.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(result.stdout.hasSuffix("</html>\n"))
        #expect(result.stdout.contains("<h1>Knee <span class=\"whole\">push-up</span></h1>"))
        #expect(result.stdout.contains("<div class=\"fig") , "a figure or its placeholder")
        #expect(result.stdout.contains("<h2>How to do it</h2>"))
        #expect(result.stdout.contains("<dt>Easier</dt>") && result.stdout.contains("<dt>Harder</dt>"))
        #expect(!result.stdout.contains("<script") && !result.stdout.contains("<img"))
    }

    @Test func anHTMLCardNeedsAnID() throws {
        let result = try ProtractBinary.run(["exercises", "--format", "html"])
        #expect(result.status == 64, "\(result)")
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix(
            "protract: error: --format html shows one exercise as a card: give its ID, such as 'protract exercises cat-cow --format html'\n"))
    }

    @Test func anHTMLCardOfAnUnknownIDIsRefused() throws {
        let result = try ProtractBinary.run(["exercises", "knee-pushup", "--format", "html"])
        #expect(result.status == 64, "\(result)")
        #expect(result.stdout == "")
        #expect(result.stderr.contains("no exercise has the id 'knee-pushup'"))
        #expect(result.stderr.contains("did you mean 'knee-push-up'?"))
    }

    @Test func anUnknownFormatIsAUsageError() throws {
        let result = try ProtractBinary.run(["exercises", "cat-cow", "--format", "pdf"])
        #expect(result.status == 64, "\(result)")
        #expect(result.stdout == "")
    }

    @Test func showsOneExerciseWithCuesAndVariants() throws {
        let result = try ProtractBinary.run(["exercises", "knee-push-up"])
        #expect(result.status == 0, "\(result)")
        let text = result.stdout
        #expect(text.hasPrefix("Knee push-up (knee-push-up)\n"))
        for heading in ["\nCues\n", "\nEasier\n", "\nHarder\n", "  category   push-up\n", "  muscles    ", "  equipment  "] {
            #expect(text.contains(heading), "missing \(heading)")
        }
        #expect(text.contains("  Low incline push-up (low-incline-push-up)\n"))
        #expect(text.contains("  Push-up (push-up)\n"))
        #expect(text.contains("  In short: "))
        #expect(text.contains("tempo 2-1-2"))
    }

    @Test func aHoldShowsItIsTimed() throws {
        let result = try ProtractBinary.run(["exercises", "plank"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("  kind       timed hold"))
    }

    @Test func anUnknownIdSuggestsTheNearest() throws {
        let result = try ProtractBinary.run(["exercises", "scapular-pushup"])
        #expect(result.status == 64, "\(result)")
        #expect(result.stdout == "")
        #expect(result.stderr == """
            protract: error: no exercise has the id 'scapular-pushup'
              help: did you mean 'scapular-push-up'? 'protract exercises' lists them; add --programme FILE to include a programme's own

            """)
    }

    static let ownExercise = """
        id: own-exercise
        title: Own exercise
        summary: Adds one exercise.
        weeks: 4
        schedule: {days: [mon, thu], time: "18:00"}
        sessions:
          - title: A
            blocks:
              - {plugin: stabilizer-strength, exercises: [band-pull-apart, plank]}
        exercises:
          - id: band-pull-apart
            name: Band pull-apart
            category: stabilizer
            kind: reps
            muscles: [rhomboids]
            summary: Pulls the shoulder blades together.
            cues: [arms straight]
            short-cue: squeeze
            easier: [prone-y-t-w]
        safety:
          stop-if: [sharp pain]
          see-a-clinician: [numbness in the arms]

        """

    @Test func aProgrammesOwnExercisesAreIncludedOnRequest() throws {
        try withTemporaryDirectory { dir in
            let file = try dir.write(Self.ownExercise, to: "own.yaml")
            let builtIn = try ProtractBinary.run(["exercises"])
            #expect(!builtIn.stdout.contains("band-pull-apart"))
            let listed = try ProtractBinary.run(["exercises", "--programme", file.path])
            #expect(listed.status == 0, "\(listed)")
            #expect(listed.stdout.contains("\nband-pull-apart *"))
            #expect(listed.stdout.contains("(* the programme's own)"))
            let shown = try ProtractBinary.run(["exercises", "band-pull-apart", "--programme", file.path])
            #expect(shown.status == 0, "\(shown)")
            #expect(shown.stdout.contains("Prone Y-T-W raise (prone-y-t-w)") || shown.stdout.contains("(prone-y-t-w)\n"))
            let unknown = try ProtractBinary.run(["exercises", "band-pull-apart"])
            #expect(unknown.status == 64, "\(unknown)")
        }
    }

    @Test func anInvalidProgrammeIsReportedWithItsDiagnostics() throws {
        try withTemporaryDirectory { dir in
            let file = try dir.write(Self.ownExercise.replacingOccurrences(of: "weeks: 4", with: "weeks: four"), to: "own.yaml")
            let result = try ProtractBinary.run(["exercises", "--programme", file.path])
            #expect(result.status == 65, "\(result)")
            #expect(result.stderr.contains("own.yaml:4:8: error:"))
            let missing = try ProtractBinary.run(["exercises", "--programme", "no-such-programme"])
            #expect(missing.status == 66, "\(missing)")
        }
    }

    /// A word of a name wider than the name column ('shoulder-blade') widens the column, so the
    /// kind, category and muscles stay aligned on every row.
    @Test func theTableStaysAlignedAroundALongWord() throws {
        let result = try ProtractBinary.run(["exercises"], environment: ["COLUMNS": "80"])
        #expect(result.status == 0, "\(result)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let header = try #require(lines.first)
        let kind = try #require(header.range(of: "KIND")).lowerBound.utf16Offset(in: header)
        for line in lines.dropFirst() where line.contains("  reps  ") || line.contains("  hold  ") {
            let found = line.range(of: line.contains("  reps  ") ? "reps" : "hold").map { $0.lowerBound.utf16Offset(in: line) }
            #expect(found == kind, "\(line)")
        }
        // Every line that reaches the muscles column starts its text there.
        let muscles = try #require(header.range(of: "MUSCLES")).lowerBound.utf16Offset(in: header)
        for line in lines.dropFirst() where line.utf16.count > muscles && line.first != nil && !line.hasPrefix("Show") {
            let scalars = Array(line.unicodeScalars)
            guard scalars.count > muscles, !line.contains("exercises. Show") else { continue }
            #expect(scalars[muscles] != " " && scalars[muscles - 1] == " ", "\(line)")
        }
        #expect(lines.contains { $0.contains("shoulder-blade") })
    }
}

