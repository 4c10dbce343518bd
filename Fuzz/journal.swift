// libFuzzer target: course journal YAML -> YAMLKit -> JournalFile, written back and read again -> replayed into the flagship -> text/JSON.
// Built and run by scripts/fuzz.sh; the properties live in Tests/FuzzRegressionTests/FuzzChecks.swift.
let context = FuzzChecks.fuzzContext()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzChecks.fuzz(data, size, "journal") { FuzzChecks.journal($0, context: context) }
}
