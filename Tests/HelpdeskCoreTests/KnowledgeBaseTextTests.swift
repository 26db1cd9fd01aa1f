import HelpdeskCore
import XCTest

/// Line diffs, Markdown blocks and front matter: the pure text work behind article versions and files.
final class KnowledgeBaseTextTests: XCTestCase {
    func testDiffKeepsSameLinesAndMarksChanges() {
        let diff = LineDiff.lines(from: "标题\n第一步\n第二步\nend", to: "标题\n第一步（新）\n第二步\nend\n补充")
        XCTAssertEqual(diff, [.same("标题"), .removed("第一步"), .added("第一步（新）"), .same("第二步"), .same("end"), .added("补充")])
        XCTAssertEqual(LineDiff.summary(diff).added, 2)
        XCTAssertEqual(LineDiff.summary(diff).removed, 1)
    }

    func testDiffEdgeCases() {
        XCTAssertEqual(LineDiff.lines(from: "", to: ""), [])
        XCTAssertEqual(LineDiff.lines(from: "", to: "a\nb"), [.added("a"), .added("b")])
        XCTAssertEqual(LineDiff.lines(from: "a\nb", to: ""), [.removed("a"), .removed("b")])
        XCTAssertEqual(LineDiff.lines(from: "same", to: "same"), [.same("same")])
        XCTAssertEqual(LineDiff.lines(from: "👩‍💻\né", to: "👩‍💻\ne\u{301}"), [.same("👩‍💻"), .same("é")], "canonically equal text is the same line")
    }

    /// Applying a diff's kept and added lines gives the new text back, and its kept and removed lines the old.
    func testDiffReproducesBothSidesForRandomEdits() {
        var generator = SystemRandomNumberGenerator()
        let words = ["网络", "打印机", "vpn", "a", "b", "", "检查"]
        for _ in 0..<200 {
            let old = (0..<Int.random(in: 0...12, using: &generator)).map { _ in words.randomElement(using: &generator)! }
            let new = (0..<Int.random(in: 0...12, using: &generator)).map { _ in words.randomElement(using: &generator)! }
            let diff = LineDiff.diff(old, new)
            XCTAssertEqual(diff.compactMap { if case .added = $0 { return nil } else { return $0.text } }, old)
            XCTAssertEqual(diff.compactMap { if case .removed = $0 { return nil } else { return $0.text } }, new)
            let kept = diff.filter { if case .same = $0 { return true } else { return false } }.count
            XCTAssertEqual(kept, lcsLength(old, new), "the diff keeps a longest common subsequence")
        }
    }

    func testMarkdownBlocks() {
        let blocks = MarkdownParser.blocks("""
            # 打印机 #
            - 第一步 **重启**
            2. second `code`
            3、第三步
            > quoted
            ---
            ```sh
            lpstat -p
            ```
            | 名称 | size |
            |:--|--:|
            | 网线 | 2 |
            #hashtag
            """)
        XCTAssertEqual(blocks, [
            .heading(level: 1, [MarkdownRun("打印机")]),
            .listItem(indent: 0, marker: "•", [MarkdownRun("第一步 "), MarkdownRun("重启", .strong)]),
            .listItem(indent: 0, marker: "2.", [MarkdownRun("second "), MarkdownRun("code", .code)]),
            .listItem(indent: 0, marker: "3、", [MarkdownRun("第三步")]),
            .quote([MarkdownRun("quoted")]),
            .rule,
            .code(language: "sh", lines: ["lpstat -p"]),
            .table(header: [[MarkdownRun("名称")], [MarkdownRun("size")]], rows: [[[MarkdownRun("网线")], [MarkdownRun("2")]]],
                   alignments: [.left, .right]),
            .text([MarkdownRun("#hashtag")]),
        ])
    }

