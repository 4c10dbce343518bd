import PlanKit

/// A point on the page, y growing upward (turned to SVG's downward y when written).
struct FigurePoint: Hashable {
    var x: Double
    var y: Double

    func moved(_ length: Double, _ degrees: Double) -> FigurePoint {
        let radians = degrees * .pi / 180
        return FigurePoint(x: x + length * cosine(radians), y: y + length * sine(radians))
    }

    static func + (a: FigurePoint, b: FigurePoint) -> FigurePoint { FigurePoint(x: a.x + b.x, y: a.y + b.y) }
}

/// Sine and cosine from the standard library's own arithmetic, so that the output is the same bytes on
/// every platform (a Taylor series after reducing the angle; far more precise than the one decimal written).
func sine(_ x: Double) -> Double {
    var a = x.truncatingRemainder(dividingBy: 2 * .pi)
    if a > .pi { a -= 2 * .pi } else if a < -.pi { a += 2 * .pi }
    var term = a
    var sum = a
    for n in 1...12 {
        term *= -a * a / Double((2 * n) * (2 * n + 1))
        sum += term
    }
    return sum
}

func cosine(_ x: Double) -> Double { sine(x + .pi / 2) }

/// The joints of one pose laid out by forward kinematics from the hips.
struct PoseLayout {
    /// Segment lengths in drawing units (a standing person is about 150 tall).
    static let torso = 50.0, neck = 7.0, headRadius = 8.0
    static let upperArm = 28.0, forearm = 24.0, thigh = 44.0, shin = 42.0
    /// Half the shoulder and hip widths in the top and front views.
    static let halfShoulders = 12.0, halfHips = 8.0

    var hip: FigurePoint
    var shoulder: FigurePoint
    var neckEnd: FigurePoint
    var headCentre: FigurePoint
    var headDirection: Double
    /// Near side first: shoulder, elbow, hand.
    var arms: [[FigurePoint]]
    /// Near side first: hip, knee, foot.
    var legs: [[FigurePoint]]
    var back: FigurePose.Back
    /// A side-lying pose, which a side view shows from above (the body lies along the page).
    var isSeenFromAbove: Bool
    var torsoDirection: Double

    init(_ pose: FigurePose, view: Figure.View) {
        func angle(_ segment: FigurePose.Segment) -> Double { Double(pose.direction(of: segment, in: view)) }
        let origin = FigurePoint(x: 0, y: 0)
        torsoDirection = angle(.torso)
        hip = origin
        shoulder = origin.moved(Self.torso, torsoDirection)
        headDirection = angle(.head)
        neckEnd = shoulder.moved(Self.neck, headDirection)
        headCentre = neckEnd.moved(Self.headRadius, headDirection)
        back = pose.back
        isSeenFromAbove = view == .side && pose.base == .sideLying
        let sideways = view == .side ? 0.0 : 1.0
        // In the top and front views the near side is the person's left, drawn on the page's right.
        let across = torsoDirection - 90
        var arms: [[FigurePoint]] = []
        var legs: [[FigurePoint]] = []
        for (index, sign) in [1.0, -1.0].enumerated() {
            let other = index == 1
            let top = shoulder.moved(sign * sideways * Self.halfShoulders, across)
            let elbow = top.moved(Self.upperArm, angle(other ? .otherUpperArm : .upperArm))
            let hand = elbow.moved(Self.forearm, angle(other ? .otherForearm : .forearm))
            arms.append([top, elbow, hand])
            let root = hip.moved(sign * sideways * Self.halfHips, across)
            let knee = root.moved(Self.thigh, angle(other ? .otherThigh : .thigh))
            let foot = knee.moved(Self.shin, angle(other ? .otherShin : .shin))
            legs.append([root, knee, foot])
        }
        self.arms = arms
        self.legs = legs
    }

    /// Every point of the body, with the head's edge, for bounds and the floor.
    var points: [FigurePoint] {
        var all = [hip, shoulder, neckEnd] + arms.flatMap { $0 } + legs.flatMap { $0 }
        for step in 0..<8 { all.append(headCentre.moved(Self.headRadius, Double(step) * 45)) }
        return all
    }

    /// The point of a mark's joint (the near side).
    func point(_ joint: FigureMark.Joint) -> FigurePoint {
        switch joint {
        case .head: headCentre
        case .shoulder: shoulder
        case .elbow: arms[0][1]
        case .hand: arms[0][2]
        case .hip: hip
        case .knee: legs[0][1]
        case .foot: legs[0][2]
        }
    }

    func shifted(by offset: FigurePoint) -> PoseLayout {
        var copy = self
        copy.hip = hip + offset
        copy.shoulder = shoulder + offset
        copy.neckEnd = neckEnd + offset
        copy.headCentre = headCentre + offset
        copy.arms = arms.map { $0.map { $0 + offset } }
        copy.legs = legs.map { $0.map { $0 + offset } }
        return copy
    }
}
