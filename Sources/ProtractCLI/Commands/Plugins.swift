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
                let summaries = registry.descriptors.map { PluginText.summary($0, console: console) + "\n" }.joined()
                console.out(summaries + console.wrapped(["Show one in full with: protract plugins ID"]))
                return
            }
            if let unknown = UnknownPluginID(id, known: registry.ids) {
                let hint = unknown.suggestion.map { " (did you mean '\($0)'?)" } ?? ""
                throw console.usageError("\(unknown.message)\(hint); \(unknown.list)", command: "plugins")
            }
            if let plugin = registry.plugin(id: id) { console.out(PluginText.full(plugin.descriptor, console: console)) }
        }
    }
}

/// How `plugins` prints descriptors: prose wrapped to the terminal, the example block as written.
enum PluginText {
    static func summary(_ descriptor: PluginDescriptor, console: Console) -> String {
        var text = console.wrapped(["\(descriptor.id) — \(descriptor.name)"])
            + console.wrapped(descriptor.summary, first: "  ", rest: "  ")
        text += console.wrapped(["  options: " + descriptor.options.map(\.key).joined(separator: ", ")])
        if !descriptor.baselineKeys.isEmpty {
            text += console.wrapped(["  baseline: " + descriptor.baselineKeys.map(\.key).joined(separator: ", ")])
        }
        return text
    }

    static func full(_ descriptor: PluginDescriptor, console: Console) -> String {
        var text = console.wrapped(["\(descriptor.id) — \(descriptor.name)"]) + "\n"
            + console.wrapped([descriptor.summary], hanging: 0) + "\nOptions:\n"
        let width = descriptor.options.map(\.key.count).max() ?? 0
        let column = String(repeating: " ", count: width + 4)
        for option in descriptor.options {
            let head = "  \(option.key.padded(to: width))  "
            text += console.wrapped(
                option.type + (option.defaultValue.map { " (default: \($0))" } ?? " (optional)"), first: head, rest: column)
            text += console.wrapped(option.summary, first: column, rest: column)
        }
        if !descriptor.baselineKeys.isEmpty {
            text += "\nBaseline keys (--baseline KEY=VALUE):\n"
            for key in descriptor.baselineKeys {
                text += console.wrapped(["  \(key.key) (\(key.range.lowerBound)-\(key.range.upperBound)): \(key.summary)"])
            }
        }
        text += "\nExample block:\n"
        for line in descriptor.example.split(separator: "\n", omittingEmptySubsequences: false) {
            text += "  \(line)\n"
        }
        return text
    }
}
