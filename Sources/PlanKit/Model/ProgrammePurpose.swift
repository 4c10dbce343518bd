public import YAMLKit

/// What a programme is for, written `purpose: rehab` or `purpose: training` (the default).
///
/// A rehab programme is for people whose push-ups hurt: its baseline counts only push-ups done with
/// good form and pain at or under 3/10, and plugins start it more cautiously (the push-up ladder one
/// step below the training mapping).
public enum ProgrammePurpose: String, Sendable, Hashable, Codable, NamedCases {
    /// For people without pain.
    case training
    /// For people in pain: a pain-free baseline and a lower start.
    case rehab
}
