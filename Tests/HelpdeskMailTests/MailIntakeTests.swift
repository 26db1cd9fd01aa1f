import Foundation
import HelpdeskCore
import HelpdeskStore
import XCTest
@testable import HelpdeskMail

final class MailIntakeTests: XCTestCase {
    static let t0 = Date(timeIntervalSince1970: 1_780_279_200)
    private var store: HelpdeskStore!
    private var intake: MailIntake!

    override func setUpWithError() throws {
        store = try HelpdeskStore.temporary()
        let admin = Engineer(login: "root_admin", name: "Admin", role: .admin, tier: .l2)
        try store.addEngineer(admin, by: Actor(admin), at: Self.t0)
        try store.addEngineer(Engineer(login: "alice", name: "Alice", role: .agent, tier: .l1, skills: [.other]),
                              by: Actor(admin), at: Self.t0)
        intake = MailIntake(store: store, now: { Self.t0 })
    }

    private func take(_ name: String) throws -> MailOutcome { intake.take(try Fixture.bytes(name)) }

    func testNewMessageBecomesAnEmailTicketThroughTheRules() throws {
        XCTAssertEqual(try take("gbk.eml"), .created(ticketID: 1))
        let ticket = try store.ticket(id: 1)
        XCTAssertEqual(ticket.title, "打印机卡纸，急")
        XCTAssertEqual(ticket.description, "三楼的打印机每页都卡纸。\n请尽快处理。\n王伟")
        XCTAssertEqual(ticket.channel, .email)
        XCTAssertEqual(ticket.requester, Requester(name: "王伟", contact: "wang.wei@example.cn"))
        XCTAssertEqual(ticket.priorityReason, "impact medium × urgency medium", "priority rules ran")
        XCTAssertNil(ticket.assignee, "the support team has auto-assignment off, so the ticket waits in Unassigned")
        XCTAssertEqual(try store.events(ticketID: 1).first?.actor, "mail")
    }

    func testMailTicketsAreAutoAssignedWhenTheirTeamAsksForIt() throws {
        var support = try XCTUnwrap(try store.teams().first { $0.name == Team.defaultName })
        support.autoAssign = true
        try store.updateTeam(support, by: .system, at: Self.t0)
        XCTAssertEqual(try take("gbk.eml"), .created(ticketID: 1))
        XCTAssertEqual(try store.ticket(id: 1).assignee, "alice", "assigned by the engine like any new ticket of the team")
    }

    func testRepliesThreadByTagInReplyToAndReferences() throws {
        XCTAssertEqual(try take("alternative.eml"), .created(ticketID: 1))
        XCTAssertEqual(try take("gbk.eml"), .created(ticketID: 2))
        XCTAssertEqual(try take("quoted-printable.eml"), .created(ticketID: 3))
        XCTAssertEqual(try take("reply-tag.eml"), .threaded(ticketID: 1))
        XCTAssertEqual(try take("reply-in-reply-to.eml"), .threaded(ticketID: 2))
        XCTAssertEqual(try take("reply-references.eml"), .threaded(ticketID: 3))
        let reply = try XCTUnwrap(store.comments(ticketID: 2).last)
        XCTAssertEqual(reply.kind, .reply)
        XCTAssertEqual(reply.author, "wang.wei@example.cn")
        XCTAssertEqual(reply.body, "换了硒鼓还是卡。")
        XCTAssertEqual(try store.comments(ticketID: 1).map(\.body), ["Still jamming after the restart."], "quoted history cut")
        XCTAssertEqual(try store.ticketCount(), 3, "no reply became a ticket of its own")
        XCTAssertNil(try store.ticket(id: 1).firstResponseAt, "a customer's reply is not the desk's first response")
    }

    func testAStrangersTicketTagDoesNotWriteOnSomeoneElsesTicket() throws {
        XCTAssertEqual(try take("alternative.eml"), .created(ticketID: 1))
        let forged = "From: Mallory <mallory@evil.example>\r\nSubject: Re: [#1] Printer on floor 3 jams\r\nMessage-ID: <forged@evil.example>\r\n\r\nClose this please.\r\n"
        XCTAssertEqual(intake.take(Array(forged.utf8)), .created(ticketID: 2), "a new ticket of Mallory's own, not a reply on Alice's")
        XCTAssertEqual(try store.comments(ticketID: 1), [])
    }

    func testANulInTheBodyIsReplacedNotFatal() throws {
        let raw = "From: Alice <alice@example.com>\r\nSubject: NUL inside\r\nMessage-ID: <nul@example.com>\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nbefore=00after\r\n"
        XCTAssertEqual(intake.take(Array(raw.utf8)), .created(ticketID: 1))
        XCTAssertEqual(try store.ticket(id: 1).description, "before\u{FFFD}after")
    }

