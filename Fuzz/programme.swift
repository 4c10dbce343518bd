// libFuzzer target: programme YAML -> YAMLKit -> Programme -> validation -> plugins -> plan -> text/JSON.
// Built and run by scripts/fuzz.sh; the properties live in Tests/FuzzRegressionTests/FuzzChecks.swift.
let context = FuzzChecks.fuzzContext()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzChecks.fuzz(data, size, "programme") { FuzzChecks.programme($0, context: context) }
}
