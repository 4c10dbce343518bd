/// Prints the benchmark's table: one line per case, fixed columns, plain text.
enum Report {
    static func section(_ title: String) {
        print("")
        print(title)
    }

    /// `name   median   min   extra`
    static func row(_ name: String, _ samples: Samples, extra: String = "") {
        print("  " + pad(name, 38) + pad(duration(samples.median), 11, right: true)
            + pad(duration(samples.min), 11, right: true) + (extra.isEmpty ? "" : "   " + extra))
    }

    static func header() {
        print("  " + pad("case", 38) + pad("median", 11, right: true) + pad("min", 11, right: true))
    }

    static func note(_ text: String) {
        print("  " + text)
    }

    static func duration(_ seconds: Double) -> String {
        switch seconds {
        case ..<1e-3: return fixed(seconds * 1e6, 1) + " µs"
        case ..<1: return fixed(seconds * 1e3, 2) + " ms"
        default: return fixed(seconds, 3) + " s"
        }
    }

    static func megabytes(_ bytes: Int) -> String {
        fixed(Double(bytes) / 1_048_576, 1) + " MB"
    }

    static func fixed(_ value: Double, _ digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        var text = String(rounded)
        if let dot = text.firstIndex(of: ".") {
            let decimals = text.distance(from: dot, to: text.endIndex) - 1
            if decimals < digits { text += String(repeating: "0", count: digits - decimals) }
            if digits == 0 { text = String(text[..<dot]) }
        }
        return text
    }

    static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(width - text.count, 0))
        return right ? fill + text : text + fill
    }
}
