public import PlanKit

/// The line drawing of an exercise's positions, as inline SVG for the HTML page.
///
/// The drawing is a pure function of the exercise: the same exercise and prefix give the same bytes.
/// Strokes and text use `currentColor`, so the figure prints in black and white and follows the
/// page's colour scheme; it has no scripts and no external references.
public enum ExerciseFigure {
    /// The exercise's poses, start to end, as a `<div class="exercise-figure">` with the role of
    /// an image, named by a `<title>` (the name) and a `<desc>` (the positions in words), holding
    /// one `<svg>` element a pose at a size for its labels to read (10 px), which a page sets side
    /// by side where they fit; nil when it has no figure.
    ///
    /// - Parameter idPrefix: prefixed to every id in the element, so that a page can hold many figures.
    public static func svg(for exercise: Exercise, idPrefix: String) -> String? {
        guard let figure = exercise.figure, !figure.poses.isEmpty else { return nil }
        return FigureDrawing(figure: figure, name: exercise.name, idPrefix: idPrefix).svg()
    }

    /// The figure's text alternative: each pose's caption and its position in words, and the marked cues.
    public static func description(of figure: Figure) -> String {
        var parts: [String] = []
        for (index, pose) in figure.poses.enumerated() {
            let caption = FigureDrawing.caption(index: index, count: figure.poses.count, pose: pose)
            let words = pose.note ?? pose.base.words
            parts.append((caption.isEmpty ? "Then" : caption) + ": " + words + ".")
        }
        let marks = figure.poses.flatMap(\.marks).compactMap(\.text)
        var seen: Set<String> = []
        let distinct = marks.filter { seen.insert($0).inserted }
        if !distinct.isEmpty { parts.append("Marked: " + distinct.joined(separator: "; ") + ".") }
        if figure.view == .top { parts.insert("Seen from above.", at: 0) }
        if figure.view == .front { parts.insert("Seen from the front.", at: 0) }
        return parts.joined(separator: " ")
    }
}

/// Lays out and writes one figure.
struct FigureDrawing {
    let figure: Figure
    let name: String
    let idPrefix: String

    static let padding = 14.0
    static let captionHeight = 16.0
    static let textSize = 8.0
    static let characterWidth = 4.4

    static func caption(index: Int, count: Int, pose: FigurePose) -> String {
        if let label = pose.label { return label }
        if index == 0 { return "Start" }
        return index == count - 1 ? "End" : ""
    }

    /// One pose drawn in its own coordinates (floor at y 0), with what it draws and its bounds.
    struct Panel {
        var elements: [String] = []
        var minX = Double.infinity, maxX = -Double.infinity, minY = Double.infinity, maxY = -Double.infinity

        mutating func include(_ point: FigurePoint) {
            minX = min(minX, point.x); maxX = max(maxX, point.x)
            minY = min(minY, point.y); maxY = max(maxY, point.y)
        }
    }

    /// CSS pixels per unit of the drawing, the size each pose is shown at when its column is wide
    /// enough: the 8-unit labels 10 px high, readable on a phone (a trial's 390 px page drew the
    /// poses side by side in one drawing shrunk to its column, and the labels about 5 px high).
    static let scale = 1.25

