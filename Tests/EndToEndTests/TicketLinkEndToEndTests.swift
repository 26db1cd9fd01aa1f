import Foundation
import XCTest

/// Linking, merging, resolving children and requester history, as the real binary runs them.
final class TicketLinkEndToEndTests: XCTestCase {
    private var me: String { String(cString: getpwuid(geteuid())!.pointee.pw_name) }

    /// #1 outage and #2 printer from 王伟, #3 VPN from 李娜 with a reply.
    private func desk() throws -> BinaryRunner {
        let hd = try BinaryRunner()
        try hd.ok(["engineer", "add", me, "--name", "管理员", "--role", "admin", "--tier", "L2"])
        try hd.ok(["engineer", "add", "bob", "--name", "Bob", "--skills", "network"])
        try hd.ok(["ticket", "new", "--title", "全楼网络中断", "--requester", "王伟", "--contact", "wang.wei@example.cn"])
        try hd.ok(["ticket", "new", "--title", "三楼打印机脱机", "--requester", "王伟", "--contact", "wang.wei@example.cn"])
        try hd.ok(["ticket", "new", "--title", "VPN 连不上", "--requester", "李娜", "--contact", "li.na@example.cn"])
        try hd.ok(["ticket", "reply", "3", "请先重启 VPN 客户端"])
        return hd
    }

    func testLinkRulesAndResolvingChildren() throws {
        let hd = try desk()
        XCTAssertEqual(try hd.ok(["ticket", "link", "2", "--parent", "1"]), "#2 child of #1\n")
        XCTAssertEqual(try hd.fails(["ticket", "link", "2", "--related", "#2"]), "helpdesk: #2 cannot be linked to itself\n")
        XCTAssertTrue(try hd.fails(["ticket", "link", "1", "--parent", "2"]).contains("are already linked: #2 child of #1"))
        XCTAssertTrue(try hd.fails(["ticket", "link", "1", "--related", "3", "--child", "2"]).contains("exactly one of"))
        let show = try hd.ok(["ticket", "show", "1"])
        XCTAssertTrue(show.contains("parent of     #2  new") && show.contains("三楼打印机脱机"), show)
        let resolved = try hd.ok(["ticket", "resolve", "1", "--resolution", "换了交换机"])
        XCTAssertTrue(resolved.contains("still open children: #2 (resolve them too with --children)"), resolved)
        try hd.ok(["ticket", "reopen", "1", "--reason", "又断了"])
        let again = try hd.ok(["ticket", "resolve", "1", "--resolution", "换了核心交换机", "--children"])
        XCTAssertTrue(again.contains("#2 resolved (child of #1)"), again)
        XCTAssertTrue(try hd.ok(["ticket", "show", "2"]).contains("Resolved    换了核心交换机"))
        XCTAssertTrue(try hd.ok(["ticket", "unlink", "1", "2"]).contains("#1 is no longer parent of #2"))
        XCTAssertTrue(try hd.fails(["ticket", "unlink", "1", "2"]).contains("are not linked"))
    }

    func testMergeKeepsHistoryAndIsForLeadsOrOwners() throws {
        let hd = try desk()
        let refused = try hd.fails(["ticket", "merge", "3", "into", "2", "--as", "bob"])
        XCTAssertTrue(refused.contains("only a lead can merge tickets, or an agent who owns both"), refused)
        XCTAssertTrue(try hd.fails(["ticket", "merge", "3", "onto", "2"]).contains("ticket merge SOURCE into TARGET"))
        XCTAssertEqual(try hd.ok(["ticket", "merge", "3", "into", "2"]),
                       "#3 merged into #2: #3 is closed, its history shows in #2\n")
        let source = try hd.ok(["ticket", "show", "3"])
        XCTAssertTrue(source.contains("closed"), source)
        XCTAssertTrue(source.contains("Resolved    Merged into #2"), source)
        XCTAssertTrue(source.contains("merged into   #2"), source)
        let target = try hd.ok(["ticket", "show", "2"])
        XCTAssertTrue(target.contains("[#3] reply: 请先重启 VPN 客户端"), target)
        XCTAssertTrue(target.contains("merged from   #3  closed"), target)
        XCTAssertTrue(target.contains("李娜 <li.na@example.cn> — requester of #3 (merged)"), target)
        XCTAssertTrue(target.contains("merged_from"), target)
        XCTAssertTrue(try hd.fails(["ticket", "merge", "3", "into", "1"]).contains("already merged into #2"))
        let json = try hd.ok(["ticket", "show", "2", "--json"])
        XCTAssertTrue(json.contains("\"relation\" : \"merged_from\""), json)
        XCTAssertTrue(json.contains("\"reason\" : \"requester of #3 (merged)\""), json)
    }

    func testRequesterShowAndList() throws {
        let hd = try desk()
        let shown = try hd.ok(["requester", "show", "wang.wei@example.cn"])
        XCTAssertTrue(shown.hasPrefix("王伟 <wang.wei@example.cn>\n2 tickets, 2 open"), shown)
        XCTAssertTrue(shown.contains("#2") && shown.contains("三楼打印机脱机"), shown)
        let byTicket = try hd.ok(["requester", "show", "#1"])
        XCTAssertTrue(byTicket.hasPrefix("王伟 <wang.wei@example.cn>\n2 tickets, 2 open"), byTicket)
        let json = try hd.ok(["requester", "show", "3", "--json"])
        XCTAssertTrue(json.contains("\"contact\" : \"li.na@example.cn\""), json)
        XCTAssertEqual(try hd.fails(["requester", "show", "nobody@example.cn"]),
                       "helpdesk: no requester with contact “nobody@example.cn” (search with: helpdesk requester list --search TEXT)\n")
        XCTAssertTrue(try hd.ok(["requester", "list", "--search", "李"]).contains("li.na@example.cn"))
    }

    func testAMergeShowsInTheTargetsTimelineInTheConsole() throws {
        let hd = try desk()
        let tmux = try TmuxSession(command: TmuxSession.quote(hd.binary) + " console", width: 120, height: 40,
                                   environment: ["HELPDESK_DB": hd.database, "HOME": hd.home, "LANG": "C.UTF-8"])
        try tmux.waitFor("VPN 连不上")
        try tmux.send("/")
        try tmux.type("VPN")
        try tmux.send("Enter")
        try tmux.waitFor("1/1")
        try tmux.send("m")
        try tmux.waitFor("Merge #3 into which ticket?")
        try tmux.type("2")
        try tmux.send("Enter")
        try tmux.waitFor("Merge #3 into #2?")
        try tmux.send("y")
        try tmux.waitFor("#3 merged into #2")
        try tmux.send("Enter")
        try tmux.send("G")
        let screen = try tmux.waitFor("[#3]")
        XCTAssertTrue(screen.contains("merged_from → #3"), screen)
        try tmux.send("q")
        XCTAssertTrue(try hd.ok(["ticket", "show", "3"]).contains("Merged into #2"))
    }
}
