// swift-tools-version: 6.0
// protract-bench (docs/benchmark.md) and its whole-command baseline, in a package of their own so
// that Protract's package graph holds only what ships. Run from the repository's root:
//   swift build -c release --package-path Benchmarks && Benchmarks/.build/release/protract-bench
import PackageDescription

let package = Package(
    name: "ProtractBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Protract", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "protract-bench",
            dependencies: [
                .product(name: "CYAML", package: "Protract"),
                .product(name: "YAMLKit", package: "Protract"),
                .product(name: "PlanKit", package: "Protract"),
                .product(name: "PlanRendering", package: "Protract"),
                .product(name: "MobilityWarmUp", package: "Protract"),
                .product(name: "StabilizerStrength", package: "Protract"),
                .product(name: "PushUpProgression", package: "Protract"),
                // Not linked: builds protract next to protract-bench, which spawns it (whole command, worst case).
                .product(name: "protract", package: "Protract"),
                // Built next to protract-bench for the same reason: the whole command's baseline.
                "hello-foundation",
            ],
            path: "Sources/ProtractBench"),
        .executableTarget(name: "hello-foundation", path: "Sources/HelloFoundation"),
    ],
    swiftLanguageModes: [.v6]
)

for target in package.targets {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    settings.append(.enableUpcomingFeature("InternalImportsByDefault"))
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    target.swiftSettings = settings
}
