import Foundation
@testable import HelpdeskCore
import XCTest

/// The snapshot builder, the shift rules, the access checks and the Markdown export.
final class HandoverTests: XCTestCase {
    private let now = Date(timeIntervalSince1970: 1_780_279_200)  // 2026-06-01 02:00 UTC, 10:00 in Shanghai
    private let shanghai = TimeZone(identifier: "Asia/Shanghai")!

    private func row(_ id: Int64, _ priority: Priority, _ status: TicketStatus = .inProgress, dueIn: Double? = 3600,
                     riskIn: Double? = nil, assignee: String? = "alice", title: String = "ticket", major: Bool = false) -> QueueRow {
        QueueRow(id: id, priority: priority, status: status, dueAt: dueIn.map { now.addingTimeInterval($0) },
                 riskAt: (riskIn ?? dueIn.map { $0 - 900 }).map { now.addingTimeInterval($0) }, assignee: assignee,
                 category: .network, requester: "张三", title: title, tags: [], isMajorIncident: major, updatedAt: now, version: 1)
    }

    func testBuilderSortsTicketsIntoEverySectionTheyBelongTo() {
        let builder = HandoverSnapshotBuilder(now: now, since: now.addingTimeInterval(-3600), limit: 10)
        let open = [
            row(1, .p1, dueIn: -60),                          // breached P1
            row(2, .p2, dueIn: 600),                          // at risk P2 (risk 15 min before due)
            row(3, .p3, .escalated, dueIn: 7200),             // escalated, on track
            row(4, .p4, dueIn: -10, major: false),            // breached P4
            row(5, .p3, dueIn: nil),                          // paused: no clock
            row(6, .p2, dueIn: 5000, major: true),            // major P2 on track
            row(1, .p1, dueIn: -60),                          // the same ticket read twice
            row(7, .p1, .resolved, dueIn: -60),               // not open: ignored
        ]
        let resolved = [(row: row(8, .p3, .resolved), resolvedAt: now.addingTimeInterval(-60)),
                        (row: row(9, .p2, .closed), resolvedAt: now.addingTimeInterval(-7200)),
                        (row: row(10, .p1, .resolved), resolvedAt: now.addingTimeInterval(-30))]
        let snap = builder.build(open: open, resolved: resolved, unassigned: 4,
                                 engineers: [], openByEngineer: [:])
        XCTAssertEqual(snap.highPriority.tickets.map(\.id), [6, 1, 2], "major incidents first, then priority and deadline")
        XCTAssertEqual(snap.breached.tickets.map(\.id), [1, 4])
        XCTAssertEqual(snap.atRisk.tickets.map(\.id), [2])
        XCTAssertEqual(snap.escalated.tickets.map(\.id), [3])
        XCTAssertEqual(snap.resolved.tickets.map(\.id), [10, 8], "only since the shift began, newest first")
        XCTAssertNil(snap.resolved.tickets[0].dueAt)
        XCTAssertEqual(snap.resolved.tickets[0].resolvedAt, now.addingTimeInterval(-30))
        XCTAssertEqual(snap.unassigned, 4)
        XCTAssertEqual(snap.takenAt, now)
    }

    func testBuilderKeepsTheFirstFewButTheWholeTotal() {
        let builder = HandoverSnapshotBuilder(now: now, since: now, limit: 2)
        let open = (1...5).map { row(Int64($0), .p1, dueIn: Double(-$0 * 60)) }
        let snap = builder.build(open: open, resolved: [], unassigned: 0, engineers: [], openByEngineer: [:],
                                 totals: .init(highPriority: 40, breached: 3))
        XCTAssertEqual(snap.breached.tickets.map(\.id), [5, 4], "the longest overdue first")
        XCTAssertEqual(snap.breached.total, 5, "a counted total is never below what was seen")
        XCTAssertEqual(snap.highPriority.total, 40)
        XCTAssertEqual(snap.highPriority.omitted, 38)
    }

    func testLoadsListTheBusiestShareOfTheCapFirst() {
        let team = [Engineer(login: "alice", name: "Alice", loadCap: 10), Engineer(login: "bob", name: "鲍勃", loadCap: 2),
                    Engineer(login: "carol", name: "Carol", loadCap: 5, isActive: false), Engineer(login: "dan", name: "Dan", loadCap: 4)]
        let loads = HandoverSnapshotBuilder.loads(engineers: team, open: ["alice": 5, "bob": 3, "ghost": 1])
        XCTAssertEqual(loads.map(\.login), ["ghost", "bob", "alice", "dan"], "an inactive engineer with no tickets is left out")
        XCTAssertTrue(loads[1].isOverCap)
        XCTAssertEqual(loads[2].ratio, 0.5)
    }

