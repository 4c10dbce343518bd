import Testing

@testable import ProtractCLI

/// A command to copy is laid out for a narrow terminal only between its arguments, with ` \`
/// at the end of each line but the last, so that the lines pasted into a shell are the command;
/// a terminal left to wrap it breaks it in a flag (`--as-` / `planned`), as a person's trial saw.
struct CommandLayoutTests {
    static let command = "protract log --course i5 --date 2026-12-07 --as-planned --pain 8 --morning 1 "
        + "--note 'from paper, it'\\''s ok' --change-later"

    @Test func argumentsKeepTheirQuotes() {
        #expect(CommandLayout.arguments(of: Self.command).suffix(3) == ["--note", "'from paper, it'\\''s ok'", "--change-later"])
        #expect(CommandLayout.arguments(of: "protract log --journal $'my\\x1b journal\\'s.yaml' --list")
            == ["protract", "log", "--journal", "$'my\\x1b journal\\'s.yaml'", "--list"])
        #expect(CommandLayout.arguments(of: "a  b\\ c") == ["a", "b\\ c"])
    }

    /// `$'` opens an ANSI-C quote (where `\'` is a quote inside it) only with the `$` right
    /// before the quote, in the same word.
    @Test func aDollarQuoteIsAnANSIQuoteOnlyRightAfterTheDollar() {
        #expect(CommandLayout.arguments(of: "a$'b \\'c' d") == ["a$'b \\'c'", "d"])
        #expect(CommandLayout.arguments(of: "$ 'a\\' b' c") == ["$", "'a\\'", "b' c"])
        #expect(CommandLayout.arguments(of: "--note '$' 'x y'") == ["--note", "'$'", "'x y'"])
        #expect(CommandLayout.arguments(of: "'a'$'b\\' c' d") == ["'a'$'b\\' c'", "d"])
        #expect(CommandLayout.arguments(of: "$'a b'") == ["$'a b'"])
    }

    @Test func aLongCommandBreaksOnlyBetweenArgumentsWithinTheWidth() {
        let lines = CommandLayout(width: 48).lines(Self.command, indent: "  ")
        #expect(lines == [
            "  protract log --course i5 --date 2026-12-07 \\",
            "    --as-planned --pain 8 --morning 1 --note \\",
            "    'from paper, it'\\''s ok' --change-later",
        ])
        #expect(lines.allSatisfy { $0.count <= 48 })
        // Read back as the shell reads it: the same arguments.
        let joined = lines.map { $0.hasSuffix(" \\") ? String($0.dropLast(2)) : $0 }.joined(separator: " ")
        #expect(CommandLayout.arguments(of: joined) == CommandLayout.arguments(of: Self.command))
        // Every line ends with a whole argument: no flag is cut.
        let words = Set(CommandLayout.arguments(of: Self.command))
        for line in lines {
            let last = CommandLayout.arguments(of: line.hasSuffix(" \\") ? String(line.dropLast(2)) : line).last ?? ""
            #expect(words.contains(last), "\(line)")
        }
    }

    @Test func aCommandThatFitsOrGoesToAFileStaysOnOneLine() {
        #expect(CommandLayout(width: 48).lines("protract log --morning N", indent: "  ") == ["  protract log --morning N"])
        #expect(CommandLayout(width: nil).lines(Self.command, indent: "  ") == ["  " + Self.command])
        // An argument longer than a line stands whole on a line of its own.
        let long = "protract log --note '" + String(repeating: "x", count: 60) + "' --pain 2"
        #expect(CommandLayout(width: 48).lines(long, indent: "  ")
            == ["  protract log --note \\", "    '" + String(repeating: "x", count: 60) + "' \\", "    --pain 2"])
    }
}
