import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import PlanKit
@testable import PlanRendering
import ProtractTestSupport
import Testing

/// The line drawings of `ExerciseFigure`: well-formed, self-contained SVG with prefixed ids, a body in
/// one piece, the same bytes every time, and text that cannot break out.
@Suite struct ExerciseFigureTests {
    static let catalog = Result { try Repository.catalog() }

    static func builtIn() throws -> [Exercise] { try catalog.get().exercises }

    /// What the test reads back from an SVG with Foundation's XMLParser.
    final class Reading: NSObject, XMLParserDelegate {
        struct Element { var name: String; var attributes: [String: String]; var text = "" }
        var elements: [Element] = []
        var text: [String: String] = [:]
        private var open: [Int] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            open.append(elements.count)
            elements.append(Element(name: name, attributes: attributes))
        }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            open.removeLast()
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard let index = open.last else { return }
            text[elements[index].name, default: ""] += string
            elements[index].text += string
        }

        static func parse(_ svg: String) throws -> Reading {
            let reading = Reading()
            let parser = XMLParser(data: Data(svg.utf8))
            parser.delegate = reading
            let ok = parser.parse()
            try #require(ok, "not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "?")\n\(svg)")
            return reading
        }
    }

    @Test func everyBuiltInExerciseHasAWellFormedFigure() throws {
        for exercise in try Self.builtIn() {
            let svg = try #require(ExerciseFigure.svg(for: exercise, idPrefix: "fig-\(exercise.id)"), "\(exercise.id)")
            let reading = try Reading.parse(svg)
            // The image is the figure's <div>, named by the first pose's title and desc; each pose
            // an <svg> hidden from assistive technology, at a size for its labels to read.
            let root = try #require(reading.elements.first)
            #expect(root.name == "div" && root.attributes["class"] == "exercise-figure")
            #expect(root.attributes["role"] == "img")
            #expect(root.attributes["aria-labelledby"] == "fig-\(exercise.id)-title fig-\(exercise.id)-desc")
            let poses = reading.elements.filter { $0.name == "svg" }
            #expect(poses.count == exercise.figure?.poses.count, "\(exercise.id)")
            for pose in poses {
                #expect(pose.attributes["aria-hidden"] == "true")
                let box = (pose.attributes["viewBox"] ?? "").split(separator: " ").compactMap { Double($0) }
                #expect(box.count == 4 && box[0] == 0 && box[1] == 0, "\(exercise.id): \(box)")
                // Shown at 1.25 px a unit: the 8-unit labels 10 px high (a phone showed them 5 px).
                let width = pose.attributes["width"].flatMap(Double.init) ?? 0
                #expect(box.count == 4 && abs(width - box[2] * FigureDrawing.scale) < 0.2, "\(exercise.id)")
                #expect(FigureDrawing.textSize * FigureDrawing.scale >= 10)
            }
            #expect(reading.text["title"] == exercise.name)
            let desc = try #require(reading.text["desc"])
            #expect(desc.contains("Start") || desc.contains(": "), "\(exercise.id): \(desc)")
            // Every id is prefixed; every reference is to an id of the figure itself.
            let ids = reading.elements.compactMap { $0.attributes["id"] }
            #expect(!ids.isEmpty && ids.allSatisfy { $0.hasPrefix("fig-\(exercise.id)-") }, "\(ids)")
            for element in reading.elements {
                for (name, value) in element.attributes where value.contains("url(") || name.hasSuffix("href") {
                    #expect(value == "url(#fig-\(exercise.id)-arrow)", "\(exercise.id): \(name)=\(value)")
                }
            }
            #expect(!svg.contains("<script"))
            // The only address is each <svg>'s namespace.
            #expect(svg.components(separatedBy: "http").count == 1 + (exercise.figure?.poses.count ?? 0),
                    "\(exercise.id): an external reference")
            #expect(svg.components(separatedBy: "http").dropFirst().allSatisfy { $0.hasPrefix("://www.w3.org/2000/svg\"") })
            #expect(!reading.elements.contains { $0.name == "script" || $0.name == "image" || $0.name == "foreignObject" })
        }
    }

    @Test func theDrawingIsDeterministic() throws {
        for exercise in try Self.builtIn() {
            #expect(ExerciseFigure.svg(for: exercise, idPrefix: "a") == ExerciseFigure.svg(for: exercise, idPrefix: "a"))
        }
    }

    /// The body's lines, each limb's first point on the spine's end it hangs from, and the head on the neck.
    @Test func everySegmentIsConnected() throws {
        for exercise in try Self.builtIn() {
            let figure = try #require(exercise.figure)
            for pose in figure.poses {
                let layout = PoseLayout(pose, view: figure.view)
                let tolerance = 0.001
                func near(_ a: FigurePoint, _ b: FigurePoint, _ distance: Double = 0) -> Bool {
                    abs(((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot() - distance) < tolerance
                }
                let across = figure.view == .side ? 0 : PoseLayout.halfShoulders
                let hips = figure.view == .side ? 0 : PoseLayout.halfHips
                for arm in layout.arms {
                    #expect(near(arm[0], layout.shoulder, across), "\(exercise.id): arm off the shoulders")
                    #expect(near(arm[0], arm[1], PoseLayout.upperArm) && near(arm[1], arm[2], PoseLayout.forearm))
                }
                for leg in layout.legs {
                    #expect(near(leg[0], layout.hip, hips), "\(exercise.id): leg off the hips")
                    #expect(near(leg[0], leg[1], PoseLayout.thigh) && near(leg[1], leg[2], PoseLayout.shin))
                }
                #expect(near(layout.hip, layout.shoulder, PoseLayout.torso))
                #expect(near(layout.shoulder, layout.neckEnd, PoseLayout.neck))
                #expect(near(layout.neckEnd, layout.headCentre, PoseLayout.headRadius), "\(exercise.id): head off the neck")
            }
            // And in the SVG: each polyline of the body starts where the spine's ends (or the girdles) are.
            let svg = try #require(ExerciseFigure.svg(for: exercise, idPrefix: "c"))
            let reading = try Reading.parse(svg)
            let limbs = reading.elements.filter { $0.attributes["class"]?.hasPrefix("limb") == true }
            #expect(limbs.count == 4 * figure.poses.count, "\(exercise.id)")
            #expect(limbs.allSatisfy { ($0.attributes["points"] ?? "").split(separator: " ").count == 6 })
        }
    }

    /// The body rests on the floor: in a side view with a floor, its lowest point is on the floor line.
    @Test func figuresWithAFloorStandOnIt() throws {
        for exercise in try Self.builtIn() {
            let figure = try #require(exercise.figure)
            guard figure.view == .side, figure.props.contains(.floor) else { continue }
            for pose in figure.poses {
                let lowest = PoseLayout(pose, view: .side).points.map(\.y).min() ?? 0
                let layout = PoseLayout(pose, view: .side).shifted(by: FigurePoint(x: 0, y: -lowest))
                #expect(abs(layout.points.map(\.y).min() ?? 1) < 0.001)
            }
        }
    }

    /// A bench or worktop is drawn under the hand (`drawProps`); the body must stay above its top
    /// (a physiotherapist's trial: the high incline push-up's Lower pose drew the body line through
    /// the worktop, its hands behind the shoulders). Every segment but the forearms, which end on
    /// the top, clears it by half the spine's stroke wherever the prop is; the hand rests on it.
    @Test func theBodyStaysAboveABenchOrWorktop() throws {
        for exercise in try Self.builtIn() {
            let figure = try #require(exercise.figure)
            guard figure.view == .side, let prop = figure.props.first(where: { $0 == .bench || $0 == .counter }) else {
                continue
            }
            for pose in figure.poses {
                let layout = PoseLayout(pose, view: .side)
                let hand = layout.arms[0][2]
                let surface = hand.y - 1.5
                let left = hand.x - 5, right = hand.x - 5 + (prop == .counter ? 30 : 24)
                let context = "\(exercise.id), \(pose.label ?? "pose")"
                var segments: [(String, FigurePoint, FigurePoint)] = [
                    ("spine", layout.hip, layout.shoulder), ("neck", layout.shoulder, layout.neckEnd),
                    ("upper arm", layout.arms[0][0], layout.arms[0][1]), ("far upper arm", layout.arms[1][0], layout.arms[1][1]),
                ]
                for leg in layout.legs { segments += [("thigh", leg[0], leg[1]), ("shin", leg[1], leg[2])] }
                for (name, a, b) in segments {
                    for step in 0...40 {
                        let t = Double(step) / 40
                        let point = FigurePoint(x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t)
                        guard (left...right).contains(point.x) else { continue }
                        #expect(point.y >= surface + 2, "\(context): the \(name) crosses the \(prop.rawValue) at x \(point.x)")
                    }
                }
                let headBottom = layout.headCentre.y - PoseLayout.headRadius
                #expect(!(left...right).contains(layout.headCentre.x) || headBottom >= surface + 2, "\(context): the head")
                for arm in layout.arms {
                    #expect(min(arm[1].y, arm[2].y) >= surface, "\(context): a forearm goes into the \(prop.rawValue)")
                }
                // The hand rests on the top: ahead of the hips, within reach of the shoulder, under the chest.
                #expect(hand.x > layout.hip.x, "\(context): the hand behind the hips")
                let below = (hand.x - layout.hip.x) * sine(layout.torsoDirection * .pi / 180)
                    - (hand.y - layout.hip.y) * cosine(layout.torsoDirection * .pi / 180)
                #expect(below > 0, "\(context): the hand above the body line, on its back")
            }
        }
    }

    @Test func anExerciseWithoutAFigureHasNone() {
        let exercise = Exercise(id: "band-row", name: "Band row", category: .stabilizer, kind: .reps, muscles: ["rhomboids"],
                                summary: "Rows.", cues: ["squeeze"], shortCue: "squeeze")
        #expect(ExerciseFigure.svg(for: exercise, idPrefix: "x") == nil)
    }

    @Test func hostileTextCannotBreakTheSVG() throws {
        let hostile = "</title><script>alert(1)</script>\"' & <b>\u{7}\u{1B}[31m\u{0}"
        let figure = Figure(view: .side, props: [.floor, .wall], poses: [
            FigurePose(label: hostile, note: hostile, base: .standing,
                       marks: [FigureMark(.arrow, at: .hand, direction: 0, text: hostile)]),
            FigurePose(label: hostile, base: .plank, marks: [FigureMark(.line, at: .head, to: .foot, text: hostile)]),
        ])
        let exercise = Exercise(id: "evil", name: hostile, category: .stabilizer, kind: .reps, muscles: ["x"],
                                summary: "x", cues: ["x"], shortCue: "x", figure: figure)
        let svg = try #require(ExerciseFigure.svg(for: exercise, idPrefix: "p\"><script>x</script>"))
        let reading = try Reading.parse(svg)
        #expect(!reading.elements.contains { $0.name == "script" || $0.name == "b" })
        #expect(!svg.contains("<script") && !svg.contains("\u{7}") && !svg.contains("\u{1B}") && !svg.contains("\u{0}"))
        #expect(reading.text["title"] == #"</title><script>alert(1)</script>"' & <b>\u{7}\u{1B}[31m\u{0}"#)
        let root = try #require(reading.elements.first)
        #expect(root.attributes["aria-labelledby"] == "p\"><script>x</script>-title p\"><script>x</script>-desc")
    }

    @Test func escapingAndNumbers() {
        #expect(SVGText.escaped("a<b>&\"c'\td\n") == "a&lt;b&gt;&amp;&quot;c&#39; d ")
        #expect(SVGText.escaped("\u{85}\u{7F}\u{202E}\ré") == #"\u{85}\u{7F}\u{202E}\u{D}é"#)
        #expect(SVGText.number(0) == "0" && SVGText.number(-0.04) == "0" && SVGText.number(-0.05) == "-0.1")
        #expect(SVGText.number(12.34) == "12.3" && SVGText.number(-3.5) == "-3.5" && SVGText.number(7.96) == "8")
        #expect(SVGText.number(.nan) == "0")
        #expect(abs(sine(.pi / 6) - 0.5) < 1e-12 && abs(cosine(.pi) + 1) < 1e-12 && abs(sine(-7.5) - (-0.9379999767747389)) < 1e-12)
    }

    /// A mat seen from above is drawn around the figure; a mark's text must sit inside it, not across
    /// its edge (a physiotherapist's trial: the open book's "turn the chest" ran into the mat's
    /// border). The text's box is the width the figure reserves for it.
    @Test func aMatSeenFromAboveHoldsTheMarksText() throws {
        var checked = 0
        for exercise in try Self.builtIn() {
            guard let svg = ExerciseFigure.svg(for: exercise, idPrefix: "fig") else { continue }
            var mat: (x0: Double, y0: Double, x1: Double, y1: Double)?
            for element in try Reading.parse(svg).elements {
                let a = element.attributes
                if element.name == "g", a["transform"] != nil { mat = nil }
                if element.name == "rect", a["class"] == "prop mat", let x = a["x"].flatMap(Double.init),
                    let y = a["y"].flatMap(Double.init), let w = a["width"].flatMap(Double.init),
                    let h = a["height"].flatMap(Double.init), h > 10
                {
                    mat = (x, y, x + w, y + h)
                }
                guard element.name == "text", a["class"] == "mark-text", let mat,
                    let x = a["x"].flatMap(Double.init), let y = a["y"].flatMap(Double.init)
                else { continue }
                let content = element.text
                let width = Double(content.count) * FigureDrawing.characterWidth
                let x0 = a["text-anchor"] == "end" ? x - width : a["text-anchor"] == "middle" ? x - width / 2 : x
                #expect(x0 > mat.x0 && x0 + width < mat.x1 && y - FigureDrawing.textSize > mat.y0 && y < mat.y1,
                        "\(exercise.id): '\(content)' at \(x0)...\(x0 + width), \(y) crosses the mat \(mat)")
                checked += 1
            }
        }
        #expect(checked > 0, "no built-in figure has a mark on a mat seen from above")
    }

    @Test(arguments: ["push-up", "prone-y-t-w", "cat-cow"])
    func goldenFigure(id: String) throws {
        let exercise = try #require(try Self.catalog.get().exercise(id))
        let svg = try #require(ExerciseFigure.svg(for: exercise, idPrefix: "fig-\(id)"))
        try GoldenFile.check(svg + "\n", matches: "figure-\(id).svg")
    }
}
