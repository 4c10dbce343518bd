import PlanKit
import YAMLKit

/// Written repetition ranges that rule S3 keeps from ever being prescribed: an exercise done
/// through several positions (prone Y-T-W) does at most 10 per position, starting at 6 or less,
/// so `{id: prone-y-t-w, reps: 6-12}` plans as 6-10 and 11-12 never come. `validate` warns at the
/// `reps` written (the file still plans): an item's own, or the block's when every repetition
/// exercise that takes it is capped. A range that a harder variant without positions climbs in
/// full (an item's `harder: [prone-scapular-retraction]`) is reached, and draws nothing.
enum PositionCapCheck {
    /// One warning per `reps` that is never reached, at its target as written.
    static func warnings(_ options: StabilizerOptions, blockPath: String, catalog: ExerciseCatalog) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        // The block's `reps` is reached when one exercise that takes it reaches it.
        var blockCapped: [String] = []
        var blockReached = false
        for (index, id) in options.exerciseIDs.enumerated() {
            let progression = Progression(options: options.resolved(for: id), catalog: catalog, plankBaseline: nil)
            guard let capped = Self.capped(id, progression) else { continue }
            guard let own = options.entry(for: id)?.reps else {
                if capped != nil { blockCapped.append(id) } else { blockReached = true }
                continue
            }
            guard let planned = capped, own.target > Progression.mostRepsPerPosition, own.targetRange != nil
            else { continue }
            warnings.append(Self.warning(
                written: own, planned: planned, at: options.exercisesPath + "[\(index)].reps",
                subject: "'\(id)' is done through \(catalog.exercise(id)?.positions.count ?? 0) positions",
                harder: progression.harderVariant(of: id, slot: id).map { catalog.sentenceName(of: $0.id) }))
        }
        let progression = Progression(options: options, catalog: catalog, plankBaseline: nil)
        if options.reps.targetRange != nil, options.reps.target > Progression.mostRepsPerPosition, !blockReached,
            let first = blockCapped.first, let planned = Self.capped(first, progression) ?? nil
        {
            let names = blockCapped.map { "'\($0)'" }.joined(separator: ", ")
            warnings.append(Self.warning(
                written: options.reps, planned: planned, at: blockPath + ".reps",
                subject: blockCapped.count == 1
                    ? "the block's one repetition exercise, \(names), is done through positions"
                    : "every repetition exercise of the block (\(names)) is done through positions",
                harder: progression.harderVariant(of: first, slot: first).map { catalog.sentenceName(of: $0.id) }))
        }
        return warnings
    }

    /// What `reps` means for `slot`'s progression (the slot and each harder variant it moves on to):
    /// nil when none of them is done for reps; `.some(nil)` when one done for reps reaches the top
    /// (it has no positions); else the range rule S3 prescribes instead.
    static func capped(_ slot: String, _ progression: Progression) -> StartTarget?? {
        var variant: String? = slot
        var seen: Set<String> = []
        var positioned: String?
        while let id = variant, seen.insert(id).inserted, let exercise = progression.catalog.exercise(id) {
            if exercise.kind == .reps {
                guard exercise.positions.count > 1 else { return .some(nil) }
                positioned = positioned ?? id
            }
            variant = progression.harderVariant(of: id, slot: slot)?.id
        }
        guard let positioned else { return nil }
        return .some(progression.range(for: .reps, variant: positioned, slot: slot).range)
    }

    static func warning(
        written: StartTarget, planned: StartTarget, at path: String, subject: String, harder: String?
    ) -> Diagnostic {
        let most = Progression.mostRepsPerPosition
        return Diagnostic(
            .warning,
            "\(subject), at most \(most) reps per position (rule S3): 'reps' \(written) is prescribed as \(planned)"
                + (planned.start == planned.target ? "" : ", never above \(most)"),
            at: written.targetRange ?? written.startRange, path: path,
            help: "write 'reps' up to \(most), such as "
                + (written.start == written.target ? "\(most)" : "\(min(written.start, 6))-\(most)")
                + ": the sources use 5-\(most) "
                + "per position (docs/prescription-rules.md, S3)"
                + (harder.map { "; at \(most) per position it moves on to the \($0)" } ?? ""))
    }
}
