/// A symptom that stops the plan and sends the person to a clinician instead.
///
/// The screening questions come from the project's red-flag list (DESIGN §5) and the NHS back-pain
/// guidance (domain-facts §4.7).
public struct RedFlag: Sendable, Hashable {
    /// How soon to get help.
    public enum Urgency: String, Sendable, Hashable {
        /// Call the emergency number or go to A&E now.
        case emergency
        /// See a GP urgently (same day) or call NHS 111.
        case urgent
        /// See a physiotherapist or GP before training again.
        case clinician
    }

    /// The name used with `--symptom` (`arm-numbness`).
    public var id: String
    /// The question `protract screen` asks.
    public var question: String
    /// How soon to get help.
    public var urgency: Urgency
    /// What to do.
    public var advice: String

    /// Every red flag, most urgent first.
    public static let all: [RedFlag] = [
        RedFlag(
            id: "chest-pain", question: "Does the pain come with chest pain, breathlessness or feeling faint?",
            urgency: .emergency, advice: "call 999 (or your local emergency number) or go to A&E now"),
        RedFlag(
            id: "after-accident", question: "Did the pain start after a fall, accident or other injury?",
            urgency: .emergency, advice: "go to A&E or call 999; do not train until you have been checked"),
        RedFlag(
            id: "sharp-pain", question: "Is the pain sharp, sudden or intense, or does it not settle when you stop?",
            urgency: .clinician, advice: "stop training and see a physiotherapist or GP before you go on"),
        RedFlag(
            id: "arm-numbness", question: "Do you have numbness, tingling or weakness down an arm or in a hand?",
            urgency: .urgent, advice: "see a GP urgently or call NHS 111; nerve symptoms need checking first"),
        RedFlag(
            id: "joint-locking", question: "Does a shoulder or other joint click, pop or lock with pain?",
            urgency: .clinician, advice: "see a physiotherapist or GP before loading the joint again"),
        RedFlag(
            id: "lasting-pain", question: "Has the pain lasted more than a week despite rest?",
            urgency: .clinician, advice: "see a physiotherapist or GP; pain that does not settle with rest needs a diagnosis"),
        RedFlag(
            id: "night-pain", question: "Is the pain worse at night, or there even when you rest completely?",
            urgency: .urgent, advice: "see a GP urgently or call NHS 111"),
        RedFlag(
            id: "fever-or-weight-loss", question: "Do you have a fever, or have you lost weight without trying?",
            urgency: .urgent, advice: "see a GP urgently or call NHS 111"),
    ]

    /// The red flag with this id.
    public static func named(_ id: String) -> RedFlag? {
        all.first { $0.id == id }
    }
}
