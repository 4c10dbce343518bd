import YAMLKit

/// A dose that rises from a start to a target, written `{start: 2, target: 3}` or `2-3` (as the
/// push-up block writes its rep range), or one whole number (`3`) for a dose that stays put
/// (start and target equal).
public struct StartTarget: Sendable, Equatable, Decodable, CustomStringConvertible {
    /// Where the dose begins.
    public var start: Int
    /// Where it stops rising.
    public var target: Int
    /// Whether it was written as one number.
    var isFixed: Bool
    /// Whether it was written as a range, `10-15`: a start above the target is then the two
    /// numbers in the wrong order rather than a target set too low.
    var isRange = false
    /// Where `start` was written, or the number when it was written as one.
    var startRange: SourceRange?
    /// Where `target` was written, or the number when it was written as one.
    var targetRange: SourceRange?
    /// The start and target as written when they were too large for `Int` (they then hold
    /// `Int.max` or `Int.min`, so that the range check reports them with the option's range).
    var startOverflow: String?
    var targetOverflow: String?

    /// `start` as the person wrote it, for messages.
    var startWritten: String { startOverflow ?? String(start) }
    /// `target` as the person wrote it, for messages.
    var targetWritten: String { targetOverflow ?? String(target) }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case start, target
    }

    /// Creates a dose from `start` to `target`.
    public init(start: Int, target: Int) {
        self.start = start
        self.target = target
        isFixed = false
    }

    /// Creates a dose that stays at `value`.
    public init(fixed value: Int) {
        start = value
        target = value
        isFixed = true
    }

    /// `10` or `10-15`.
    public var description: String { start == target ? "\(start)" : "\(start)-\(target)" }

    /// Whether `value` lies between start and target.
    public func contains(_ value: Int) -> Bool { start <= value && value <= target }

    /// `value` moved into start…target (target wins when it is below start).
    public func clamp(_ value: Int) -> Int { max(start, min(target, value)) }

    public init(from decoder: any Decoder) throws {
        let node = decoder.yamlNode
        if let node, let scalar = node.scalar, scalar.style == .plain, let (start, target) = Self.range(scalar.value) {
            // `8-12`: the push-up block's way of writing a range.
            self.init(start: start, target: target)
            isRange = true
            (startRange, targetRange) = (node.range, node.range)
            return
        }
        if let node, node.mapping == nil {
            // One number (kept as written when too large for `Int`), or neither a number nor a mapping.
            let big = BoundedInteger.saturated(node)
            guard node.scalar != nil, let value = big?.value ?? (try? decoder.singleValueContainer().decode(Int.self))
            else {
                throw YAMLError(
                    "expected a whole number, {start, target} or A-B for "
                        + "\(CodingPathFormatter.subject(decoder.codingPath)), found \(Self.describe(node))",
                    at: node.range, path: CodingPathFormatter.string(decoder.codingPath),
                    help: "write one number to keep it fixed, or a start and a target such as {start: 2, target: 3} or 2-3")
            }
            self.init(fixed: value)
            (startRange, targetRange) = (node.range, node.range)
            (startOverflow, targetOverflow) = (big?.text, big?.text)
            return
        }
        if node == nil, let value = try? decoder.singleValueContainer().decode(Int.self) {
            self.init(fixed: value)
            return
        }
        let keys = try decoder.container(listing: CodingKeys.self)
        let recorder = decoder.recorder()
        func child(_ key: CodingKeys) -> Node? { (try? keys.superDecoder(forKey: key))?.yamlNode }
        let bigStart = BoundedInteger.saturated(child(.start))
        let bigTarget = BoundedInteger.saturated(child(.target))
        let start = bigStart?.value ?? recorder.attempt(1) { try keys.decode(Int.self, forKey: .start) }
        let target = bigTarget?.value ?? recorder.attempt(1) { try keys.decode(Int.self, forKey: .target) }
        try recorder.check()
        self.init(start: start, target: target)
        startOverflow = bigStart?.text
        targetOverflow = bigTarget?.text
        startRange = keys.sourceRange(forKey: .start)
        targetRange = keys.sourceRange(forKey: .target)
    }

    /// Start and target only; where they were written does not matter.
    public static func == (lhs: StartTarget, rhs: StartTarget) -> Bool {
        lhs.start == rhs.start && lhs.target == rhs.target
    }

    /// `8-12` (or `8 - 12`, or with an en dash) as its two whole numbers; nil for anything else.
    static func range(_ text: String) -> (Int, Int)? {
        let parts = text.split(omittingEmptySubsequences: false) { $0 == "-" || $0 == "–" }
        guard parts.count == 2 else { return nil }
        let numbers = parts.map { part in Int(part.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed().map(String.init).joined()) }
        guard let start = numbers[0], let target = numbers[1], start >= 0, target >= 0 else { return nil }
        return (start, target)
    }

    private static func describe(_ node: Node) -> String {
        switch node.content {
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        case .scalar(let scalar):
            if node.isNull { return "nothing" }
            return scalar.style == .plain ? "\"\(scalar.value)\"" : "the quoted string \"\(scalar.value)\""
        }
    }
}
