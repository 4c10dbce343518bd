// swift-tools-version: 6.0
import PackageDescription

/// A release build of `protract` carries the Swift runtime and Foundation in the binary: it starts
/// in 2.5-4.5 ms less (no shared libraries to load and relocate: docs/benchmark.md, nineteenth
/// round) and runs where no Swift toolchain is installed. The modules that import Foundation are
/// compiled for it too, so that they link Foundation's static libraries with what those need.
/// Debug builds and tests link as usual.
let staticRuntimeInRelease = SwiftSetting.unsafeFlags(["-static-stdlib"], .when(configuration: .release))

/// A release build asks for a concrete generic type's metadata (`KeyedDecodingContainer<CodingKeys>`,
/// `Dictionary<String, Exercise>`) through its accessor, with the witness tables the compiler
/// knows, instead of by mangled name: the runtime then neither demangles the name nor scans the
/// binary's 4,000-odd conformance records to check each generic requirement, the first time each
/// type is used. Every command pays that on start (about 10 M instructions, 5-11% of a `plan`:
/// docs/benchmark.md, twenty-fifth round); the cost is a little more code. Debug builds and tests
/// build as Swift does by default.
let directMetadataInRelease = SwiftSetting.unsafeFlags(
    ["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"], .when(configuration: .release))

let package = Package(
    name: "Protract",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "protract", targets: ["protract"]),
        .library(name: "YAMLKit", targets: ["YAMLKit"]),
        .library(name: "PlanKit", targets: ["PlanKit"]),
        // For the benchmark package (Benchmarks/), which measures these modules directly: the
        // renderers, the three plugins, and the system's libyaml for its own event-scan baseline.
        .library(name: "PlanRendering", targets: ["PlanRendering"]),
        .library(name: "MobilityWarmUp", targets: ["MobilityWarmUp"]),
        .library(name: "StabilizerStrength", targets: ["StabilizerStrength"]),
        .library(name: "PushUpProgression", targets: ["PushUpProgression"]),
        .library(name: "CYAML", targets: ["CYAML"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // The system's libyaml (Debian: libyaml-dev). Never vendored.
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(name: "YAMLKit", dependencies: ["CYAML"]),
        .target(name: "PlanKit", dependencies: ["YAMLKit"]),
        // The planner's plugins: one target each, seeing only PlanKit and YAMLKit.
        .target(name: "MobilityWarmUp", dependencies: ["PlanKit", "YAMLKit"], path: "Plugins/MobilityWarmUp"),
        .target(name: "StabilizerStrength", dependencies: ["PlanKit", "YAMLKit"], path: "Plugins/StabilizerStrength"),
        .target(name: "PushUpProgression", dependencies: ["PlanKit", "YAMLKit"], path: "Plugins/PushUpProgression"),
        .target(name: "PlanRendering", dependencies: ["PlanKit", "YAMLKit"]),
        .target(name: "ProtractCLI", dependencies: [
            "YAMLKit",
            "PlanKit",
            "PlanRendering",
            "MobilityWarmUp",
            "StabilizerStrength",
            "PushUpProgression",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], swiftSettings: [staticRuntimeInRelease]),
        .executableTarget(
            name: "protract",
            dependencies: [
                "ProtractCLI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: [staticRuntimeInRelease],
            linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]
        ),
        // Helpers every test target shares: a seeded generator, the repository's files, and decoding,
        // configuring and running a plugin's blocks as the engine does (what a plugin's tests need).
        .target(name: "ProtractTestSupport", dependencies: ["PlanKit", "YAMLKit"], path: "Tests/ProtractTestSupport"),
        .testTarget(name: "YAMLKitTests", dependencies: ["YAMLKit", "ProtractTestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "PlanKitTests", dependencies: ["PlanKit", "YAMLKit", "ProtractTestSupport"]),
        .testTarget(name: "MobilityWarmUpTests", dependencies: ["ProtractTestSupport", "MobilityWarmUp", "PlanKit", "YAMLKit"]),
        .testTarget(name: "StabilizerStrengthTests", dependencies: ["ProtractTestSupport", "StabilizerStrength", "PlanKit", "YAMLKit"]),
        .testTarget(name: "PushUpProgressionTests", dependencies: ["ProtractTestSupport", "PushUpProgression", "PlanKit", "YAMLKit"]),
        // The example plugin of docs/plugins.md, planned end to end with the three real ones.
        .testTarget(
            name: "ExamplePluginTests",
            dependencies: [
                "ProtractTestSupport", "PlanKit", "YAMLKit", "PlanRendering", "MobilityWarmUp", "StabilizerStrength",
                "PushUpProgression",
            ]),
        .testTarget(
            name: "PlanRenderingTests", dependencies: ["PlanRendering", "PlanKit", "YAMLKit", "ProtractTestSupport"],
            resources: [.copy("Golden")]),
        // The engine with the real plugins and renderers: invariants and golden plans.
        .testTarget(
            name: "PlanningTests",
            dependencies: [
                "PlanKit", "YAMLKit", "PlanRendering", "MobilityWarmUp", "StabilizerStrength", "PushUpProgression",
                "ProtractTestSupport",
            ],
            exclude: ["Golden"]),
        .testTarget(name: "ProtractCLITests", dependencies: ["ProtractCLI", "protract"], exclude: ["SchemaFixtures", "ValidateFixtures"]),
        // Replays every input the fuzz targets (scripts/fuzz.sh) kept, with the fuzzers' own checks.
        .testTarget(
            name: "FuzzRegressionTests",
            dependencies: ["PlanKit", "YAMLKit", "PlanRendering", "MobilityWarmUp", "StabilizerStrength", "PushUpProgression"],
            exclude: ["Regressions"]),
    ],
    swiftLanguageModes: [.v6]
)

for target in package.targets where target.type != .system {
    var settings = target.swiftSettings ?? []
    if target.type != .test { settings.append(directMetadataInRelease) }
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    settings.append(.enableUpcomingFeature("InternalImportsByDefault"))
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    target.swiftSettings = settings
}
