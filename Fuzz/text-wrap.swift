// libFuzzer target: the one word wrapper, LineWrapper (width, prefixes and text from the bytes).
// Built and run by scripts/fuzz.sh; the properties live in Tests/FuzzRegressionTests/FuzzChecks.swift.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let problems = FuzzChecks.textWrap(bytes)
    if !problems.isEmpty { fatalError("line wrapper property broken:\n" + problems.joined(separator: "\n")) }
    return 0
}
