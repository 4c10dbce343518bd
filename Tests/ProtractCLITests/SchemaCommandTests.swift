import Foundation
import PlanKit
@testable import ProtractCLI
import Testing

/// `protract schema`: a deterministic draft 2020-12 schema, the committed copy kept current, and a
/// real validator run over the built-in programmes and the fixtures.
@Suite struct SchemaCommandTests {
    static let fixtures = ProtractBinary.packageDirectory.appendingPathComponent("Tests/ProtractCLITests/SchemaFixtures")

    static func schema() throws -> [String: Any] {
        let result = try ProtractBinary.run(["schema"])
        #expect(result.status == 0, "\(result)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        return try #require(object as? [String: Any])
    }

    @Test func printsADraft2020Schema() throws {
        let schema = try Self.schema()
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect(schema["$id"] as? String == "urn:protract:schema:programme")
        #expect(schema["additionalProperties"] as? Bool == false)
        #expect(Set(schema["required"] as? [String] ?? []) == ["id", "title", "summary", "weeks", "schedule", "sessions", "safety"])
    }

    @Test func isTheSameOnEveryRun() throws {
        let first = try ProtractBinary.run(["schema"])
        let second = try ProtractBinary.run(["schema"])
        #expect(first.stdout == second.stdout)
        #expect(first.stdout.hasSuffix("}\n"))
    }

    @Test func theCommittedCopyIsCurrent() throws {
        let committed = try String(
            contentsOf: ProtractBinary.packageDirectory.appendingPathComponent("docs/programme.schema.json"), encoding: .utf8)
        let result = try ProtractBinary.run(["schema"])
        #expect(result.stdout == committed, """
            docs/programme.schema.json is stale; regenerate it with: .build/debug/protract schema > docs/programme.schema.json
            """)
    }

    @Test func everyPluginBlockListsExactlyItsDescriptorsOptions() throws {
        let definitions = try #require(try Self.schema()["$defs"] as? [String: Any])
        for plugin in BuiltInPlugins.types {
            let descriptor = plugin.descriptor
            let block = try #require(definitions["plugin-\(descriptor.id)"] as? [String: Any], "no schema for \(descriptor.id)")
            let properties = try #require(block["properties"] as? [String: Any])
            // Every block may have a `title`, whatever its plugin.
            #expect(Set(properties.keys) == Set(["plugin", "title"] + descriptor.options.map(\.key)), "\(descriptor.id)")
            #expect(block["additionalProperties"] as? Bool == false)
            for option in descriptor.options {
                let property = try #require(properties[option.key] as? [String: Any])
                // A plugin that forgets to type an option gets {} plus a description: that accepts anything.
                #expect(property.keys.contains { ["type", "anyOf", "enum", "$ref"].contains($0) },
                        "\(descriptor.id).\(option.key) has no type in the schema")
                #expect(property["description"] as? String == option.summary)
                #expect((property["default"] != nil) == (option.defaultValue != nil), "\(descriptor.id).\(option.key) default")
            }
        }
    }

    @Test func pushUpSchemaTypesRetestEveryWhenTheDescriptorHasIt() throws {
        let definitions = try #require(try Self.schema()["$defs"] as? [String: Any])
        let block = try #require(definitions["plugin-push-up-progression"] as? [String: Any])
        let properties = try #require(block["properties"] as? [String: Any])
        guard let retest = properties["retest-every"] as? [String: Any] else { return }
        #expect(retest["type"] as? String == "integer")
        #expect(retest["minimum"] as? Int == 2)
        #expect(retest["maximum"] as? Int == 12)
    }

    /// The fixtures agree with Protract itself: valid ones validate, invalid ones do not.
    @Test func fixturesAgreeWithProtractValidate() throws {
        for (folder, status) in [("valid", Int32(0)), ("invalid", Int32(65))] {
            let files = try FileManager.default.contentsOfDirectory(atPath: Self.fixtures.appendingPathComponent(folder).path)
                .filter { $0.hasSuffix(".yaml") }.sorted()
            #expect(!files.isEmpty)
            for file in files {
                let path = Self.fixtures.appendingPathComponent(folder).appendingPathComponent(file).path
                let result = try ProtractBinary.run(["validate", path])
                #expect(result.status == status, "\(folder)/\(file):\n\(result)")
            }
        }
    }

    static var python3Available: Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/python3")
        }
    }

    /// scripts/check-schema.sh runs check-jsonschema (from PyPI, in .build-venv/) over Programs/,
    /// the starter and the fixtures. A failure to install it fails this test: CI has PyPI.
    @Test(.enabled(if: python3Available, "python3 is not installed"))
    func aRealValidatorAcceptsTheValidFilesAndRefusesTheInvalidOnes() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["bash", ProtractBinary.packageDirectory.appendingPathComponent("scripts/check-schema.sh").path]
        var environment = ProcessInfo.processInfo.environment
        environment["PROTRACT"] = try ProtractBinary.url().path
        process.environment = environment
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("check-schema-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        let handle = try FileHandle(forWritingTo: output)
        defer { try? handle.close() }
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        let text = String(decoding: (try? Data(contentsOf: output)) ?? Data(), as: UTF8.self)
        #expect(process.terminationStatus == 0, "scripts/check-schema.sh failed:\n\(text)")
        #expect(text.contains(": ok"), "\(text)")
    }
}