    /// The figure: a `<div>` that is the image (its name and its text alternative, from the
    /// first pose's `<title>` and `<desc>`) holding one `<svg>` a pose, start to end, each of the
    /// same size with its caption under it. The page sets them side by side where they fit and
    /// one under another on a phone, each at its own size (``scale``), never shrunk to fit beside
    /// the others.
    func svg() -> String {
        let id = SVGText.escaped(idPrefix)
        let panels = figure.poses.map { pose(layoutOf: $0) }
        // Every pose the same size, so that a page that shrinks them (a print's 55 mm of height, a
        // column narrower than one) shrinks them alike: the same scale, the floors in line.
        let width = (panels.map { $0.maxX - $0.minX }.max() ?? 0) + 2 * Self.padding
        let top = panels.map(\.maxY).max() ?? 0
        let bottom = panels.map(\.minY).min() ?? 0
        let height = top - bottom + 2 * Self.padding + Self.captionHeight
        var lines = ["<div class=\"exercise-figure\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\">"]
        for (index, panel) in panels.enumerated() {
            lines.append(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(SVGText.number(width)) \(SVGText.number(height))\" "
                    + "width=\"\(SVGText.number(width * Self.scale))\" height=\"\(SVGText.number(height * Self.scale))\" "
                    + "aria-hidden=\"true\">")
            if index == 0 {
                // The names the whole figure is read by, and the arrowhead every pose's marks use.
                lines += [
                    "<title id=\"\(id)-title\">" + SVGText.escaped(name) + "</title>",
                    "<desc id=\"\(id)-desc\">" + SVGText.escaped(ExerciseFigure.description(of: figure)) + "</desc>",
                    "<defs><marker id=\"\(id)-arrow\" viewBox=\"0 0 10 10\" refX=\"8\" refY=\"5\" markerWidth=\"5\" markerHeight=\"5\" "
                        + "orient=\"auto-start-reverse\"><path d=\"M0 0L10 5L0 10z\" fill=\"currentColor\"/></marker></defs>",
                ]
            }
            lines.append("<g fill=\"none\" stroke=\"currentColor\" stroke-linecap=\"round\" stroke-linejoin=\"round\" font-family=\"sans-serif\">")
            let dx = Self.padding + (width - 2 * Self.padding - (panel.maxX - panel.minX)) / 2 - panel.minX
            let dy = Self.padding + top
            lines.append("  <g transform=\"translate(\(SVGText.number(dx)) \(SVGText.number(dy)))\">")
            lines += panel.elements.map { "    " + $0 }
            lines.append("  </g>")
            let caption = Self.caption(index: index, count: panels.count, pose: figure.poses[index])
            if !caption.isEmpty {
                lines.append(
                    "  <text class=\"caption\" x=\"\(SVGText.number(width / 2))\" y=\"\(SVGText.number(height - 5))\" "
                        + "text-anchor=\"middle\" font-size=\"10\" fill=\"currentColor\" stroke=\"none\">"
                        + SVGText.escaped(caption) + "</text>")
            }
            lines.append("</g>")
            lines.append("</svg>")
        }
        lines.append("</div>")
        return lines.joined(separator: "\n")
    }

    // MARK: - One pose

    private func pose(layoutOf pose: FigurePose) -> Panel {
        var layout = PoseLayout(pose, view: figure.view)
        let lowest = layout.points.map(\.y).min() ?? 0
        let centre = ((layout.points.map(\.x).min() ?? 0) + (layout.points.map(\.x).max() ?? 0)) / 2
        layout = layout.shifted(by: FigurePoint(x: -centre, y: -lowest))
        var panel = Panel()
        for point in layout.points { panel.include(point) }
        // The marks first, so that a mat seen from above, drawn around the figure, holds their
        // text too rather than cutting through it; they are still drawn on top. Props that stand
        // by the body (a wall, a floor's mat) keep to the body's own bounds.
        var marked = panel
        let marks = drawMarks(pose.marks, layout, into: &marked)
        let props = drawProps(layout, into: &panel, framing: marked)
        panel.include(FigurePoint(x: marked.minX, y: marked.minY))
        panel.include(FigurePoint(x: marked.maxX, y: marked.maxY))
        var elements: [String] = props.under
        elements += drawBody(layout)
        elements += props.over
        elements += marks
        if figure.props.contains(.floor), figure.view != .top {
            let floor = "<line class=\"floor\" x1=\"\(n(panel.minX - 8))\" y1=\"0\" x2=\"\(n(panel.maxX + 8))\" y2=\"0\" "
                + "stroke-width=\"1.5\"/>"
            panel.include(FigurePoint(x: panel.minX - 8, y: 0))
            panel.include(FigurePoint(x: panel.maxX + 8, y: 0))
            elements.insert(floor, at: 0)
        }
        panel.elements = elements
        return panel
    }

