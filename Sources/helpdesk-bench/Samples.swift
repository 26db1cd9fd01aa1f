import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Durations of repeated runs of one operation, in milliseconds, with their percentiles.
struct Samples {
    private(set) var milliseconds: [Double] = []

    /// The monotonic clock in seconds; unaffected by changes to the wall clock.
    static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    /// Runs `body` once and records how long it took.
    @discardableResult
    mutating func time<T>(_ body: () throws -> T) rethrows -> T {
        let start = Self.now()
        let result = try body()
        milliseconds.append((Self.now() - start) * 1000)
        return result
    }

    mutating func add(milliseconds value: Double) { milliseconds.append(value) }

    mutating func add(_ other: Samples) { milliseconds += other.milliseconds }

    var count: Int { milliseconds.count }

    /// The value below which `share` (0…1) of the samples fall, by nearest rank; 0 with no samples.
    func percentile(_ share: Double) -> Double {
        guard !milliseconds.isEmpty else { return 0 }
        let sorted = milliseconds.sorted()
        let rank = Int((share * Double(sorted.count)).rounded(.up)) - 1
        return sorted[Swift.min(Swift.max(rank, 0), sorted.count - 1)]
    }

    var p50: Double { percentile(0.5) }
    var p99: Double { percentile(0.99) }
    var max: Double { milliseconds.max() ?? 0 }
}
