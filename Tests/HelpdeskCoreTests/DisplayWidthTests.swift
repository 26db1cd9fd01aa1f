import HelpdeskCore
import XCTest

final class DisplayWidthTests: XCTestCase {
    func testASCIIIsOneColumnPerCharacter() {
        XCTAssertEqual("Printer jam".displayWidth, 11)
        XCTAssertEqual(DisplayWidth.width(of: Character("a")), 1)
    }

    func testChineseJapaneseKoreanAndFullwidthAreTwoColumns() {
        XCTAssertEqual("打印机".displayWidth, 6)
        XCTAssertEqual("かなカナ".displayWidth, 8)
        XCTAssertEqual("한글".displayWidth, 4)
        XCTAssertEqual("ＡＢ".displayWidth, 4, "fullwidth Latin")
        XCTAssertEqual("，。".displayWidth, 4, "CJK punctuation")
        XCTAssertEqual("VPN 无法连接".displayWidth, 12)
        XCTAssertEqual(DisplayWidth.width(of: Character("\u{20000}")), 2, "CJK extension B")
    }

    func testEmojiAreTwoColumns() {
        XCTAssertEqual(DisplayWidth.width(of: "😀"), 2)
        XCTAssertEqual(DisplayWidth.width(of: "🖨️"), 2, "text-default emoji with VS16")
        XCTAssertEqual(DisplayWidth.width(of: "❤️"), 2)
        XCTAssertEqual(DisplayWidth.width(of: "👍🏽"), 2, "skin-tone modifier adds nothing")
        XCTAssertEqual(DisplayWidth.width(of: "👩‍💻"), 2, "ZWJ sequence is one glyph")
        XCTAssertEqual(DisplayWidth.width(of: "🇨🇳"), 2, "flag")
        XCTAssertEqual(DisplayWidth.width(of: "❤"), 1, "without VS16 it stays text presentation")
    }

    func testCombiningMarksJoinersAndSelectorsAreZero() {
        XCTAssertEqual("e\u{301}".displayWidth, 1)
        XCTAssertEqual(DisplayWidth.width(of: Character("\u{301}")), 0)
        XCTAssertEqual(DisplayWidth.width(of: Character("\u{200D}")), 0)
        XCTAssertEqual(DisplayWidth.width(of: Character("\u{FE0F}")), 0)
        XCTAssertEqual(DisplayWidth.width(of: Character("\u{200B}")), 0)
        XCTAssertEqual("\u{1100}\u{1161}\u{11A8}".displayWidth, 2, "conjoining jamo make one syllable")
    }

    func testControlsCountZeroAndAmbiguousCountOne() {
        XCTAssertEqual(DisplayWidth.width(of: Character("\u{1B}")), 0)
        XCTAssertEqual(DisplayWidth.width(of: Character("\r\n")), 0)
        XCTAssertEqual(DisplayWidth.width(of: Character("\u{9B}")), 0)
        XCTAssertEqual("…".displayWidth, 1)
        XCTAssertEqual("é".displayWidth, 1)
    }

    func testTruncateLeavesShortTextAlone() {
        XCTAssertEqual("打印机".truncated(toColumns: 6), "打印机")
        XCTAssertEqual("abc".truncated(toColumns: 10), "abc")
    }

    func testTruncateNeverSplitsAWideCharacter() {
        let title = "打印机卡纸无法打印"
        for columns in 0...20 {
            let cut = title.truncated(toColumns: columns)
            XCTAssertLessThanOrEqual(cut.displayWidth, columns, "columns \(columns): \(cut)")
        }
        XCTAssertEqual(title.truncated(toColumns: 6), "打印…", "5 columns of budget hold two characters")
        XCTAssertEqual(title.truncated(toColumns: 7), "打印机…")
        XCTAssertEqual("ab打印".truncated(toColumns: 5), "ab打…")
        XCTAssertEqual("ab打印".truncated(toColumns: 4), "ab…")
    }

    func testTruncateMixedTextAndCustomEllipsis() {
        XCTAssertEqual("VPN 断线 again".truncated(toColumns: 8), "VPN 断…")
        XCTAssertEqual("Printer on floor 3".truncated(toColumns: 10, ellipsis: "..."), "Printer...")
        XCTAssertEqual("abcdef".truncated(toColumns: 1), "…")
        XCTAssertEqual("abcdef".truncated(toColumns: 2, ellipsis: "..."), "..")
        XCTAssertEqual("abcdef".truncated(toColumns: 0), "")
        XCTAssertEqual("abcdef".truncated(toColumns: -3), "")
    }

    func testTruncateKeepsCombiningMarksWithTheirBase() {
        XCTAssertEqual("cafe\u{301} au lait".truncated(toColumns: 5), "cafe\u{301}…")
    }

    func testPaddedAndFitted() {
        XCTAssertEqual("王伟".padded(toColumns: 6), "王伟  ")
        XCTAssertEqual("42".padded(toColumns: 5, alignment: .right), "   42")
        XCTAssertEqual("too long".padded(toColumns: 3), "too long", "padding never cuts")
        XCTAssertEqual("打印机卡纸".fitted(toColumns: 6), "打印… ", "a wide character cut leaves a pad space")
        XCTAssertEqual("打印机卡纸".fitted(toColumns: 6).displayWidth, 6)
        XCTAssertEqual("ok".fitted(toColumns: 4, alignment: .right), "  ok")
    }
}
