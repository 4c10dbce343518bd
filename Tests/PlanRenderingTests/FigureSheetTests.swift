import Foundation
import PlanKit
import PlanRendering
import ProtractTestSupport
import Testing

/// The contact sheet of every built-in figure, for a person to look at (scripts/figure-sheet.sh):
/// always built and checked, and written when `PROTRACT_FIGURE_SHEET` names the HTML file to write.
@Suite struct FigureSheetTests {
    @Test func theContactSheetHoldsEveryBuiltInFigure() throws {
        let catalog = try Repository.catalog()
        var html = """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Protract figures</title><style>
            body{font-family:sans-serif;margin:12px;color:#111;background:#fff}
            .grid{display:grid;grid-template-columns:repeat(3,1fr);gap:10px}
            figure{margin:0;border:1px solid #bbb;padding:6px}
            figcaption{font-size:13px;font-weight:bold}
            figure p{font-size:10px;margin:2px 0;color:#333}
            .exercise-figure{display:flex;flex-wrap:wrap;justify-content:center;align-items:flex-end;gap:2px 10px}
            .exercise-figure svg{display:block;width:auto;height:auto;max-width:100%;max-height:230px}
            </style></head><body><div class="grid">

            """
        for (index, exercise) in catalog.exercises.enumerated() {
            let svg = ExerciseFigure.svg(for: exercise, idPrefix: "f\(index)") ?? "<p>(no figure)</p>"
            let cues = exercise.figure.map { ExerciseFigure.description(of: $0) } ?? ""
            html += "<figure><figcaption>\(index + 1). \(exercise.id)</figcaption>\(svg)<p>\(cues)</p></figure>\n"
        }
        html += "</div></body></html>\n"
        #expect(html.components(separatedBy: "<div class=\"exercise-figure\"").count - 1 == catalog.exercises.count)
        #expect(!html.contains("(no figure)"))
        if let path = ProcessInfo.processInfo.environment["PROTRACT_FIGURE_SHEET"], !path.isEmpty {
            try html.write(toFile: path, atomically: true, encoding: .utf8)
        }
    }
}
