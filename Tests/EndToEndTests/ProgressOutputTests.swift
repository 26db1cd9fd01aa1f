import Foundation
import XCTest

/// Long commands report progress on standard error when it is not a terminal: plain lines,
/// one per update with HELPDESK_PROGRESS_INTERVAL=0, and standard output exactly as without them.
final class ProgressOutputTests: XCTestCase {
    private let every: [String: String?] = ["HELPDESK_PROGRESS_INTERVAL": "0"]

    /// An mbox of `count` new messages, each its own ticket.
    static func mbox(_ count: Int, at path: String) throws {
        var text = ""
        for n in 1...count {
            text += """
                From zw\(n)@example.cn Mon Nov 30 10:00:00 2026
                From: 张伟 <zw\(n)@example.cn>
                Subject: 打印机卡纸 \(n)
                Message-ID: <m\(n)@example.cn>
                Content-Type: text/plain; charset=utf-8

                第 \(n) 封邮件：三楼打印机卡纸。


                """
        }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    private func progressLines(_ stderr: String, _ phase: String) -> [String] {
        stderr.split(separator: "\n").map(String.init).filter { $0.hasPrefix("progress: \(phase)") }
    }

    func testDemoImportsAndExportsReportProgressAndKeepStandardOutputClean() throws {
        let hd = try BinaryRunner()
        let demo = try hd.run(["demo", "--tickets", "300"], environmentOverrides: every)
        XCTAssertEqual(demo.status, 0, demo.stderr)
        XCTAssertTrue(progressLines(demo.stderr, "demo").contains { $0.contains("300 of 300 tickets (100%)") }, demo.stderr)
        XCTAssertFalse(demo.stdout.contains("progress"), demo.stdout)
        XCTAssertEqual(demo.stdout.split(separator: "\n").count, 2, demo.stdout)

        let plain = try hd.run(["ticket", "export"])
        let export = try hd.run(["ticket", "export"], environmentOverrides: every)
        XCTAssertEqual(export.stdout, plain.stdout, "standard output is the same CSV with progress on")
        XCTAssertEqual(plain.stderr, "", "quick work prints no progress by default")
        XCTAssertTrue(progressLines(export.stderr, "ticket export").last?.contains("300 of 300 tickets (100%)") == true, export.stderr)

        let folder = hd.home + "/kb"
        let kbExport = try hd.run(["kb", "export", folder], environmentOverrides: every)
        XCTAssertEqual(kbExport.status, 0, kbExport.stderr)
        XCTAssertFalse(progressLines(kbExport.stderr, "kb export").isEmpty, kbExport.stderr)
        XCTAssertTrue(kbExport.stdout.hasPrefix("exported "), kbExport.stdout)
        let kbImport = try hd.run(["kb", "import", folder], environmentOverrides: every)
        XCTAssertEqual(kbImport.status, 0, kbImport.stderr)
        XCTAssertTrue(progressLines(kbImport.stderr, "kb import").contains { $0.contains("(100%)") }, kbImport.stderr)
        XCTAssertFalse(kbImport.stdout.contains("progress"))

        let csv = hd.home + "/tickets.csv"
        let header = "title,requester_name,requester_contact\r\n"
        try (header + (1...50).map { "网络断了 \($0),王伟,wang\($0)@example.cn\r\n" }.joined()).write(toFile: csv, atomically: true, encoding: .utf8)
        let imported = try hd.run(["ticket", "import", csv], environmentOverrides: every)
        XCTAssertEqual(imported.stdout, "imported 50 tickets (#301–#350)\n", imported.stderr)
        XCTAssertTrue(progressLines(imported.stderr, "ticket import").contains { $0.contains("50 of 50 tickets") }, imported.stderr)

        let resolved = try SQLiteShell(database: hd.database).lines("SELECT id FROM tickets WHERE status IN ('resolved', 'closed') ORDER BY id LIMIT 3")
        let surveys = hd.home + "/surveys.csv"
        try ("ticket_id,score,comment,at\n" + resolved.map { "\($0),5,很好,\n" }.joined()).write(toFile: surveys, atomically: true, encoding: .utf8)
        let survey = try hd.run(["survey", "import", surveys], environmentOverrides: every)
        XCTAssertEqual(survey.stdout, "imported \(resolved.count) survey results\n", survey.stderr)
        XCTAssertTrue(progressLines(survey.stderr, "survey import").contains { $0.contains("\(resolved.count) of \(resolved.count) results") }, survey.stderr)
    }

    func testMailImportReportAndBackupReportProgress() throws {
        let hd = try BinaryRunner()
        try hd.ok(["demo", "--tickets", "200"])
        let mbox = hd.home + "/inbox.mbox"
        try Self.mbox(5, at: mbox)
        let mail = try hd.run(["mail", "import", mbox], environmentOverrides: every)
        XCTAssertEqual(mail.status, 0, mail.stderr)
        XCTAssertEqual(progressLines(mail.stderr, "mail import").last.map { $0.contains("5 of 5 messages (100%)") }, true, mail.stderr)
        XCTAssertEqual(mail.stdout.split(separator: "\n").count, 6, "five messages and the summary: \(mail.stdout)")
        XCTAssertTrue(mail.stdout.hasSuffix("mail import: 5 created, 0 threaded, 0 skipped, 0 failed\n"), mail.stdout)

        let today = LocalDay.today
        let plain = try hd.run(["report", "--from", LocalDay.daysAgo(40), "--to", today, "--format", "csv"])
        let report = try hd.run(["report", "--from", LocalDay.daysAgo(40), "--to", today, "--format", "csv"], environmentOverrides: every)
        XCTAssertEqual(report.status, 0, report.stderr)
        XCTAssertEqual(report.stdout, plain.stdout, "the report itself is the same")
        let last = try XCTUnwrap(progressLines(report.stderr, "report").last, report.stderr)
        XCTAssertTrue(last.contains("(100%)") && last.contains(" rows "), last)

        let backup = try hd.run(["backup", hd.home + "/copy.sqlite"], environmentOverrides: every)
        XCTAssertEqual(backup.status, 0, backup.stderr)
        XCTAssertEqual(backup.stdout.split(separator: "\n").count, 1, backup.stdout)
        XCTAssertTrue(progressLines(backup.stderr, "backup").last?.contains("(100%)") == true, backup.stderr)
        XCTAssertEqual(try SQLiteShell(database: hd.home + "/copy.sqlite").lines("PRAGMA integrity_check"), ["ok"])

        let restore = try hd.run(["restore", hd.home + "/copy.sqlite"], environmentOverrides: every)
        XCTAssertEqual(restore.status, 0, restore.stderr)
        XCTAssertFalse(progressLines(restore.stderr, "restore: copying the backup").isEmpty, restore.stderr)
        XCTAssertFalse(progressLines(restore.stderr, "restore: writing the database").isEmpty, restore.stderr)
        XCTAssertTrue(restore.stdout.hasPrefix("restored "), restore.stdout)
    }
}

/// Local calendar days as the binary (same environment) sees them.
enum LocalDay {
    static var today: String { daysAgo(0) }

    static func daysAgo(_ days: Int) -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.locale = Locale(identifier: "en_US_POSIX")
        return formatter.string(from: Date().addingTimeInterval(-Double(days) * 86_400))
    }
}
