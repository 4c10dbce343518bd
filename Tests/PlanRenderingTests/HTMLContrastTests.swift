import Foundation
@testable import PlanRendering
import Testing

/// The handout's colours, read from its stylesheet, pass WCAG 2.1 AA on both schemes: text at
/// least 4.5:1 against every background it sits on (body text at least 7:1, AAA), lines and
/// boxes (non-text) at least 3:1. A colour changed in `HTMLStyle` is checked here, not by eye.
@Suite("HTML: colour contrast")
struct HTMLContrastTests {
    /// The `--name:#rrggbb` custom properties of the light `:root` and of the dark scheme's.
    static func themes() throws -> (light: [String: String], dark: [String: String]) {
        let css = HTMLStyle.css
        let darkStart = try #require(css.firstRange(of: "prefers-color-scheme:dark"))
        let light = variables(in: css[..<darkStart.lowerBound])
        let darkBlock = css[darkStart.upperBound...]
        let dark = variables(in: darkBlock[..<(darkBlock.firstIndex(of: "}") ?? darkBlock.endIndex)])
        return (light, dark)
    }

    static func variables(in text: Substring) -> [String: String] {
        var found: [String: String] = [:]
        for match in text.matches(of: #/--([a-z-]+):(#[0-9a-fA-F]{3,6})/#) {
            found[String(match.1)] = String(match.2)
        }
        return found
    }

    /// WCAG 2.1 relative luminance of `#rgb` or `#rrggbb`.
    static func luminance(_ hex: String) throws -> Double {
        var digits = Array(hex.dropFirst())
        if digits.count == 3 { digits = digits.flatMap { [$0, $0] } }
        try #require(digits.count == 6, "\(hex) is not #rgb or #rrggbb")
        let channels = try stride(from: 0, to: 6, by: 2).map { index -> Double in
            let value = try #require(Int(String(digits[index...index + 1]), radix: 16))
            let c = Double(value) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    }

    static func contrast(_ a: String, _ b: String) throws -> Double {
        let (la, lb) = (try luminance(a), try luminance(b))
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    /// Which colour is used on which background, and the least contrast it needs.
    static let pairs: [(foreground: String, background: String, least: Double)] = [
        ("fg", "bg", 7), ("fg", "soft", 7), ("fg", "warn-bg", 7),
        ("muted", "bg", 4.5), ("muted", "soft", 4.5), ("accent", "bg", 4.5),
        ("warn", "warn-bg", 4.5), ("warn", "bg", 4.5),
        ("line", "bg", 3), ("line", "soft", 3),
    ]

    @Test func everyPairPassesOnBothSchemes() throws {
        let (light, dark) = try Self.themes()
        for (name, theme) in [("light", light), ("dark", dark)] {
            for pair in Self.pairs {
                let foreground = try #require(theme[pair.foreground], "\(name): no --\(pair.foreground)")
                let background = try #require(theme[pair.background], "\(name): no --\(pair.background)")
                let ratio = try Self.contrast(foreground, background)
                #expect(ratio >= pair.least, "\(name): --\(pair.foreground) on --\(pair.background) is \(ratio):1")
            }
        }
    }

    @Test func theContrastFormulaIsRight() throws {
        #expect(abs(try Self.contrast("#000", "#fff") - 21) < 0.01)
        #expect(abs(try Self.contrast("#777777", "#ffffff") - 4.48) < 0.01)
        #expect(abs(try Self.contrast("#fff", "#fff") - 1) < 0.0001)
    }
}
