import HelpdeskCore
@testable import HelpdeskTUI
import XCTest

/// Markdown laid out for the terminal: styles, wrapping, and tables measured by display width.
final class MarkdownLinesTests: XCTestCase {
    private let table = "| 名称 | 说明 | n |\n|---|:-:|--:|\n| 交换机端口 | 检查上联口速率 | 12 |\n| pc | 网线 | 3 |"

    func testTableColumnsLineUpByDisplayWidth() {
        let lines = MarkdownLines.plain(table, width: 80)
        XCTAssertEqual(lines, [
            "名称       │      说明      │  n",
            "───────────┼────────────────┼───",
            "交换机端口 │ 检查上联口速率 │ 12",
            "pc         │      网线      │  3",
        ])
        let bars = lines.map { line in Self.columns(of: "│", in: line) }
        XCTAssertEqual(Set(bars.enumerated().filter { $0.offset != 1 }.map(\.element)).count, 1, "every row puts its bars in the same columns")
    }

    func testANarrowTableShrinksItsWidestColumnsAndCutsCells() {
        let lines = MarkdownLines.plain(table, width: 20)
        XCTAssertTrue(lines.allSatisfy { $0.displayWidth <= 20 }, "\(lines)")
        XCTAssertTrue(lines[2].contains("…"), "a cut cell ends in an ellipsis: \(lines)")
        XCTAssertEqual(Set([lines[0], lines[2], lines[3]].map { Self.columns(of: "│", in: $0) }).count, 1, "\(lines)")
    }

    func testStylesForHeadingsEmphasisCodeAndLinks() {
        let lines = MarkdownLines.lines("# 标题\n**粗** *斜* `code` [文档](https://a.cn)\n```\nlet x = 1\n```", width: 60)
        XCTAssertEqual(lines[0], [StyledSpan("标题", Style(.normal, [.bold, .underline]))])
        XCTAssertEqual(lines[1], [StyledSpan("粗", Style(.normal, .bold)), StyledSpan(" ", .normal), StyledSpan("斜", Style(.normal, .italic)),
                                  StyledSpan(" ", .normal), StyledSpan("code", Style(.note)), StyledSpan(" ", .normal),
                                  StyledSpan("文档", Style(.normal, .underline)), StyledSpan(" <https://a.cn>", Style(.muted))])
        XCTAssertEqual(lines[2], [StyledSpan("│ ", Style(.border)), StyledSpan("let x = 1", Style(.note))])
    }

    func testMatchesAreMarkedAndControlCharactersMadeVisible() {
        let lines = MarkdownLines.lines("检查网络 \u{1B}[31m", width: 40, terms: ["网络"])
        XCTAssertTrue(lines[0].contains(StyledSpan("网络", Style(.match))), "\(lines)")
        XCTAssertFalse(lines[0].map(\.text).joined().contains("\u{1B}"), "an escape never reaches the terminal")
    }

    /// Display columns at which `mark` appears in `line`.
    private static func columns(of mark: Character, in line: String) -> [Int] {
        var column = 0
        var found: [Int] = []
        for character in line {
            if character == mark { found.append(column) }
            column += DisplayWidth.width(of: character)
        }
        return found
    }
}
