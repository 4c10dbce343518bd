import ArgumentParser
import ProtractCLI

ProcessSetup.prepare()
// The raw argv bytes, so that file names that are not UTF-8 survive (see CommandLineArguments).
ProtractCommand.main(CommandLineArguments.decoded())
