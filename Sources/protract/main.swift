import ArgumentParser
import ProtractCLI

ProtractCommand.main()
