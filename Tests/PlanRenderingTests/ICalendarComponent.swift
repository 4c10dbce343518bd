/// A component and what it holds, in file order.
struct ICalendarComponent: Hashable {
    var name: String
    var properties: [ICalendarProperty] = []
    var components: [ICalendarComponent] = []

    /// The first property with this name.
    func property(_ name: String) -> ICalendarProperty? {
        properties.first { $0.name == name }
    }

    /// The first value of the property with this name.
    func value(_ name: String) -> String? {
        property(name)?.value
    }

    /// The unescaped TEXT value of the property with this name.
    func text(_ name: String) -> String? {
        value(name).flatMap(ICalendarText.unescape)
    }

    /// The VEVENTs in it.
    var events: [ICalendarComponent] { components.filter { $0.name == "VEVENT" } }
}
