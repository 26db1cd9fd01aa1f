import Foundation
import XCTest

/// Reply templates through the real binary: the template commands, and a canned reply sent from the console.
final class TemplateTests: XCTestCase {
    private var me: String { String(cString: getpwuid(geteuid())!.pointee.pw_name) }

    func testAddListShowEditRemoveAndRefusals() throws {
        let hd = try BinaryRunner()
        try hd.ok(["engineer", "add", me, "--name", "陈杰", "--role", "admin"])
        try hd.ok(["engineer", "add", "alice", "--name", "Alice"])
        let added = try hd.ok(["template", "add", "--title", "VPN 排查"], stdin: "{requester}，您好：\n关于{ticket}，预计 {due} 前解决。\n{engineer}\n")
        XCTAssertEqual(added, "added #1 VPN 排查 (uses {requester} {ticket} {due} {engineer})\n")
        let file = hd.home + "/ack.txt"
        try Data("Hello {requester}, we are looking into \"{title}\".".utf8).write(to: URL(fileURLWithPath: file))
        try hd.ok(["template", "add", "--title", "We are looking into it", "--body-file", file])

        let list = try hd.ok(["template", "list"])
        XCTAssertTrue(list.hasPrefix("ID  TITLE"), list)
        XCTAssertTrue(list.contains("#1  VPN 排查                {requester} {ticket} {due} {engineer}"), list)
        XCTAssertTrue(list.contains("#2  We are looking into it  {requester} {title}"), list)
        let json = try hd.ok(["template", "list", "--json"])
        XCTAssertTrue(json.contains("\"title\" : \"VPN 排查\"") && json.contains("\"author\" : \"\(me)\""), json)

        try hd.ok(["ticket", "new", "--title", "VPN 连不上", "--requester", "王芳", "--contact", "wf@example.com", "--category", "network"])
        let shown = try hd.ok(["template", "show", "1", "--ticket", "1"])
        XCTAssertTrue(shown.hasPrefix("王芳，您好：\n关于#1，预计 ") && shown.hasSuffix(" 前解决。\n陈杰\n"), shown)
        XCTAssertFalse(shown.contains("{"), shown)
        XCTAssertTrue(try hd.ok(["template", "show", "#2"]).contains("Hello {requester}, we are looking into \"{title}\"."))

        let unknown = try hd.fails(["template", "add", "--title", "Bad", "--body-file", file + ".missing"])
        XCTAssertTrue(unknown.contains("there is no file"), unknown)
        let badPlaceholder = try hd.run(["template", "add", "--title", "Bad"], stdin: "Dear {customer}")
        XCTAssertEqual(badPlaceholder.status, 1)
        XCTAssertTrue(badPlaceholder.stderr.hasPrefix("helpdesk: the template uses the unknown placeholder {customer}; the placeholders are {requester}"),
                      badPlaceholder.stderr)
        XCTAssertTrue(try hd.fails(["template", "add", "--title", "Empty"]).contains("the template text must not be empty"))
        XCTAssertTrue(try hd.fails(["template", "edit", "1"]).contains("nothing to change"))

        let asAgent = try hd.run(["template", "add", "--title", "Mine", "--as", "alice"], stdin: "hi")
        XCTAssertEqual(asAgent.stderr, "helpdesk: not allowed: only a lead can add, change or remove reply templates\n")
        XCTAssertTrue(try hd.ok(["template", "list", "--as", "alice"]).contains("VPN 排查"), "agents read templates")

        XCTAssertEqual(try hd.ok(["template", "edit", "2", "--title", "Looking into it"]), "saved #2 Looking into it (uses {requester} {title})\n")
        XCTAssertEqual(try hd.ok(["template", "remove", "1"]), "removed #1 VPN 排查\n")
        XCTAssertTrue(try hd.fails(["template", "show", "1"]).contains("there is no reply template #1 (see: helpdesk template list)"))
        XCTAssertFalse(try hd.ok(["template", "list"]).contains("VPN 排查"))
    }

    func testACannedReplyInsertedInTheConsoleIsSent() throws {
        let hd = try BinaryRunner()
        try hd.ok(["demo", "--tickets", "50"])
        XCTAssertTrue(try hd.ok(["template", "list"]).contains("We are looking into it"), "the demo ships templates")
        let id = try hd.newTicket("端到端 模板测试")
        let tmux = try hd.console(as: me)
        try tmux.send("/")
        try tmux.type("模板测试")
        try tmux.send("Enter")
        try tmux.waitFor("端到端 模板测试")
        try tmux.send("t")
        try tmux.waitFor("You took #\(id)")
        try tmux.send("r")
        try tmux.waitFor("Ctrl-T templates")
        try tmux.send("C-t")
        try tmux.waitFor("Reply templates")
        try tmux.type("looking")
        try tmux.waitFor("Search: looking")
        let picker = try tmux.waitFor("Thank you for reporting \"端到端 模板测试\"")
        XCTAssertTrue(picker.contains("Hello 王芳,"), "the preview is the reply as it will be sent")
        try tmux.send("Enter")
        try tmux.waitFor("Inserted template “We are")
        try tmux.send("C-s")
        try tmux.waitFor("Reply added to #\(id)")
        try tmux.send("q")

        let show = try hd.ok(["ticket", "show", "\(id)"])
        for expected in ["Hello 王芳,", "Thank you for reporting \"端到端 模板测试\". We are looking into it", "Please quote #\(id) in any reply."] {
            XCTAssertTrue(show.contains(expected), "missing \(expected):\n\(show)")
        }
        XCTAssertFalse(show.contains("{requester}") || show.contains("{due}"), show)
    }
}
