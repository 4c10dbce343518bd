import Foundation
import MobilityWarmUp
import PlanKit
@testable import PlanRendering
import PushUpProgression
import StabilizerStrength
import YAMLKit

/// The properties the fuzz targets check, shared by the libFuzzer harnesses in `Fuzz/` (which
/// compile this file in) and by `FuzzRegressionTests` (which replays every saved input).
///
/// Each check returns the properties an input breaks, described; empty when it holds. A crash,
/// a trap or a hang inside a check is a finding too: the harness reports those by dying.
enum FuzzChecks {
    /// The planner's fixed inputs: the real catalog and plugins, and one person.
    /// The body of every fuzz target: the bytes libFuzzer gives, checked by `check`; a broken
    /// property traps, so that libFuzzer keeps the input.
    static func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int, _ name: String, check: ([UInt8]) -> [String]) -> Int32 {
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
        let problems = check(bytes)
        if !problems.isEmpty { fatalError("\(name) property broken:\n" + problems.joined(separator: "\n")) }
        return 0
    }

    /// The planner's context for a fuzz target, from `PROTRACT_PROGRAMS` (default `Programs`); traps
    /// when it cannot load, since no input could then be checked.
    static func fuzzContext() -> Context {
        guard let context = Context.load(programs: ProcessInfo.processInfo.environment["PROTRACT_PROGRAMS"] ?? "Programs")
        else { fatalError("cannot load Programs/exercises.yaml: set PROTRACT_PROGRAMS") }
        return context
    }

    struct Context {
        var catalog: ExerciseCatalog
        var registry: PluginRegistry
        var flagship: ConfiguredProgramme?

        /// Loads the catalog (and the flagship programme, for the profile check) from `Programs/`.
        static func load(programs: String) -> Context? {
            guard let registry = try? PluginRegistry([MobilityWarmUp.self, StabilizerStrength.self, PushUpProgression.self]),
                let catalogBytes = readFile(programs + "/exercises.yaml"),
                let catalog = try? ProgrammeLoader.catalog(from: SourceFile(name: "exercises.yaml", bytes: catalogBytes))
            else { return nil }
            var context = Context(catalog: catalog, registry: registry, flagship: nil)
            if let bytes = readFile(programs + "/upper-back-rehab.yaml"),
                let programme = try? context.loader.programme(from: SourceFile(name: "flagship", bytes: bytes))
            {
                context.flagship = try? registry.configure(programme, catalog: catalog)
            }
            return context
        }

        var loader: ProgrammeLoader {
            ProgrammeLoader(validator: ProgrammeValidator(catalog: catalog, pluginIDs: registry.ids))
        }
    }

    /// Every programme that loads is planned at the longest plan Protract makes (520 weeks), so
    /// that every sum and date step on its numbers runs at its largest. Under ASan a plan costs
    /// ten to thirty times its release-build time, so only the first twelve and the last four
    /// weeks are rendered (the last ones carry the largest dates and counters); the release
    /// build's time for whole plans is measured by protract-bench.
    static let plannedWeeks = Programme.maxWeeks
    static let maxRenderedWeeks = 12
    static let renderedLastWeeks = 4

    static let person = Athlete(
        start: CivilDate(year: 2026, month: 12, day: 7) ?? CivilDate(daysSinceEpoch: 0), timeZone: "Europe/London")

    // MARK: Programme: parse, decode, validate, configure, plan, render

    /// YAML bytes as a programme file: every error is located inside the file and renders; a
    /// programme that loads plans without trapping and renders within the text width.
    static func programme(_ bytes: [UInt8], context: Context) -> [String] {
        let file = SourceFile(name: "fuzz.yaml", bytes: bytes)
        let configured: ConfiguredProgramme
        do {
            let programme = try context.loader.programme(from: file)
            configured = try context.registry.configure(programme, catalog: context.catalog)
        } catch {
            return located(error, in: file)
        }
        var athlete = person
        athlete.weeks = plannedWeeks
        guard let plan = try? Planner().plan(configured, for: athlete) else { return [] }
        return rendered(plan, catalog: configured.catalog)
    }

    // MARK: Profile: parse and decode, then plan the flagship for that person

    /// YAML bytes as a profile: errors are located; a profile that decodes gives an athlete the
    /// planner either plans or refuses with a `PlanError`, never a trap.
    static func profile(_ bytes: [UInt8], context: Context) -> [String] {
        let file = SourceFile(name: "profile.yaml", bytes: bytes)
        let profile: Profile
        do {
            profile = try YAMLDocument.load(file).decode(Profile.self)
        } catch {
            return located(error, in: file)
        }
        guard let flagship = context.flagship else { return ["the flagship programme did not load"] }
        var baseline: [String: Int] = [:]
        for entry in profile.baseline { baseline[entry.key.value] = entry.value.value }
        let athlete = Athlete(
            name: profile.name, start: profile.start?.value ?? person.start, days: profile.days, time: profile.time,
            timeZone: profile.timeZone?.value ?? "UTC", weeks: profile.weeks?.value,
            skip: profile.skip,
            baseline: baseline)
        guard let plan = try? Planner().plan(flagship, for: athlete) else { return [] }
        return rendered(plan, catalog: flagship.catalog)
    }

    // MARK: Journal: read a course's journal, write it back, replay it into the flagship's plan

    /// YAML bytes as a course journal: errors are located; a journal that reads is written back to
    /// the same course, and replayed into the flagship's plan as of a week after its last entry,
    /// which plans (or is refused with a `PlanError`) and renders, never a trap.
    static func journal(_ bytes: [UInt8], context: Context) -> [String] {
        let file = SourceFile(name: "journal.yaml", bytes: bytes)
        let course: Course
        do {
            course = try JournalFile.read(try YAMLDocument.load(file)).course
        } catch {
            return located(error, in: file)
        }
        var problems: [String] = []
        do {
            let again = try JournalFile.read(try YAMLDocument.load(
                SourceFile(name: "again.yaml", bytes: Array(try JournalFile.text(for: course).utf8)))).course
            if again != course { problems.append("the journal written back reads as another course") }
        } catch {
            problems.append("the journal written back does not read: \(error.diagnostics.map(\.message))")
        }
        guard let flagship = context.flagship else { return problems + ["the flagship programme did not load"] }
        var replayed = course
        replayed.athlete.weeks = min(replayed.athlete.weeks ?? 8, plannedWeeks)
        let today = (course.logs.map(\.date).max() ?? course.athlete.start).adding(days: 7)
        guard let plan = try? Planner().plan(flagship, course: replayed, today: today) else { return problems }
        return problems + rendered(plan, catalog: flagship.catalog)
    }

    // MARK: Text wrapping

    /// Bytes read as a width, two prefixes and a text, wrapped by the one word wrapper
    /// (`LineWrapper`) as the text plan wraps (long words cut) and as the listings wrap (long words
    /// whole): no line is wider than the width but a lone long word's, and no text is lost or added.
    static func textWrap(_ bytes: [UInt8]) -> [String] {
        guard bytes.count >= 3 else { return [] }
        let width = 10 + Int(bytes[0]) % 111
        let firstIndent = Int(bytes[1]) % width
        let restIndent = Int(bytes[2]) % (width + 4)  // at or past the width, the wrapper drops it
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        let first = String(repeating: " ", count: firstIndent)
        let rest = String(repeating: " ", count: restIndent)
        let wrapper = LineWrapper(width: width)
        var problems: [String] = []

        let lines = wrapper.wrap(text, first: first, rest: rest)
        for line in lines where line.count > width {
            problems.append("a line of \(line.count) characters is wider than \(width): \(line.debugDescription)")
        }
        // Compared scalar by scalar without the separators: an indent can fuse with a word cut
        // before a combining mark into one character, which is still the same text.
        func content(_ text: String) -> String.UnicodeScalarView {
            var scalars = String.UnicodeScalarView()
            scalars.append(contentsOf: text.unicodeScalars.filter { $0 != " " && $0 != "\n" && $0 != "\t" })
            return scalars
        }
        let wordsIn = content(LineWrapper.words(text).joined(separator: " "))
        let wordsOut = content(lines.joined(separator: "\n"))
        if !wordsIn.elementsEqual(wordsOut) {
            problems.append("the words changed: \(String(wordsIn).debugDescription) became \(String(wordsOut).debugDescription)")
        }

        // The listings' mode: the same lines but that a word too long for a line stands whole.
        let whole = LineWrapper(width: width, longWords: .overflow).wrap(text, first: first, rest: rest)
        // Words are compared as characters, as the wrapper splits them: a space that a combining
        // mark joins is part of its word (a substring search would find the space inside it).
        for line in whole where line.count > width
            && line.drop(while: { $0 == " " }).contains(where: { $0 == " " })
        {
            problems.append("a line of several words is wider than \(width): \(line.debugDescription)")
        }
        if !wordsIn.elementsEqual(content(whole.joined(separator: "\n"))) {
            problems.append("the words changed when long words stay whole: \(whole.joined(separator: "\n").debugDescription)")
        }

        let segments = text.split(separator: "|").map(String.init)
        let segmentLines = wrapper.wrap(segments: segments, first: first, rest: rest)
        for line in segmentLines where line.count > width {
            problems.append("a segment line of \(line.count) characters is wider than \(width): \(line.debugDescription)")
        }
        // Nothing the text holds reaches the terminal raw (TerminalText): no control character,
        // line break or text-direction override inside a line.
        for line in lines + whole + segmentLines where line.unicodeScalars.contains(where: { TerminalText.isUnsafe($0) }) {
            problems.append("a line holds a raw control character: \(line.debugDescription)")
            break
        }
        return problems
    }

    // MARK: iCalendar content lines

    /// The first byte picks a TEXT value, a TEXT list (items split at `|`) or a raw value; the
    /// rest is the value. Every physical line holds at most 75 octets and is whole UTF-8, every
    /// continuation starts with a space, and unfolding then unescaping gives the value back (line
    /// breaks as LF, other control characters as spaces).
    static func ics(_ bytes: [UInt8]) -> [String] {
        guard let mode = bytes.first else { return [] }
        let value = String(decoding: bytes.dropFirst(), as: UTF8.self)
        let line: ContentLine
        let expected: String
        switch mode % 3 {
        case 0:
            line = ContentLine("DESCRIPTION", text: value)
            expected = "DESCRIPTION:" + textAsWritten(value)
        case 1:
            let items = value.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            line = ContentLine("CATEGORIES", textList: items)
            expected = "CATEGORIES:" + items.map(textAsWritten).joined(separator: ",")
        default:
            // Raw values are the renderer's own structured values (dates, UIDs, durations), never
            // text from outside; a line break in one is outside the contract, not a bug.
            guard !value.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return [] }
            line = ContentLine("X-RAW", raw: value)
            expected = "X-RAW:" + value
        }
        var problems: [String] = []
        let out = line.bytes
        guard out.count >= 2, out.suffix(2).elementsEqual([0x0D, 0x0A]) else { return ["no CRLF at the end"] }
        var physical: [ArraySlice<UInt8>] = []
        var start = 0
        var index = 0
        while index + 1 < out.count {
            if out[index] == 0x0D, out[index + 1] == 0x0A {
                physical.append(out[start..<index])
                start = index + 2
                index += 2
            } else {
                index += 1
            }
        }
        for (number, piece) in physical.enumerated() {
            if piece.count > ContentLine.maxOctets { problems.append("line \(number + 1) has \(piece.count) octets") }
            if String(validating: piece, as: UTF8.self) == nil { problems.append("line \(number + 1) splits a UTF-8 sequence") }
            if number > 0, piece.first != 0x20 { problems.append("continuation line \(number + 1) does not start with a space") }
        }
        let unfolded = physical.enumerated().flatMap { number, piece in number == 0 ? piece : piece.dropFirst() }
        let logical = String(decoding: unfolded, as: UTF8.self)
        let readBack = mode % 3 == 2 ? logical : unescaped(logical)
        if !readBack.unicodeScalars.elementsEqual(expected.unicodeScalars) && mode % 3 != 1 {
            problems.append("unfolding gives \(readBack.debugDescription), not \(expected.debugDescription)")
        }
        if mode % 3 == 1, logical != "CATEGORIES:" + value.split(separator: "|", omittingEmptySubsequences: false)
            .map({ ContentLine.escaped(String($0)) }).joined(separator: ",")
        {
            problems.append("the list unfolds to \(logical.debugDescription)")
        }
        return problems
    }

    /// What a TEXT value reads as after escaping and unescaping: line breaks as LF, other control
    /// characters (but tab) as spaces.
    static func textAsWritten(_ value: String) -> String {
        var out = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in value.unicodeScalars {
            defer { previous = scalar }
            switch scalar {
            case "\n" where previous == "\r": continue
            case "\r", "\n": out.append("\n")
            case "\t": out.append(scalar)
            default: out.append(scalar.value < 0x20 || scalar.value == 0x7F ? " " : scalar)
            }
        }
        return String(out)
    }

    /// RFC 5545 TEXT unescaping: `\\`, `\;`, `\,`, `\n` and `\N`.
    static func unescaped(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var escaping = false
        for scalar in text.unicodeScalars {
            if escaping {
                out.append(scalar == "n" || scalar == "N" ? "\n" : scalar)
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    // MARK: Shared

    /// Problems with an error's diagnostics: each has a range inside the file, and all render.
    static func located(_ error: YAMLError, in file: SourceFile) -> [String] {
        var problems: [String] = []
        if error.diagnostics.isEmpty { problems.append("an error without diagnostics") }
        func check(_ diagnostic: Diagnostic) {
            guard let range = diagnostic.range else { return }
            if !(1...file.lineCount).contains(range.start.line) || range.start.column < 1 {
                problems.append("\(diagnostic.message): range \(range) outside the file's \(file.lineCount) lines")
            }
        }
        for diagnostic in error.diagnostics {
            check(diagnostic)
            diagnostic.notes.forEach(check)
        }
        _ = DiagnosticRenderer(colour: true).render(error.diagnostics, in: file)
        // Without colour, a rendered diagnostic holds no control character but line feeds and the
        // tabs kept under tabs: nothing in the file drives the terminal.
        let plain = DiagnosticRenderer(colour: false).render(error.diagnostics, in: file)
        if plain.unicodeScalars.contains(where: { $0 != "\t" && TerminalText.isUnsafe($0, allowingLineBreaks: true) }) {
            problems.append("a rendered diagnostic holds a raw control character")
        }
        return problems
    }

    /// Problems with a plan's text, JSON, HTML and .ics: a text line wider than 80 characters, JSON
    /// that fails, an HTML page whose text changed its structure, an .ics line that does not fold.
    static func rendered(_ plan: Plan, catalog: ExerciseCatalog) -> [String] {
        var problems: [String] = []
        var plan = plan
        if plan.weeks.count > maxRenderedWeeks + renderedLastWeeks {
            plan.weeks = Array(plan.weeks.prefix(maxRenderedWeeks) + plan.weeks.suffix(renderedLastWeeks))
        }
        let text = TextRenderer(options: .init(width: 80, colour: false)).render(plan, catalog: catalog)
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) where line.count > 80 {
            problems.append("a text line of \(line.count) characters: \(String(line).debugDescription)")
            break
        }
        if text.unicodeScalars.contains(where: { TerminalText.isUnsafe($0, allowingLineBreaks: true) && $0 != "\t" }) {
            problems.append("the text plan holds a raw control character")
        }
        // The JSON must be JSON, and exactly what Foundation writes for it: read back and written
        // again by JSONSerialization with the renderer's options, it comes out byte for byte.
        let json = JSONRenderer().render(plan, catalog: catalog)
        if let value = try? JSONSerialization.jsonObject(with: Data(json.utf8)),
            let again = try? JSONSerialization.data(withJSONObject: value, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        {
            if String(decoding: again, as: UTF8.self) + "\n" != json {
                problems.append("the JSON differs from what Foundation writes for it")
            }
        } else {
            problems.append("the JSON does not parse")
        }
        // The handout: its own text cannot open an element (no script, one stylesheet), and no
        // control or direction character is left raw (they are shown as escapes).
        let html = HTMLRenderer().render(plan, catalog: catalog)
        if html.contains("<script") || html.components(separatedBy: "</style>").count != 2 {
            problems.append("the HTML page's structure was changed by its text")
        }
        if html.unicodeScalars.contains(where: { HTMLBuilder.mustShowAsEscape($0) || $0 == "\r" }) {
            problems.append("the HTML page holds a raw control or direction character")
        }
        // An unknown time zone is refused with a RenderingError; anything written must fold.
        if let ics = try? ICalendarRenderer(options: .init(timestamp: 0)).render(plan, catalog: catalog) {
            for line in ics.utf8.split(separator: 0x0A) where line.count > ContentLine.maxOctets + 1 {
                problems.append("an .ics line of \(line.count - 1) octets")
                break
            }
        }
        return problems
    }

    static func readFile(_ path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path).map { Array($0) }
    }
}
