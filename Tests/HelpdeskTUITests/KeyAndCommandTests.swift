import CNCursesw
import HelpdeskCore
@testable import HelpdeskTUI
import XCTest

final class KeyAndCommandTests: XCTestCase {
    func testCharacterCodes() {
        XCTAssertEqual(Key.fromCharacterCode(0x6A), .char("j"))
        XCTAssertEqual(Key.fromCharacterCode(0x6253), .char("打"))
        XCTAssertEqual(Key.fromCharacterCode(0x1F600), .char("😀"))
        XCTAssertEqual(Key.fromCharacterCode(9), .tab)
        XCTAssertEqual(Key.fromCharacterCode(13), .enter, "nonl: Enter arrives as CR")
        XCTAssertEqual(Key.fromCharacterCode(10), .enter)
        XCTAssertEqual(Key.fromCharacterCode(27), .escape)
        XCTAssertEqual(Key.fromCharacterCode(127), .backspace)
        XCTAssertEqual(Key.fromCharacterCode(8), .backspace)
        XCTAssertEqual(Key.fromCharacterCode(18), .ctrl("r"))
        XCTAssertEqual(Key.fromCharacterCode(1), .ctrl("a"))
        XCTAssertNil(Key.fromCharacterCode(0))
        XCTAssertNil(Key.fromCharacterCode(0x9B), "C1 CSI is not a key")
        XCTAssertNil(Key.fromCharacterCode(0xD800), "a lone surrogate is not a character")
    }

    func testCursesKeyCodes() {
        XCTAssertEqual(Key.fromCursesKeyCode(KEY_UP), .up)
        XCTAssertEqual(Key.fromCursesKeyCode(KEY_NPAGE), .pageDown)
        XCTAssertEqual(Key.fromCursesKeyCode(KEY_PPAGE), .pageUp)
        XCTAssertEqual(Key.fromCursesKeyCode(KEY_HOME), .home)
        XCTAssertEqual(Key.fromCursesKeyCode(KEY_END), .end)
        XCTAssertEqual(Key.fromCursesKeyCode(KEY_BTAB), .backTab)
        XCTAssertEqual(Key.fromCursesKeyCode(KEY_BACKSPACE), .backspace)
        XCTAssertEqual(Key.fromCursesKeyCode(KEY_ENTER), .enter)
        XCTAssertEqual(Key.fromCursesKeyCode(KEY_RESIZE), .resize)
        XCTAssertEqual(Key.fromCursesKeyCode(hd_key_f(1)), .function(1))
        XCTAssertEqual(Key.fromCursesKeyCode(hd_key_f(12)), .function(12))
        XCTAssertNil(Key.fromCursesKeyCode(hd_key_f(13)))
        XCTAssertNil(Key.fromCursesKeyCode(KEY_MOUSE), "mouse events are decoded by the terminal")
    }

    func testLabels() {
        XCTAssertEqual(Key.ctrl("r").label, "Ctrl-R")
        XCTAssertEqual(Key.char(" ").label, "Space")
        XCTAssertEqual(Key.backTab.label, "S-Tab")
        XCTAssertEqual(Key.function(1).label, "F1")
    }

    func testStandardRegistryDispatch() {
        let registry = CommandRegistry.standard
        XCTAssertEqual(registry.command(for: .char("j"), in: .queue)?.id, .moveDown)
        XCTAssertEqual(registry.command(for: .char("3"), in: .queue)?.id, .selectView)
        XCTAssertEqual(registry.command(for: .char("q"), in: .detail)?.id, .quit, "global keys work in every pane")
        XCTAssertEqual(registry.command(for: .char("j"), in: .detail)?.id, .scrollDown, "j scrolls the ticket in the detail pane")
        XCTAssertEqual(registry.command(for: .escape, in: .detail)?.id, .back)
        XCTAssertEqual(registry.command(for: .escape, in: .queue)?.id, .clearFilter)
        XCTAssertEqual(registry.command(for: .char("r"), in: .queue)?.id, .reply, "actions work from the queue too")
        XCTAssertEqual(registry.command(for: .char("x"), in: .detail)?.id, .resolve)
        XCTAssertNil(registry.command(for: .char("s"), in: .detail), "sorting is a queue key")
        XCTAssertNil(registry.command(for: .char("z"), in: .queue))
    }

    func testPaneCommandWinsOverGlobalOne() throws {
        let registry = try CommandRegistry([
            Command(.quit, "Quit", keys: [.char("x")], panes: [.queue]),
            Command(.refresh, "Reload", keys: [.char("x")], panes: [.detail]),
            Command(.help, "Help", keys: [.char("h")]),
        ])
        XCTAssertEqual(registry.command(for: .char("x"), in: .queue)?.id, .quit)
        XCTAssertEqual(registry.command(for: .char("x"), in: .detail)?.id, .refresh)
    }

    func testConflictingKeysAreRefused() {
        XCTAssertThrowsError(try CommandRegistry([
            Command(.quit, "Quit", keys: [.char("q")]),
            Command(.cycleSort, "Sort", keys: [.char("s"), .char("q")], panes: [.queue]),
        ])) { error in
            XCTAssertEqual((error as? CommandRegistry.RegistryError)?.message, "key q is bound to both quit and cycle-sort")
        }
    }

    func testHintsAndHelpComeFromTheRegistry() {
        let registry = CommandRegistry.standard
        let hints = registry.hints(for: .queue)
        XCTAssertEqual(hints.first?.keys, "j/k")
        XCTAssertEqual(hints.map(\.title), ["Move", "Views", "Sort", "Filter", "Open", "KB", "Help", "Quit",
                                             "Take", "Reply", "Note", "Status", "Assign", "Resolve", "New", "Commands"])
        XCTAssertEqual(registry.hints(for: .detail).map(\.title), ["Scroll", "Back", "KB", "Help", "Quit",
                                                                   "Take", "Reply", "Note", "Status", "Assign", "Resolve", "New", "Commands"])
        let help = registry.helpLines(for: .queue)
        let everywhere = Set(Pane.allCases.flatMap { pane in registry.helpLines(for: pane).map(\.title) })
        XCTAssertEqual(everywhere.count, CommandID.allCases.count, "every command is in help")
        XCTAssertTrue(registry.helpLines(for: .detail).contains { $0.keys == "R/x" && $0.title.hasPrefix("Resolve") })
        XCTAssertTrue(help.contains { $0.keys == "PgDn/Ctrl-F" && $0.title == "Page down" })
        XCTAssertTrue(help.contains { $0.keys == "Space" && $0.title.hasPrefix("Mark or unmark") }, "Space marks tickets now")
        XCTAssertTrue(help.contains { $0.keys == "1-9" })
        for command in registry.commands {
            for key in command.keys {
                XCTAssertEqual(registry.command(for: key, in: command.panes.first!)?.id, command.id,
                               "\(key.label) shown for \(command.id) runs it")
            }
        }
    }
}