    private func n(_ value: Double) -> String { SVGText.number(value) }
    /// A point written in SVG's downward y.
    private func p(_ point: FigurePoint) -> String { n(point.x) + " " + n(-point.y) }

    private func drawBody(_ layout: PoseLayout) -> [String] {
        var out: [String] = []
        let side = figure.view == .side
        // The far limbs first, behind the body and lighter in a side view.
        for index in [1, 0] {
            let far = side && index == 1
            let attributes = far ? " class=\"limb far\" stroke-width=\"3\" stroke-opacity=\"0.45\"" : " class=\"limb\" stroke-width=\"3.5\""
            out.append("<polyline\(attributes) points=\"\(layout.legs[index].map(p).joined(separator: " "))\"/>")
            out.append("<polyline\(attributes) points=\"\(layout.arms[index].map(p).joined(separator: " "))\"/>")
        }
        if !side {
            out.append("<polyline class=\"girdle\" stroke-width=\"3.5\" points=\"\(p(layout.arms[1][0])) \(p(layout.arms[0][0]))\"/>")
            out.append("<polyline class=\"girdle\" stroke-width=\"3.5\" points=\"\(p(layout.legs[1][0])) \(p(layout.legs[0][0]))\"/>")
        }
        // The spine: hips to shoulders, bowed for a rounded or arched back (the front is the torso turned clockwise).
        let bow: Double = switch layout.back {
        case .straight: 0
        case .rounded: 5
        case .arched: -5
        }
        if bow == 0 {
            out.append("<path class=\"spine\" stroke-width=\"4\" d=\"M\(p(layout.hip))L\(p(layout.shoulder))\"/>")
        } else {
            let middle = FigurePoint(x: (layout.hip.x + layout.shoulder.x) / 2, y: (layout.hip.y + layout.shoulder.y) / 2)
            let control = middle.moved(2 * bow, layout.torsoDirection + 90)
            out.append("<path class=\"spine\" stroke-width=\"4\" d=\"M\(p(layout.hip))Q\(p(control)) \(p(layout.shoulder))\"/>")
        }
        out.append("<path class=\"neck\" stroke-width=\"3.5\" d=\"M\(p(layout.shoulder))L\(p(layout.neckEnd))\"/>")
        out.append("<circle class=\"head\" stroke-width=\"3\" cx=\"\(n(layout.headCentre.x))\" cy=\"\(n(-layout.headCentre.y))\" "
                   + "r=\"\(n(PoseLayout.headRadius))\"/>")
        if side {
            // The face: a short tick where the nose is, so that face up, face down and a tucked chin read at a glance.
            let face = layout.headDirection - 90
            let from = layout.headCentre.moved(PoseLayout.headRadius, face)
            out.append("<path class=\"face\" stroke-width=\"2.5\" d=\"M\(p(from))L\(p(from.moved(3.5, face)))\"/>")
        }
        return out
    }

