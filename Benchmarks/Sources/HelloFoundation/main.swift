// The baseline for `protract-bench`'s whole-command case: a Swift program that starts Foundation
// and prints one line, nothing else.
import Foundation

FileHandle.standardOutput.write(Data("hello from \(ProcessInfo.processInfo.processName)\n".utf8))
