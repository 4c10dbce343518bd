public import PlanKit
public import YAMLKit

/// One plugin block written as YAML in a test, decoded and configured as the engine does it: the
/// block's node without its `plugin` key, decoded into the plugin's options at the block's coding
/// path, then the plugin made with a catalog.
public enum PluginBlock {
    /// The coding path of a block in a programme: `sessions[0].blocks[1]`.
    public static func path(session: Int, block: Int) -> [any CodingKey] {
        [AnyCodingKey("sessions"), AnyCodingKey(session), AnyCodingKey("blocks"), AnyCodingKey(block)]
    }

    /// The block `yaml` holds, without its `plugin` key: the first item of a list of blocks
    /// (`- plugin: …`), or the mapping itself.
    public static func node(_ yaml: String) throws(YAMLError) -> Node {
        guard let root = try YAMLParser().parse(yaml) else { throw YAMLError("the test's YAML holds no block", at: nil) }
        if let items = root.sequence {
            guard let first = items.first else { throw YAMLError("the test's YAML holds no block", at: nil) }
            return first.removingKey("plugin")
        }
        return root.removingKey("plugin")
    }

    /// Decodes the block in `yaml` into `P`'s options, as the engine decodes the block at `path`.
    public static func options<P: PlanPlugin>(
        _ plugin: P.Type, _ yaml: String, at path: [any CodingKey] = []
    ) throws(YAMLError) -> P.Options {
        try NodeDecoder().decode(P.Options.self, from: node(yaml), codingPath: path)
    }

    /// Decodes the block in `yaml` and makes the plugin with `catalog`.
    public static func plugin<P: PlanPlugin>(
        _ plugin: P.Type, _ yaml: String, catalog: ExerciseCatalog, at path: [any CodingKey] = []
    ) throws(YAMLError) -> P {
        try P(options: options(P.self, yaml, at: path), catalog: catalog)
    }

    /// The diagnostics of decoding the block in `yaml` and making the plugin; empty when both succeed.
    public static func diagnostics<P: PlanPlugin>(
        _ plugin: P.Type, _ yaml: String, catalog: ExerciseCatalog, at path: [any CodingKey] = []
    ) -> [Diagnostic] {
        do {
            _ = try self.plugin(P.self, yaml, catalog: catalog, at: path)
            return []
        } catch {
            return error.diagnostics
        }
    }

    /// The options of every block of `P` in a built-in programme (the flagship by default), in
    /// session and block order, each decoded at its own path as the engine decodes it.
    public static func programmeOptions<P: PlanPlugin>(
        _ plugin: P.Type, programme: String = "upper-back-rehab.yaml"
    ) throws -> [P.Options] {
        let text = try Repository.programsText(programme)
        guard let sessions = try YAMLParser().parse(text)?.mapping?["sessions"]?.sequence else {
            throw YAMLError("\(programme) has no sessions", at: nil)
        }
        var options: [P.Options] = []
        for (sessionIndex, session) in sessions.enumerated() {
            guard let blocks = session.mapping?["blocks"]?.sequence else {
                throw YAMLError("\(programme): session \(sessionIndex) has no blocks", at: nil)
            }
            for (blockIndex, block) in blocks.enumerated()
            where block.mapping?["plugin"]?.scalar?.value == P.descriptor.id {
                options.append(try NodeDecoder().decode(
                    P.Options.self, from: block.removingKey("plugin"),
                    codingPath: path(session: sessionIndex, block: blockIndex)))
            }
        }
        return options
    }
}
