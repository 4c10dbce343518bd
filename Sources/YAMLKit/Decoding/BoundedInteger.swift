/// Whole numbers that must lie in a field's own range.
///
/// A number too large for `Int` (`weeks: 100000000000000000000000`) is out of the field's range as
/// much as `weeks: 600` is, so both get the same message with the field's range, never the range
/// of `Int`.
extension KeyedDecodingContainer {
    /// Decodes a whole number that must lie in `allowed`.
    ///
    /// - Throws: `YAMLError` located at the value, saying "'KEY' must be from A to B, found N" for any
    ///   whole number outside `allowed` (however large), or the usual error for a value that is not
    ///   a whole number.
    public func decode(
        _ type: Int.Type, forKey key: Key, in allowed: ClosedRange<Int>, unit: String? = nil, help: String? = nil
    ) throws -> Int {
        // The node is looked up only when something is wrong: a number that does not decode may
        // be one too large for `Int`, which gets the field's range in its message.
        let value: Int
        do {
            value = try decode(Int.self, forKey: key)
        } catch {
            try refusingOverflow(forKey: key, allowed: allowed, unit: unit, help: help)
            throw error
        }
        return try checking(value, forKey: key, in: allowed, unit: unit, help: help)
    }

    /// Like `decode(_:forKey:in:help:)`, but nil when the key is missing or null.
    public func decodeIfPresent(
        _ type: Int.Type, forKey key: Key, in allowed: ClosedRange<Int>, unit: String? = nil, help: String? = nil
    ) throws -> Int? {
        // One `decodeIfPresent` looks the key up once (YAMLKit's container looks it up once for
        // all three questions: is it there, is it null, what is it).
        let value: Int?
        do {
            value = try decodeIfPresent(Int.self, forKey: key)
        } catch {
            try refusingOverflow(forKey: key, allowed: allowed, unit: unit, help: help)
            throw error
        }
        guard let value else { return nil }
        return try checking(value, forKey: key, in: allowed, unit: unit, help: help)
    }

    /// `value` when `allowed` holds it; else the error that names the field's range.
    private func checking(
        _ value: Int, forKey key: Key, in allowed: ClosedRange<Int>, unit: String?, help: String?
    ) throws -> Int {
        guard allowed.contains(value) else {
            let node = try refusingOverflow(forKey: key, allowed: allowed, unit: unit, help: help)
            throw BoundedInteger.error(key: key.stringValue, allowed: allowed, unit: unit, found: String(value),
                                       at: node?.range, path: codingPath + [key], help: help)
        }
        return value
    }

    /// Decodes a located whole number whose range is checked later, with the other rules on it;
    /// nil when the key is missing or null. A number too large for `Int` is refused here, with
    /// `allowed` in the message as the later check words it, instead of `Int`'s own range.
    public func decodeIfPresent(
        _ type: Located<Int>.Type, forKey key: Key, outside allowed: ClosedRange<Int>
    ) throws -> Located<Int>? {
        do {
            return try decodeIfPresent(Located<Int>.self, forKey: key)
        } catch {
            try refusingOverflow(forKey: key, allowed: allowed)
            throw error
        }
    }

    /// The node for `key`, if there is one, once a whole number too large for `Int` in it has
    /// been refused with `allowed` in the message.
    @discardableResult
    private func refusingOverflow(
        forKey key: Key, allowed: ClosedRange<Int>, unit: String? = nil, help: String? = nil
    ) throws -> Node? {
        let node = (try? superDecoder(forKey: key))?.yamlNode
        if let node, let written = BoundedInteger.overflowingText(node) {
            throw BoundedInteger.error(
                key: key.stringValue, allowed: allowed, unit: unit, found: written, at: node.range,
                path: codingPath + [key], help: help)
        }
        return node
    }
}

/// The shared pieces of the bounded integer checks.
public enum BoundedInteger {
    /// The text of a plain whole number too large (or too small) for `Int`, or nil for anything else.
    public static func overflowingText(_ node: Node) -> String? {
        guard let scalar = node.scalar, node.hasNoTag(or: "int"),
            case .outOfRange = ScalarConversion.integer(scalar, as: Int.self)
        else { return nil }
        return scalar.value
    }

    /// A whole number too large (or too small) for `Int` as the nearest `Int`, with its text, so
    /// that a later range check reports it as written; nil for anything else.
    public static func saturated(_ node: Node?) -> (value: Int, text: String)? {
        guard let node, let text = overflowingText(node) else { return nil }
        return (text.hasPrefix("-") ? Int.min : Int.max, text)
    }

    /// The text of a decoder's value when it is a whole number too large for `Int`, else nil.
    public static func overflowingText(in decoder: any Decoder) -> String? {
        decoder.yamlNode.flatMap { overflowingText($0) }
    }

    /// "'KEY' must be from A to B [UNIT], found N", at the value.
    public static func error(
        key: String, allowed: ClosedRange<Int>, unit: String? = nil, found: String, at range: SourceRange?,
        path: [any CodingKey], help: String? = nil
    ) -> YAMLError {
        let bounds = "from \(allowed.lowerBound) to \(allowed.upperBound)" + (unit.map { " " + $0 } ?? "")
        return YAMLError(Diagnostic(
            .error, "'\(key)' must be \(bounds), found \(found)", at: range,
            path: CodingPathFormatter.string(path), help: help ?? "write a whole number \(bounds)"))
    }
}
