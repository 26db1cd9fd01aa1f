import Foundation
import HelpdeskCore
@testable import HelpdeskTUI
import XCTest

/// The handover screen: history, search, reading, writing, acknowledging, and the handover
/// waiting for the incoming lead when the console opens.
final class HandoverConsoleTests: XCTestCase {
    private func handover(by author: String, hoursAgo: Double, note: String, acknowledgedBy: String? = nil) -> Handover {
        let at = Fixtures.now.addingTimeInterval(-hoursAgo * 3600)
        let builder = HandoverSnapshotBuilder(now: at, since: at.addingTimeInterval(-12 * 3600), limit: 5)
        let snapshot = builder.build(open: Fixtures.rows, resolved: [], unassigned: 3,
                                     engineers: [Engineer(login: "alice", name: "Alice", loadCap: 4), Engineer(login: "bob", name: "鲍勃", loadCap: 6)],
                                     openByEngineer: ["alice": 4, "bob": 1, "carol": 1])
        return Handover(author: author, createdAt: at, shiftLabel: Handover.defaultShiftLabel(since: builder.since, until: at, timeZone: Fixtures.shanghai),
                        note: note, snapshot: snapshot, acknowledgedBy: acknowledgedBy,
                        acknowledgedAt: acknowledgedBy.map { _ in at.addingTimeInterval(600) }, ackReply: acknowledgedBy.map { _ in "收到" })
    }

    /// A source holding an acknowledged day handover (#1) and one from lin (#2), newest last.
    private func source(pendingFrom author: String? = nil) -> InMemoryDataSource {
        let source = Fixtures.source()
        source.handoverBook.add(handover(by: "wang", hoursAgo: 24, note: "白班：打印机卡纸已处理\nVPN 仍不稳定", acknowledgedBy: "lin"))
        source.handoverBook.add(handover(by: "lin", hoursAgo: 12, note: "Night shift: ERP outage #1048 still open; 钓鱼邮件已通报"))
        if let author {
            source.handoverBook.add(handover(by: author, hoursAgo: 0.5, note: "夜班交接：全楼网络中断 #1042 仍在处理，等运营商回复。\nKeep an eye on the VPN ticket #1045."))
        }
        return source
    }

    func testHShowsTheHistoryNewestFirstAndEnterReadsOne() throws {
        let (app, terminal) = Fixtures.console(cols: 120, rows: 40, source: source())
        XCTAssertNil(app.state.handover, "nothing waits for lin: the queue comes first")
        app.handle(.char("H"))
        XCTAssertEqual(app.state.handover?.items.map(\.id), [2, 1])
        assertGolden(terminal.text(), named: "handover-list-120x40")
        app.handle(.char("j"))
        app.handle(.enter)
        guard case let .reading(h)? = app.state.handover?.page else { return XCTFail("Enter reads the selected handover") }
        XCTAssertEqual(h.id, 1)
        XCTAssertTrue(terminal.text().contains { $0.contains("✓ Acknowledged by lin at 2026-03-01 09:10: 收到") })
        app.handle(.escape)
        XCTAssertEqual(app.state.handover?.page, .list)
        app.handle(.escape)
        XCTAssertNil(app.state.handover, "Esc on the history goes back to the queue")
    }

    func testAWaitingHandoverIsShownFirstAndAcknowledgedWithAReply() throws {
        let source = source(pendingFrom: "wang")
        let (app, terminal) = Fixtures.console(cols: 120, rows: 40, source: source)
        XCTAssertEqual(app.state.handover?.pendingID, 3)
        XCTAssertTrue(app.state.handover?.isShowingPending ?? false)
        assertGolden(terminal.text(), named: "handover-pending-120x40")
        app.handle(.enter)
        guard case .replying? = app.state.handover?.page else { return XCTFail("Enter asks for a reply") }
        for c in "收到，我来跟进" { app.handle(.char(c)) }
        assertGolden(terminal.text(), named: "handover-reply-120x40")
        app.handle(.enter)
        XCTAssertEqual(source.handoverBook.calls.last, "ack 3 收到，我来跟进")
        XCTAssertEqual(source.handoverBook.all.last?.acknowledgedBy, "lin")
        XCTAssertEqual(app.state.message?.text, "Acknowledged handover #3 from wang")
        XCTAssertFalse(app.state.handover?.isShowingPending ?? true)
        XCTAssertTrue(terminal.text().contains { $0.contains("✓ Acknowledged by lin at 2026-03-02 09:00: 收到，我来跟进") })
    }

