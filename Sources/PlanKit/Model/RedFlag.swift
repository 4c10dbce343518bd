import YAMLKit

/// A sign that stops the plan and sends the person to a clinician instead.
///
/// A programme's red flags (`safety.red-flags`, ``RedFlag/standard`` when it lists none) are one
/// list used everywhere: the plan's "See a clinician" lines (`sign: advice`), the questions of
/// `protract screen` and of the screening before the first plan (`Sign? [y/n]`), and the names
/// `--symptom` and `protract log` take. Sources: NHS back-pain guidance, the NHS spinal red-flag
/// pathway after NICE CG88, and the project's own list (DESIGN §5, domain-facts §4.7).
public struct RedFlag: Sendable, Hashable, Codable {
    /// How soon to get help.
    public enum Urgency: String, Sendable, Hashable, Codable, CaseIterable {
        /// Call the emergency number or go to A&E now.
        case emergency
        /// See a GP urgently (same day), or call NHS 111 or the local out-of-hours line.
        case urgent
        /// See a physiotherapist or GP before training again.
        case clinician

        /// What to do when a red flag of this urgency says nothing more.
        public var advice: String {
            switch self {
            case .emergency: return "call 999 (or your local emergency number) or go to A&E now"
            case .urgent: return "see a GP urgently, or call NHS 111 or your local out-of-hours line"
            case .clinician: return "see a physiotherapist or GP before you train again"
            }
        }
    }

    /// The name used with `--symptom` and in a journal (`arm-numbness`).
    public var id: String
    /// The sign, as the plan lists it and the screening asks it (`pain that is worse when you
    /// cough or sneeze`).
    public var sign: String
    /// How soon to get help.
    public var urgency: Urgency
    /// What to do.
    public var advice: String

    /// Creates a red flag; the advice defaults to the urgency's.
    public init(id: String, sign: String, urgency: Urgency, advice: String? = nil) {
        self.id = id
        self.sign = sign
        self.urgency = urgency
        self.advice = advice ?? urgency.advice
    }

    /// Whether the flag is asked before a course starts only (`screen`, and the screening of
    /// `plan` and `start`), not again at each `log`: the person's history (cancer, steroids or
    /// osteoporosis, new pain over 50), and the pain a course treats (pain between the shoulders,
    /// pain not easing after 2 weeks or lasting over 6), which a person in the middle of a course would answer yes to
    /// every time. Logged with `--symptom`, each still stops the course.
    ///
    /// `lasting-pain` is among them although its first half (not easing after 2 weeks of the
    /// plan) can only come true during a course: rather than ask it at every session, the engine
    /// reads the pain logged (``PainNotEasing``), and `log`, `next` and the course's plan advise a
    /// physiotherapist or GP when it has not eased, naming `log --symptom lasting-pain`, which
    /// records it and stops the course, should the clinician ask the person to stop.
    public var isAskedBeforeStartingOnly: Bool { Self.askedBeforeStartingOnly.contains(id) }

    static let askedBeforeStartingOnly: Set<String> = [
        "cancer-history", "steroids-or-osteoporosis", "upper-back-pain", "new-pain-over-50", "lasting-pain",
    ]

    /// The screening question: the sign with a capital letter and a question mark.
    public var question: String {
        guard let first = sign.first else { return "?" }
        return first.uppercased() + sign.dropFirst() + "?"
    }

    /// The plan's line under its urgency's heading: the sign, with what the advice adds to the
    /// urgency's (`sign (within 24 hours)`), or `sign: advice` for advice of its own.
    public var line: String {
        let usual = urgency.advice
        if advice == usual { return sign }
        if advice.hasPrefix(usual + "; ") { return sign + " (" + advice.dropFirst(usual.count + 2) + ")" }
        return sign + ": " + advice
    }

    /// The time limit for seeing a clinician, said the same way everywhere (the `lasting-pain`
    /// red flag, the built-in programmes' timelines and notes, the docs): most back pain starts to
    /// ease within about 2 weeks and settles within about 6 (NHS, domain-facts §4.7).
    public static let lastingPain = "pain that is not easing after 2 weeks of the plan, or has lasted more than 6 weeks in all"

