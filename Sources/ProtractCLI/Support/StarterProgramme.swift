import PlanKit
import PlanRendering
import YAMLKit

/// The commented starter programme `protract new` writes: every plugin, every option shown with
/// its default, valid and plannable as written.
///
/// The plugin blocks are made from the plugins' descriptors (each option's summary, type and
/// default; the example's value where an option has no default), so they cannot drift from the code.
enum StarterProgramme {
    /// The starter for a programme with this id, with a block for each plugin in order.
    static func text(id: String, plugins: [PluginDescriptor]) -> String {
        header + "\nid: \(writtenID(id))\n" + body + plugins.map(block).joined() + footer
    }

    /// `id` as the starter writes it: in quotes when a YAML reader could take it written plain
    /// for a number, a boolean, null or a date (`123`, `true`, `null`, `0x1f`, `1e-5`, `no`), which
    /// the schema's text-only `id` would refuse; as it is otherwise.
    static func writtenID(_ id: String) -> String {
        YAMLWriter.isSafePlain(id) ? id : "\"" + id + "\""
    }

    /// A kebab-case id from a file name: `My Plan.yaml` gives `my-plan`.
    static func id(forFileName name: String) -> String {
        var stem = Substring(name.split(separator: "/").last ?? "")
        for suffix in [".yaml", ".yml"] where stem.hasSuffix(suffix) { stem = stem.dropLast(suffix.count) }
        return Identifier.kebabCase(String(stem)) ?? "my-programme"
    }

    /// One block: `- plugin: ID`, then each option at its default, with its summary and type as comments.
    static func block(_ descriptor: PluginDescriptor) -> String {
        let examples = exampleValues(descriptor.example)
        var text = "\n      # \(descriptor.name): 'protract plugins \(descriptor.id)' shows this block in full.\n"
        text += "      - plugin: \(descriptor.id)\n"
        text += "        # title: My heading    # optional; the heading shown instead of the plugin's\n"
        for option in descriptor.options {
            let summary = LineWrapper(width: 88, longWords: .overflow).wrap(option.summary)
            for line in summary { text += "        # \(line)\n" }
            // The value is the default; an option without one shows the example's value, marked optional.
            let type = option.defaultValue == nil ? "optional; " + option.type : option.type
            guard let value = option.defaultValue ?? examples[option.key] else {
                text += "        # \(option.key):      # \(type)\n"
                continue
            }
            let line = "        \(option.key): \(value)"
            if line.count + type.count + 4 <= 110 {
                text += line.padded(to: 40) + "  # \(type)\n"
            } else {
                text += "        # \(type)\n" + line + "\n"
            }
            for example in commentedExamples[descriptor.id + "." + option.key] ?? [] { text += "        # \(example)\n" }
        }
        return text
    }

    /// Commented alternatives shown under an option (`PLUGIN.KEY`), each of which validates when
    /// uncommented in place of the option's line.
    static let commentedExamples: [String: [String]] = [
        "stabilizer-strength.exercises": [
            "exercises:                       # or an item {id, ...} with the exercise's own sets, reps,",
            "  - scapular-push-up             # hold-seconds or rest-seconds (harder: its own variants);",
            "  - {id: prone-y-t-w, reps: 6-10}                 # a mobility drill with its own dose",
            "  - {id: wall-slide, sets: 2-3, reps: 10-15}      # is stabilizer work (take it out",
            "  - {id: plank, hold-seconds: 15-30}              # of the warm-up's drills then)",
        ],
    ]

    /// The `key: value` pairs of a descriptor's example block, values as written.
    static func exampleValues(_ example: String) -> [String: String] {
        var values: [String: String] = [:]
        for line in example.split(separator: "\n") {
            let trimmed = line.drop { $0 == " " || $0 == "-" }
            guard let colon = trimmed.firstIndex(of: ":") else { continue }
            let key = String(trimmed[..<colon])
            let value = trimmed[trimmed.index(after: colon)...].drop { $0 == " " }
            if key != "plugin", !value.isEmpty { values[key] = String(value) }
        }
        return values
    }

    static let header = """
        # yaml-language-server: $schema=programme.schema.json
        #
        # A Protract programme. Change what you need, then check it and plan it:
        #   protract validate THIS-FILE
        #   protract plan THIS-FILE --baseline push-ups=6 --baseline plank-seconds=20
        #
        # The first line lets an editor with a YAML language server (VS Code with Red Hat's YAML
        # extension, Neovim, Helix, Zed ...) check and complete this file as you type. It names a schema
        # file in this file's folder; make it there with
        #   protract schema > programme.schema.json
        # or delete the line. The authoring guide (docs/authoring.md) explains every key.

        """

