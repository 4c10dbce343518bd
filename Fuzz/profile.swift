// libFuzzer target: profile YAML -> YAMLKit -> Profile -> the flagship planned for that person -> text/JSON.
// Built and run by scripts/fuzz.sh; the properties live in Tests/FuzzRegressionTests/FuzzChecks.swift.
let context = FuzzChecks.fuzzContext()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzChecks.fuzz(data, size, "profile") { FuzzChecks.profile($0, context: context) }
}
