import HelpdeskCore
@testable import HelpdeskTUI
import XCTest

/// Golden screens of the ticket detail and the action dialogs, with Chinese text throughout.
final class DetailGoldenTests: XCTestCase {
    func testFocusedDetailWithChineseTimelineAt120x40() {
        let (app, terminal, _) = DetailFixtures.console(cols: 120, rows: 40)
        app.handle(.enter)
        assertGolden(terminal.text(), named: "detail-focused-120x40")
    }

    func testFocusedDetailScrolledToTheEndAt120x40() {
        let (app, terminal, _) = DetailFixtures.console(cols: 120, rows: 40)
        app.type([.enter, .char("G")])
        assertGolden(terminal.text(), named: "detail-end-120x40")
    }

    func testDetailWithChineseTimelineAt200x50() {
        let (app, terminal, _) = DetailFixtures.console(cols: 200, rows: 50)
        app.handle(.tab)
        assertGolden(terminal.text(), named: "detail-timeline-200x50")
    }

    func testStatusPickerAt120x40() {
        let (app, terminal, _) = DetailFixtures.console(cols: 120, rows: 40)
        app.handle(.char("S"))
        assertGolden(terminal.text(), named: "status-picker-120x40")
    }

    func testAssignPickerWithExplanationsAt120x40() {
        let (app, terminal, _) = DetailFixtures.console(cols: 120, rows: 40)
        app.type([.char("j"), .char("j"), .char("a")])
        assertGolden(terminal.text(), named: "assign-picker-120x40")
    }

    func testReplyEditorWithChineseTextAt120x40() {
        let (app, terminal, _) = DetailFixtures.console(cols: 120, rows: 40)
        app.handle(.char("r"))
        app.type("王先生您好，网络已恢复，请确认。")
        app.handle(.enter)
        app.type("Network is back; please confirm.")
        assertGolden(terminal.text(), named: "reply-editor-120x40")
    }

    func testRefusedActionAt120x40() {
        let (app, terminal, _) = DetailFixtures.console(cols: 120, rows: 40, user: "alice")
        app.type([.char("3"), .char("j"), .char("j"), .char("a")])
        assertGolden(terminal.text(), named: "refused-assign-120x40")
    }
}
