import Foundation
import HelpdeskCore
@testable import HelpdeskTUI
import XCTest

/// Saved views in the console: saving the view on screen, switching to it like a built-in view,
/// removing or unsharing it, and the tab bar at 80 and 120 columns.
final class SavedViewConsoleTests: XCTestCase {
    private func view(_ id: Int64, _ name: String, owner: String = "lin", base: QueueView = .open, filter: String = "",
                      sort: QueueSort = .due, shared: Bool = false) -> SavedView {
        SavedView(id: id, owner: owner, name: name, base: base, filter: filter, sort: sort, isShared: shared, createdAt: Fixtures.now)
    }

    private func source(with views: [SavedView]) -> InMemoryDataSource {
        let source = Fixtures.source()
        source.savedViewBook.views = views
        source.savedViewBook.nextID = (views.map(\.id).max() ?? 0) + 1
        return source
    }

    private func type(_ text: String, into app: ConsoleApp) {
        for character in text { app.handle(.char(character)) }
    }

    func testSavingTheFilteredSortedViewMakesTabEight() {
        let source = Fixtures.source()
        let (app, terminal) = Fixtures.console(cols: 120, rows: 40, source: source)
        app.handle(.char("/"))
        type("打印机", into: app)
        app.handle(.enter)
        app.handle(.char("s"))
        XCTAssertEqual(app.state.sort, .priority)
        app.handle(.char("v"))
        XCTAssertTrue(terminal.text().joined(separator: "\n").contains("All open · “打印机” · by priority"), "the dialog says what is saved")
        type("打印机", into: app)
        app.handle(.enter)
        XCTAssertEqual(app.state.saved.dialog?.step, .share, "a lead is asked whether to share")
        app.handle(.char("n"))
        XCTAssertNil(app.state.saved.dialog)
        let stored = source.savedViewBook.views
        XCTAssertEqual(stored.map(\.name), ["打印机"])
        XCTAssertEqual(stored.first?.filter, "打印机")
        XCTAssertEqual(stored.first?.sort, .priority)
        XCTAssertEqual(stored.first?.isShared, false)
        XCTAssertEqual(app.state.activeSavedView?.name, "打印机")
        XCTAssertEqual(app.state.message?.text, "Saved “打印机” as tab 8")
        XCTAssertTrue(terminal.text()[0].contains("8 打印机 1"), terminal.text()[0])
        assertGolden(terminal.text(), named: "saved-view-saved-120x40")
    }

    func testAnAgentIsNotAskedToShareAndAUsedNameAsksToReplace() {
        let source = source(with: [view(1, "mine p1", owner: "alice", base: .mine)])
        let (app, _) = Fixtures.console(cols: 120, rows: 40, user: "alice", role: .agent, source: source)
        app.handle(.char("3"))
        app.handle(.char("v"))
        type("mine p1", into: app)
        app.handle(.enter)
        XCTAssertEqual(app.state.saved.dialog?.step, .replace, "no share question for an agent; the name is taken")
        app.handle(.char("n"))
        guard case let .name(field)? = app.state.saved.dialog?.step else { return XCTFail("back to the name") }
        XCTAssertEqual(field.text, "mine p1")
        app.handle(.enter)
        app.handle(.char("y"))
        XCTAssertEqual(source.savedViewBook.views.map(\.base), [.open], "replaced in place")
        XCTAssertEqual(source.savedViewBook.views.map(\.id), [1])
    }

    func testABuiltInNameIsRefusedAndTheDialogStaysOpen() {
        let (app, _) = Fixtures.console(cols: 120, rows: 40)
        app.handle(.char("v"))
        type("open", into: app)
        app.handle(.enter)
        XCTAssertEqual(app.state.message?.kind, .error)
        XCTAssertEqual(app.state.message?.text, "“open” is the name of the built-in view All open; choose another name")
        XCTAssertNotNil(app.state.saved.dialog, "what was typed is kept to correct")
        app.handle(.escape)
        app.handle(.char("y"))
        XCTAssertNil(app.state.saved.dialog)
    }

    func testNumberAndArrowKeysSwitchBetweenBuiltInAndSavedViews() {
        let source = source(with: [view(1, "打印机", filter: "打印机", sort: .priority), view(2, "VPN", base: .escalated, filter: "vpn", shared: true)])
        let (app, terminal) = Fixtures.console(cols: 120, rows: 40, source: source)
        app.handle(.char("s"))
        XCTAssertEqual(app.state.sort, .priority)
        app.handle(.char("s"))
        app.handle(.char("8"))
        XCTAssertEqual(app.state.view, .open)
        XCTAssertEqual(app.state.filter, "打印机")
        XCTAssertEqual(app.state.sort, .priority)
        XCTAssertEqual(app.state.rows.map(\.id), [1050])
        XCTAssertTrue(app.state.tabs(width: 120).first { $0.savedViewID == 1 }?.isActive == true)
        app.handle(.right)
        XCTAssertEqual(app.state.activeSavedView?.name, "VPN")
        XCTAssertEqual(app.state.rows.map(\.id), [1045])
        XCTAssertTrue(terminal.text()[0].contains("9 @VPN 1"), terminal.text()[0])
        app.handle(.right)
        XCTAssertEqual(app.state.view, .mine, "round to the first view")
        XCTAssertEqual(app.state.filter, "", "leaving a saved view gives the filter back")
        XCTAssertEqual(app.state.sort, .updated, "and the sort in use before it")
        app.handle(.left)
        XCTAssertEqual(app.state.activeSavedView?.id, 2)
        app.handle(.char("s"))
        XCTAssertNil(app.state.activeSavedView, "a changed sort is no longer the saved view")
        XCTAssertTrue(app.state.tabs(width: 120).first { $0.view == .escalated && $0.savedViewID == nil }?.isActive == true)
        app.handle(.char("9"))
        XCTAssertEqual(app.state.sort, .due, "the saved view again, as saved")
        app.handle(.char("1"))
        XCTAssertEqual(app.state.sort, .updated)
        XCTAssertEqual(app.state.filter, "")
    }