    /// - Parameter framed: the figure with its marks, which a mat seen from above is drawn around.
    private func drawProps(_ layout: PoseLayout, into panel: inout Panel, framing framed: Panel) -> (under: [String], over: [String]) {
        var under: [String] = [], over: [String] = []
        let hand = layout.arms[0][2], elbow = layout.arms[0][1]
        let headTop = layout.headCentre.y + PoseLayout.headRadius
        func rect(_ cls: String, _ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double, rounded: Double = 0,
                  faint: Bool = false) -> String {
            panel.include(FigurePoint(x: x0, y: y0)); panel.include(FigurePoint(x: x1, y: y1))
            let radius = rounded > 0 ? " rx=\"\(n(rounded))\"" : ""
            return "<rect class=\"prop \(cls)\" x=\"\(n(min(x0, x1)))\" y=\"\(n(-max(y0, y1)))\" width=\"\(n(abs(x1 - x0)))\" "
                + "height=\"\(n(abs(y1 - y0)))\"\(radius) stroke-width=\"1.5\"" + (faint ? " stroke-opacity=\"0.5\"" : "") + "/>"
        }
        func line(_ cls: String, _ a: FigurePoint, _ b: FigurePoint, width: Double = 2) -> String {
            panel.include(a); panel.include(b)
            return "<path class=\"prop \(cls)\" stroke-width=\"\(n(width))\" d=\"M\(p(a))L\(p(b))\"/>"
        }
        for prop in figure.props {
            switch (prop, figure.view) {
            case (.floor, _): break  // drawn once the panel's width is known
            case (.mat, let view) where view == .top || (view == .side && layout.isSeenFromAbove):
                under.append(rect("mat", framed.minX - 6, framed.minY - 6, framed.maxX + 6, framed.maxY + 6, rounded: 4))
            case (.mat, _):
                under.append(rect("mat", panel.minX - 4, 0, panel.maxX + 4, -3))
            case (.wall, .front):
                under.append(rect("wall", panel.minX - 10, 0, panel.maxX + 10, headTop + 14, faint: true))
            case (.wall, _):
                let x = max(hand.x, elbow.x) + 1.5
                under.append(line("wall", FigurePoint(x: x, y: 0), FigurePoint(x: x, y: max(headTop + 14, 110)), width: 3))
            case (.doorway, _):
                let x = hand.x - 1.5
                let top = max(headTop + 16, 120)
                under.append(line("doorway", FigurePoint(x: x, y: 0), FigurePoint(x: x, y: top), width: 3))
                under.append(line("doorway", FigurePoint(x: x, y: top), FigurePoint(x: x - 24, y: top), width: 3))
            case (.bench, _), (.counter, _):
                let wide = prop == .counter ? 30.0 : 24.0
                let surface = hand.y - 1.5
                // In front of the hands, where the person faces, so that the body never crosses it.
                let x0 = hand.x - 5, x1 = hand.x - 5 + wide
                if prop == .counter {
                    under.append(rect("counter", x0, 0, x1, surface))
                } else {
                    under.append(line("bench", FigurePoint(x: x0, y: surface), FigurePoint(x: x1, y: surface), width: 3))
                    under.append(line("bench", FigurePoint(x: x0 + 2, y: surface), FigurePoint(x: x0 + 2, y: 0)))
                    under.append(line("bench", FigurePoint(x: x1 - 2, y: surface), FigurePoint(x: x1 - 2, y: 0)))
                }
            case (.chair, _):
                let seat = layout.hip.y - 2
                let x0 = layout.hip.x - 10, x1 = layout.hip.x + 14
                under.append(line("chair", FigurePoint(x: x0, y: seat), FigurePoint(x: x1, y: seat), width: 3))
                under.append(line("chair", FigurePoint(x: x0, y: 0), FigurePoint(x: x0, y: seat + 34)))
                under.append(line("chair", FigurePoint(x: x1, y: seat), FigurePoint(x: x1, y: 0)))
            case (.towel, .top):
                let c = layout.headCentre.moved(PoseLayout.headRadius + 2, layout.headDirection)
                under.append(rect("towel", c.x - 13, c.y - 5, c.x + 13, c.y + 5, rounded: 2))
            case (.towel, _), (.foamRoller, _):
                let spot = layout.hip.moved(PoseLayout.torso * 0.62, layout.torsoDirection)
                let radius = max(spot.y / 2, prop == .towel ? 2.5 : 6.5)
                panel.include(FigurePoint(x: spot.x - radius, y: 0)); panel.include(FigurePoint(x: spot.x + radius, y: 2 * radius))
                under.append("<circle class=\"prop \(prop.rawValue)\" cx=\"\(n(spot.x))\" cy=\"\(n(-radius))\" r=\"\(n(radius))\" "
                             + "stroke-width=\"1.5\"/>")
            case (.weights, _):
                for arm in figure.view == .side ? [layout.arms[0]] : layout.arms {
                    let end = arm[2]
                    panel.include(FigurePoint(x: end.x - 4, y: end.y - 4)); panel.include(FigurePoint(x: end.x + 4, y: end.y + 4))
                    over.append("<circle class=\"prop weights\" cx=\"\(n(end.x))\" cy=\"\(n(-end.y))\" r=\"3.5\" fill=\"currentColor\"/>")
                }
            }
        }
        return (under, over)
    }

