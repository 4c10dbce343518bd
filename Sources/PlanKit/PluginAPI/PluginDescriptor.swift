/// What a plugin is and how a programme configures it; drives `protract plugins`, the authoring
/// guide and the tests (the example is decoded and planned by every plugin's tests).
public struct PluginDescriptor: Sendable, Hashable {
    /// One option a block may set.
    public struct Option: Sendable, Hashable {
        /// The key in the block (`rest-seconds`).
        public var key: String
        /// What values it takes (`whole number, 15 to 300`).
        public var type: String
        /// The value used when the key is absent, as YAML text; nil when the option is optional and has
        /// no fixed default (such as a tempo that falls back to the exercise's own).
        public var defaultValue: String?
        /// What it does, in a sentence.
        public var summary: String
        /// Its values as JSON Schema, for `protract schema` and editors (`.anything` when untyped).
        public var schema: JSONSchema

        /// Creates an option description; plugins declare options with `PluginOption`, which makes one.
        public init(key: String, type: String, defaultValue: String?, summary: String, schema: JSONSchema = .anything) {
            self.key = key
            self.type = type
            self.defaultValue = defaultValue
            self.summary = summary
            self.schema = schema
        }
    }

    /// A baseline test a person can give (`--baseline push-ups=6`).
    public struct BaselineKey: Sendable, Hashable {
        /// The key (`push-ups`).
        public var key: String
        /// What to measure and how.
        public var summary: String
        /// The values accepted.
        public var range: ClosedRange<Int>

        /// Creates a baseline key description.
        public init(key: String, summary: String, range: ClosedRange<Int>) {
            self.key = key
            self.summary = summary
            self.range = range
        }
    }

    /// The stable id used in programme files (`push-up-progression`).
    public var id: String
    /// The display name.
    public var name: String
    /// One sentence on what it prescribes and how it progresses.
    public var summary: String
    /// The options a block may set.
    public var options: [Option]
    /// The baseline tests it reads.
    public var baselineKeys: [BaselineKey]
    /// A complete example block in YAML, starting with `- plugin: <id>`.
    public var example: String

    /// Creates a descriptor.
    public init(
        id: String, name: String, summary: String, options: [Option], baselineKeys: [BaselineKey], example: String
    ) {
        self.id = id
        self.name = name
        self.summary = summary
        self.options = options
        self.baselineKeys = baselineKeys
        self.example = example
    }
}
