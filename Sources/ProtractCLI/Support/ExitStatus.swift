public import ArgumentParser

/// The exit codes Protract uses, after BSD `sysexits.h`.
public enum ExitStatus {
    /// The command line was wrong (unknown flag, bad value).
    public static let usage = ExitCode(64)
    /// A programme or profile file is invalid.
    public static let invalidData = ExitCode(65)
    /// An input file does not exist or cannot be read.
    public static let noInput = ExitCode(66)
    /// The questions on a terminal were cancelled (input ended, Ctrl-D): nothing was made or logged.
    public static let cancelled = ExitCode(1)
    /// A red-flag symptom was reported: see a clinician, no plan is made.
    public static let redFlag = ExitCode(3)
    /// Protract's own files (the built-in catalog) are missing or broken.
    public static let software = ExitCode(70)
    /// An output file could not be written, or exists and `--force` was not given.
    public static let cannotCreate = ExitCode(73)

    /// The text `--help` shows about exit codes.
    static let helpText = """
        Exit codes: 0 ok, 1 questions cancelled (Ctrl-D), 3 red flag (see a clinician), 64 usage error, 65 invalid programme, profile or journal, 66 input file missing or \
        unreadable, 70 Protract's built-in files missing, 73 output not written.
        """
}
