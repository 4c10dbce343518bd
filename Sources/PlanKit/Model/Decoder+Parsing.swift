import YAMLKit

extension Decoder {
    /// The value `parse` reads from this single text; text it cannot read is a located error,
    /// "'TEXT' is not NOUN", with the help `help` gives for that text.
    func parse<T>(_ parse: (String) -> T?, isNot noun: String, help: (String) -> String) throws -> T {
        let text = try singleValueContainer().decode(String.self)
        guard let value = parse(text) else {
            throw YAMLError(
                "'\(text)' is not \(noun)", at: sourceRange, path: CodingPathFormatter.string(codingPath), help: help(text))
        }
        return value
    }
}
