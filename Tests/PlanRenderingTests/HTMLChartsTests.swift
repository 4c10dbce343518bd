import Foundation
import PlanKit
@testable import PlanRendering
import Testing

/// The progress charts read on a phone: a trial's 390 px page drew their labels and legends
/// about 5 px high (a 640-unit drawing shrunk to the 358 px column).
@Suite("HTML charts")
struct HTMLChartsTests {
    /// The column a 390 px phone gives a chart: the page's 1rem padding on each side taken off.
    static let phoneColumn = 390.0 - 2 * 16

    @Test func labelsAreAtLeastTenPixelsOnAPhoneAndTheLegendIsText() throws {
        let html = HTMLRenderer().render(try SamplePlan.plan(), catalog: try SamplePlan.catalog())
        let size = try #require(HTMLStyle.css.firstMatch(of: #/\.chart text\{[^}]*font-size:(\d+)px/#).map { Double($0.1) ?? 0 })
        let charts = html.components(separatedBy: "<figure class=\"chart\">").dropFirst()
        #expect(!charts.isEmpty)
        for chart in charts {
            let width = try #require(chart.firstMatch(of: #/viewBox="0 0 (\d+) \d+"/#).flatMap { Double($0.1) })
            #expect(size * Self.phoneColumn / width >= 10, "labels \(size * Self.phoneColumn / width) px high")
            let svg = try #require(chart.components(separatedBy: "</svg>").first)
            #expect(!svg.contains("Bars:") && !svg.contains("Solid line"), "the legend is the page's text, not the drawing's")
            #expect(chart.contains("<p class=\"legend\">"))
        }
        // Not wider than 30rem on a desktop or in print (26rem): the labels stay near the text's size.
        #expect(HTMLStyle.css.contains(".chart svg{display:block;width:100%;max-width:30rem;"))
    }

    @Test(arguments: [(1, [0]), (3, [0, 1, 2]), (8, Array(0...7)), (9, [0, 2, 4, 6, 8]), (52, [0, 7, 14, 21, 28, 35, 42, 51])]
        as [(Int, [Int])])
    func weekNumbersAreFewEnoughToRead(count: Int, expected: [Int]) {
        #expect(HTMLCharts.labelledWeeks(count) == expected)
    }
}
