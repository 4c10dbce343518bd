import Testing
import YAMLKit

@Suite struct DecoderScalarTests {
    struct One<Value: Decodable>: Decodable {
        var value: Value
    }

    func value<T: Decodable>(_ type: T.Type, _ yaml: String) throws(YAMLError) -> T {
        try Harness.decode(One<T>.self, "value: \(yaml)\n").value
    }

    func failure<T: Decodable>(_ type: T.Type, _ yaml: String) -> String? {
        Harness.failure(One<T>.self, "value: \(yaml)\n")
    }

    @Test func theNorwayProblemDoesNotHappen() throws {
        struct Place: Decodable { var country: String }
        #expect(try Harness.decode(Place.self, "country: no\n").country == "no")
        #expect(try value(String.self, "yes") == "yes")
        #expect(try value(String.self, "1.10") == "1.10")
        #expect(try value(String.self, "true") == "true")
    }

    /// Text takes no tag but `!!str` (and the non-specific `!`): `!!binary`, `!!int` or a
    /// language's object tag is refused where it is written, never read as the text after it.
    @Test func aTaggedStringIsRefusedUnlessTheTagIsStr() throws {
        #expect(try value(String.self, "!!str 2") == "2")
        #expect(try value(String.self, "! plain") == "plain")
        for tag in ["!!binary aGVsbG8=", "!!int Tiny", "!!python/object:os.system ls", "!custom x"] {
            let message = try #require(failure(String.self, tag), "\(tag) was read")
            #expect(message.hasPrefix("plan.yaml:1:8: error: 'value' is tagged '"), "\(message)")
            #expect(message.contains("= help: remove the tag: Protract reads no YAML tags but !!str"), "\(message)")
        }
    }

    /// A key is plain text too, and a number refused for its tag says the tag.
    @Test func aTaggedKeyIsRefusedAndATaggedNumberSaysItsTag() throws {
        struct Listed: Decodable {
            enum CodingKeys: String, CodingKey, CaseIterable { case value }
            var value: Int
        }
        let key = try #require(Harness.failure(Listed.self, "!custom value: 3\n"))
        #expect(key.contains("error: the key 'value' at the top level is tagged '!custom'; a key is plain text"), "\(key)")
        let number = try #require(failure(Int.self, "!!float 8"))
        #expect(number.contains("found \"8\" tagged '!!float'"), "\(number)")
    }