    func testReplyToPendingTicketResumesIt() throws {
        XCTAssertEqual(try take("alternative.eml"), .created(ticketID: 1))
        let lead = Actor(login: "root_admin", role: .admin, tier: .l2)
        _ = try store.perform(.changeStatus(.inProgress, text: nil), on: 1, expectedVersion: nil, by: lead, at: Self.t0)
        _ = try store.perform(.changeStatus(.pendingCustomer, text: "need the model"), on: 1, expectedVersion: nil, by: lead, at: Self.t0)
        XCTAssertEqual(try take("reply-tag.eml"), .threaded(ticketID: 1))
        XCTAssertEqual(try store.ticket(id: 1).status, .inProgress)
    }

    func testReimportIsSkipped() throws {
        XCTAssertEqual(try take("alternative.eml"), .created(ticketID: 1))
        XCTAssertEqual(try take("alternative.eml"), .skipped("already imported (Message-ID <alt-001@example.com>)"))
        XCTAssertEqual(try take("no-message-id.eml"), .created(ticketID: 2))
        XCTAssertEqual(try take("no-message-id.eml"), .skipped("already imported (same content)"), "digest stands in for the id")
        XCTAssertEqual(try store.ticketCount(), 2)
    }

    func testTitleIsOneLineAndEmptySubjectIsNamed() throws {
        let folded = "From: a@example.com\nSubject: =?UTF-8?Q?Re:_line_one=0Aline=09two?=\nMessage-ID: <t1@x>\n\nbody"
        XCTAssertEqual(intake.take(Array(folded.utf8)), .created(ticketID: 1))
        XCTAssertEqual(try store.ticket(id: 1).title, "line one line two")
        XCTAssertEqual(intake.take(Array("From: a@example.com\nMessage-ID: <t2@x>\n\nbody".utf8)), .created(ticketID: 2))
        XCTAssertEqual(try store.ticket(id: 2).title, "(no subject)")
        XCTAssertEqual(try store.ticket(id: 2).requester.name, "a", "no display name: the part before @")
    }

    func testAttachmentsAreRecordedNotStored() throws {
        XCTAssertEqual(try take("attachments.eml"), .created(ticketID: 1))
        XCTAssertEqual(try store.attachments(ticketID: 1), [
            .init(name: "故障报告.pdf", contentType: "application/pdf", size: 231),
            .init(name: "屏幕截图.png", contentType: "image/png", size: 69),
        ])
    }

    func testBrokenMessageFailsWithReasonAndSavesNothing() throws {
        XCTAssertEqual(try take("missing-boundary.eml"),
                       .failed("multipart/mixed without a boundary parameter: its parts cannot be told apart"))
        XCTAssertEqual(try store.ticketCount(), 0)
    }

    func testMboxImportsAroundTheBrokenMessage() throws {
        var lines: [String] = []
        let run = MailImportRun(intake: intake) { source, outcome in lines.append("\(source.split(separator: "/").last!) \(outcome)") }
        let summary = run.run([Fixture.path("three.mbox")])
        XCTAssertEqual(summary.line, "mail import: 2 created, 0 threaded, 0 skipped, 1 failed")
        XCTAssertEqual(lines[1], "three.mbox message 2 failed(\"no From header, so there is no requester\")")
        XCTAssertEqual(try store.ticket(id: 2).description,
                       "It keeps asking.\nFrom the start of the week, every hour.\n>From here on quoted.", ">From unescaped once")
        XCTAssertEqual(try store.ticket(id: 1).description, "It shows a black screen.", "the separating blank line is not body")
        XCTAssertEqual(run.run([Fixture.path("three.mbox")]).line, "mail import: 0 created, 0 threaded, 2 skipped, 1 failed")
    }

    func testMaildirReadsCurAndNewAndWatchMovesToCur() throws {
        let folder = try Fixture.copy("Maildir")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = MailImportRun(intake: intake) { _, _ in }
        XCTAssertEqual(run.run([folder]).line, "mail import: 2 created, 0 threaded, 0 skipped, 0 failed")
        let maildir = Maildir(path: folder)
        let file = try XCTUnwrap(maildir.messageFiles(includeCur: false).first)
        XCTAssertEqual(run.takeFile(file), .skipped("already imported (Message-ID <md-2@example.com>)"))
        let moved = try maildir.markSeen(file)
        XCTAssertTrue(moved.hasSuffix("/cur/1700000100.M2P2.host:2,S"))
        XCTAssertEqual(maildir.messageFiles(includeCur: false), [])
    }

    func testUnreadablePathsAreFailuresWithReasons() throws {
        var reasons: [String] = []
        let run = MailImportRun(intake: intake) { _, outcome in if case let .failed(reason) = outcome { reasons.append(reason) } }
        let summary = run.run(["/nonexistent/mail.eml", Fixture.folder])
        XCTAssertEqual(summary.failed, 2)
        XCTAssertEqual(reasons, ["no such file or folder", "a folder but not a Maildir (it has no cur/ or new/ inside)"])
    }
}
