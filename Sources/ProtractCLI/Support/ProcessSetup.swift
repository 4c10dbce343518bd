import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import YAMLKit

/// How the `protract` executable starts and ends.
public enum ProcessSetup {
    /// Sets up the process, runs the command for its arguments, and exits.
    ///
    /// - The arguments are read from the raw `argv` bytes, so that file names that are not UTF-8
    ///   survive (``SystemPath/commandLineArguments()``).
    /// - SIGPIPE keeps its default action, so a closed pipe ends Protract quietly, as `cat`.
    /// - SIGXFSZ is ignored, so a file over the size limit (`ulimit -f`) fails with EFBIG ("File
    ///   too large") and a message, and its temporary file is removed, instead of a silent kill.
    /// - Standard output is checked at exit: a failed write prints its reason and turns a
    ///   successful exit into 73; a command that failed otherwise keeps its own status (a red
    ///   flag stays 3).
    /// - A command line with more `--skip` flags than ArgumentParser parses quickly is refused
    ///   before it is parsed (``ProtractCommand/repeatedSkipProblem(_:)``), and so is
    ///   `protract help NAME` for a NAME that is no command (``ProtractCommand/unknownHelpTopicProblem(_:)``).
    /// - For a command that reads the built-in catalog, the catalog is read on a second thread
    ///   while ArgumentParser parses the arguments (``Environment/startEarly(for:)``).
    /// - ArgumentParser's own messages quote what was typed; they reach the terminal with control
    ///   characters shown as visible escapes, as everything else Protract prints does.
    public static func run() -> Never {
        let arguments = SystemPath.commandLineArguments()
        signal(SIGPIPE, SIG_DFL)
        signal(SIGXFSZ, SIG_IGN)
        Console.checkOutputAtExit()
        if let problem = ProtractCommand.repeatedSkipProblem(arguments) ?? ProtractCommand.unknownHelpTopicProblem(arguments) {
            Console().error(problem.message, help: problem.help)
            finish(ExitStatus.usage.rawValue)
        }
        Environment.startEarly(for: arguments)
        // What ParsableCommand.main does, keeping the exit status for the check at exit.
        do {
            var command = try ProtractCommand.parseAsRoot(arguments)
            try command.run()
        } catch {
            let status = ProtractCommand.exitCode(for: error).rawValue
            let message = ProtractCommand.fullMessage(for: error)
            if !message.isEmpty {
                let console = Console()
                if status == 0 {
                    // Help (or the version): its lists laid out again for a phone's width.
                    console.out((HelpLayout.helpAsked ? HelpLayout.lists(message, width: HelpLayout.width) : message) + "\n")
                } else {
                    // Wrapped to stderr's terminal as every other message is (a phone's is narrow).
                    console.note(TerminalText.visible(styled(message), keepingLineBreaks: true))
                }
            }
            finish(status)
        }
        finish(0)
    }

    /// ArgumentParser's error text in Protract's style, the one every other error uses:
    /// `protract: error: MESSAGE`, then `  usage: …` and `  see 'protract plan --help'`.
    /// Text that is not an ArgumentParser error (no `Error: ` in front) is left as it is.
    static func styled(_ message: String) -> String {
        guard message.hasPrefix("Error: ") else { return message }
        var lines = message.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[0] = "protract: error: " + lines[0].dropFirst("Error: ".count)
        for index in lines.indices.dropFirst() {
            let line = lines[index]
            let trimmed = line.drop { $0 == " " }
            if line.hasPrefix("Usage: ") {
                lines[index] = "  usage: " + line.dropFirst("Usage: ".count)
            } else if line.hasPrefix("Help: ") {
                lines[index] = "  help: " + line.dropFirst("Help: ".count).drop { $0 == " " }
            } else if trimmed.hasPrefix("See '"), trimmed.hasSuffix("' for more information.") {
                lines[index] = "  see " + trimmed.dropFirst("See ".count).dropLast(" for more information.".count)
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Exits with `status`, which the check of standard output at exit keeps unless it is 0.
    private static func finish(_ status: Int32) -> Never {
        Environment.leaveEarly()
        Console.exitStatus = status
        exit(status)
    }
}