    func testInlineMarkupAndWhatStaysLiteral() {
        XCTAssertEqual(MarkdownParser.inline("see [指南](https://x.cn/a) now"),
                       [MarkdownRun("see "), MarkdownRun("指南", .link), MarkdownRun("https://x.cn/a", .url), MarkdownRun(" now")])
        XCTAssertEqual(MarkdownParser.inline("*em* and __strong__"),
                       [MarkdownRun("em", .emphasis), MarkdownRun(" and "), MarkdownRun("strong", .strong)])
        XCTAssertEqual(MarkdownParser.inline("file_name_here 2 * 3 **open"), [MarkdownRun("file_name_here 2 * 3 **open")])
        XCTAssertEqual(MarkdownParser.inline("\\*not\\*"), [MarkdownRun("*not*")])
        XCTAssertEqual(MarkdownRun.plainText(MarkdownParser.inline("<https://a.cn>")), "https://a.cn")
    }

    func testPlainLinesDropTheMarkup() {
        XCTAssertEqual(MarkdownParser.plainLines("## 步骤\n\n1. 检查**电源**\n- [指南](https://x.cn)\n---\n| a | 网络 |\n|---|---|\n| 1 | 2 |"),
                       ["步骤", "1. 检查电源", "• 指南 <https://x.cn>", "a | 网络", "1 | 2"])
    }

    func testFrontMatterRoundTripsAwkwardValues() throws {
        let matter = FrontMatter(fields: [
            ("title", .string("  \"引号\" title: with colon, #hash")),
            ("tags", .list(["printer", "打印机", "a,b", "x]y", ""])),
            ("empty", .string("")),
            ("multi", .string("line1\nline2\ttab\\")),
        ], body: "---\nbody with a rule\n")
        let text = matter.render()
        XCTAssertEqual(try FrontMatter.parse(text), matter)
        XCTAssertTrue(text.hasPrefix("---\ntitle: \"  \\\"引号\\\""), text)
    }

    func testFrontMatterErrorsNameTheLine() {
        func reason(_ text: String) -> String {
            do {
                _ = try FrontMatter.parse(text)
                return "parsed"
            } catch {
                return "\(error)"
            }
        }
        XCTAssertEqual(reason("title: x\n"), "line 1: the file must start with a line \"---\" that opens the header")
        XCTAssertEqual(reason("---\ntitle: x\n"), "line 1: the header opened here is never closed with a line \"---\"")
        XCTAssertEqual(reason("---\ntitle x\n---\n"), "line 2: expected \"key: value\", found “title x”")
        XCTAssertEqual(reason("---\na: 1\na: 2\n---\n"), "line 3: the field “a” appears twice")
        XCTAssertEqual(reason("---\ntags: [a, b\n---\n"), "line 2: tags: a list must end with “]”")
        XCTAssertEqual(reason("---\ntitle: \"open\n---\n"), "line 2: title: a quoted value is never closed")
        XCTAssertEqual(reason("\u{FEFF}---\r\ntitle: ok\r\n---\r\nbody"), "parsed", "a BOM and CRLF line ends are accepted")
    }

    func testSearchHighlightMarksMatchesIgnoringCase() {
        XCTAssertEqual(SearchHighlight.marked("Printer 打印机 print", terms: SearchHighlight.terms("PRINT 打印")),
                       "[Print]er [打印]机 [print]")
        XCTAssertEqual(SearchHighlight.marked("abc", terms: []), "abc")
    }

    func testOnlyAuthorsLeadsAndAdminsEditArticles() {
        XCTAssertTrue(AccessPolicy.canEditArticle(author: "alice", by: Actor(login: "alice", role: .agent)))
        XCTAssertFalse(AccessPolicy.canEditArticle(author: "alice", by: Actor(login: "bob", role: .agent)))
        XCTAssertTrue(AccessPolicy.canEditArticle(author: "alice", by: Actor(login: "lead", role: .lead)))
        XCTAssertThrowsError(try AccessPolicy.checkEditArticle(3, author: "alice", by: Actor(login: "bob", role: .agent)))
    }

    private func lcsLength(_ a: [String], _ b: [String]) -> Int {
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        return table[0][0]
    }
}