    @Test func noIsNotABoolean() {
        struct Flags: Decodable { var enabled: Bool }
        #expect(Harness.failure(Flags.self, "enabled: no\n") == """
            plan.yaml:1:10: error: expected true or false for 'enabled', found "no"
                1 | enabled: no
                  |          ^~
                  = in: enabled
                  = help: YAML 1.2 reads 'no' as text, not a yes/no answer; write true or false

            """)
        #expect(failure(Bool.self, "On")?.contains("= help: YAML 1.2 reads 'On' as text") == true)
    }

    @Test(arguments: [("true", true), ("false", false), ("True", true), ("FALSE", false), ("TRUE", true)])
    func coreSchemaBooleans(text: String, expected: Bool) throws {
        #expect(try value(Bool.self, text) == expected)
    }

    @Test func aQuotedTrueIsText() {
        #expect(failure(Bool.self, "\"true\"")?.hasPrefix(
            "plan.yaml:1:8: error: expected true or false for 'value', found the quoted string \"true\"\n") == true)
    }

    @Test func aQuotedNumberIsTextWithHelpAboutTheQuotes() {
        #expect(failure(Int.self, "\"5\"") == """
            plan.yaml:1:8: error: expected a whole number for 'value', found the quoted string "5"
                1 | value: "5"
                  |        ^~~
                  = in: value
                  = help: quoted values are text; remove the quotes to write a number

            """)
        #expect(failure(Double.self, "'2.5'")?.contains("= help: quoted values are text; remove the quotes") == true)
    }

    @Test(arguments: [
        ("0", 0), ("42", 42), ("-12", -12), ("+3", 3), ("0x1F", 31), ("0xff", 255), ("0o17", 15), ("007", 7),
        ("9223372036854775807", Int.max), ("-9223372036854775808", Int.min),
    ])
    func integers(text: String, expected: Int) throws {
        #expect(try value(Int.self, text) == expected)
    }

    @Test(arguments: ["1.5", "1e3", "0x", "0o8", "12abc", "--1", "+-1", "0x-1", "0b101", "1_000"])
    func textThatIsNotAnIntegerIsAMismatch(text: String) {
        #expect(failure(Int.self, text)?.hasPrefix("plan.yaml:1:8: error: expected a whole number for 'value'") == true)
    }

    @Test func overflowIsARangeErrorNamingTheBounds() {
        #expect(failure(Int.self, "9223372036854775808") == """
            plan.yaml:1:8: error: 9223372036854775808 is out of range for 'value': it must be between -9223372036854775808 and 9223372036854775807
                1 | value: 9223372036854775808
                  |        ^~~~~~~~~~~~~~~~~~~
                  = in: value
                  = help: write a smaller number

            """)
        #expect(failure(Int.self, "99999999999999999999999")?.hasPrefix(
            "plan.yaml:1:8: error: 99999999999999999999999 is out of range for 'value': it must be between") == true)
        #expect(failure(Int8.self, "128")?.hasPrefix(
            "plan.yaml:1:8: error: 128 is out of range for 'value': it must be between -128 and 127\n") == true)
        #expect(failure(Int8.self, "-129")?.hasPrefix(
            "plan.yaml:1:8: error: -129 is out of range for 'value': it must be between -128 and 127\n") == true)
        #expect(failure(UInt8.self, "256")?.hasPrefix(
            "plan.yaml:1:8: error: 256 is out of range for 'value': it must be between 0 and 255\n") == true)
        #expect(failure(UInt8.self, "0x100")?.hasPrefix(
            "plan.yaml:1:8: error: 0x100 is out of range for 'value': it must be between 0 and 255\n") == true)
    }

    @Test func theBoundsOfSmallIntegersAreAccepted() throws {
        #expect(try value(Int8.self, "-128") == Int8.min)
        #expect(try value(Int8.self, "127") == Int8.max)
        #expect(try value(UInt8.self, "255") == UInt8.max)
        #expect(try value(UInt64.self, "18446744073709551615") == UInt64.max)
        #expect(try value(UInt.self, "-0") == 0)
    }

    @Test func aNegativeNumberIsOutOfRangeForAnUnsignedType() {
        #expect(failure(UInt.self, "-1") == """
            plan.yaml:1:8: error: -1 is out of range for 'value': it must be between 0 and 18446744073709551615
                1 | value: -1
                  |        ^~
                  = in: value
                  = help: write a smaller number

            """)
    }

    @Test(arguments: [
        ("2.5", 2.5), ("1e3", 1000), ("-0.5", -0.5), ("+1.5E-2", 0.015), (".5", 0.5), ("3", 3), ("0x10", 16),
        (".inf", Double.infinity), ("-.Inf", -Double.infinity), ("+.INF", Double.infinity),
    ])
    func floats(text: String, expected: Double) throws {
        #expect(try value(Double.self, text) == expected)
    }

    @Test func notANumberAndFloats() throws {
        #expect(try value(Double.self, ".nan").isNaN)
        #expect(try value(Float.self, "2.5") == 2.5)
        #expect(failure(Double.self, "1e")?.hasPrefix("plan.yaml:1:8: error: expected a number for 'value', found \"1e\"") == true)
        #expect(failure(Double.self, "inf")?.contains("= help: write a number, such as 2.5") == true)
    }

    @Test func explicitCoreTagsAreHonoured() throws {
        #expect(try value(Double.self, "!!float 2.5") == 2.5)
        #expect(try value(Int.self, "!!int 7") == 7)
        #expect(try value(Bool.self, "!!bool true"))
        #expect(try value(String.self, "!!str ~") == "~")
        #expect(failure(Int.self, "!!str 5")?.hasPrefix("plan.yaml:1:8: error: expected a whole number for 'value'") == true)
    }

    @Test(arguments: ["~", "null", "Null", "NULL", ""])
    func nullFormsDecodeToNil(text: String) throws {
        #expect(try value(Int?.self, text) == nil)
        #expect(try value(String?.self, text) == nil)
    }

    @Test func aMissingOptionalKeyIsNilAndQuotedNullIsText() throws {
        struct Maybe: Decodable { var note: String? }
        #expect(try Harness.decode(Maybe.self, "{}").note == nil)
        #expect(try Harness.decode(Maybe.self, "note: \"null\"\n").note == "null")
        #expect(try Harness.decode(Maybe.self, "note: ''\n").note == "")
        #expect(try Harness.decode([Int?].self, "[1, ~, null, 3]") == [1, nil, nil, 3])
    }

    @Test func nullIsNotAString() {
        #expect(failure(String.self, "") == """
            plan.yaml:1:7: error: expected a string for 'value', found nothing
                1 | value: 
                  |       ^
                  = in: value
                  = help: write the text after the colon

            """)
        #expect(failure(String.self, "~")?.hasPrefix(
            "plan.yaml:1:8: error: expected a string for 'value', found null ('~')\n") == true)
    }

    @Test func dictionariesWithStringKeys() throws {
        let weights = try Harness.decode([String: Int].self, "squat: 100\nbench: 80\n\"dead lift\": 140\n")
        #expect(weights == ["squat": 100, "bench": 80, "dead lift": 140])
        #expect(try Harness.decode([String: [String]].self, "a: [x, y]\nb: []\n") == ["a": ["x", "y"], "b": []])
        #expect(Harness.failure([String: Int].self, "squat: 100\nbench: heavy\n")?.hasPrefix(
            "plan.yaml:2:8: error: expected a whole number for 'bench', found \"heavy\"\n") == true)
    }

    @Test func locatedValuesKeepTheirRange() throws {
        struct Entry: Decodable { var id: Located<String>; var sets: Located<Int> }
        let entry = try Harness.decode(Entry.self, "id: squat\nsets:  5\n")
        #expect(entry.id == Located("squat"))
        #expect(entry.id.range == Harness.range((1, 5), (1, 10)))
        #expect(entry.sets.value == 5)
        #expect(entry.sets.range == Harness.range((2, 8), (2, 9)))
        #expect(Harness.failure(Entry.self, "id: squat\nsets: many\n")?.hasPrefix(
            "plan.yaml:2:7: error: expected a whole number for 'sets', found \"many\"\n") == true)
    }
}
