import Foundation
import Testing

/// Replays every input the fuzz targets kept (`Regressions/TARGET/`, written by scripts/fuzz.sh)
/// through the same checks the fuzzers run: each must now pass them without a crash.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Regressions")
    static let programs = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Programs").path

    static func inputs(_ target: String) -> [String] {
        let directory = folder.appendingPathComponent(target)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { "\(target)/\($0)" }
    }

    static func bytes(_ input: String) throws -> [UInt8] {
        Array(try Data(contentsOf: folder.appendingPathComponent(input)))
    }

    @Test("the planner's context loads")
    func contextLoads() throws {
        let context = try #require(FuzzChecks.Context.load(programs: Self.programs))
        #expect(context.flagship != nil)
    }

    @Test("programme inputs", arguments: inputs("programme"))
    func programme(_ input: String) throws {
        let context = try #require(FuzzChecks.Context.load(programs: Self.programs))
        #expect(FuzzChecks.programme(try Self.bytes(input), context: context) == [])
    }

    @Test("profile inputs", arguments: inputs("profile"))
    func profile(_ input: String) throws {
        let context = try #require(FuzzChecks.Context.load(programs: Self.programs))
        #expect(FuzzChecks.profile(try Self.bytes(input), context: context) == [])
    }

    @Test("journal inputs", arguments: inputs("journal"))
    func journal(_ input: String) throws {
        let context = try #require(FuzzChecks.Context.load(programs: Self.programs))
        #expect(FuzzChecks.journal(try Self.bytes(input), context: context) == [])
    }

    @Test("ics inputs", arguments: inputs("ics"))
    func ics(_ input: String) throws {
        #expect(FuzzChecks.ics(try Self.bytes(input)) == [])
    }

    @Test("text-wrap inputs", arguments: inputs("text-wrap"))
    func textWrap(_ input: String) throws {
        #expect(FuzzChecks.textWrap(try Self.bytes(input)) == [])
    }
}
