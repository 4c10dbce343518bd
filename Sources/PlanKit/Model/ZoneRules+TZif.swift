extension ZoneRules {
    /// Reads a TZif file's bytes (RFC 8536): version 1's 32-bit data, or for version 2 and later
    /// the 64-bit data after the version 1 block, and the footer's TZ string. Nil for anything
    /// malformed: every count and index is checked against the data, so a damaged file never
    /// traps. Leap-second records are skipped (the `right/` zones' times are then off by them).
    init?(identifier: String, tzif bytes: [UInt8]) {
        guard bytes.count <= Self.maximumFileSize, var header = TZifHeader(bytes, at: 0) else { return nil }
        var start = TZifHeader.size
        if header.version >= 2 {
            // Skip the 32-bit block; the second header and the 64-bit block follow it.
            guard let second = TZifHeader(bytes, at: start + header.blockSize(timeSize: 4)),
                second.version >= 2
            else { return nil }
            start += header.blockSize(timeSize: 4) + TZifHeader.size
            header = second
        }
        let timeSize = header.version >= 2 ? 8 : 4
        guard header.isValid, start + header.blockSize(timeSize: timeSize) <= bytes.count else { return nil }

        // Transition times, strictly ascending.
        var transitions: [Int] = []
        transitions.reserveCapacity(header.timeCount)
        for index in 0..<header.timeCount {
            let time = Self.signed(bytes, at: start + index * timeSize, size: timeSize)
            if let previous = transitions.last, time <= previous { return nil }
            transitions.append(time)
        }
        let indicesStart = start + header.timeCount * timeSize
        let typesStart = indicesStart + header.timeCount

        // Local time types: utoff (not -2^31, and within RFC 8536's -89999...93599), isdst 0 or
        // 1, and an abbreviation index within the abbreviations.
        var types: [(offset: Int, isDaylight: Bool)] = []
        for index in 0..<header.typeCount {
            let record = typesStart + index * 6
            let offset = Self.signed(bytes, at: record, size: 4)
            let isDaylight = bytes[record + 4]
            let abbreviationIndex = Int(bytes[record + 5])
            guard (-89999...93599).contains(offset), isDaylight <= 1, abbreviationIndex < header.charCount else {
                return nil
            }
            types.append((offset, isDaylight == 1))
        }
        var offsets: [Int] = []
        offsets.reserveCapacity(header.timeCount)
        for index in 0..<header.timeCount {
            let type = Int(bytes[indicesStart + index])
            guard type < types.count else { return nil }
            offsets.append(types[type].offset)
        }
        // Before the first transition: the first standard-time type, else the first type.
        let initialOffset = (types.first { !$0.isDaylight } ?? types[0]).offset

        // The footer (version 2 and later): a TZ string between two newlines, possibly empty.
        var footer: PosixZoneRule?
        if header.version >= 2 {
            let newline = UInt8(ascii: "\n")
            let open = start + header.blockSize(timeSize: timeSize)
            guard open < bytes.count, bytes[open] == newline,
                let close = bytes[(open + 1)...].firstIndex(of: newline)
            else { return nil }
            if close > open + 1 {
                guard let rule = PosixZoneRule(utf8: Array(bytes[(open + 1)..<close])) else { return nil }
                footer = rule
            }
        }
        self.init(
            identifier: identifier, transitions: transitions, offsets: offsets, initialOffset: initialOffset,
            footer: footer)
    }

    /// A big-endian two's-complement integer of `size` bytes (4 or 8) at `offset`; the caller
    /// has checked that the bytes are there.
    static func signed(_ bytes: [UInt8], at offset: Int, size: Int) -> Int {
        let value = bigEndian(bytes, at: offset, size: size)
        if size == 4 { return Int(Int32(truncatingIfNeeded: value)) }
        return Int(Int64(bitPattern: value))
    }

    /// A big-endian unsigned integer of `size` bytes (at most 8) at `offset`; the caller has
    /// checked that the bytes are there.
    static func bigEndian(_ bytes: [UInt8], at offset: Int, size: Int) -> UInt64 {
        var value: UInt64 = 0
        for index in offset..<(offset + size) { value = value << 8 | UInt64(bytes[index]) }
        return value
    }
}
