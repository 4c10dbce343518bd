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
            return ("\(noun) id '\(id)' is not kebab-case",
                    "use lowercase letters, digits and single hyphens, such as '\(suggest(for: id))'")
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

    /// A kebab-case form of `text`: `Scapular Push_Up` becomes `scapular-push-up`.
    public static func suggest(for text: String) -> String {
        var out = ""
        for scalar in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
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
        return out.isEmpty ? "my-exercise" : out
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
