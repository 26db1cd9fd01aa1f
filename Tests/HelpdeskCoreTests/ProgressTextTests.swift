import XCTest
@testable import HelpdeskCore

/// The progress line's text: bar, rate and time left on a terminal; plain sentences in logs.
final class ProgressTextTests: XCTestCase {
    func testTerminalBarShowsShareCountsRateAndTimeLeft() {
        let snapshot = ProgressSnapshot(done: 1200, total: 4800, unit: .items("messages"), elapsed: 4, phase: "mail import")
        let line = ProgressText.terminal(snapshot, width: 100)
        XCTAssertTrue(line.hasPrefix("mail import: "), line)
        XCTAssertTrue(line.contains(" 25% · 1200/4800 messages · 300/s · 12 s left"), line)
        let bar = line.filter { $0 == "█" || $0 == "░" }
        XCTAssertEqual(bar.count, 30, line)
        XCTAssertEqual(bar.filter { $0 == "█" }.count, 7, "a quarter of 30 cells, rounded down: \(line)")
    }

    func testTerminalLineNeverExceedsTheWidthAndDropsTheBarFirst() {
        let snapshot = ProgressSnapshot(done: 5, total: 10, unit: .items("tickets"), elapsed: 1, phase: "演示数据")
        for width in [20, 40, 60, 80] {
            let line = ProgressText.terminal(snapshot, width: width)
            XCTAssertLessThanOrEqual(line.displayWidth, width, "width \(width): \(line)")
        }
        XCTAssertFalse(ProgressText.terminal(snapshot, width: 40).contains("█"), "no room for a bar at 40 columns")
        XCTAssertTrue(ProgressText.terminal(snapshot, width: 80).contains("█"))
    }

    func testUnknownTotalShowsASpinnerCountRateAndElapsedTime() {
        let snapshot = ProgressSnapshot(done: 2500, total: nil, unit: .items("rows"), elapsed: 125)
        XCTAssertEqual(ProgressText.terminal(snapshot, tick: 0), "⠋ 2500 rows · 20/s · 2 min 05 s")
        XCTAssertEqual(ProgressText.terminal(snapshot, tick: 1), "⠙ 2500 rows · 20/s · 2 min 05 s", "the spinner turns")
        XCTAssertEqual(ProgressText.plain(snapshot), "progress: 2500 rows so far, 20/s, 2 min 05 s elapsed")
        XCTAssertNil(snapshot.remaining)
        XCTAssertNil(snapshot.share)
    }

    func testAStageWithNothingToCountShowsOnlyThatItIsAlive() {
        let snapshot = ProgressSnapshot(done: 0, total: nil, unit: .items("tickets"), elapsed: 7, phase: "demo: building indexes")
        XCTAssertEqual(ProgressText.terminal(snapshot, tick: 2), "demo: building indexes: ⠹ 7 s")
        XCTAssertEqual(ProgressText.plain(snapshot), "progress: demo: building indexes: 7 s elapsed")
    }

    func testPlainLineForLogs() {
        let snapshot = ProgressSnapshot(done: 30_000, total: 300_000, unit: .items("tickets"), elapsed: 10, phase: "demo")
        XCTAssertEqual(ProgressText.plain(snapshot), "progress: demo: 30000 of 300000 tickets (10%), 3000/s, about 1 min 30 s left")
        XCTAssertFalse(ProgressText.plain(snapshot).contains("\r"))
    }

    func testBytesAreShownAsSizes() {
        let snapshot = ProgressSnapshot(done: 12 * 1_048_576, total: 48 * 1_048_576, unit: .bytes, elapsed: 2, phase: "backup")
        XCTAssertEqual(ProgressText.plain(snapshot), "progress: backup: 12 MB of 48 MB (25%), 6.0 MB/s, about 6 s left")
        XCTAssertTrue(ProgressText.terminal(snapshot, width: 100).contains("12 MB/48 MB · 6.0 MB/s · 6 s left"))
        XCTAssertEqual(ProgressText.bytes(512), "512 B")
        XCTAssertEqual(ProgressText.bytes(1536), "1.5 KB")
    }

    func testTimeLeftAndItsEdges() {
        XCTAssertEqual(ProgressSnapshot(done: 0, total: 10, unit: .items("x"), elapsed: 3).remaining, nil, "no rate yet, no guess")
        XCTAssertEqual(ProgressSnapshot(done: 10, total: 10, unit: .items("x"), elapsed: 3).remaining, 0)
        XCTAssertEqual(ProgressSnapshot(done: 12, total: 10, unit: .items("x"), elapsed: 3).share, 1, "overshoot is capped")
        XCTAssertEqual(ProgressSnapshot(done: 0, total: 0, unit: .items("x"), elapsed: 0).share, 1, "nothing to do is done")
        XCTAssertTrue(ProgressText.terminal(ProgressSnapshot(done: 0, total: 10, unit: .items("x"), elapsed: 0)).hasSuffix("· …"))
        XCTAssertEqual(ProgressText.duration(59.4), "59 s")
        XCTAssertEqual(ProgressText.duration(3600 * 2 + 7 * 60), "2 h 07 min")
    }
}
