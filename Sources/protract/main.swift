import ProtractCLI

// The raw argv bytes, so that file names that are not UTF-8 survive (see CommandLineArguments).
ProcessSetup.run(arguments: CommandLineArguments.decoded())
