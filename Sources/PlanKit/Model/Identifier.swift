import YAMLKit

/// Checks and suggests kebab-case ids (`scapular-push-up`).
public enum Identifier {
    /// The longest id, in characters (the schema's `maxLength`).
    public static let maxLength = 64

    /// What is wrong with the id a `noun` (`programme`, `exercise`) was given, with help; nil when
    /// it is a valid id. Programmes and catalogs say the same about their ids.
    public static func problem(with id: String, noun: String) -> (message: String, help: String)? {
        if id.isEmpty {
            return ("\(noun) id is empty", "write a kebab-case id such as 'my-\(noun)'")
        }
        if id.unicodeScalars.count > maxLength {
            return ("'id' is \(id.unicodeScalars.count) characters long; the most is \(maxLength)",
                    "shorten it; an id is a short kebab-case name")
        }
        if !isValid(id) {
            guard let suggestion = kebabCase(id) else {
                // Nothing folds to a-z or 0-9 (Greek, CJK, emoji): say what an id may hold.
                return ("\(noun) id '\(id)' is not kebab-case",
                        "an id is written with the letters a to z, digits and single hyphens (a letter's accent is "
                            + "dropped: 'ü' is 'u'); '\(id)' has none of them: choose a name such as 'my-\(noun)'")
            }
            return ("\(noun) id '\(id)' is not kebab-case",
                    "use lowercase letters, digits and single hyphens, such as '\(suggestion)'")
        }
        return nil
    }

    /// Whether `text` is lowercase ASCII letters and digits joined by single hyphens.
    public static func isValid(_ text: String) -> Bool {
        let words = text.utf8.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        return text.utf8.count <= maxLength && words.allSatisfy { word in
            !word.isEmpty && word.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) }
        }
    }

    /// A kebab-case form of `text`: `Scapular Push_Up` becomes `scapular-push-up`, `Jo Müller`
    /// `jo-muller`; `my-exercise` when nothing in it folds to a letter or digit (`Ωμέγα`).
    public static func suggest(for text: String) -> String {
        kebabCase(text) ?? "my-exercise"
    }

    /// A kebab-case form of `text`, each Latin letter with diacritics folded to its base letters
    /// (`latinLetters(for:)`); nil when nothing in it is a letter or digit that folds to a-z, 0-9.
    public static func kebabCase(_ text: String) -> String? {
        var out = ""
        for scalar in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if scalar.properties.generalCategory == .nonspacingMark {
                // A combining accent written apart from its letter (`u` + U+0308): dropped.
                continue
            } else if let letters = latinLetters(for: scalar) {
                out += letters
            } else if !out.isEmpty, !out.hasSuffix("-") {
                out += "-"
            }
        }
        // Keep within the longest id, cut at a hyphen when there is one near the end.
        if out.utf8.count > maxLength {
            out = String(out.prefix(maxLength))
            if let hyphen = out.lastIndex(of: "-"), out.distance(from: out.startIndex, to: hyphen) >= maxLength / 2 {
                out = String(out[..<hyphen])
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? nil : out
    }

    /// The letters a to z a Latin letter folds to without its diacritics, read from its Unicode
    /// name (`LATIN SMALL LETTER U WITH DIAERESIS` is `u`, `LATIN SMALL LIGATURE OE` is `oe`,
    /// `LATIN SMALL LETTER L WITH STROKE` is `l`); nil for any other character. The standard
    /// library has the names; Foundation's `folding(options:locale:)` would load ICU, which
    /// Protract does not (docs/benchmark.md), and leaves `ł`, `ø` and `æ` as they are.
    static func latinLetters(for scalar: Unicode.Scalar) -> String? {
        guard scalar.value >= 0x80, let name = scalar.properties.name else { return nil }
        var base: Substring?
        for prefix in ["LATIN SMALL LETTER ", "LATIN CAPITAL LETTER ", "LATIN SMALL LIGATURE ", "LATIN CAPITAL LIGATURE "]
        where name.hasPrefix(prefix) {
            base = name.dropFirst(prefix.count)
        }
        guard var letters = base else { return nil }
        if let with = letters.firstRange(of: " WITH ") { letters = letters[..<with.lowerBound] }
        switch letters {
        case "SHARP S": return "ss"
        case "DOTLESS I", "DOTLESS J": return String(letters.suffix(1)).lowercased()
        case "THORN": return "th"
        case "ETH": return "d"
        default:
            guard (1...2).contains(letters.count), letters.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) else {
                return nil
            }
            return letters.lowercased()
        }
    }
}

extension KeyedDecodingContainer {
    /// Decodes the id under `key`, reporting one that is not a valid id for a `noun` (`programme`,
    /// `exercise`); an empty id when it could not be decoded.
    func decodeID(forKey key: Key, noun: String, recorder: DecodingRecorder) -> Located<String> {
        guard let id = recorder.attempt({ try decode(Located<String>.self, forKey: key) }) else { return Located("") }
        if let problem = Identifier.problem(with: id.value, noun: noun) {
            recorder.report(
                problem.message, at: id.range ?? sourceRange(forKey: key), path: codingPath + [key], help: problem.help)
        }
        return id
    }
}
