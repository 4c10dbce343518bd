/// A strict RFC 5545 lint for the files the renderer writes: the byte-level rules no parser we
/// tried checks (CRLF, 75 octets, folds, BOM), then structure and semantics.
///
/// `problems` is empty for a good file; each problem names the physical line it was found on.
struct ICalendarChecker {
    /// The file's bytes.
    let bytes: [UInt8]
    /// Every problem found, in file order.
    private(set) var problems: [String] = []
    /// The logical (unfolded) lines, as text.
    private(set) var logicalLines: [String] = []
    /// The calendar, parsed; nil when the structure is broken.
    private(set) var calendar: ICalendarComponent?

    /// The TEXT properties whose values must unescape cleanly.
    static let textProperties: Set = ["SUMMARY", "DESCRIPTION", "NAME", "X-WR-CALNAME", "X-WR-CALDESC", "PRODID"]

    /// Checks a file.
    init(_ text: String) {
        self.init(bytes: Array(text.utf8))
    }

    /// Checks a file's bytes.
    init(bytes: [UInt8]) {
        self.bytes = bytes
        checkBytes()
        guard problems.isEmpty else { return }
        calendar = parse()
        if let calendar { checkCalendar(calendar) }
    }

    // MARK: - Bytes and folding

    private mutating func checkBytes() {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { problems.append("starts with a byte-order mark") }
        if Array(String(decoding: bytes, as: UTF8.self).utf8) != bytes { problems.append("not valid UTF-8") }
        if !bytes.suffix(2).elementsEqual([0x0D, 0x0A]) { problems.append("does not end in CRLF") }
        var physical: [[UInt8]] = [[]]
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
                physical.append([])
                index += 2
                continue
            }
            if byte == 0x0D || byte == 0x0A { problems.append("line \(physical.count): bare CR or LF") }
            physical[physical.count - 1].append(byte)
            index += 1
        }
        if physical.last?.isEmpty == true { physical.removeLast() }
        var logical: [[UInt8]] = []
        var folds: [Set<Int>] = []
        for (number, line) in physical.enumerated().map({ ($0 + 1, $1) }) {
            if line.count > 75 { problems.append("line \(number): \(line.count) octets, over 75") }
            if line.isEmpty { problems.append("line \(number): empty line") }
            if line.contains(where: { ($0 < 0x20 && $0 != 0x09) || $0 == 0x7F }) {
                problems.append("line \(number): control character")
            }
            if let first = line.first, first == 0x20 || first == 0x09, !logical.isEmpty {
                folds[folds.count - 1].insert(logical[logical.count - 1].count)
                logical[logical.count - 1] += line.dropFirst()
            } else {
                logical.append(line)
                folds.append([])
            }
        }
        for (line, foldPoints) in zip(logical, folds) {
            let text = String(decoding: line, as: UTF8.self)
            for point in foldPoints {
                if point < line.count, line[point] & 0xC0 == 0x80 {
                    problems.append("\(text.prefix(20)): fold inside a UTF-8 sequence")
                }
                if Self.endsInEscapeBackslash(line[..<point]) {
                    problems.append("\(text.prefix(20)): fold between a backslash and the character it escapes")
                }
            }
            logicalLines.append(text)
        }
    }

    /// Whether the bytes end in an odd run of backslashes (an escape cut after its backslash).
    static func endsInEscapeBackslash(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.reversed().prefix { $0 == UInt8(ascii: "\\") }.count % 2 == 1
    }

    // MARK: - Structure

    private mutating func parse() -> ICalendarComponent? {
        var stack: [ICalendarComponent] = []
        var done: ICalendarComponent?
        for line in logicalLines {
            guard let property = ICalendarProperty(line) else {
                problems.append("not a content line: \(line.prefix(40))")
                return nil
            }
            if property.name != property.name.uppercased() { problems.append("lower-case name \(property.name)") }
            switch property.name {
            case "BEGIN":
                if done != nil { problems.append("content after END:VCALENDAR") }
                if stack.isEmpty, property.value != "VCALENDAR" { problems.append("first line is not BEGIN:VCALENDAR") }
                stack.append(ICalendarComponent(name: property.value))
            case "END":
                guard let last = stack.popLast(), last.name == property.value else {
                    problems.append("END:\(property.value) does not close the open component")
                    return nil
                }
                if stack.isEmpty {
                    done = last
                } else {
                    stack[stack.count - 1].components.append(last)
                }
            default:
                guard !stack.isEmpty else {
                    problems.append("property outside any component: \(property.name)")
                    return nil
                }
                if !stack[stack.count - 1].components.isEmpty {
                    problems.append("\(property.name) comes after a subcomponent of \(stack[stack.count - 1].name)")
                }
                stack[stack.count - 1].properties.append(property)
            }
        }
        if !stack.isEmpty { problems.append("\(stack.count) component(s) never closed") }
        return done
    }

    // MARK: - Semantics

    private mutating func checkCalendar(_ calendar: ICalendarComponent) {
        expectOnce(calendar, in: ["VERSION", "PRODID", "NAME", "X-WR-CALNAME"])
        if calendar.value("VERSION") != "2.0" { problems.append("VERSION is not 2.0") }
        if calendar.value("PRODID")?.isEmpty != false { problems.append("PRODID is empty") }
        if calendar.value("METHOD") != nil { problems.append("METHOD present in a plain export") }
        let events = calendar.components.filter { $0.name == "VEVENT" }
        if events.isEmpty { problems.append("no VEVENT") }
        var uids: Set<String> = []
        for event in events {
            checkEvent(event)
            if let uid = event.value("UID"), !uids.insert(uid).inserted { problems.append("duplicate UID \(uid)") }
        }
        for component in [calendar] + events {
            for property in component.properties where Self.textProperties.contains(property.name) {
                if ICalendarText.unescape(property.value) == nil {
                    problems.append("\(property.name): bad TEXT escaping in \(property.value.prefix(40))")
                }
            }
        }
    }

    private mutating func checkEvent(_ event: ICalendarComponent) {
        let uid = event.value("UID") ?? "?"
        expectOnce(event, in: ["UID", "DTSTAMP", "SEQUENCE", "DTSTART", "DTEND", "SUMMARY", "DESCRIPTION"])
        if event.value("DURATION") != nil { problems.append("\(uid): DURATION with DTEND") }
        if let stamp = event.value("DTSTAMP"), ICalendarInstant(stamp) == nil || !stamp.hasSuffix("Z") {
            problems.append("\(uid): DTSTAMP \(stamp) is not a UTC DATE-TIME")
        }
        if let sequence = event.value("SEQUENCE"), Int32(sequence) == nil || sequence.hasPrefix("-") {
            problems.append("\(uid): SEQUENCE \(sequence) is not a non-negative integer")
        }
        if let start = event.property("DTSTART"), let end = event.property("DTEND") {
            if start.parameters != end.parameters { problems.append("\(uid): DTSTART and DTEND differ in type") }
            if start.parameters.contains(where: { $0.hasPrefix("TZID") }) { problems.append("\(uid): TZID used") }
            if let from = ICalendarInstant(start.value), let to = ICalendarInstant(end.value) {
                if from.isDate != to.isDate { problems.append("\(uid): DATE mixed with DATE-TIME") }
                if to.seconds <= from.seconds { problems.append("\(uid): DTEND is not after DTSTART") }
                if !from.isDate, !start.value.hasSuffix("Z") { problems.append("\(uid): floating DTSTART") }
                if from.isDate != start.parameters.contains("VALUE=DATE") {
                    problems.append("\(uid): VALUE=DATE does not match the value")
                }
            } else {
                problems.append("\(uid): DTSTART or DTEND is not a valid date")
            }
        }
        for alarm in event.components {
            if alarm.name != "VALARM" { problems.append("\(uid): unexpected \(alarm.name)") }
            expectOnce(alarm, in: ["ACTION", "TRIGGER", "DESCRIPTION"])
            if alarm.value("ACTION") != "DISPLAY" { problems.append("\(uid): VALARM ACTION is not DISPLAY") }
            if alarm.value("DESCRIPTION")?.isEmpty != false { problems.append("\(uid): VALARM DESCRIPTION empty") }
            let trigger = alarm.value("TRIGGER") ?? ""
            if trigger.wholeMatch(of: /-?P(\d+W|(\d+D)?(T(\d+H)?(\d+M)?(\d+S)?)?)/) == nil || trigger.hasSuffix("T") {
                problems.append("\(uid): bad TRIGGER \(trigger)")
            }
        }
    }

    private mutating func expectOnce(_ component: ICalendarComponent, in names: [String]) {
        for name in names {
            let count = component.properties.filter { $0.name == name }.count
            if count != 1 { problems.append("\(component.name) has \(count) \(name), expected exactly 1") }
        }
    }
}
