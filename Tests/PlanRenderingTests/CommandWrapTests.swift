import Foundation
import Testing

@testable import PlanRendering

/// A command to copy is laid out for a narrow terminal only between its arguments, with ` \`
/// at the end of each line but the last, so that the lines pasted into a shell are the command;
/// a terminal left to wrap it breaks it in a flag (`--as-` / `planned`), as a person's trial saw.
/// The arguments are read as the shell reads them: a quoted path with a space is never cut.
struct CommandWrapTests {
    static let command = "protract log --course i5 --date 2026-12-07 --as-planned --pain 8 --morning 1 "
        + "--note 'from paper, it'\\''s ok' --change-later"

    /// `ShellWords.arguments(of:)` as strings.
    static func arguments(_ command: String) -> [String] {
        ShellWords.arguments(of: command[...]).map(String.init)
    }

    /// Prose goes the quote-aware way only when a quote opens a word: an apostrophe inside one
    /// (`the person's`, `don't`) quotes nothing, and lays out the same either way.
    @Test func onlyAQuoteThatOpensAWordTakesTheQuoteAwarePath() {
        #expect(TextLayout.opensAQuote("log the count ('protract log --retest N')"))
        #expect(TextLayout.opensAQuote("'protract next' shows it"))
        #expect(TextLayout.opensAQuote("the next line\n'quoted' here"))
        #expect(!TextLayout.opensAQuote("the person's dose, if it doesn't hurt"))
        #expect(!TextLayout.opensAQuote("no quote at all"))
        let possessive = "the person's dose holds when it doesn't settle by the next morning, and the plan's reason says why"
        for width in 40...80 {
            let wrapper = LineWrapper(width: width)
            #expect(wrapper.wrap(possessive, first: "  ", rest: "    ")
                == wrapper.wrap(keepingQuoted: possessive, first: "  ", rest: "    "), "\(width)")
        }
    }

    @Test func argumentsKeepTheirQuotes() {
        #expect(Self.arguments(Self.command).suffix(3) == ["--note", "'from paper, it'\\''s ok'", "--change-later"])
        #expect(Self.arguments("protract log --journal $'my\\x1b journal\\'s.yaml' --list")
            == ["protract", "log", "--journal", "$'my\\x1b journal\\'s.yaml'", "--list"])
        #expect(Self.arguments("a  b\\ c") == ["a", "b\\ c"])
    }

    /// `$'` opens an ANSI-C quote (where `\'` is a quote inside it) only with the `$` right
    /// before the quote, in the same word, and not escaped.
    @Test func aDollarQuoteIsAnANSIQuoteOnlyRightAfterTheDollar() {
        #expect(Self.arguments("a$'b \\'c' d") == ["a$'b \\'c'", "d"])
        #expect(Self.arguments("$ 'a\\' b' c") == ["$", "'a\\'", "b' c"])
        #expect(Self.arguments("--note '$' 'x y'") == ["--note", "'$'", "'x y'"])
        #expect(Self.arguments("'a'$'b\\' c' d") == ["'a'$'b\\' c'", "d"])
        #expect(Self.arguments("$'a b'") == ["$'a b'"])
        #expect(Self.arguments("\\$'a b' c") == ["\\$'a b'", "c"])
    }

    /// A command quoted in prose ends at a quote outside the shell's quotes that ends an argument.
    @Test func aCommandQuotedInProseEndsAtItsOwnQuote() {
        let text = "'protract plan '/My Programmes/it'\\''s.yaml' --weeks 2'), then more"
        #expect(ShellWords.quotedCommand(text[...])?.map(String.init)
            == ["'protract", "plan", "'/My Programmes/it'\\''s.yaml'", "--weeks", "2'),"])
        #expect(ShellWords.quotedCommand("'protract log --list' now"[...])?.map(String.init) == ["'protract", "log", "--list'"])
        #expect(ShellWords.quotedCommand("'protract log --note 'a b' no close"[...]) == nil)
    }

    @Test func aLongCommandBreaksOnlyBetweenArgumentsWithinTheWidth() {
        let lines = LineWrapper(width: 48, longWords: .overflow).wrap(command: Self.command, indent: "  ")
        // A flag stays on the line of its value: no line ends in `--note \\`.
        #expect(lines == [
            "  protract log --course i5 --date 2026-12-07 \\",
            "    --as-planned --pain 8 --morning 1 \\",
            "    --note 'from paper, it'\\''s ok' \\",
            "    --change-later",
        ])
        #expect(lines.allSatisfy { $0.count <= 48 })
        #expect(Self.pasted(lines.joined(separator: "\n")) == ["protract", "log", "--course", "i5", "--date", "2026-12-07",
            "--as-planned", "--pain", "8", "--morning", "1", "--note", "from paper, it's ok", "--change-later"])
    }

    /// An argument in double quotes (`--note "last set was hard"`, `"Sam's plan.yaml"`) is one
    /// argument, a single quote in it a character: the shell reads it so.
    @Test func doubleQuotesHoldOneArgument() {
        #expect(Self.arguments("protract log --note \"last set was hard\" --pain 2")
            == ["protract", "log", "--note", "\"last set was hard\"", "--pain", "2"])
        #expect(Self.arguments("protract plan \"/home/sam/Sam's plans/back.yaml\" --none")
            == ["protract", "plan", "\"/home/sam/Sam's plans/back.yaml\"", "--none"])
        #expect(Self.arguments("a \"b \\\" c\" d") == ["a", "\"b \\\" c\"", "d"])
        let text = "run 'protract plan \"/home/sam/Sam's plans/back.yaml\" --none' now"
        #expect(ShellWords.quotedCommand(text[text.firstIndex(of: "'")!...])?.map(String.init)
            == ["'protract", "plan", "\"/home/sam/Sam's plans/back.yaml\"", "--none'"])
    }

    /// At every width from 40 to 100 the help's and the screen's commands break only between
    /// arguments, a flag with its value, and paste as the command.
    @Test(arguments: [40, 41, 47, 52, 60, 73, 100])
    func aFlagKeepsItsValueAndTheLinesPaste(width: Int) {
        let commands = [
            "protract plan upper-back-rehab --start 2026-12-07 --days mon,wed,fri",
            "protract plan upper-back-rehab --format ics --reminder 30m -o plan.ics",
            "protract log --as-planned --pain 2 --note \"last set was hard\"",
            "protract plan '/home/sam/My Programmes/back.yaml' --none --baseline push-ups=N --baseline knee-push-ups=N",
            "protract start upper-back-rehab --course NEW --baseline push-ups=6 --days mon,wed,fri --time 07:30",
        ]
        for command in commands {
            let lines = LineWrapper(width: width, longWords: .overflow).wrap(command: command, indent: "  ")
            #expect(lines.allSatisfy { $0.count <= width }, "\(lines)")
            #expect(lines.dropLast().allSatisfy { $0.hasSuffix(" \\") }, "\(lines)")
            #expect(!lines.contains { $0.hasSuffix(" -o \\") || $0.hasSuffix("--days \\") || $0.hasSuffix("--note \\")
                || $0.hasSuffix("--baseline \\") || $0.hasSuffix("--course \\") }, "\(lines)")
            #expect(Self.pasted(lines.joined(separator: "\n")) == Self.pasted(command), "\(lines)")
        }
    }

    @Test func aCommandThatFitsStaysOnOneLine() {
        let wrapper = LineWrapper(width: 48, longWords: .overflow)
        #expect(wrapper.wrap(command: "protract log --morning N", indent: "  ") == ["  protract log --morning N"])
        // An argument longer than a line stands whole on a line of its own.
        let long = "protract log --note '" + String(repeating: "x", count: 60) + "' --pain 2"
        #expect(wrapper.wrap(command: long, indent: "  ")
            == ["  protract log --note \\", "    '" + String(repeating: "x", count: 60) + "' \\", "    --pain 2"])
    }

    /// Quoted paths as `SystemPath.shellWord` writes them: a space, and a quote (`'\''`) too.
    static let paths = [
        (quoted: "'/home/sam/My Programmes/back.yaml'", path: "/home/sam/My Programmes/back.yaml"),
        (quoted: "'/home/sam/Sam'\\''s programmes/back.yaml'", path: "/home/sam/Sam's programmes/back.yaml"),
    ]

    /// A command on lines of its own, pasted into `/bin/sh`: the same arguments, the path whole.
    @Test(arguments: [40, 80], [0, 1])
    func aQuotedPathOnItsOwnLinePastesWhole(width: Int, path: Int) {
        let (quoted, unquoted) = Self.paths[path]
        let lines = LineWrapper(width: width, longWords: .overflow)
            .wrap(command: "protract plan \(quoted) --weeks 2 --baseline push-ups=6", indent: "  ")
        #expect(lines.contains { $0.contains(quoted) }, "\(lines)")
        #expect(Self.pasted(lines.joined(separator: "\n"))
            == ["protract", "plan", unquoted, "--weeks", "2", "--baseline", "push-ups=6"], "\(lines)")
    }

    /// A quoted command in prose holding a quoted path: broken only between its arguments; what
    /// lies between its own quotes, pasted into `/bin/sh`, is the command.
    @Test(arguments: [40, 80], [0, 1])
    func aQuotedPathInProsePastesWhole(width: Int, path: Int) throws {
        let (quoted, unquoted) = Self.paths[path]
        let text = "the programme changed: to plan it again, run 'protract plan \(quoted) --weeks 2' and "
            + "log as before"
        let lines = LineWrapper(width: width, longWords: .overflow).wrap(keepingQuoted: text, first: "protract: note: ", rest: "  ")
        #expect(lines.contains { $0.contains(quoted) }, "\(lines)")
        #expect(lines.allSatisfy { $0.count <= width || $0.trimmingCharacters(in: .whitespaces).hasPrefix(quoted) }, "\(lines)")
        let shown = lines.joined(separator: "\n")
        let opening = try #require(shown.range(of: "'protract"))
        let closing = try #require(shown.range(of: "--weeks 2'"))
        let copied = String(shown[opening.lowerBound..<closing.upperBound].dropFirst().dropLast())
        #expect(Self.pasted(copied) == ["protract", "plan", unquoted, "--weeks", "2"], "\(lines)")
        // In `protract screen 'PATH'`, the form the plan's screening line takes, the path is kept
        // whole (cut only when wider than a line and no line may be wider).
        let screening = "check the red flags below first (protract screen \(quoted) asks them)"
        for longWords in [LineWrapper.LongWords.cut, .overflow] where longWords == .overflow || quoted.count <= width {
            let lines = LineWrapper(width: width, longWords: longWords).wrap(keepingQuoted: screening, first: "Screening: ", rest: "  ")
            #expect(lines.contains { $0.contains(quoted) }, "\(lines)")
        }
    }

    /// The arguments `/bin/sh` reads from `command` pasted after `printf '%s\n'`, one a line.
    static func pasted(_ command: String) -> [String]? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "protract() { printf '%s\\n' protract \"$@\"; }\n" + command]
        let output = Pipe()
        process.standardOutput = output
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }
}
