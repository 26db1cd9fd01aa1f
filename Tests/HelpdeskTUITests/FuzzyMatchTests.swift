@testable import HelpdeskTUI
import XCTest

final class FuzzyMatchTests: XCTestCase {
    private func score(_ query: String, _ candidate: String) -> Int? {
        FuzzyMatch.score(query: query, candidate: candidate)
    }

    func testLettersMustAppearInOrder() {
        XCTAssertNotNil(score("kb", "Knowledge base"))
        XCTAssertNil(score("bk", "Knowledge base"), "order matters")
        XCTAssertNil(score("kbz", "Knowledge base"))
        XCTAssertNil(score("longer than it", "short"))
        XCTAssertEqual(score("", "anything"), 0, "an empty query matches everything equally")
    }

    func testCaseAndSpacesInTheQueryAreIgnored() {
        XCTAssertEqual(score("KB", "Knowledge base"), score("kb", "Knowledge base"))
        XCTAssertEqual(score("k b", "Knowledge base"), score("kb", "Knowledge base"))
    }

    func testWordStartsBeatLettersInsideWords() throws {
        let starts = try XCTUnwrap(score("kb", "Knowledge base"))
        let inside = try XCTUnwrap(score("kb", "ask about"))
        XCTAssertGreaterThan(starts, inside)
        XCTAssertGreaterThan(try XCTUnwrap(score("sv", "select-view")), try XCTUnwrap(score("sv", "observe")),
                             "a hyphen starts a word")
        XCTAssertGreaterThan(try XCTUnwrap(score("nv", "nextView")), try XCTUnwrap(score("nv", "navy")),
                             "a lower-to-upper change starts a word")
    }

    func testConsecutiveLettersBeatScatteredOnes() throws {
        XCTAssertGreaterThan(try XCTUnwrap(score("sort", "Sort by due")), try XCTUnwrap(score("sort", "Show or restart")))
        XCTAssertGreaterThan(try XCTUnwrap(score("help", "Help: all keys")), try XCTUnwrap(score("help", "Hide the last page")))
    }

    func testEarlierMatchesRankHigher() throws {
        XCTAssertGreaterThan(try XCTUnwrap(score("quit", "Quit")), try XCTUnwrap(score("quit", "Then quit")))
    }

    func testChinese() throws {
        let exact = try XCTUnwrap(score("网络", "网络故障排查"))
        let apart = try XCTUnwrap(score("网络", "检查网线和络由器"))
        let later = try XCTUnwrap(score("网络", "全楼网络中断"))
        XCTAssertGreaterThan(exact, later, "a match at the start ranks first")
        XCTAssertGreaterThan(later, apart, "consecutive characters rank above scattered ones")
        XCTAssertNil(score("络网", "网络故障"))
        XCTAssertNotNil(score("打印", "共享打印机脱机"))
        XCTAssertGreaterThan(try XCTUnwrap(score("vpn", "连接 VPN 超时")), try XCTUnwrap(score("vpn", "连接vxpxn超时")),
                             "Latin after Chinese starts a word")
    }

    func testPositionsMarkTheBestAlignment() throws {
        XCTAssertEqual(FuzzyMatch.match(query: "kb", candidate: "Knowledge base")?.positions, [0, 10])
        XCTAssertEqual(FuzzyMatch.match(query: "网络", candidate: "检查网线，网络故障")?.positions, [5, 6],
                       "the consecutive pair after the comma wins over the scattered one")
        XCTAssertEqual(FuzzyMatch.match(query: "ref", candidate: "refresh")?.positions, [0, 1, 2])
    }

    func testOddInputIsHarmless() {
        XCTAssertNil(score("\u{1B}", "plain"))
        XCTAssertNotNil(score("👩‍💻", "ask 👩‍💻 now"))
        XCTAssertNotNil(score("(", "Filter by text (id, title)"))
    }
}
