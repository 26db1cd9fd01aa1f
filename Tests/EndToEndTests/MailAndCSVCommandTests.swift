import Foundation
import XCTest

/// `helpdesk mail import` and `ticket import/export` as an administrator runs them.
final class MailAndCSVCommandTests: XCTestCase {
    private var me: String { String(cString: getpwuid(geteuid())!.pointee.pw_name) }
    private let fixtures = BinaryRunner.packageRoot.appendingPathComponent("Tests/HelpdeskMailTests/Fixtures").path

    func testMailImportReportsEachMessageAndSummarises() throws {
        let hd = try BinaryRunner()
        try hd.ok(["engineer", "add", me, "--name", "Admin", "--role", "admin", "--tier", "L2"])
        let paths = ["gbk.eml", "reply-in-reply-to.eml", "three.mbox"].map { fixtures + "/" + $0 }
        let first = try hd.run(["mail", "import"] + paths)
        XCTAssertNotEqual(first.status, 0, "a failed message makes the run end non-zero")
        XCTAssertTrue(first.stdout.contains("#1 created from \(fixtures)/gbk.eml"), first.stdout)
        XCTAssertTrue(first.stdout.contains("#1 reply from"), first.stdout)
        XCTAssertTrue(first.stdout.hasSuffix("mail import: 3 created, 1 threaded, 0 skipped, 1 failed\n"), first.stdout)
        XCTAssertTrue(first.stderr.contains("three.mbox message 2: no From header, so there is no requester"), first.stderr)
        let again = try hd.run(["mail", "import"] + paths)
        XCTAssertTrue(again.stdout.hasSuffix("mail import: 0 created, 0 threaded, 4 skipped, 1 failed\n"), again.stdout)
        let show = try hd.ok(["ticket", "show", "1"])
        XCTAssertTrue(show.contains("打印机卡纸，急") && show.contains("换了硒鼓还是卡。"), show)
        let notMaildir = try hd.fails(["mail", "import", "--watch", fixtures])
        XCTAssertTrue(notMaildir.contains("--watch takes exactly one Maildir folder"), notMaildir)
    }

    func testCSVExportImportRoundTripAndBadFileImportsNothing() throws {
        let hd = try BinaryRunner()
        try hd.ok(["engineer", "add", me, "--name", "Admin", "--role", "admin", "--tier", "L2"])
        try hd.ok(["ticket", "new", "--title", "打印机, 三楼 \"卡纸\"", "--description", "第一行\n第二行",
                   "--requester", "王伟", "--contact", "wang@example.cn", "--tag", "printer"])
        let exported = try hd.ok(["ticket", "export"])
        XCTAssertTrue(exported.contains("\"打印机, 三楼 \"\"卡纸\"\"\""), exported)

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("csv-e2e-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // Without ids, the same rows import as new tickets and export again identically.
        let withoutIDs = exported.replacingOccurrences(of: "\r\n1,", with: "\r\n,")
        try Data(("\u{FEFF}" + withoutIDs).utf8).write(to: URL(fileURLWithPath: folder + "/again.csv"))
        XCTAssertEqual(try hd.ok(["ticket", "import", folder + "/again.csv"]), "imported 1 ticket (#2–#2)\n")
        let second = try hd.ok(["ticket", "export", "-o", folder + "/out.csv"])
        XCTAssertEqual(second, "")
        let rows = try String(contentsOfFile: folder + "/out.csv", encoding: .utf8).components(separatedBy: "\r\n")
        XCTAssertEqual(rows[1].drop(while: { $0 != "," }), rows[2].drop(while: { $0 != "," }), "row for #1 and #2 differ only in id")

        let bad = "title,requester_name,requester_contact,priority\r\nfine,A,a@x.cn,\r\nbad,B,b@x.cn,P7\r\n"
        try Data(bad.utf8).write(to: URL(fileURLWithPath: folder + "/bad.csv"))
        let refused = try hd.run(["ticket", "import", folder + "/bad.csv"])
        XCTAssertNotEqual(refused.status, 0)
        XCTAssertTrue(refused.stderr.contains("line 3, column priority: “P7” is not one of P1, P2, P3, P4"), refused.stderr)
        XCTAssertTrue(refused.stderr.contains("nothing was imported"), refused.stderr)
        XCTAssertEqual(try hd.ok(["ticket", "import", folder + "/bad.csv", "--dry-run", "--skip-bad"]),
                       "dry run: 1 ticket would be imported, 1 bad row skipped; nothing changed\n")
        XCTAssertEqual(try hd.ok(["ticket", "import", folder + "/bad.csv", "--skip-bad"]), "imported 1 ticket (#3–#3), skipped 1 bad row\n")
    }
}
