public import PlanKit

/// Renders a plan as text a person can follow in a terminal or on paper.
///
/// The layout, top to bottom:
/// - a header: `TITLE · N weeks · DAYS TIME (TIME ZONE)`, `Plan for NAME · Starts Mon 7 Dec 2026`,
///   for a course its `Next:` session and, when its pain has not eased after 2 weeks of the plan,
///   the advice to see a physiotherapist or GP (``Plan/painNotEasing``), the programme's summary, one `Start:` line per starting point, the `Rest:` rule and, for a
///   new plan, whether the red-flag `Screening:` was answered;
/// - `Why this plan` (the programme's description) and `What to expect` (its timeline);
/// - the safety section, before any training: `Stop and see a clinician if you notice` with the
///   stop rules and the red flags, then `Pain monitoring`;
/// - week by week (`WEEK 3 · Build · deload week`, the phase focus, the week's notes), session by
///   session (`Mon 7 Dec · 07:30-08:05 · Stability and push-ups`, its notes), block by block, one
///   line per exercise (`Knee push-up   3 x 5, tempo 2-1-2, rest 90 s (why it changed)`), the
///   exercise's full cues the first time it appears and its short cue after that;
/// - `PROGRESS`: per week, the push-up step and reps, and the stabilizer reps and seconds held,
///   with `█` bars;
/// - `AFTER THE PROGRAMME`: the discharge criteria and the maintenance dose (the whole plan only);
/// - `SOURCES`: the programme's sources (the whole plan only).
///
/// Every line fits in ``Options/width`` (counted in characters) when the width is at least 40.
/// Colour adds ANSI escape codes (bold headings, dim cues, yellow deload marks) and nothing else;
/// the caller decides when to ask for it (a terminal, and no `NO_COLOR` in the environment).
/// The output is UTF-8 text ending in a line break and depends only on the arguments.
public struct TextRenderer: PlanRenderer {
    /// How the text is laid out.
    public struct Options: Sendable, Hashable {
        /// The widest a line may be, in characters; values below 20 are treated as 20.
        public var width: Int
        /// Whether to add ANSI colour and bold.
        public var colour: Bool
        /// Show only the first this many weeks, and no progress summary (`protract start` shows
        /// week 1); nil for the whole plan.
        public var weeks: Int?

        /// Creates options: 80 columns, no colour, the whole plan by default.
        public init(width: Int = 80, colour: Bool = false, weeks: Int? = nil) {
            self.width = width
            self.colour = colour
            self.weeks = weeks
        }
    }

    /// The layout options.
    public var options: Options

    /// Creates a renderer.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// The whole plan as text, ending in a line break.
    /// - Parameters:
    ///   - plan: The plan to show.
    ///   - catalog: Where exercise names and cues come from; an id missing from it is shown as is.
    public func render(_ plan: Plan, catalog: ExerciseCatalog) -> String {
        let layout = TextLayout(width: max(options.width, 20), colour: options.colour)
        let exercises = Kit.exerciseIDs(in: plan)
        var lines = HeaderSection(layout: layout).lines(
            for: plan, kit: Kit.items(ofExercises: exercises, catalog: catalog))
        if let stop = plan.stoppedBecause {
            let calledOff = plan.cancelled.isEmpty ? "" : " \(plan.cancelled.count) later sessions are called off."
            lines.append("")
            lines += layout.labelled("STOPPED: ", stop + "." + calledOff, indent: 0)
                .map(layout.style.bold)
        }
        lines += HeaderSection(layout: layout).whyLines(for: plan)
        lines.append("")
        lines += HeaderSection(layout: layout).safetyLines(for: plan.safety)
        lines += WeekSection(layout: layout, catalog: catalog, exercises: exercises).lines(for: plan, weeks: options.weeks)
        let progress = options.weeks == nil ? ProgressSection(layout: layout, catalog: catalog).lines(for: plan) : []
        if !progress.isEmpty {
            lines.append("")
            lines += progress
        }
        if options.weeks == nil {
            lines += HeaderSection(layout: layout).afterLines(for: plan)
            lines += HeaderSection(layout: layout).sourceLines(for: plan)
        }
        return Self.text(of: lines)
    }

    /// The lines, each ending in a line break, copied into one string made at its full size:
    /// `joined(separator:)` appended a long course's thousands of lines and line breaks one by
    /// one, and the last line break copied the whole text again.
    static func text(of lines: [String]) -> String {
        String(unsafeUninitializedCapacity: lines.reduce(lines.count) { $0 + $1.utf8.count }) { buffer in
            var end = 0
            for line in lines {
                end = buffer[end...].initialize(fromContentsOf: line.utf8)
                buffer[end] = 0x0A
                end += 1
            }
            return end
        }
    }
}
