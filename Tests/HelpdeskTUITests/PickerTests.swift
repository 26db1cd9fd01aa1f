import HelpdeskCore
@testable import HelpdeskTUI
import XCTest

final class PickerTests: XCTestCase {
    private func picker(selected: String? = nil) -> Picker<String> {
        Picker(title: "Engineer", items: [
            .init("alice", "Alice Zhang 张丽", detail: "network, L1"),
            .init("jin", "Jin Park", detail: "hardware, L1"),
            .init("kai", "Kai Wang 王凯", detail: "at cap 8/8", dimmed: true),
            .init("zhou", "周杰", detail: "network, L2"),
        ], selected: selected)
    }

    func testJAndKMoveWhileNothingIsTyped() {
        var p = picker()
        XCTAssertEqual(p.handle(.char("j")), .pending)
        XCTAssertEqual(p.highlighted?.value, "jin")
        _ = p.handle(.down)
        _ = p.handle(.down)
        _ = p.handle(.down)
        XCTAssertEqual(p.highlighted?.value, "zhou", "moving stops at the last entry")
        _ = p.handle(.char("k"))
        XCTAssertEqual(p.handle(.enter), .picked("kai"), "dimmed entries can still be picked")
    }

    func testTypingFiltersByLabelOrDetailIgnoringCase() {
        var p = picker()
        _ = p.handle(.char("N"))
        XCTAssertEqual(p.filter, "N", "an upper-case letter starts a filter")
        XCTAssertEqual(p.visible.map(\.value), ["alice", "jin", "kai", "zhou"], "every entry holds an n")
        _ = p.handle(.char("e"))
        _ = p.handle(.char("t"))
        XCTAssertEqual(p.visible.map(\.value), ["alice", "zhou"], "matches the detail too")
        _ = p.handle(.char("k"))
        XCTAssertEqual(p.filter, "Netk", "once typing, j and k are letters")
        XCTAssertTrue(p.visible.isEmpty)
        XCTAssertEqual(p.handle(.enter), .pending, "Enter on an empty list picks nothing")
        _ = p.handle(.backspace)
        _ = p.handle(.char("w"))
        XCTAssertEqual(p.handle(.enter), .picked("alice"))
    }

    func testChineseFilter() {
        var p = picker()
        _ = p.handle(.char("王"))
        XCTAssertEqual(p.visible.map(\.value), ["kai"])
        XCTAssertEqual(p.handle(.enter), .picked("kai"))
    }

    func testEscClearsTheFilterThenCancels() {
        var p = picker()
        _ = p.handle(.char("z"))
        XCTAssertEqual(p.handle(.escape), .pending)
        XCTAssertEqual(p.filter, "")
        XCTAssertEqual(p.visible.count, 4)
        XCTAssertEqual(p.handle(.escape), .cancelled)
    }

    func testTheHighlightGoesToTheNameBeingTyped() {
        var p = picker(selected: "zhou")
        XCTAssertEqual(p.highlighted?.value, "zhou")
        _ = p.handle(.char("周"))
        XCTAssertEqual(p.highlighted?.value, "zhou", "its name still matches: it stays highlighted")
        _ = p.handle(.backspace)
        XCTAssertEqual(p.highlighted?.value, "zhou")
        _ = p.handle(.char("L"))
        XCTAssertEqual(p.visible.map(\.value), ["alice", "jin", "zhou"], "周杰 stays listed: its detail says L2")
        XCTAssertEqual(p.highlighted?.value, "alice", "the first name holding the text is highlighted")
        _ = p.handle(.char("2"))
        XCTAssertEqual(p.visible.map(\.value), ["zhou"])
        XCTAssertEqual(p.handle(.enter), .picked("zhou"))
    }

    func testDurations() {
        let cases: [(String, Int?)] = [
            ("30", 30), ("45m", 45), ("1h", 60), ("1h30", 90), ("1h30m", 90), ("1.5h", 90), ("2 小时", 120),
            ("30分钟", 30), ("1小时15分", 75), ("", nil), ("soon", nil), ("m", nil), ("h", nil), ("1x", nil), ("-5m", nil),
        ]
        for (text, minutes) in cases {
            XCTAssertEqual(ActionPlan.minutes(in: text), minutes, "“\(text)”")
        }
    }
}
