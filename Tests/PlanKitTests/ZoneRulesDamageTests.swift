@testable import PlanKit
import ProtractTestSupport
import Testing

/// Damaged TZif files: every one is refused or read, never a trap, a crash or a hang.
@Suite struct ZoneRulesDamageTests {
    static let londonPath = "/usr/share/zoneinfo/Europe/London"

    /// Europe/London's file (version 2 or later), and where its parts start.
    struct Layout {
        var bytes: [UInt8]
        /// The second (64-bit) header.
        var secondHeader: Int
        /// The 64-bit data block.
        var data: Int
        var timeCount: Int
        var typeCount: Int
        /// The footer's first newline.
        var footer: Int

        init() throws {
            bytes = try #require(ZoneRules.readFile(ZoneRulesDamageTests.londonPath, limit: 1 << 20))
            let first = try #require(TZifHeader(bytes, at: 0))
            try #require(first.version >= 2)
            secondHeader = TZifHeader.size + first.blockSize(timeSize: 4)
            let second = try #require(TZifHeader(bytes, at: secondHeader))
            data = secondHeader + TZifHeader.size
            timeCount = second.timeCount
            typeCount = second.typeCount
            footer = data + second.blockSize(timeSize: 8)
        }

        /// The bytes with the big-endian 32-bit count `index` (0 isutcnt ... 5 charcnt) of the
        /// header at `header` set to `value`.
        func with(count index: Int, of header: Int, setTo value: UInt32) -> [UInt8] {
            var copy = bytes
            for byte in 0..<4 { copy[header + 20 + index * 4 + byte] = UInt8(truncatingIfNeeded: value >> (24 - 8 * byte)) }
            return copy
        }
    }

    static func rules(_ bytes: [UInt8]) -> ZoneRules? {
        ZoneRules(identifier: "Test/Zone", tzif: bytes)
    }

    @Test func theRealFileReads() throws {
        let layout = try Layout()
        let rules = try #require(Self.rules(layout.bytes))
        #expect(rules.offset(at: 1_901_149_200) == 3600)
        #expect(ZoneRules(identifier: "Europe/London") == ZoneRules(identifier: "Europe/London", tzif: layout.bytes))
        #expect(rules.footer == PosixZoneRule("GMT0BST,M3.5.0/1,M10.5.0"))
    }

    /// The version 1 block alone, as a version 1 file, gives the same offsets within 32-bit time.
    @Test func versionOneFiles() throws {
        let layout = try Layout()
        var version1 = Array(layout.bytes[0..<layout.secondHeader])
        version1[4] = 0
        let old = try #require(Self.rules(version1))
        let new = try #require(Self.rules(layout.bytes))
        #expect(old.footer == nil)
        for instant in stride(from: -2_000_000_000, to: 2_100_000_000, by: 86400 * 7) {
            #expect(old.offset(at: instant) == new.offset(at: instant), "\(instant)")
        }
    }

    @Test func emptyAndTruncated() throws {
        let layout = try Layout()
        #expect(Self.rules([]) == nil)
        #expect(Self.rules(Array("TZif".utf8)) == nil)
        #expect(Self.rules(Array(layout.bytes[0..<20])) == nil)  // a truncated header
        // Every shorter prefix is refused: the footer's closing newline is the file's last byte.
        for length in 0..<layout.bytes.count {
            #expect(Self.rules(Array(layout.bytes[0..<length])) == nil, "\(length) bytes")
        }
    }

    @Test func countsLargerThanTheData() throws {
        let layout = try Layout()
        for header in [0, layout.secondHeader] {
            for index in 0..<6 {
                for value: UInt32 in [UInt32.max, UInt32.max / 2, 1 << 20, UInt32(layout.bytes.count)] {
                    #expect(Self.rules(layout.with(count: index, of: header, setTo: value)) == nil, "\(header) \(index) \(value)")
                }
            }
        }
        // No types, no abbreviations, indicator counts that are neither 0 nor the type count.
        #expect(Self.rules(layout.with(count: 4, of: layout.secondHeader, setTo: 0)) == nil)
        #expect(Self.rules(layout.with(count: 5, of: layout.secondHeader, setTo: 0)) == nil)
        #expect(Self.rules(layout.with(count: 0, of: layout.secondHeader, setTo: 1)) == nil)
        #expect(Self.rules(layout.with(count: 1, of: layout.secondHeader, setTo: 1)) == nil)
    }

