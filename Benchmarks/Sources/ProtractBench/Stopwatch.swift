import Foundation

/// Times a closure several times and keeps every sample, in seconds.
struct Stopwatch {
    /// How many timed runs each case gets (after one untimed warm-up run when `warmUp` is set).
    var runs: Int
    var warmUp: Bool

    /// The samples of `body`, one per run; `body` returns a value so the optimiser keeps the work.
    func measure<T>(_ body: () throws -> T) rethrows -> Samples {
        if warmUp { _ = try body() }
        var seconds: [Double] = []
        for _ in 0..<runs {
            let start = Self.now()
            let result = try body()
            seconds.append(Self.now() - start)
            withExtendedLifetime(result) {}
        }
        return Samples(seconds)
    }

    /// Monotonic time in seconds.
    static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}

/// Timing samples with their median and minimum.
struct Samples {
    var seconds: [Double]

    init(_ seconds: [Double]) {
        self.seconds = seconds
    }

    var median: Double {
        let sorted = seconds.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    var min: Double { seconds.min() ?? 0 }
}
