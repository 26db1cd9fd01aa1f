import Foundation
import HelpdeskCore
import HelpdeskStore
import XCTest

/// How long a handover snapshot takes on a real desk. Skipped unless HELPDESK_HANDOVER_BENCH_DB
/// names a database, e.g. one made by `helpdesk demo --tickets 100000 --db /tmp/100k.sqlite`.
final class HandoverBenchmarkTests: XCTestCase {
    func testSnapshotTime() throws {
        guard let path = ProcessInfo.processInfo.environment["HELPDESK_HANDOVER_BENCH_DB"] else {
            throw XCTSkip("set HELPDESK_HANDOVER_BENCH_DB to a demo database to run")
        }
        let store = try HelpdeskStore(path: path)
        let now = Date()
        var times: [Double] = []
        var snapshot: HandoverSnapshot?
        for _ in 0..<11 {
            let start = DispatchTime.now().uptimeNanoseconds
            snapshot = try store.handoverSnapshot(since: now.addingTimeInterval(-12 * 3600), now: now)
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        let sorted = times.sorted()
        print(String(format: "handover snapshot on %d tickets: median %.1f ms, max %.1f ms", try store.ticketCount(), sorted[5], sorted[10]))
        XCTAssertGreaterThan(snapshot?.loads.count ?? 0, 0)
    }
}
