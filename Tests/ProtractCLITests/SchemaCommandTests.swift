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
        #expect(Set(schema["required"] as? [String] ?? []) == ["id", "title", "summary", "weeks", "schedule", "safety"])
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

    /// Every text with a length limit is at least one character long, in a programme and a
    /// catalog: an empty title, stop rule, name or cue is refused as `validate` refuses it.
    @Test func everyLimitedTextHasAMinimumLength() throws {
        var found = 0
        func visit(_ value: Any, _ path: String) {
            if let object = value as? [String: Any] {
                if object["maxLength"] != nil, (object["type"] as? [String])?.contains("string") == true {
                    found += 1
                    #expect(object["minLength"] as? Int == 1, "\(path) has no minLength 1")
                }
                for (key, child) in object { visit(child, path + "/" + key) }
            } else if let array = value as? [Any] {
                for (index, child) in array.enumerated() { visit(child, path + "/\(index)") }
            }
        }
        visit(try Self.schema(), "#")
        let catalog = try ProtractBinary.run(["schema", "--catalog"])
        visit(try JSONSerialization.jsonObject(with: Data(catalog.stdout.utf8)), "catalog#")
        #expect(found >= 20)
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
        for (folder, status) in [("valid", Int32(0)), ("invalid", Int32(65)), ("validate-only", Int32(65)),
                                 ("catalog-invalid", Int32(65))] {
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

    /// The guide's table of rules only `validate` checks names each validate-only fixture, and
    /// only those.
    @Test func theGuideListsEveryValidateOnlyFixture() throws {
        let guide = try String(
            contentsOf: ProtractBinary.packageDirectory.appendingPathComponent("docs/authoring.md"), encoding: .utf8)
        let section = try #require(guide.components(separatedBy: "### What only `protract validate` checks").last?
            .components(separatedBy: "\n## ").first)
        let named = Set(section.split(separator: "\n").filter { $0.hasPrefix("| ") && $0.hasSuffix("` |") }
            .compactMap { $0.split(separator: "`").dropLast().last.map(String.init) })
        let files = Set(try FileManager.default.contentsOfDirectory(
            atPath: Self.fixtures.appendingPathComponent("validate-only").path)
            .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) })
        #expect(files.count >= 10)
        #expect(named == files)
    }

    @Test func theCommittedCatalogSchemaIsCurrent() throws {
        let committed = try String(
            contentsOf: ProtractBinary.packageDirectory.appendingPathComponent("docs/catalog.schema.json"), encoding: .utf8)
        let result = try ProtractBinary.run(["schema", "--catalog"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == committed, """
            docs/catalog.schema.json is stale; regenerate it with: .build/debug/protract schema --catalog > docs/catalog.schema.json
            """)
    }

    /// The ids an editor completes: each catalog exercise as a `const` with its name, then any
    /// kebab-case id for a programme's own.
    static func completedIDs(_ schema: [String: Any]) throws -> [String] {
        let definitions = try #require(schema["$defs"] as? [String: Any])
        let id = try #require(definitions["exercise-id"] as? [String: Any])
        let alternatives = try #require(id["anyOf"] as? [[String: Any]])
        #expect(alternatives.last?["pattern"] as? String == "^[a-z0-9]+(-[a-z0-9]+)*$")
        return alternatives.compactMap { $0["const"] as? String }
    }

    @Test func editorsCompleteEveryCatalogExerciseID() throws {
        let catalog = try ProtractBinary.run(["exercises"]).stdout
        let ids = try Self.completedIDs(try Self.schema())
        #expect(ids.count >= 30)
        #expect(ids.contains("prone-y-t-w") && ids.contains("wall-push-up") && ids.contains("cat-cow"))
        for id in ids { #expect(catalog.contains(id), "\(id) is not in 'protract exercises'") }
        // Every place that takes an exercise id refers to the one definition.
        let text = try ProtractBinary.run(["schema"]).stdout
        #expect(text.contains("\"$ref\": \"#/$defs/exercise-id\""))
        let definitions = try #require(try Self.schema()["$defs"] as? [String: Any])
        let stabilizer = try #require(definitions["plugin-stabilizer-strength"] as? [String: Any])
        #expect("\(stabilizer)".contains("#/$defs/exercise-id"))
    }

    @Test func withAProgrammeItsOwnExercisesAreCompletedToo() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("own-\(UUID().uuidString).yaml")
        defer { try? FileManager.default.removeItem(at: file) }
        try """
            id: own
            title: Own
            summary: A programme with an exercise of its own.
            weeks: 4
            schedule: {days: [mon, thu], time: "18:00"}
            sessions:
              - title: A
                blocks:
                  - plugin: stabilizer-strength
                    exercises: [band-pull-apart]
            exercises:
              - id: band-pull-apart
                name: Band pull-apart
                category: stabilizer
                kind: reps
                muscles: [rhomboids, middle trapezius]
                summary: Pulls a light band apart at chest height.
                cues: [arms straight, squeeze the shoulder blades together]
                short-cue: squeeze
            safety:
              stop-if: [sharp pain]
              see-a-clinician: [numbness in the arms]
            """.write(to: file, atomically: true, encoding: .utf8)
        let result = try ProtractBinary.run(["schema", "--programme", file.path])
        #expect(result.status == 0, "\(result)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let ids = try Self.completedIDs(object)
        #expect(ids.contains("band-pull-apart") && ids.contains("plank"))
        #expect(!(try Self.completedIDs(try Self.schema())).contains("band-pull-apart"))
        // A file whose YAML does not read still gets a schema, the built-in catalog's, with a warning.
        try "id: [\n".write(to: file, atomically: true, encoding: .utf8)
        let broken = try ProtractBinary.run(["schema", "--programme", file.path])
        #expect(broken.status == 0, "\(broken)")
        #expect(broken.stdout == (try ProtractBinary.run(["schema"])).stdout)
        #expect(!broken.stderr.contains("error:"), "\(broken)")
        #expect(broken.stderr.contains(": warning: "), "\(broken)")
        #expect(broken.stderr.hasSuffix("""
            does not read as YAML (above): the schema completes the built-in catalog's exercise ids only; run this \
            again once the file reads

            """), "\(broken)")
    }

    /// A programme being edited often has a mistake: `schema --programme` still prints a schema,
    /// completing the own exercises that read, with the file's problems as warnings and a line on
    /// what it leaves out (a physiotherapist's trial: the redirected schema was left empty, exit 65).
    @Test func aProgrammeWithMistakesStillGetsASchema() throws {
        try withTemporaryDirectory { dir in
            try dir.write("""
                id: mistakes
                title: Mistakes
                summary: Two exercises of its own, one that does not read, and a block with a mistake.
                weeks: 4
                schedule: {days: [mon, thu], time: "07:30"}
                sessions:
                  - title: A
                    blocks:
                      - {plugin: stabilizer-strength, exercises: [band-row, band-pull-apart], sets: {start: 2, target: 8}}
                exercises:
                  - {id: band-row, name: Band row, category: stabilizer, kind: reps, muscles: [rhomboids],
                     summary: Row a band., cues: [squeeze], short-cue: squeeze}
                  - {id: band-pull-apart, name: Band pull-apart, category: stabiliser, kind: reps, muscles: [rhomboids],
                     summary: Pull a band apart., cues: [arms straight], short-cue: arms straight}
                safety:
                  stop-if: [sharp pain]
                  see-a-clinician: [numbness in the arms]

                """, to: "plan.yaml")
            let result = try ProtractBinary.run(["schema", "--programme", "plan.yaml"], in: dir)
            #expect(result.status == 0, "\(result)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let ids = try Self.completedIDs(object)
            #expect(ids.contains("band-row") && ids.contains("plank"))
            #expect(!ids.contains("band-pull-apart"))
            #expect(!result.stderr.contains("error:"), "\(result)")
            #expect(result.stderr.contains("plan.yaml:9:104: warning: 'sets' target must be from 1 to 6, found 8\n"),
                    "\(result)")
            #expect(result.stderr.contains(
                "plan.yaml:13:60: warning: expected one of 'mobility', 'stabilizer', 'push-up' for 'category'"), "\(result)")
            #expect(result.stderr.hasSuffix("""
                protract: warning: plan.yaml has problems (above): the schema completes the built-in catalog's \
                exercise ids and the file's own that read (band-row) and leaves out 'band-pull-apart', which does \
                not read; run this again once 'protract validate plan.yaml' passes

                """), "\(result)")
            // validate still calls them errors.
            #expect(try ProtractBinary.run(["validate", "plan.yaml"], in: dir).status == 65)
        }
    }

    @Test func theCatalogSchemaDescribesCatalogFiles() throws {
        let result = try ProtractBinary.run(["schema", "--catalog"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["$id"] as? String == "urn:protract:schema:catalog")
        #expect(Set(object["required"] as? [String] ?? []) == ["catalog", "exercises"])
        #expect(try Self.completedIDs(object).contains("scapular-push-up"))
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
