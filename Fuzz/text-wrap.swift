// libFuzzer target: the one word wrapper, LineWrapper (width, prefixes and text from the bytes).
// Built and run by scripts/fuzz.sh; the properties live in Tests/FuzzRegressionTests/FuzzChecks.swift.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzChecks.fuzz(data, size, "line wrapper", check: FuzzChecks.textWrap)
}