    func testAHandoverSavedWhileTheConsoleIsOpenIsAnnouncedOnce() {
        let source = source()
        let (app, _) = Fixtures.console(cols: 120, rows: 40, source: source)
        XCTAssertNil(app.state.handover)
        source.handoverBook.add(handover(by: "wang", hoursAgo: 0.1, note: "交班：#1042 等运营商"))
        source.lock.withLock { source.version += 1 }
        app.tick()
        XCTAssertNil(app.state.handover, "the lead's work is not covered by it")
        XCTAssertEqual(app.state.message?.text, "Handover #3 from wang is waiting for you: H to read and acknowledge it")
        app.state.message = nil
        source.lock.withLock { source.version += 1 }
        app.tick()
        XCTAssertNil(app.state.message, "announced once, not on every change")
    }

    func testLaterLeavesTheHandoverWaiting() {
        let source = source(pendingFrom: "wang")
        let (app, _) = Fixtures.console(cols: 120, rows: 40, source: source)
        app.handle(.escape)
        XCTAssertNil(app.state.handover)
        XCTAssertEqual(app.state.message?.text, "Handover #3 still waits for your acknowledgement; H opens the handovers")
        XCTAssertFalse(source.handoverBook.calls.contains { $0.hasPrefix("ack") })
        XCTAssertNil(source.handoverBook.all.last?.acknowledgedBy)
    }

    func testAgentsAreNeverAskedAndMayNotWrite() {
        let source = source(pendingFrom: "wang")
        let (app, _) = Fixtures.console(cols: 120, rows: 40, user: "alice", role: .agent, source: source)
        XCTAssertNil(app.state.handover, "agents read handovers but are not asked to acknowledge")
        app.handle(.char("H"))
        XCTAssertEqual(app.state.handover?.items.count, 3, "agents may read the history")
        app.handle(.char("n"))
        XCTAssertEqual(app.state.handover?.page, .list)
        XCTAssertEqual(app.state.message, .init("not allowed: only a lead or an admin can write a shift handover; agents may read them", kind: .error))
        app.handle(.char("a"))
        XCTAssertEqual(app.state.message?.text, "not allowed: only a lead or an admin can acknowledge a handover")
    }

    func testAcknowledgingYourOwnHandoverIsRefusedBeforeAnythingIsTyped() {
        let source = source()
        let (app, _) = Fixtures.console(cols: 120, rows: 40, source: source)
        app.handle(.char("H"))
        app.handle(.enter)
        app.handle(.char("a"))
        guard case .reading? = app.state.handover?.page else { return XCTFail("no reply prompt for one's own handover") }
        XCTAssertEqual(app.state.message, .init("not allowed: you wrote handover #2; the incoming lead must acknowledge it, not its author", kind: .error))
        XCTAssertFalse(source.handoverBook.calls.contains { $0.hasPrefix("ack") })
    }

    func testWritingTheNoteInTheEditorSavesItWithTheSnapshot() throws {
        let source = source()
        let (app, terminal) = Fixtures.console(cols: 120, rows: 40, source: source)
        app.handle(.char("H"))
        app.handle(.char("n"))
        for c in "夜班：ERP 宕机 #1048 已恢复" { app.handle(.char(c)) }
        app.handle(.enter)
        for c in "Printer jams: 联系厂商" { app.handle(.char(c)) }
        assertGolden(terminal.text(), named: "handover-editor-120x40")
        app.handle(.ctrl("s"))
        XCTAssertEqual(source.handoverBook.calls.filter { $0.hasPrefix("save") }, ["save 夜班：ERP 宕机 #1048 已恢复\nPrinter jams: 联系厂商"])
        guard case let .reading(saved)? = app.state.handover?.page else { return XCTFail("the saved handover is shown") }
        XCTAssertEqual(saved.id, 3)
        XCTAssertEqual(saved.snapshot.breached.tickets.map(\.id), [1042, 1052])
        XCTAssertEqual(app.state.handover?.items.first?.id, 3, "the history is reloaded")
        assertGolden(terminal.text(), named: "handover-saved-120x40")
    }

