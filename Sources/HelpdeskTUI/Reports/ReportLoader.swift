import Foundation
import HelpdeskCore

/// Computes reports on a background thread, so a month of a large desk (seconds in a debug
/// build) never holds up the keys; the console collects the result on a later tick.
final class ReportLoader: @unchecked Sendable {
    /// A finished computation.
    struct Outcome: Sendable {
        var request: ReportRequest
        var result: Result<Report, any Error>
        var seconds: Double
    }

    private let lock = NSLock()
    private var finished: Outcome?
    /// Bumped per start, so a result for a request since replaced is dropped.
    private var generation = 0

    /// Starts computing `request`; a computation already running finishes unseen.
    func start(_ request: ReportRequest, source: any ReportSource) {
        let ticket: Int = lock.withLock {
            generation += 1
            finished = nil
            return generation
        }
        Thread.detachNewThread { [self] in
            let started = Date()
            let result = Result<Report, any Error> {
                try source.report(period: try request.period(), filter: ReportFilter(), grouping: .engineer)
            }
            let outcome = Outcome(request: request, result: result, seconds: Date().timeIntervalSince(started))
            lock.withLock { if generation == ticket { finished = outcome } }
        }
    }

    /// The finished result, once; nil while it is still computing.
    func take() -> Outcome? {
        lock.withLock {
            defer { finished = nil }
            return finished
        }
    }

    /// Waits up to `seconds` for the result, so a quick report shows without a "computing…" frame.
    func wait(upTo seconds: Double) -> Outcome? {
        let deadline = Date().addingTimeInterval(seconds)
        repeat {
            if let outcome = take() { return outcome }
            Thread.sleep(forTimeInterval: 0.002)
        } while Date() < deadline
        return nil
    }
}