    static let body = """
        title: My programme
        summary: One line on who this programme is for and what it does.
        description: |
          What is going on, who it is for, what it works on and why. Shown at the top of every plan.
        timeline: |
          What to expect and when, and when to get checked if it does not come. Shown under the description.
        weeks: 8                         # 1 to 520; a person may change it with --weeks
        purpose: training                # training; or rehab, for people whose push-ups hurt: the push-ups
                                         # baseline counts pain-free push-ups, the ladder starts a step lower
        schedule:
          days: [mon, wed, fri]          # mon ... sun; a person may choose others with --days
          time: "07:30"                  # 24-hour HH:MM, in quotes; a person may change it with --time
          min-rest-hours: 48             # least hours between the starts of two sessions (default 0)
        phases:                          # optional; their weeks must add up to 'weeks'
          - name: Activate
            weeks: 2
            focus: learn the positions at low load
            # sessions:                  # optional: this phase's own templates, used in its weeks instead of
            #   - title: Easy push-ups   # 'sessions' below; progress carries on into the next phase
            #     blocks:
            #       - {plugin: mobility-warmup, minutes: 6}
            #       - {plugin: push-up-progression, ladder: [wall-push-up, high-incline-push-up]}
          - name: Build
            weeks: 4
            focus: more reps, sets and hold time; climb the push-up ladder
          - name: Integrate
            weeks: 2
            focus: the highest good-form step
        deload:                          # optional: lighter weeks
          every: 4                       # every 4th week (4, 8 ...); or list them: weeks: [4, 8]
          volume: 60%                    # the share of working sets kept in a deload week
        sessions:                        # templates, given in turn to the training days (A, B, A ...)
          - title: Stability and push-ups
            # notes: [bring a chair]     # optional; shown with every session made from this template
            # days: [mon, wed, fri]      # optional: pin the template to training days (A on mon, B on thu)
            blocks:
        """

    static let footer = """

        # Your own exercises, used in blocks by id like the built-in ones ('protract exercises').
        # Uncomment and edit this one, then list it in a block, such as the stabilizer block's 'exercises'.
        exercises: []
        # exercises:
        #   - id: band-pull-apart
        #     name: Band pull-apart
        #     category: stabilizer           # mobility, stabilizer or push-up
        #     kind: reps                     # reps, or hold for timed holds
        #     muscles: [rhomboids, middle trapezius, posterior deltoid]
        #     equipment: [light resistance band]
        #     summary: Pulls the shoulder blades together against a light band.
        #     cues:
        #       - arms straight at shoulder height, band across the hands
        #       - squeeze the shoulder blades together as the band stretches; ribs down
        #     short-cue: squeeze the blades · ribs down
        safety:
          stop-if:                         # shown at the top of every plan
            - sharp, sudden or intense pain, or pain that does not settle when you stop
            - numbness, tingling or weakness spreading down an arm or into the hand
            - clicking, popping or locking of a joint
          # red-flags:                     # optional: the screening questions and the plan's red flags;
          #   - chest-pain                 # default: every standard one ('protract screen' asks them)
          #   - symptom: my-red-flag       # or one of your own
          #     sign: a sign that needs a clinician
          #     urgency: urgent            # emergency (999/A&E), urgent (GP today/NHS 111/out-of-hours) or clinician
          see-a-clinician:                 # other reasons to see a clinician, which no question asks
            - pain that keeps rising from week to week even though the plan has stepped back
          pain-monitoring:                 # optional: more about pain; the pain rules' lines come first
            - a stretching or working feeling in the muscles is expected; sharp or joint pain is not
        pain-rules:                      # how the pain a person logs ('protract log') steers the next session
          progress-up-to: 3              # pain during at or under this, settled next morning, reps done: progress
          hold-up-to: 5                  # above progress-up-to, up to this, or reps missed: the same dose again
          settled-up-to: 3               # next-morning pain up to this is settled; above it: a step back
          rising-weeks: 2                # pain higher than the week before this many weeks running: a step back
          missed-weeks: 2                # the first session this many weeks after the last one done: a step back
        # after:                         # optional: what comes after the last week, shown at the end of the plan
        #   discharge:                   # when the person is done (checked at a last-week retest)
        #     - 10 or more full push-ups in one set with good form, pain 2/10 or less
        #   maintenance:                 # how to keep it up
        #     - 1-2 sessions a week: the warm-up, the stabilisers and two sets of your last push-up step
        sources: []                      # optional: where the numbers come from

        """
}
