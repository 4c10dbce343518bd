import ArgumentParser
import PlanKit
import YAMLKit

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
///
/// On a narrow terminal (a phone's 40 columns) a plugin's id stands on its own line when it and
/// its name do not fit on one, and each option's key stands on its own line with its type and
/// summary under it, rather than in a column that leaves the text 20 characters (a phone user's
/// trial read `stabilizer-strength — Stabilizer` / `strength`, and options' summaries one or two
/// words a line, with long words pushed to the margin).
enum PluginText {
    /// The fewest characters the text beside the options' key column may have; narrower, each
    /// key stands on its own line.
    static let columnText = 40

    /// `id — Name` on one line when it fits, else the id alone and the name under it.
    static func heading(_ descriptor: PluginDescriptor, console: Console) -> String {
        let line = "\(descriptor.id) — \(descriptor.name)"
        if TerminalText.visible(line).count <= console.width { return console.wrapped([line]) }
        return console.wrapped([descriptor.id]) + console.wrapped(["  " + descriptor.name])
    }

    static func summary(_ descriptor: PluginDescriptor, console: Console) -> String {
        var text = heading(descriptor, console: console)
            + console.wrapped(descriptor.summary, first: "  ", rest: "  ")
        text += console.wrapped(["  options: " + descriptor.options.map(\.key).joined(separator: ", ")])
        if !descriptor.baselineKeys.isEmpty {
            text += console.wrapped(["  baseline: " + descriptor.baselineKeys.map(\.key).joined(separator: ", ")])
        }
        return text
    }

    static func full(_ descriptor: PluginDescriptor, console: Console) -> String {
        var text = heading(descriptor, console: console) + "\n"
            + console.wrapped([descriptor.summary], hanging: 0) + "\nOptions:\n"
        let width = descriptor.options.map(\.key.count).max() ?? 0
        // Beside a column of keys when that leaves the text room, else each key on its own line.
        let columns = console.width - (width + 4) >= columnText
        let column = String(repeating: " ", count: columns ? width + 4 : 4)
        for option in descriptor.options {
            let kind = option.type + (option.defaultValue.map { " (default: \($0))" } ?? " (optional)")
            if columns {
                text += console.wrapped(kind, first: "  \(option.key.padded(to: width))  ", rest: column)
            } else {
                text += console.wrapped(["  " + option.key]) + console.wrapped(kind, first: column, rest: column)
            }
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
            for shown in blockStyle("  " + line, width: console.width) { text += shown + "\n" }
        }
        return text
    }

    /// A line of the example block as written when it fits `width`; else, when it is a key with a
    /// flow list or map of plain values (`ladder: [wall-push-up, …]`, `hold-seconds: {start: 10,
    /// target: 30}`), the same value in block style, a value a line, which YAML reads the same (a
    /// phone's terminal broke the list anywhere). Anything else stays as written.
    static func blockStyle(_ line: String, width: Int) -> [String] {
        guard line.count > width, let colon = line.firstRange(of: ": ") else { return [line] }
        let head = line[..<colon.lowerBound]
        let value = line[colon.upperBound...]
        guard let open = value.first, let close = value.last, open == "[" && close == "]" || open == "{" && close == "}"
        else { return [line] }
        let inner = value.dropFirst().dropLast()
        // Plain values only: no quotes or nested collections to read.
        guard !inner.contains(where: { "[]{}\"'#".contains($0) }) else { return [line] }
        let lead = head.prefix { $0 == " " }
        // The column the key starts in (after a list item's `- `).
        let keyColumn = lead.count + (head.dropFirst(lead.count).hasPrefix("- ") ? 2 : 0)
        let indent = String(repeating: " ", count: keyColumn + 2)
        let items = inner.split(separator: ",").map { $0.trimmingPrefix(" ") }
        return [head + ":"] + items.map { indent + (open == "[" ? "- " : "") + $0 }
    }
}