    @Test func aTypeIndexOutOfRange() throws {
        let layout = try Layout()
        var bytes = layout.bytes
        let indices = layout.data + layout.timeCount * 8
        bytes[indices + layout.timeCount / 2] = UInt8(layout.typeCount)
        #expect(Self.rules(bytes) == nil)
        bytes[indices + layout.timeCount / 2] = 0xFF
        #expect(Self.rules(bytes) == nil)
    }

    @Test func badTypesAndTransitions() throws {
        let layout = try Layout()
        let types = layout.data + layout.timeCount * 9
        var bytes = layout.bytes
        bytes[types + 4] = 2  // isdst neither 0 nor 1
        #expect(Self.rules(bytes) == nil)
        bytes = layout.bytes
        bytes[types + 5] = 0xFF  // an abbreviation index past the abbreviations
        #expect(Self.rules(bytes) == nil)
        bytes = layout.bytes
        bytes[types] = 0x80  // utoff -2^31 and thereabouts
        #expect(Self.rules(bytes) == nil)
        bytes = layout.bytes
        bytes[layout.data + 8] = 0x80  // the second transition before the first
        #expect(Self.rules(bytes) == nil)
        bytes = layout.bytes
        bytes[layout.secondHeader] = UInt8(ascii: "X")  // the second header's magic
        #expect(Self.rules(bytes) == nil)
        bytes = layout.bytes
        bytes[4] = UInt8(ascii: "1")  // no such version
        #expect(Self.rules(bytes) == nil)
    }

    @Test func aFileOverOneMegabyte() throws {
        let layout = try Layout()
        // Bytes after the footer are ignored, so only the size refuses it.
        let padded = layout.bytes + [UInt8](repeating: 0, count: 2 << 20)
        #expect(Self.rules(padded) == nil)
        #expect(Self.rules(layout.bytes + [UInt8](repeating: 0, count: 100)) != nil)
        let folder = try TemporaryFolder()
        try folder.write(padded, to: "Big")
        #expect(ZoneRules.readFile(folder.path + "/Big", limit: ZoneRules.maximumFileSize) == nil)
        #expect(ZoneRules(identifier: "Big", directory: folder.path) == nil)
    }

    @Test func aFooterThatDoesNotParse() throws {
        let layout = try Layout()
        let body = Array(layout.bytes[0..<layout.footer])
        #expect(Self.rules(body + Array("\nGMT0BST,M3.5.0/1,M10.5.0\n".utf8)) != nil)
        #expect(Self.rules(body + Array("\n\n".utf8))?.footer == nil)  // empty: allowed
        for footer in ["\nGMT0BST,M3.5.0/1\n", "\nnonsense\n", "GMT0BST,M3.5.0/1,M10.5.0\n", "\nGMT0BST,M3.5.0/1,M10.5.0", ""] {
            #expect(Self.rules(body + Array(footer.utf8)) == nil, "\(footer.debugDescription)")
        }
    }

    /// 2,000 random mutations of a real file (bytes changed, counts changed, cut short) are
    /// refused or read; a file read gives an offset at any instant.
    @Test func randomMutationsNeverCrash() throws {
        let layout = try Layout()
        var generator = SeededGenerator(seed: 0x545A_6966)
        var read = 0
        for _ in 0..<2000 {
            var bytes = layout.bytes
            switch generator.next() % 4 {
            case 0:  // a few random bytes anywhere
                for _ in 0...(generator.next() % 8) {
                    bytes[Int(generator.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: generator.next())
                }
            case 1:  // a random count in one of the two headers
                let header = generator.next() % 2 == 0 ? 0 : layout.secondHeader
                let value = UInt32(truncatingIfNeeded: generator.next() >> UInt64(generator.next() % 32))
                bytes = layout.with(count: Int(generator.next() % 6), of: header, setTo: value)
            case 2:  // a byte in the 64-bit data or the footer
                let index = layout.data + Int(generator.next() % UInt64(bytes.count - layout.data))
                bytes[index] = UInt8(truncatingIfNeeded: generator.next())
            default:  // cut short, then a byte changed
                bytes.removeLast(Int(generator.next() % UInt64(bytes.count)))
                if !bytes.isEmpty { bytes[Int(generator.next() % UInt64(bytes.count))] ^= 0x41 }
            }
            guard let rules = Self.rules(bytes) else { continue }
            read += 1
            for instant in [Int.min, -1 << 40, -1, 0, 1_900_000_000, 1 << 40, Int.max] {
                let offset = rules.offset(at: instant)
                #expect((-89999...93599).contains(offset))
            }
        }
        // Some mutations (of a transition time or an unused byte) leave a readable file.
        #expect(read > 0)
    }
}