    /// The standard red flags, most urgent first: the list a programme without `red-flags` uses,
    /// and the names a programme's `red-flags` may list.
    public static let standard: [RedFlag] = [
        RedFlag(id: "chest-pain", sign: "chest pain, breathlessness or feeling faint with the back pain", urgency: .emergency),
        RedFlag(
            id: "after-accident", sign: "back pain that started after a serious accident, such as a car crash, or a big fall",
            urgency: .emergency,
            advice: Urgency.emergency.advice + "; do not train until you have been checked"),
        RedFlag(
            id: "both-legs", sign: "numbness, tingling or weakness in both legs, or numbness around the genitals or bottom",
            urgency: .emergency),
        RedFlag(
            id: "bladder-or-bowel", sign: "new trouble peeing, or loss of control of the bladder or bowels",
            urgency: .emergency),
        RedFlag(
            id: "unsteady-walk", sign: "a new unsteady walk, or legs that feel heavy or do not go where you want",
            urgency: .emergency, advice: Urgency.emergency.advice + "; it can mean pressure on the spinal cord"),
        RedFlag(
            id: "arm-numbness", sign: "numbness, tingling or weakness down an arm or into a hand, or severe arm pain with tingling",
            urgency: .urgent, advice: Urgency.urgent.advice + "; nerve symptoms need checking first"),
        RedFlag(id: "sudden-weakness", sign: "sudden, significant weakness in the arms or legs", urgency: .urgent),
        RedFlag(id: "night-pain", sign: "pain that does not ease with rest, or is worse at night", urgency: .urgent),
        RedFlag(id: "fever-or-weight-loss", sign: "a fever of 38 °C or more, or weight lost without trying", urgency: .urgent),
        RedFlag(id: "cough-pain", sign: "pain that is worse when you cough or sneeze", urgency: .urgent),
        RedFlag(id: "lump-or-swelling", sign: "a lump, swelling or change of shape in the back", urgency: .urgent),
        RedFlag(
            id: "cancer-history", sign: "back pain and a history of cancer", urgency: .urgent,
            advice: Urgency.urgent.advice + "; within 24 hours, and say you have had cancer"),
        RedFlag(
            id: "steroids-or-osteoporosis", sign: "back pain and long-term steroid tablets, or osteoporosis",
            urgency: .urgent, advice: Urgency.urgent.advice + "; a weakened bone can break with little force"),
        RedFlag(
            id: "upper-back-pain",
            sign: "pain at the top of the back, between the shoulders, that does not ease with rest or a change of position, "
                + "even when sitting or lying still",
            urgency: .urgent, advice: Urgency.urgent.advice + "; before you start"),
        RedFlag(
            id: "new-pain-over-50", sign: "back pain that is new, and you are over 50", urgency: .clinician,
            advice: Urgency.clinician.advice + "; new back pain after 50 needs checking"),
        RedFlag(
            id: "sharp-pain", sign: "sharp, sudden or intense pain, or pain that does not settle when you stop",
            urgency: .clinician, advice: Urgency.clinician.advice + "; stop training now"),
        RedFlag(
            id: "joint-locking", sign: "clicking, popping or locking of a shoulder or other joint, with pain",
            urgency: .clinician, advice: Urgency.clinician.advice + "; do not load the joint until then"),
        RedFlag(
            id: "lasting-pain", sign: lastingPain, urgency: .clinician,
            advice: Urgency.clinician.advice + "; most back pain starts to ease within 2 weeks and settles within 6"),
    ]

    /// The standard red flag with this id.
    public static func named(_ id: String) -> RedFlag? {
        standard.first { $0.id == id }
    }

    /// The sign a person reads for the red flag named `id` (`night-pain`): the one of `flags` (a
    /// programme's list) with that name, else the standard one, else the name itself (a journal
    /// written with a programme's own name that its programme no longer lists).
    public static func sign(of id: String, in flags: [RedFlag] = standard) -> String {
        (flags.first { $0.id == id } ?? named(id))?.sign ?? id
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id = "symptom"
        case sign, urgency, advice
    }

    /// The rule of each free-text key, declared once for `validate` and the schema.
    static let textRules: KeyValuePairs<CodingKeys, TextRule> = [.sign: .sentence, .advice: .sentence]
}

extension RedFlag {
    /// A programme's red flag: a standard one by name (`cough-pain`), or its own as a mapping of
    /// `symptom`, `sign`, `urgency` and optionally `advice`.
    public init(from decoder: any Decoder) throws {
        if let node = decoder.yamlNode, let scalar = node.scalar {
            guard let flag = Self.named(scalar.value) else {
                let ids = Self.standard.map(\.id)
                let hint = Suggestion.nearest(to: scalar.value, in: ids).map { " (did you mean '\($0)'?)" } ?? ""
                throw YAMLError(
                    "'\(scalar.value)' is not a standard red flag\(hint)", at: node.range,
                    path: CodingPathFormatter.string(decoder.codingPath),
                    help: "name one of \(ids.joined(separator: ", ")); or write your own as a mapping of "
                        + "'symptom', 'sign', 'urgency' (emergency, urgent or clinician) and 'advice'")
            }
            self = flag
            return
        }
        let keys = try decoder.container(listing: CodingKeys.self)
        let recorder = decoder.recorder()
        id = keys.decodeID(forKey: .id, noun: "symptom", recorder: recorder).value
        sign = recorder.attempt("") { try keys.decode(String.self, forKey: .sign) }
        urgency = recorder.attempt(.clinician) {
            let text = try keys.decode(String.self, forKey: .urgency)
            guard let urgency = Urgency(rawValue: text) else {
                throw YAMLError(
                    "'\(text)' is not an urgency", at: keys.sourceRange(forKey: .urgency),
                    path: CodingPathFormatter.string(decoder.codingPath + [CodingKeys.urgency]),
                    help: "write emergency (999 or A&E now), urgent (a GP today, or NHS 111 or the local out-of-hours line) "
                        + "or clinician "
                        + "(a physiotherapist or GP before training again)")
            }
            return urgency
        }
        advice = recorder.attempt(nil) { try keys.decodeIfPresent(String.self, forKey: .advice) } ?? urgency.advice
        keys.checkTexts(Self.textRules, recorder: recorder)
        if Self.named(id) != nil {
            recorder.report(
                "'\(id)' is a standard red flag's name", at: keys.sourceRange(forKey: .id),
                path: decoder.codingPath + [CodingKeys.id],
                help: "list it by name (- \(id)), or give your own red flag another name")
        }
        try recorder.check()
    }
}