    func testANumberWithoutAViewSaysHowToSaveOne() {
        let (app, _) = Fixtures.console(cols: 120, rows: 40)
        app.handle(.char("9"))
        XCTAssertEqual(app.state.message?.text, "No view 9: press v to save the view on screen as a tab")
        XCTAssertEqual(app.state.view, .open)
    }

    func testALeadUnsharesAColleaguesSharedViewAndAnAgentIsRefused() {
        let shared = view(1, "VPN", owner: "wang", filter: "vpn", shared: true)
        let agentSource = source(with: [shared])
        let (agentApp, _) = Fixtures.console(cols: 120, rows: 40, user: "alice", role: .agent, source: agentSource)
        agentApp.handle(.char("8"))
        agentApp.handle(.char("V"))
        XCTAssertNil(agentApp.state.saved.dialog)
        XCTAssertEqual(agentApp.state.message?.text, "not allowed: “VPN” was shared by wang; only its owner, a lead or an admin can change or remove it")
        XCTAssertEqual(agentSource.recordedCalls, [.denied(actor: "alice", ticketID: nil, action: "view remove VPN")], "the refusal is audited")

        let source = source(with: [shared])
        let (app, terminal) = Fixtures.console(cols: 120, rows: 40, source: source)
        app.handle(.char("8"))
        app.handle(.char("V"))
        XCTAssertTrue(terminal.text().joined(separator: "\n").contains("u unshare · d delete · Esc keep"))
        app.handle(.char("u"))
        XCTAssertEqual(source.savedViewBook.views.first?.isShared, false)
        XCTAssertEqual(app.state.saved.views, [], "lin no longer sees wang's view")
        XCTAssertEqual(app.state.message?.text, "“VPN” is no longer shared; it stays wang's own view")
        XCTAssertEqual(app.state.filter, "vpn", "the tickets stay on screen under the base view")
    }

    func testDeletingOnesOwnView() {
        let source = source(with: [view(1, "打印机", filter: "打印机")])
        let (app, _) = Fixtures.console(cols: 120, rows: 40, source: source)
        app.handle(.char("V"))
        XCTAssertEqual(app.state.message?.text, "Switch to a saved view's tab (8, 9 …) to delete it")
        app.handle(.char("8"))
        app.handle(.char("V"))
        app.handle(.char("n"))
        XCTAssertEqual(source.savedViewBook.views.count, 1, "n keeps it")
        app.handle(.char("V"))
        app.handle(.char("y"))
        XCTAssertEqual(source.savedViewBook.views, [])
        XCTAssertEqual(app.state.message?.text, "Deleted the view “打印机”")
    }

    func testTheTabOfASavedViewIsClickable() {
        let source = source(with: [view(1, "打印机", filter: "打印机")])
        let (app, _) = Fixtures.console(cols: 120, rows: 40, source: source)
        let tab = app.state.tabs(width: 120).first { $0.savedViewID == 1 }!
        app.handle(.mouse(y: 0, x: tab.x + 1))
        XCTAssertEqual(app.state.activeSavedView?.id, 1)
    }

    /// Each tab count is a filtered count: a colleague's change reloads the list, not the counts,
    /// until the count interval passes; Ctrl-R and one's own save recount at once.
    func testCountsAreNotRecountedOnEveryChange() {
        let source = source(with: [view(1, "打印机", filter: "打印机")])
        let (app, _) = Fixtures.console(cols: 120, rows: 40, source: source)
        XCTAssertEqual(source.savedViewBook.countCalls, 1)
        XCTAssertEqual(app.state.saved.counts, [1: 1])
        source.update(id: 1043) { $0.title = "打印机 jams every morning" }
        app.tick()
        XCTAssertEqual(app.state.rows.count, 10, "the page follows the change")
        XCTAssertEqual(source.savedViewBook.countCalls, 1, "the counts wait for the interval")
        app.handle(.ctrl("r"))
        XCTAssertEqual(source.savedViewBook.countCalls, 2)
        XCTAssertEqual(app.state.saved.counts, [1: 2])
    }
}
