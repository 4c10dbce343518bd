public import ArgumentParser

/// The `protract` command: plans push-up rehab programmes from YAML files.
public struct ProtractCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "protract",
        abstract: "Plan a progressive rehab programme for upper-back pain after push-ups.",
        discussion: """
            A programme is a YAML file: a built-in one (see 'protract programmes') or your own. \
            Protract checks it, then builds a week-by-week plan from its mobility, stabilizer and \
            push-up plugins.

            \(ExitStatus.helpText)
            """,
        version: ProtractVersion.current,
        subcommands: [Plan.self, Validate.self, Programmes.self, Plugins.self, Exercises.self, New.self, Schema.self, Screen.self]
    )

    public init() {}
}

/// The version `--version` prints.
public enum ProtractVersion {
    /// The current version.
    public static let current = "0.1.0"
}
