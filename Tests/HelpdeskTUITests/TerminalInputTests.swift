import CNCursesw
import Foundation
@testable import HelpdeskTUI
import XCTest

/// The keys text entry needs, through curses on a real pseudo-terminal: Ctrl-S must arrive
/// (no XON/XOFF), Ctrl-arrows and Alt-letters must decode, and the cursor must be shown.
final class TerminalInputTests: XCTestCase {
    private struct PseudoTerminal {
        let master: Int32
        let path: String

        /// Opens one through /dev/ptmx: Swift does not import posix_openpt, and the ioctl
        /// numbers (TIOCSPTLCK, TIOCGPTN) are macros it cannot import either.
        init() throws {
            #if os(Linux)
            master = Glibc.open("/dev/ptmx", O_RDWR | O_NOCTTY)
            var unlock: Int32 = 0
            var number: UInt32 = 0
            guard master >= 0, ioctl(master, UInt(0x4004_5431), &unlock) == 0, ioctl(master, UInt(0x8004_5430), &number) == 0 else {
                throw XCTSkip("no pseudo-terminal available here")
            }
            path = "/dev/pts/\(number)"
            _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
            #else
            throw XCTSkip("pseudo-terminals are opened the Linux way only")
            #endif
        }

        func type(_ bytes: [UInt8]) {
            _ = bytes.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count) }
        }

        /// Empties what curses wrote, so the pseudo-terminal never blocks it, and returns it.
        @discardableResult
        func drain() -> String {
            var output: [UInt8] = []
            var scratch = [UInt8](repeating: 0, count: 65_536)
            while true {
                let count = read(master, &scratch, scratch.count)
                guard count > 0 else { break }
                output += scratch.prefix(count)
            }
            return String(decoding: output, as: UTF8.self)
        }

        /// Whether the terminal's input flags have IXON (XON/XOFF flow control) on.
        func flowControlIsOn() -> Bool {
            let descriptor = Glibc.open(path, O_RDWR | O_NOCTTY)
            defer { close(descriptor) }
            var settings = termios()
            _ = tcgetattr(descriptor, &settings)
            return settings.c_iflag & tcflag_t(IXON) != 0
        }
    }

    private func curses(on pty: PseudoTerminal) throws -> NCursesTerminal {
        let terminal = try NCursesTerminal(theme: .standard, device: .files(input: pty.path, output: pty.path, term: "xterm-256color"),
                                           environment: ["TERM": "xterm-256color"])
        pty.drain()
        return terminal
    }

    private func keys(_ terminal: NCursesTerminal, _ pty: PseudoTerminal, count: Int) -> [Key] {
        var read: [Key] = []
        for _ in 0..<(count * 4) where read.count < count {
            if let key = terminal.readKey(timeoutMilliseconds: 200) { read.append(key) }
            pty.drain()
        }
        return read
    }

    func testCtrlSReachesTheConsoleAndFlowControlComesBackOnClose() throws {
        let pty = try PseudoTerminal()
        defer { close(pty.master) }
        XCTAssertTrue(pty.flowControlIsOn(), "a new terminal starts with XON/XOFF")
        let terminal = try curses(on: pty)
        XCTAssertFalse(pty.flowControlIsOn())
        pty.type([0x13, 0x11, 0x61])
        XCTAssertEqual(keys(terminal, pty, count: 3), [.ctrl("s"), .ctrl("q"), .char("a")])
        terminal.close()
        pty.drain()
        XCTAssertTrue(pty.flowControlIsOn(), "the shell gets its settings back")
    }

    func testWordJumpKeysDecode() throws {
        let pty = try PseudoTerminal()
        defer { close(pty.master) }
        let terminal = try curses(on: pty)
        defer { terminal.close() }
        pty.type(Array("\u{1B}[1;5D\u{1B}[1;5C\u{1B}b\u{1B}f".utf8))
        XCTAssertEqual(keys(terminal, pty, count: 4), [.ctrlLeft, .ctrlRight, .alt("b"), .alt("f")])
    }

    func testEscapeAloneAndEscapeBeforeAnotherKeyStayEscape() throws {
        let pty = try PseudoTerminal()
        defer { close(pty.master) }
        let terminal = try curses(on: pty)
        defer { terminal.close() }
        pty.type([0x1B])
        XCTAssertEqual(keys(terminal, pty, count: 1), [.escape])
        // keypad mode tells xterm to send Up as Esc O A.
        pty.type(Array("\u{1B}OA".utf8))
        XCTAssertEqual(keys(terminal, pty, count: 1), [.up], "an arrow after Esc is still an arrow")
        pty.type([0x1B, 0x0D])
        XCTAssertEqual(keys(terminal, pty, count: 2), [.escape, .enter], "Esc then Enter at once is not Alt")
        pty.type(Array("中".utf8))
        XCTAssertEqual(keys(terminal, pty, count: 1), [.char("中")])
    }

    func testCursesShowsTheCursorWhereTheFrameAsksAndHidesItOtherwise() throws {
        let pty = try PseudoTerminal()
        defer { close(pty.master) }
        let terminal = try curses(on: pty)
        defer { terminal.close() }
        terminal.put("原因: 网络", y: 2, x: 0)
        terminal.showCursor(at: CursorPosition(y: 2, x: 4))
        terminal.refresh()
        let shown = pty.drain()
        XCTAssertTrue(shown.contains("\u{1B}[?25h"), "cursor made visible: \(shown.debugDescription)")
        XCTAssertEqual(getcury(hd_stdscr()), 2)
        XCTAssertEqual(getcurx(hd_stdscr()), 4, "after 原因, where the next character goes")
        terminal.clear()
        terminal.put("queue", y: 0, x: 0)
        terminal.refresh()
        XCTAssertTrue(pty.drain().contains("\u{1B}[?25l"), "a frame without a text widget hides it")
    }

    func testHeadlessCursorIsPartOfTheFrame() {
        let terminal = HeadlessTerminal(size: TerminalSize(rows: 3, cols: 10))
        terminal.showCursor(at: CursorPosition(y: 1, x: 4))
        XCTAssertNil(terminal.cursor, "shown from the next refresh on")
        terminal.refresh()
        XCTAssertEqual(terminal.cursor, CursorPosition(y: 1, x: 4))
        terminal.clear()
        terminal.refresh()
        XCTAssertNil(terminal.cursor, "a new frame hides it unless asked again")
        terminal.showCursor(at: CursorPosition(y: 5, x: 0))
        terminal.refresh()
        XCTAssertNil(terminal.cursor, "off the screen it is hidden")
    }

    func testKeyLabels() {
        XCTAssertEqual(Key.ctrlLeft.label, "Ctrl-Left")
        XCTAssertEqual(Key.ctrlRight.label, "Ctrl-Right")
        XCTAssertEqual(Key.alt("b").label, "Alt-b")
    }
}
