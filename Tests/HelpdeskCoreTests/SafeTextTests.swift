import HelpdeskCore
import XCTest

final class SafeTextTests: XCTestCase {
    func testPlainTextIsUnchanged() {
        XCTAssertEqual(SafeText.sanitize("打印机 jam 😀 café"), "打印机 jam 😀 café")
        XCTAssertTrue(SafeText.isPlain("打印机 jam"))
        XCTAssertFalse(SafeText.isPlain("a\u{1B}b"))
    }

    func testCSISequenceBecomesVisible() {
        XCTAssertEqual(SafeText.sanitize("\u{1B}[31mURGENT\u{1B}[0m"), "␛[31mURGENT␛[0m")
        XCTAssertEqual(SafeText.sanitize("\u{1B}[2J\u{1B}[H"), "␛[2J␛[H")
    }

    func testOSC52ClipboardAndOSC8HyperlinkBecomeVisible() {
        let clipboard = "\u{1B}]52;c;cm0gLXJmIH4=\u{07}"
        XCTAssertEqual(SafeText.sanitize(clipboard), "␛]52;c;cm0gLXJmIH4=␇")
        let link = "\u{1B}]8;;https://evil.example\u{1B}\\click\u{1B}]8;;\u{1B}\\"
        XCTAssertEqual(SafeText.sanitize(link), "␛]8;;https://evil.example␛\\click␛]8;;␛\\")
    }

    func testBellDelAndC1Controls() {
        XCTAssertEqual(SafeText.sanitize("ding\u{07}"), "ding␇")
        XCTAssertEqual(SafeText.sanitize("x\u{7F}y"), "x␡y")
        XCTAssertEqual(SafeText.sanitize("\u{9B}31m"), "�31m", "8-bit CSI")
        XCTAssertEqual(SafeText.sanitize("\u{9D}0;title\u{9C}"), "�0;title�", "8-bit OSC and ST")
        XCTAssertEqual(SafeText.sanitize("\u{0}"), "␀")
    }

    func testNoControlCharacterSurvivesAnyMode() {
        var all = String.UnicodeScalarView()
        for v in UInt32(0)...0x9F { all.append(Unicode.Scalar(v)!) }
        all.append("\u{202E}")
        all.append("\u{2066}")
        let text = String(all)
        for mode in [SafeText.LineMode.singleLine, .multiLine(tabWidth: 4)] {
            let safe = SafeText.sanitize(text, mode)
            let bad = safe.unicodeScalars.filter { s in
                (s.value < 0x20 && s.value != 0x0A) || (0x7F...0x9F).contains(s.value)
                    || (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value)
            }
            XCTAssertTrue(bad.isEmpty, "\(mode) let through \(bad.map { String($0.value, radix: 16) })")
        }
        XCTAssertFalse(SafeText.sanitize(text).contains("\n"), "single-line output holds no line break")
    }

    func testBidiOverrideIsReplaced() {
        XCTAssertEqual(SafeText.sanitize("invoice\u{202E}fdp.exe"), "invoice�fdp.exe")
    }

    func testSingleLineFoldsBreaksAndTabs() {
        XCTAssertEqual(SafeText.sanitize("第一行\r\n第二行\nthird\rfourth"), "第一行⏎第二行⏎third⏎fourth")
        XCTAssertEqual(SafeText.sanitize("a\tb"), "a b")
        XCTAssertEqual(SafeText.sanitize("a\u{2028}b"), "a⏎b")
    }

    func testMultiLineKeepsBreaksAndExpandsTabsByDisplayWidth() {
        XCTAssertEqual(SafeText.sanitize("a\r\nb\rc", .multiLine(tabWidth: 4)), "a\nb\nc")
        XCTAssertEqual(SafeText.sanitize("ab\tc", .multiLine(tabWidth: 4)), "ab  c")
        XCTAssertEqual(SafeText.sanitize("打印\tx", .multiLine(tabWidth: 8)), "打印    x", "a CJK character counts two columns")
        XCTAssertEqual(SafeText.sanitize("x\n\ty", .multiLine(tabWidth: 4)), "x\n    y", "columns restart after a break")
        XCTAssertEqual(SafeText.sanitize("\u{1B}[1m粗体", .multiLine(tabWidth: 4)), "␛[1m粗体")
    }
}
