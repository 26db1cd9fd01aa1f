import Foundation
import HelpdeskCore
import HelpdeskStore
@testable import HelpdeskTUI
import XCTest

/// Markdown articles in the pane, and the version history with its diff and restore.
final class KBHistoryTests: XCTestCase {
    private static let markdown = KBArticle(
        id: 9, title: "打印机脱机 Printer offline",
        body: """
            ## 处理步骤
            1. 检查**电源**和网线
            - 取消 *脱机使用打印机*
            | 步骤 | 说明 | 耗时 |
            |---|---|--:|
            | 检查电源 | 指示灯 | 1 分钟 |
            | Reinstall | 驱动程序 | 10 min |
            ```
            lpstat -p
            ```
            See [指南](https://wiki.example.cn/p).
            """,
        category: .hardware, tags: ["printer", "打印机"], author: "li.na", createdAt: Date(timeIntervalSince1970: 1_780_000_000))

    private func console() -> (ConsoleApp, HeadlessTerminal, InMemoryDataSource) {
        let source = KBFixtures.source()
        source.knowledgeBase.add(Self.markdown)
        var edited = Self.markdown
        edited.body = Self.markdown.body.replacingOccurrences(of: "1. 检查**电源**和网线", with: "1. 先检查**电源**\n2. 再检查网线")
        source.knowledgeBase.edit(edited, by: "li.na", at: Date(timeIntervalSince1970: 1_780_003_600))
        let (app, terminal) = Fixtures.console(cols: 120, rows: 40, source: source)
        app.handle(.char("K"))
        for key: Key in [.char("l"), .char("p"), .char("s"), .char("t"), .char("a"), .char("t"), .enter] { app.handle(key) }
        return (app, terminal, source)
    }

    func testMarkdownArticleWithChineseTableAt120x40() {
        let (app, terminal, _) = console()
        XCTAssertEqual(app.state.kb.article?.id, 9)
        assertGolden(terminal.text(), named: "kb-markdown-120x40")
        let text = terminal.text().joined(separator: "\n")
        XCTAssertTrue(text.contains("检查电源  │ 指示灯   │ 1 分钟"), "columns line up by display width:\n\(text)")
        XCTAssertTrue(text.contains("See 指南 <https://wiki.example.cn/p>."), text)
        XCTAssertTrue(text.contains("v2"), "the facts line shows the version")
    }

    func testHistoryShowsTheDiffAndRestoresAsANewVersion() {
        let (app, terminal, source) = console()
        app.handle(.char("h"))
        XCTAssertEqual(app.state.kb.history?.versions.map(\.version), [2, 1])
        XCTAssertTrue(terminal.text().joined(separator: "\n").contains("- 1. 检查**电源**和网线"), terminal.text().joined(separator: "\n"))
        XCTAssertTrue(terminal.text().joined(separator: "\n").contains("+ 2. 再检查网线"), terminal.text().joined(separator: "\n"))
        assertGolden(terminal.text(), named: "kb-history-120x40")
        app.handle(.char("u"))
        XCTAssertTrue(app.state.message?.text.contains("Version 2 is the current one") == true, "\(String(describing: app.state.message))")
        app.handle(.char("j"))
        app.handle(.char("u"))
        XCTAssertTrue(source.knowledgeBase.calls.contains { $0.hasPrefix("restore 9 1") }, "\(source.knowledgeBase.calls)")
        XCTAssertEqual(app.state.kb.history?.versions.first?.version, 3, "the history reloads with the restored version on top")
        app.handle(.escape)
        XCTAssertNil(app.state.kb.history)
    }

    func testOnlyTheAuthorOrALeadMayRestore() {
        let source = KBFixtures.source()
        source.knowledgeBase.add(Self.markdown)
        var state = ConsoleState(user: "someone", role: .agent, size: TerminalSize(rows: 40, cols: 120))
        state.kb.isOpen = true
        state.kb.apply([KBHit(id: 9, title: "t", category: .hardware, tags: [], status: .published, snippet: "", updatedAt: Date())],
                       for: .search("t", limit: 5))
        state.kb.show(Self.markdown)
        state.kb.history = KBHistoryView(articleID: 9)
        state.kb.history?.apply([KBArticleVersion(articleID: 9, version: 1, editor: "li.na", editedAt: Date(), title: "t", body: "",
                                                  category: .hardware, tags: [], status: .published, note: "created")])
        XCTAssertEqual(state.performKBExtra(.kbRestore)?.isEmpty, true)
        XCTAssertTrue(state.message?.text.contains("Only li.na (the author), a lead or an admin") == true, "\(String(describing: state.message))")
    }

    func testWriteFromAResolvedTicketAndUnlink() {
        let (app, _, source) = KBFixtures.consoleWithKB(cols: 120, rows: 40)
        for key: Key in [.char("v"), .char("p"), .char("n"), .enter] { app.handle(key) }
        app.handle(.char("W"))
        XCTAssertTrue(app.state.message?.text.contains("resolved or closed ticket") == true, "\(String(describing: app.state.message))")
        XCTAssertNil(app.state.flow)

        app.handle(.char("L"))
        XCTAssertTrue(source.knowledgeBase.calls.contains("link 3 1042 lin"), "\(source.knowledgeBase.calls)")
        app.handle(.char("U"))
        XCTAssertTrue(source.knowledgeBase.calls.contains("unlink 3 1042 lin"), "\(source.knowledgeBase.calls)")
        XCTAssertEqual(app.state.message?.text, "Unlinked article #3 from #1042")

        app.handle(.escape)
        app.handle(.char("7"))
        XCTAssertEqual(app.state.selectedID, 1051)
        app.handle(.char("K"))
        XCTAssertEqual(app.state.kb.query, "vpn", "the search is kept while the pane is closed")
        app.handle(.enter)
        app.handle(.char("W"))
        XCTAssertEqual(app.state.flow?.kind, .knowledgeBase)
        guard case let .prompt(title)? = app.state.flow?.step else { return XCTFail("no title prompt: \(String(describing: app.state.flow?.step))") }
        XCTAssertFalse(title.text.isEmpty, "the title is prefilled from the ticket")
    }
}
