// libFuzzer target: course journal YAML -> YAMLKit -> JournalFile, written back and read again -> replayed into the flagship -> text/JSON.
// Built and run by scripts/fuzz.sh; the properties live in Tests/FuzzRegressionTests/FuzzChecks.swift.
import Foundation

let context = FuzzChecks.Context.load(
    programs: ProcessInfo.processInfo.environment["PROTRACT_PROGRAMS"] ?? "Programs")

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let context else { fatalError("cannot load Programs/exercises.yaml: set PROTRACT_PROGRAMS") }
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let problems = FuzzChecks.journal(bytes, context: context)
    if !problems.isEmpty { fatalError("journal property broken:\n" + problems.joined(separator: "\n")) }
    return 0
}
