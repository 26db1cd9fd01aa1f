import Foundation
import HelpdeskCore
@testable import HelpdeskTUI
import XCTest

/// The detail pane: when it loads, how it scrolls and focuses, and what its lines say.
final class DetailPaneTests: XCTestCase {
    private final class Clock: @unchecked Sendable {
        var now = Fixtures.now
    }

    func testTheDetailLoadsOnlyWhenTheSelectionOrTheDataChanges() {
        let source = DetailFixtures.source()
        let clock = Clock()
        let terminal = HeadlessTerminal(size: TerminalSize(rows: 40, cols: 120))
        let app = ConsoleApp(source: source, terminal: terminal,
                             configuration: ConsoleApp.Configuration(user: "lin", role: .lead, timeZone: Fixtures.shanghai),
                             now: { clock.now })
        app.start()
        XCTAssertEqual(source.reads(of: 1042), 1)
        for _ in 0..<5 {
            clock.now += 1.5
            app.tick()
        }
        XCTAssertEqual(source.reads(of: 1042), 1, "ticks reload the page, not the ticket")
        app.handle(.char("j"))
        XCTAssertEqual(source.reads(of: 1052), 1, "moving loads the newly selected ticket")
        app.handle(.char("k"))
        XCTAssertEqual(source.reads(of: 1042), 2)
        app.handle(.char("?"))
        app.handle(.char("?"))
        XCTAssertEqual(source.reads(of: 1042), 2, "keys that do not move the selection load nothing")
        source.update(id: 1042) { $0.title = "全楼网络中断（已恢复）" }
        app.tick()
        XCTAssertEqual(source.reads(of: 1042), 3, "another engineer's change reloads the detail")
        XCTAssertEqual(app.state.detail?.ticket.title, "全楼网络中断（已恢复）")
    }

    func testFocusScrollAndBack() {
        let (app, _, _) = DetailFixtures.console(cols: 120, rows: 40)
        XCTAssertEqual(app.state.layout.detailPlacement, .hidden)
        app.handle(.enter)
        XCTAssertEqual(app.state.focus, .detail)
        XCTAssertEqual(app.state.layout.detailPlacement, .below, "focusing shows the detail on a narrow screen")
        let pane = app.state.layout.detail!.height
        let lines = app.state.detail!.lines.count
        XCTAssertGreaterThan(lines, pane)
        app.handle(.char("j"))
        XCTAssertEqual(app.state.detailScroll, 1)
        XCTAssertEqual(app.state.selectedID, 1042, "j scrolls the ticket, it does not move the queue")
        app.handle(.char("G"))
        XCTAssertEqual(app.state.detailScroll, lines - pane)
        app.handle(.char("j"))
        XCTAssertEqual(app.state.detailScroll, lines - pane, "scrolling stops at the end")
        app.handle(.pageUp)
        XCTAssertEqual(app.state.detailScroll, max(0, lines - pane - (pane - 1)))
        app.handle(.char("g"))
        XCTAssertEqual(app.state.detailScroll, 0)
        app.handle(.escape)
        XCTAssertEqual(app.state.focus, .queue)
        XCTAssertEqual(app.state.layout.detailPlacement, .hidden, "a detail shown only for focus goes away again")
        app.handle(.tab)
        XCTAssertEqual(app.state.focus, .detail)
        app.handle(.tab)
        XCTAssertEqual(app.state.focus, .queue)
    }

    func testScrollPositionIsKeptOnReloadAndResetForAnotherTicket() {
        var state = ConsoleState(user: "lin", role: .lead, size: TerminalSize(rows: 40, cols: 120))
        state.selectedID = 1042
        XCTAssertEqual(state.update(with: .enter), [.reloadPage])
        let detail = TicketDetail(ticket: DetailFixtures.outage, timeline: DetailFixtures.outageTimeline, sla: .standard,
                                  timeZone: Fixtures.shanghai, width: state.detailTextWidth)
        state.setDetail(detail)
        _ = state.update(with: .char("j"))
        _ = state.update(with: .char("j"))
        _ = state.update(with: .char("j"))
        XCTAssertEqual(state.detailScroll, 3)
        state.setDetail(detail)
        XCTAssertEqual(state.detailScroll, 3)
        let other = TicketDetail(ticket: DetailFixtures.printer, timeline: [], sla: .standard, timeZone: Fixtures.shanghai,
                                 width: state.detailTextWidth)
        state.setDetail(other)
        XCTAssertEqual(state.detailScroll, 0)
    }

    func testNotesAreMarkedAndColouredApartFromReplies() {
        let detail = TicketDetail(ticket: DetailFixtures.outage, timeline: DetailFixtures.outageTimeline, sla: .standard,
                                  timeZone: Fixtures.shanghai, width: 100)
        let texts = detail.lines.compactMap { line -> [DetailSpan]? in if case let .text(spans) = line { spans } else { nil } }
        let noteHeaders = texts.filter { $0.contains { $0.text == DetailPane.noteLabel } }
        XCTAssertEqual(noteHeaders.count, 2)
        XCTAssertTrue(noteHeaders.allSatisfy { spans in spans.allSatisfy { $0.style.role == .note || $0.text.trimmingCharacters(in: .whitespaces).isEmpty } })
        let noteBody = texts.first { $0.contains { $0.text.contains("交换机电源模块告警") } }
        XCTAssertEqual(noteBody?.first, DetailSpan("┃ ", Style(.note, .bold)))
        XCTAssertEqual(noteBody?.last?.style, Style(.note))
        let replyBody = texts.first { $0.contains { $0.text.contains("备件已到") } }
        XCTAssertEqual(replyBody?.last?.style, .normal, "replies are plain text")
        XCTAssertTrue(texts.contains { $0.contains { $0.text == DetailPane.replyLabel } })
    }

    func testStrangersTextCannotReachTheTerminalRaw() {
        var ticket = DetailFixtures.printer
        ticket.title = "\u{1B}]52;c;ZWNobyBwd25lZA==\u{07}paste me"
        ticket.requester.name = "Eve\u{1B}[2J"
        let note = Comment(ticketID: 1043, author: "dave", kind: .note, body: "line\u{1B}[31m red\u{202E}reversed", createdAt: Fixtures.now)
        let detail = TicketDetail(ticket: ticket, timeline: [.comment(note)], sla: .standard, timeZone: Fixtures.shanghai, width: 80)
        let all = detail.lines.compactMap { line -> String? in
            if case let .text(spans) = line { spans.map(\.text).joined() } else { nil }
        }.joined(separator: "\n")
        XCTAssertFalse(all.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
        XCTAssertTrue(all.contains("␛]52;c;ZWNobyBwd25lZA==␇paste me"))
        XCTAssertTrue(all.contains("Eve␛[2J"))
    }

    func testClocksFollowTheirStateColours() {
        let (app, terminal, _) = DetailFixtures.console(cols: 200, rows: 50)
        let lines = terminal.text()
        func style(of text: String) -> Style? {
            guard let y = lines.firstIndex(where: { $0.contains(text) }), let range = lines[y].range(of: text) else { return nil }
            return terminal.screen.cell(y: y, x: DisplayWidth.width(of: lines[y][..<range.lowerBound]))?.style
        }
        XCTAssertEqual(style(of: "overdue 1h20m"), Style(.slaBreached, .bold))
        XCTAssertEqual(style(of: "met · due"), Style(.slaOK))
        XCTAssertEqual(style(of: "🔒 internal note"), Style(.note, .bold))
        XCTAssertEqual(app.state.detail?.ticket.id, 1042)
    }
}
