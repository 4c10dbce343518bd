import ArgumentParser
import PlanKit

extension ProtractCommand {
    /// `protract plugins [ID]`: what each plugin prescribes and how a block configures it.
    struct Plugins: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "plugins",
            abstract: "List the planner's plugins, or show one with its options and an example block.")

        @Argument(help: "A plugin id, to show that plugin in full.")
        var id: String?

        func run() throws {
            let console = Console()
            let registry = try Environment.registry()
            guard let id else {
                let summaries = registry.descriptors.map { PluginText.summary($0) + "\n" }.joined()
                console.out(summaries + "Show one in full with: protract plugins ID\n")
                return
            }
            if let unknown = UnknownPluginID(id, known: registry.ids) {
                let hint = unknown.suggestion.map { " (did you mean '\($0)'?)" } ?? ""
                throw console.usageError("\(unknown.message)\(hint); \(unknown.list)", command: "plugins")
            }
            if let plugin = registry.plugin(id: id) { console.out(PluginText.full(plugin.descriptor)) }
        }
    }
}

/// How `plugins` prints descriptors.
enum PluginText {
    static func summary(_ descriptor: PluginDescriptor) -> String {
        var text = "\(descriptor.id) — \(descriptor.name)\n  \(descriptor.summary)\n"
        text += "  options: " + descriptor.options.map(\.key).joined(separator: ", ") + "\n"
        if !descriptor.baselineKeys.isEmpty {
            text += "  baseline: " + descriptor.baselineKeys.map(\.key).joined(separator: ", ") + "\n"
        }
        return text
    }

    static func full(_ descriptor: PluginDescriptor) -> String {
        var text = "\(descriptor.id) — \(descriptor.name)\n\n\(descriptor.summary)\n\nOptions:\n"
        let width = descriptor.options.map(\.key.count).max() ?? 0
        for option in descriptor.options {
            text += "  \(option.key.padded(to: width))  \(option.type)"
            text += option.defaultValue.map { " (default: \($0))" } ?? " (optional)"
            text += "\n  \(String(repeating: " ", count: width))  \(option.summary)\n"
        }
        if !descriptor.baselineKeys.isEmpty {
            text += "\nBaseline keys (--baseline KEY=VALUE):\n"
            for key in descriptor.baselineKeys {
                text += "  \(key.key) (\(key.range.lowerBound)-\(key.range.upperBound)): \(key.summary)\n"
            }
        }
        text += "\nExample block:\n"
        for line in descriptor.example.split(separator: "\n", omittingEmptySubsequences: false) {
            text += "  \(line)\n"
        }
        return text
    }
}
