import Foundation
@testable import ProtractCLI
import Testing

/// The built-in catalog read on a second thread while the command line is parsed
/// (`Environment+Early.swift`): the commands it starts for, and a broken catalog still reported
/// once, by the command, whichever thread read it first.
@Suite struct EarlyCatalogReadTests {
    @Test func theCommandsThatLoadAreCommands() {
        let names = Set(ProtractCommand.commandNames)
        #expect(Environment.commandsThatLoad.isSubset(of: names))
        // The three that never read the catalog are left out.
        #expect(names.subtracting(Environment.commandsThatLoad) == ["new", "plugins", "courses"])
    }

    @Test func aBrokenCatalogIsReportedOnceByEveryCommandThatReadsIt() throws {
        try withTemporaryDirectory { dir in
            try dir.write("catalog: broken\nexercises: [\n", to: "exercises.yaml")
            let programme = ProtractBinary.programsDirectory.appendingPathComponent("upper-back-rehab.yaml").path
            for arguments in [["plan", programme], ["validate", programme], ["programmes"], ["exercises"]] {
                let result = try ProtractBinary.run(arguments, environment: ["PROTRACT_PROGRAMS": dir.path])
                #expect(result.status == 70, "\(arguments): \(result)")
                #expect(result.stdout == "", "\(arguments)")
                let said = result.stderr.components(separatedBy: "the built-in exercise catalog is invalid").count - 1
                #expect(said == 1, "\(arguments): \(result.stderr)")
                #expect(result.stderr.components(separatedBy: ":3:1: error: ").count - 1 == 1, "\(arguments): \(result.stderr)")
            }
        }
    }
}
