import ProtractCLI

ProcessSetup.run()
