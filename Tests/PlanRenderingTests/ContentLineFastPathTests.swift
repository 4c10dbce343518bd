import ProtractTestSupport
import Testing

@testable import PlanRendering

/// ASCII runs skip grapheme segmentation; the units must be exactly what cluster-by-cluster
/// escaping gives, so folds still never split a cluster or an escape.
@Suite struct ContentLineFastPathTests {
    /// Cluster-by-cluster escaping, the rule the fast path must match: (bytes, unit ends).
    static func reference(_ text: String) -> ([UInt8], [Int]) {
        var octets: [UInt8] = Array("DESCRIPTION:".utf8)
        var ends = Array(1...octets.count)
        for cluster in text {
            var previous: Unicode.Scalar?
            for scalar in cluster.unicodeScalars {
                defer { previous = scalar }
                switch scalar {
                case "\\": octets += Array("\\\\".utf8)
                case ";": octets += Array("\\;".utf8)
                case ",": octets += Array("\\,".utf8)
                case "\n" where previous == "\r": continue
                case "\r", "\n": octets += Array("\\n".utf8)
                case "\t": octets.append(9)
                default:
                    if scalar.value < 0x20 || scalar.value == 0x7F {
                        octets.append(32)
                    } else {
                        octets += Array(String(scalar).utf8)
                    }
                }
            }
            ends.append(octets.count)
        }
        return (octets, ends)
    }

    static let pieces = [
        "a", "Z", " ", "\\", ";", ",", ":", "\r", "\n", "\r\n", "\t", "\u{1}", "\u{7F}", "e\u{301}", "\u{301}",
        "é", "👍🏽", "👨‍👩‍👧", "🇬🇧", "中", "\u{200D}", "\u{FE0F}", "x\u{20DD}", "ก\u{E31}", "\u{1100}\u{1161}",
    ]

    @Test(arguments: 0..<40) func matchesClusterByClusterEscaping(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed) &* 7_919 &+ 3)
        for _ in 0..<100 {
            let count = Int(generator.next() % 40)
            let text = (0..<count).map { _ in Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))] }.joined()
            let line = ContentLine("DESCRIPTION", text: text)
            let expected = Self.reference(text)
            #expect(line.octets == expected.0, "\(text.debugDescription)")
            #expect(line.unitEnds == expected.1, "\(text.debugDescription)")
        }
    }
}
