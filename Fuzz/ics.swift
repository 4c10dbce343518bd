// libFuzzer target: the .ics content line escaper and folder (ContentLine).
// Built and run by scripts/fuzz.sh; the properties live in Tests/FuzzRegressionTests/FuzzChecks.swift.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzChecks.fuzz(data, size, "ics content line", check: FuzzChecks.ics)
}
