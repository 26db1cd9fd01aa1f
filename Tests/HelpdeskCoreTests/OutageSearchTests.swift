@testable import HelpdeskCore
import XCTest

/// The byte search for outage words must agree with the general, Character-based one.
final class OutageSearchTests: XCTestCase {
    private let rules = PriorityRules()

    func testPlainTextIsSearchedByBytesWithWordBoundaries() {
        XCTAssertTrue(OutageSearch.isPlain("服务器宕机，全部用户 “无法登录” down!"))
        XCTAssertTrue(OutageSearch.occurs("宕机", in: "服务器宕机了"))
        XCTAssertTrue(OutageSearch.occurs("down", in: "site is down."))
        XCTAssertFalse(OutageSearch.occurs("down", in: "download failed"), "an ASCII word must stand alone")
        XCTAssertTrue(OutageSearch.occurs("down", in: "download ok, but down now"), "a later standalone match")
        XCTAssertTrue(OutageSearch.occurs("down", in: "打印机down了"), "Chinese next to a Latin word is a boundary")
        XCTAssertFalse(OutageSearch.occurs("中断", in: "中"))
    }

    func testTextThatCanComposeTakesTheGeneralSearch() {
        XCTAssertFalse(OutageSearch.isPlain("cafe\u{301} down"), "a combining mark")
        XCTAssertFalse(OutageSearch.isPlain("\u{F900}"), "a compatibility ideograph is canonically another character")
        XCTAssertEqual(rules.outageWord(in: "cafe\u{301} down"), "down")
        XCTAssertNil(rules.outageWord(in: "systems dow\u{1E47}"), "a dotted ṇ is not n")
        XCTAssertNil(rules.outageWord(in: "down\u{323} now"), "n with a combining dot below is another character, though its bytes start with down")
        XCTAssertEqual(PriorityRules(outageWords: ["豈"]).outageWord(in: "\u{F900}"), "豈", "canonical equivalence still holds")
    }

    func testAnswersMatchTheSeedExamples() {
        XCTAssertEqual(rules.outageWord(in: "邮件服务器宕机，全部用户无法收发邮件"), "宕机")
        XCTAssertEqual(rules.outageWord(in: "Cannot log in to ERP"), "cannot log in")
        XCTAssertNil(rules.outageWord(in: "三楼打印机无法打印"))
        XCTAssertNil(rules.outageWord(in: "Printer shows “offline”"), "curly quotes are plain punctuation")
    }
}
