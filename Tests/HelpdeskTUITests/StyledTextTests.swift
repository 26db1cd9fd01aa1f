import HelpdeskCore
import HelpdeskStore
@testable import HelpdeskTUI
import XCTest

final class StyledTextTests: XCTestCase {
    private let match = Style(.match)

    private func text(_ line: StyledLine) -> String { line.map(\.text).joined() }

    private func marked(_ line: StyledLine) -> [String] { line.filter { $0.style == Style(.match) }.map(\.text) }

    func testMatchesIgnoreCaseAndFindChinese() {
        let line = StyledText.highlighted("VPN 证书过期; vpn client", terms: StyledText.terms(["vpn", "证书"]), base: .normal)
        XCTAssertEqual(marked(line), ["VPN", "证书", "vpn"])
        XCTAssertEqual(text(line), "VPN 证书过期; vpn client")
        XCTAssertEqual(marked(StyledText.highlighted("打印机", terms: StyledText.terms([]), base: .normal)), [])
    }

    func testOverlappingTermsMarkTheirUnion() {
        let line = StyledText.highlighted("全楼网络中断", terms: StyledText.terms(["全楼", "楼网", "网络"]), base: .normal)
        XCTAssertEqual(marked(line), ["全楼网络"])
    }

    func testWrapBreaksEnglishAtSpacesAndChineseAnywhere() {
        let english = StyledText.wrap(Array("check the cable first").map { ($0, Style.normal) }, columns: 10)
        XCTAssertEqual(english.map(text), ["check the", "cable", "first"])
        let chinese = StyledText.wrap(Array("• 确认核心交换机状态").map { ($0, Style.normal) }, columns: 10, hangingIndent: 2)
        XCTAssertEqual(chinese.map(text), ["• 确认核心", "  交换机状", "  态"], "Chinese fills the line instead of leaving the bullet alone")
    }

    func testWrappedLinesNeverExceedTheWidthNorSplitWideCharacters() {
        let sample = "Printer 打印机脱机: untick “Use printer offline” 然后重新安装驱动 reinstall-the-driver-now 😀 done"
        for width in 3...40 {
            let lines = StyledText.wrap(Array(sample).map { ($0, Style.normal) }, columns: width)
            for line in lines {
                XCTAssertLessThanOrEqual(text(line).displayWidth, width, "width \(width): \(text(line))")
            }
            let joined = lines.map(text).joined().filter { $0 != " " }
            XCTAssertEqual(joined, sample.filter { $0 != " " }, "width \(width) keeps every character")
        }
    }

    func testMatchesSurviveWrapping() {
        let article = KBArticle(id: 9, title: "网络", body: "三十分钟内恢复核心网络并通知全楼用户网络", category: .network,
                                author: "a", createdAt: Fixtures.now)
        let lines = ArticleText.lines(article, terms: ["网络"], width: 8)
        let found = lines.compactMap { line -> [String]? in
            if case let .text(spans) = line { return marked(spans) }
            return nil
        }.flatMap { $0 }
        XCTAssertEqual(found.joined().count, 6, "title and both body occurrences are marked, even across a break")
    }

    func testTruncationEndsInAnEllipsis() {
        let line = StyledText.highlighted("打印机脱机的处理方法", terms: StyledText.terms(["脱机"]), base: .normal)
        let cut = StyledText.truncated(line, toColumns: 9)
        XCTAssertEqual(text(cut), "打印机脱…")
        XCTAssertLessThanOrEqual(text(cut).displayWidth, 9)
        XCTAssertEqual(StyledText.truncated(line, toColumns: 40), line)
        XCTAssertEqual(StyledText.truncated(line, toColumns: 0), [])
    }

    func testArticlesShowMarkdownPlainly() {
        let article = KBArticle(id: 3, title: "标题 \u{1B}[31m", body: "## 步骤\n- 第一步\n* second\n1. 编号\n\n正文\n\n", category: .other,
                                author: "a", createdAt: Fixtures.now)
        let lines = ArticleText.lines(article, terms: [], width: 40)
        let texts = lines.map { line -> String in
            switch line {
            case let .text(spans): text(spans)
            case .facts: "<facts>"
            }
        }
        XCTAssertEqual(texts, ["标题 ␛[31m", "<facts>", "", "步骤", "• 第一步", "• second", "1. 编号", "", "正文"])
        guard case let .text(heading) = lines[3] else { return XCTFail("no heading") }
        XCTAssertEqual(heading.first?.style, Style(.normal, .bold), "headings are bold")
    }

    func testListItemsWrapUnderTheirText() {
        let lines = MarkdownLines.lines("  - item wraps here", width: 10).map { $0.map(\.text).joined() }
        XCTAssertEqual(lines, ["  • item", "    wraps", "    here"])
        XCTAssertEqual(MarkdownLines.plain("#hashtag", width: 20), ["#hashtag"], "a # without a space is not a heading")
        XCTAssertEqual(MarkdownLines.plain("2026 年", width: 20), ["2026 年"])
    }
}
