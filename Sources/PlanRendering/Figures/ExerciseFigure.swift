public import PlanKit

// Replaced by the figures branch at merge.

/// The drawing of an exercise's start and end positions, for the HTML handout and the exercise card.
public enum ExerciseFigure {
    /// A complete inline `<svg>` element (with `role="img"`, a `<title>` and a `<desc>` that says
    /// the start and end positions, every id prefixed by `idPrefix`), or nil when the exercise has
    /// no figure; the page then shows a neutral placeholder with the exercise's name.
    public static func svg(for exercise: Exercise, idPrefix: String) -> String? {
        nil
    }
}