    private func drawMarks(_ marks: [FigureMark], _ layout: PoseLayout, into panel: inout Panel) -> [String] {
        var out: [String] = []
        let id = SVGText.escaped(idPrefix)
        for mark in marks {
            let from = layout.point(mark.at)
            switch mark.kind {
            case .arrow:
                let direction = Double(mark.direction ?? 0)
                let start = from.moved(11, direction), end = from.moved(30, direction)
                panel.include(start); panel.include(end)
                out.append("<path class=\"mark arrow\" stroke-width=\"1.8\" marker-end=\"url(#\(id)-arrow)\" "
                           + "d=\"M\(p(start))L\(p(end))\"/>")
                if let text = mark.text {
                    out.append(label(text, at: from.moved(36, direction), leaning: direction, into: &panel))
                }
            case .line:
                let to = layout.point(mark.to ?? .foot)
                let dx = to.x - from.x, dy = to.y - from.y
                let length = max((dx * dx + dy * dy).squareRoot(), 1)
                let ux = dx / length, uy = dy / length
                let a = FigurePoint(x: from.x - 8 * ux, y: from.y - 8 * uy)
                let b = FigurePoint(x: to.x + 8 * ux, y: to.y + 8 * uy)
                panel.include(a); panel.include(b)
                // Beside the body, on the upper side of the line.
                var nx = -uy, ny = ux
                if ny < 0 || (ny == 0 && nx < 0) { nx = -nx; ny = -ny }
                let offset = 13.0
                out.append("<path class=\"mark line\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\" "
                           + "d=\"M\(p(a.moved(0, 0) + FigurePoint(x: nx * offset, y: ny * offset)))"
                           + "L\(p(b + FigurePoint(x: nx * offset, y: ny * offset)))\"/>")
                if let text = mark.text {
                    // Beyond the dashed line, set off away from it: to the left of a line rising to the right.
                    let middle = FigurePoint(x: (from.x + to.x) / 2 + nx * (offset + 5), y: (from.y + to.y) / 2 + ny * (offset + 5))
                    let leaning: Double = nx < -0.2 ? 180 : nx > 0.2 ? 0 : 90
                    out.append(label(text, at: middle, leaning: leaning, into: &panel))
                }
            }
        }
        return out
    }

    /// A mark's text at `point`, set off to the side `leaning` points to.
    private func label(_ text: String, at point: FigurePoint, leaning direction: Double, into panel: inout Panel) -> String {
        let across = cosine(direction * .pi / 180)
        let anchor = across > 0.35 ? "start" : across < -0.35 ? "end" : "middle"
        let width = Double(text.count) * Self.characterWidth
        let x0 = anchor == "start" ? point.x : anchor == "end" ? point.x - width : point.x - width / 2
        let up = sine(direction * .pi / 180)
        let baseline = up < -0.35 ? point.y - Self.textSize : point.y
        panel.include(FigurePoint(x: x0, y: baseline - 2))
        panel.include(FigurePoint(x: x0 + width, y: baseline + Self.textSize))
        return "<text class=\"mark-text\" x=\"\(n(point.x))\" y=\"\(n(-baseline))\" text-anchor=\"\(anchor)\" "
            + "font-size=\"\(n(Self.textSize))\" fill=\"currentColor\" stroke=\"none\">" + SVGText.escaped(text) + "</text>"
    }
}
