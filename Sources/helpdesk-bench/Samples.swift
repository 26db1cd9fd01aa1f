import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Durations of repeated runs of one operation, in milliseconds, with their percentiles.
///
/// Wall-clock time is the figure; the CPU time of the measuring thread is kept beside it, so
/// that a p99 inflated by other processes taking the CPU (a shared machine) can be told apart
/// from one the code itself causes.
struct Samples {
    private(set) var milliseconds: [Double] = []
    private(set) var cpuMilliseconds: [Double] = []

    /// The monotonic clock in seconds; unaffected by changes to the wall clock.
    static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    /// CPU time used by the calling thread, in seconds.
    static func threadCPU() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    /// Runs `body` once and records how long it took.
    @discardableResult
    mutating func time<T>(_ body: () throws -> T) rethrows -> T {
        let cpu = Self.threadCPU()
        let start = Self.now()
        let result = try body()
        milliseconds.append((Self.now() - start) * 1000)
        cpuMilliseconds.append((Self.threadCPU() - cpu) * 1000)
        return result
    }

    mutating func add(_ other: Samples) {
        milliseconds += other.milliseconds
        cpuMilliseconds += other.cpuMilliseconds
    }

    /// A duration measured elsewhere (another process); it has no CPU time here.
    mutating func add(milliseconds value: Double) { milliseconds.append(value) }

    var count: Int { milliseconds.count }

    /// The value below which `share` (0…1) of the samples fall, by nearest rank; 0 with no samples.
    func percentile(_ share: Double) -> Double {
        guard !milliseconds.isEmpty else { return 0 }
        // Sorting per call is fine: a run asks for a few percentiles of a few hundred samples.
        let sorted = milliseconds.sorted()
        let rank = Int((share * Double(sorted.count)).rounded(.up)) - 1
        return sorted[Swift.min(Swift.max(rank, 0), sorted.count - 1)]
    }

    var p50: Double { percentile(0.5) }
    var p99: Double { percentile(0.99) }
    var max: Double { milliseconds.max() ?? 0 }

    /// "p50 1.23 ms, CPU p99 2.34 ms, 200 runs": the context printed beside a p99.
    var summary: String {
        var cpu = Samples()
        cpu.milliseconds = cpuMilliseconds
        let cpuText = cpuMilliseconds.isEmpty ? "" : ", CPU p99 \(BenchResult.format(cpu.p99)) ms"
        return "p50 \(BenchResult.format(p50)) ms\(cpuText), \(count) runs"
    }
}
