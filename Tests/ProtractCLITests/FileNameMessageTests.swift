import Foundation
import Testing

/// File names in the messages of success: a name that holds a terminal escape prints as text,
/// and a name in a command to copy is quoted for the shell, so pasting it runs that command only.
struct FileNameMessageTests {
    @Test func anEscapeInAnOutputNameIsShownNotSent() throws {
        try withTemporaryDirectory { dir in
            let name = "\u{1B}]0;title\u{7}\u{1B}[31mred.txt"
            let result = try PlanRun.plan(PlanRun.fixed + ["--none", "-o", name], in: dir)
            #expect(result.status == 0, "\(result)")
            #expect(result.stderr == "wrote \\u{1B}]0;title\\u{7}\\u{1B}[31mred.txt: 6 sessions over 2 weeks\n")
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent(name).path), "the file has its name")
        }
    }

    @Test(arguments: [
        ("my plan;rm -rf x.yaml", "'my plan;rm -rf x.yaml'"),
        ("it's.yaml", "\"it's.yaml\""),
        ("it's $HOME.yaml", "'it'\\''s $HOME.yaml'"),
        ("plain-name_2.yaml", "plain-name_2.yaml"),
        ("-n.yaml", "./-n.yaml"),
        ("x\ty.yaml", "$'x\\x09y.yaml'"),
    ])
    func aNameInACommandToCopyIsQuoted(name: String, word: String) throws {
        try withTemporaryDirectory { dir in
            let result = try ProtractBinary.run(["new", "--", name], in: dir)
            #expect(result.status == 0, "\(result)")
            #expect(result.stderr.contains("\n  next: protract validate \(word)\n        protract plan \(word) --baseline push-ups=6\n"),
                    "\(result)")
            // The quoted word, given to a shell, is the name again.
            // (bash: `$'…'` is not POSIX sh's.)
            let echoed = try ProtractBinary.execute(
                URL(fileURLWithPath: "/bin/bash"), ["-c", "printf '%s' \(word)"], in: dir, environment: [:], timeout: 10)
            #expect(echoed.stdout == name || echoed.stdout == "./" + name, "the same file: \(echoed)")
        }
    }

    /// An empty file name (the shell's "", or a variable that was not set) is named as such.
    @Test(arguments: [
        (["plan", "upper-back-rehab", "--none", "-o", ""], "--output is empty: give a file name ('-' for standard output)"),
        (["plan", "--journal", ""], "--journal is empty: give a file name"),
        (["plan", "upper-back-rehab", "--none", "--profile", ""], "--profile is empty: give a file name"),
        (["validate", ""], "FILE is empty: give a file name"),
        (["new", ""], "FILE is empty: give a file name ('-' for standard output)"),
        (["start", "upper-back-rehab", "--none", "--journal", ""], "--journal is empty: give a file name"),
        (["exercises", "--programme", ""], "--programme is empty: give a file name"),
    ])
    func anEmptyFileNameIsRefused(arguments: [String], message: String) throws {
        try withTemporaryDirectory { dir in
            let result = try ProtractBinary.run(arguments, in: dir)
            #expect(result.status == 64, "\(result)")
            #expect(result.stderr.hasPrefix("protract: error: \(message)\n"), "\(result)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty, "nothing was written")
        }
    }
}