    func testEscInTheEditorKeepsNothingAndSavesNothing() {
        let source = source()
        let (app, _) = Fixtures.console(cols: 120, rows: 40, source: source)
        app.handle(.char("H"))
        app.handle(.char("n"))
        app.handle(.escape)
        XCTAssertEqual(app.state.handover?.page, .list, "Esc on an empty note closes the editor")
        XCTAssertEqual(app.state.message?.text, "The handover was not saved")
        XCTAssertFalse(source.handoverBook.calls.contains { $0.hasPrefix("save") })
    }

    func testTheEditorFollowsAResize() {
        let (app, terminal) = Fixtures.console(cols: 120, rows: 40, source: source())
        app.handle(.char("H"))
        app.handle(.char("n"))
        for c in "网络" { app.handle(.char(c)) }
        terminal.resize(to: TerminalSize(rows: 24, cols: 80))
        app.handle(.resize)
        guard case let .writing(prompt)? = app.state.handover?.page, case let .block(editor) = prompt.input else {
            return XCTFail("still writing after the resize")
        }
        XCTAssertEqual(editor.viewport, Prompt.widgetSize(multiLine: true, cols: 80, rows: 24, reserved: 1))
        XCTAssertEqual(editor.text, "网络", "nothing typed is lost")
        XCTAssertTrue(terminal.text().contains { $0.contains("│ 网络") })
    }

    func testSlashSearchesTheNotes() {
        let source = source()
        let (app, terminal) = Fixtures.console(cols: 120, rows: 40, source: source)
        app.handle(.char("H"))
        app.handle(.char("/"))
        for c in "打印" { app.handle(.char(c)) }
        XCTAssertEqual(source.handoverBook.calls.suffix(2), ["list 打", "list 打印"])
        XCTAssertEqual(app.state.handover?.items.map(\.id), [1])
        XCTAssertTrue(terminal.text()[1].contains("Search: 打印"))
        app.handle(.enter)
        app.handle(.enter)
        guard case let .reading(h)? = app.state.handover?.page else { return XCTFail("Enter keeps the search, Enter again reads") }
        XCTAssertEqual(h.id, 1)
        app.handle(.escape)
        app.handle(.escape)
        XCTAssertEqual(app.state.handover?.search, "", "Esc clears the search first")
        XCTAssertEqual(app.state.handover?.items.map(\.id), [2, 1])
        app.handle(.char("/"))
        for c in "nothing here" { app.handle(.char(c)) }
        XCTAssertTrue(terminal.text().contains { $0.contains("No handover matches “nothing here”.") })
    }

    func testReadingScrollsWithinTheHandover() {
        let (app, terminal) = Fixtures.console(cols: 100, rows: 24, source: source(pendingFrom: "wang"))
        let total = HandoverDocument.lineCount(app.state.handover!.current!, width: 100)
        XCTAssertGreaterThan(total, app.state.handoverPageRows)
        app.handle(.char("G"))
        XCTAssertEqual(app.state.handover?.scroll, total - app.state.handoverPageRows)
        XCTAssertTrue(terminal.text()[0].hasSuffix("\(total - 20)–\(total)/\(total)"), terminal.text()[0])
        app.handle(.char("j"))
        XCTAssertEqual(app.state.handover?.scroll, total - app.state.handoverPageRows, "no scrolling past the end")
        app.handle(.char("g"))
        XCTAssertEqual(app.state.handover?.scroll, 0)
    }
}
