// libFuzzer target: the .ics content line escaper and folder (ContentLine).
// Built and run by scripts/fuzz.sh; the properties live in Tests/FuzzRegressionTests/FuzzChecks.swift.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let problems = FuzzChecks.ics(bytes)
    if !problems.isEmpty { fatalError("ics content line property broken:\n" + problems.joined(separator: "\n")) }
    return 0
}
