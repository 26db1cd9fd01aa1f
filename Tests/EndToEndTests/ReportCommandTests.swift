import Foundation
import XCTest

/// `helpdesk report`, `ticket survey` and `survey import/low` through the real binary.
final class ReportCommandTests: XCTestCase {
    private var me: String { String(cString: getpwuid(geteuid())!.pointee.pw_name) }

    /// Today in the local zone, as the binary (same environment) sees it.
    private var today: String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        let c = calendar.dateComponents([.year, .month, .day], from: Date())
        return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
    }

    private func desk() throws -> BinaryRunner {
        let hd = try BinaryRunner()
        try hd.ok(["engineer", "add", me, "--name", "管理员", "--role", "admin", "--tier", "L2"])
        try hd.ok(["ticket", "new", "--title", "打印机卡纸", "--requester", "张伟", "--contact", "zw@example.com", "--category", "hardware"])
        try hd.ok(["ticket", "new", "--title", "VPN 连不上", "--requester", "Emma", "--contact", "emma@example.com", "--category", "network"])
        try hd.ok(["ticket", "take", "1"])
        try hd.ok(["ticket", "resolve", "1", "--resolution", "清理卡纸"])
        return hd
    }

    func testSurveyRulesAndTheReopenHint() throws {
        let hd = try desk()
        let open = try hd.fails(["ticket", "survey", "2", "--score", "4"])
        XCTAssertEqual(open, "helpdesk: #2 is still open (new); survey it once it is resolved\n")
        let range = try hd.fails(["ticket", "survey", "1", "--score", "6"])
        XCTAssertTrue(range.contains("a satisfaction score is 1 to 5"), range)
        let low = try hd.ok(["ticket", "survey", "1", "--score", "2", "--comment", "太慢了"])
        XCTAssertTrue(low.contains("#1 satisfaction 2/5 recorded"), low)
        XCTAssertTrue(low.contains("helpdesk ticket reopen 1 --reason"), low)
        let show = try hd.ok(["ticket", "show", "1"])
        XCTAssertTrue(show.contains("Survey      2/5 ⚑ low, flagged for the lead · 太慢了"), show)
        let list = try hd.ok(["survey", "low"])
        XCTAssertTrue(list.contains("#1") && list.contains("打印机卡纸"), list)
    }

    func testSurveyImportReportsBadLinesByNumber() throws {
        let hd = try desk()
        let file = hd.home + "/surveys.csv"
        try "ticket_id,score,comment,at\n1,5,\"很好, 谢谢\",\n2,4,,\n1,0,,\n".write(toFile: file, atomically: true, encoding: .utf8)
        let result = try hd.run(["survey", "import", file])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertEqual(result.stdout, "imported 1 survey result\n")
        let lines = result.stderr.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 3, result.stderr)
        XCTAssertTrue(lines[0].hasSuffix("line 3: #2 is still open (new); survey it once it is resolved"), lines[0])
        XCTAssertTrue(lines[1].hasSuffix("line 4: score 0 is out of range; scores are 1 to 5"), lines[1])
        XCTAssertEqual(lines[2], "helpdesk: 2 lines were refused (listed above); correct them and import those lines again")
    }

    func testReportFormats() throws {
        let hd = try desk()
        try hd.ok(["ticket", "survey", "1", "--score", "5"])
        let json = try hd.ok(["report", "--from", today, "--to", today, "--format", "json", "--by", "category"])
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let total = try XCTUnwrap(object["total"] as? [String: Any])
        XCTAssertEqual(total["created"] as? Int, 2)
        XCTAssertEqual(total["resolved"] as? Int, 1)
        XCTAssertEqual((object["groups"] as? [[String: Any]])?.compactMap { $0["key"] as? String }, ["hardware", "network"])
        XCTAssertEqual(((total["satisfaction"] as? [String: Any])?["distribution"] as? [Int]), [0, 0, 0, 0, 1])

        let csv = try hd.ok(["report", "--from", today, "--to", today, "--format", "csv", "--by", "priority"])
        let rows = csv.split(separator: "\n").map(String.init)
        XCTAssertTrue(rows[0].hasPrefix("group,created,resolved,first_response_median_min,first_response_p90_min,"), rows[0])
        XCTAssertEqual(rows.last?.split(separator: ",", omittingEmptySubsequences: false).prefix(3).joined(separator: ","), "(total),2,1")

        let table = try hd.ok(["report", "--from", today, "--to", today, "--category", "hardware"])
        XCTAssertTrue(table.contains("category hardware"), table)
        let lines = table.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.contains { $0.hasPrefix("Tickets in (created) ") && $0.hasSuffix(" 1") }, table)
        XCTAssertTrue(lines.contains { $0.hasPrefix("Satisfaction average ") && $0.hasSuffix(" 5.00 of 1 answers (1: 0 · 2: 0 · 3: 0 · 4: 0 · 5: 1)") }, table)
        XCTAssertFalse(table.lowercased().contains("nan"), table)
    }

    func testBadPeriodsGetOneClearLine() throws {
        let hd = try desk()
        let bad = try hd.fails(["report", "--from", "2026-02-30", "--to", "2026-03-01"])
        XCTAssertEqual(bad, "helpdesk: --from \"2026-02-30\" is not a date; write it as YYYY-MM-DD, for example 2026-11-01\n")
        let reversed = try hd.fails(["report", "--from", "2026-11-30", "--to", "2026-11-01"])
        XCTAssertTrue(reversed.contains("ends earlier"), reversed)
        let nobody = try hd.fails(["report", "--from", "2026-11-01", "--to", "2026-11-30", "--engineer", "ghost"])
        XCTAssertTrue(nobody.contains("no engineer with login \"ghost\""), nobody)
        let empty = try hd.ok(["report", "--from", "2020-01-01", "--to", "2020-01-31"])
        XCTAssertTrue(empty.contains("First response median / p90  — / — (0 tickets)"), empty)
    }
}