    func testTheShiftStartsAtTheRosterThenThePreviousHandoverThenTwelveHoursAgo() {
        let roster = now.addingTimeInterval(-8 * 3600)
        let previous = now.addingTimeInterval(-3 * 3600)
        XCTAssertEqual(Handover.shiftStart(known: roster, previousHandover: previous, now: now), roster)
        XCTAssertEqual(Handover.shiftStart(known: nil, previousHandover: previous, now: now), previous)
        XCTAssertEqual(Handover.shiftStart(known: nil, previousHandover: nil, now: now), now.addingTimeInterval(-12 * 3600))
        XCTAssertEqual(Handover.shiftStart(known: now.addingTimeInterval(60), previousHandover: nil, now: now),
                       now.addingTimeInterval(-12 * 3600), "a start in the future is no start")
        XCTAssertEqual(Handover.defaultShiftLabel(since: now.addingTimeInterval(-2 * 3600), until: now, timeZone: shanghai), "2026-06-01 08:00–10:00")
    }

    func testOnlyAnotherLeadAcknowledges() throws {
        let handover = Handover(id: 3, author: "lilei", createdAt: now, shiftLabel: "", note: "n", snapshot: HandoverSnapshot(takenAt: now, since: now))
        XCTAssertThrowsError(try AccessPolicy.checkWriteHandover(by: Actor(login: "a", role: .agent)))
        XCTAssertNoThrow(try AccessPolicy.checkWriteHandover(by: Actor(login: "l", role: .lead)))
        XCTAssertEqual(catchError { try AccessPolicy.checkAcknowledgeHandover(handover, by: Actor(login: "lilei", role: .lead)) },
                       .denied("you wrote handover #3; the incoming lead must acknowledge it, not its author"))
        XCTAssertEqual(catchError { try AccessPolicy.checkAcknowledgeHandover(handover, by: Actor(login: "amy", role: .agent)) },
                       .denied("only a lead or an admin can acknowledge a handover"))
        XCTAssertNoThrow(try AccessPolicy.checkAcknowledgeHandover(handover, by: Actor(login: "hanmeimei", role: .admin)))
        var done = handover
        done.acknowledgedBy = "hanmeimei"
        done.acknowledgedAt = now
        XCTAssertEqual(catchError { try AccessPolicy.checkAcknowledgeHandover(done, by: Actor(login: "zhou", role: .lead)) },
                       .invalid("handover #3 was already acknowledged by hanmeimei"))
    }

    func testMarkdownExportAlignsChineseAndKeepsTablesIntact() throws {
        var snap = HandoverSnapshot(takenAt: now, since: now.addingTimeInterval(-12 * 3600))
        snap.highPriority = HandoverList(tickets: [
            HandoverTicket(id: 7, priority: .p1, status: .inProgress, assignee: "alice", title: "服务器宕机 | core", dueAt: now.addingTimeInterval(-60)),
            HandoverTicket(id: 12, priority: .p2, status: .assigned, assignee: nil, title: "VPN \u{1B}[31mslow", dueAt: now.addingTimeInterval(3600)),
        ], total: 3)
        snap.loads = [HandoverLoad(login: "lilei", name: "李雷", open: 9, cap: 8)]
        let handover = Handover(id: 4, author: "lilei", createdAt: now, shiftLabel: "白班", note: "交接：\n- 服务器宕机仍在处理\n- VPN ok",
                                snapshot: snap, acknowledgedBy: "hanmeimei", acknowledgedAt: now.addingTimeInterval(300), ackReply: "收到")
        let text = HandoverMarkdown.render(handover, authorName: "李雷", timeZone: shanghai)
        let lines = text.components(separatedBy: "\n")
        XCTAssertEqual(lines.first, "# Shift handover 交接班 #4 — 白班")
        XCTAssertTrue(lines.contains("- **Written by:** lilei (李雷) at 2026-06-01 10:00 (Asia/Shanghai)"))
        XCTAssertTrue(lines.contains("- **Acknowledged by:** hanmeimei at 2026-06-01 10:05"))
        XCTAssertTrue(lines.contains("- 服务器宕机仍在处理"), "the note keeps its lines")
        XCTAssertTrue(lines.contains("| Open P1/P2          |     3 |"))
        let table = lines.drop { $0 != "## Open P1/P2 高优先级 (3)" }.dropFirst(2).prefix(4).map { $0 }
        XCTAssertEqual(table, [
            "|   # | P   | Status      | Assignee | Due                      | Title              |",
            "| --: | --- | ----------- | -------- | ------------------------ | ------------------ |",
            "|   7 | P1  | in_progress | alice    | overdue 2026-06-01 09:59 | 服务器宕机 \\| core |",
            "|  12 | P2  | assigned    | —        | 2026-06-01 11:00         | VPN ␛[31mslow      |",
        ])
        XCTAssertEqual(Set(table.map(DisplayWidth.width(of:))).count, 1, "every row as wide as the header, Chinese included")
        XCTAssertTrue(lines.contains("…and 1 more."))
        XCTAssertTrue(lines.contains("| lilei    | 李雷 |    9 |   8 | 113% over cap |"))
        XCTAssertTrue(lines.contains("_No ticket has breached its SLA._"))
        XCTAssertFalse(text.contains("\u{1B}"), "no escape sequence reaches the file")
    }

    private func catchError(_ body: () throws -> Void) -> WorkflowError? {
        do { try body() } catch { return error as? WorkflowError }
        return nil
    }
}
