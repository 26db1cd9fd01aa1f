import Foundation
import HelpdeskCore
import HelpdeskStore
import HelpdeskTUI

/// Ticket text written to attack or confuse a terminal: escape sequences (CSI, OSC 52 clipboard,
/// OSC 8 links, BEL, C1 CSI), bidirectional overrides, stacked combining marks, emoji, Arabic and Hebrew.
enum HostileTextFixtures {
    static let clipboard = "\u{1B}]52;c;cm0gLXJmIH4=\u{07}"
    static let link = "\u{1B}]8;;http://evil.example/\u{1B}\\点这里\u{1B}]8;;\u{1B}\\"
    static let clear = "\u{1B}[2J\u{1B}[H"
    static let c1 = "\u{9B}31m"
    static let rtl = "invoice\u{202E}fdp.exe"

    static let rows: [QueueRow] = [
        Fixtures.row(2001, .p2, .new, due: 30, risk: -5, assignee: nil, .security, "Mallory\(clear)",
                     "\(clipboard)Reset my password 重置密码"),
        Fixtures.row(2002, .p3, .assigned, due: 200, risk: 100, assignee: "alice", .software, "مرحبا שלום",
                     "\(link) 打开附件 \(rtl)"),
        Fixtures.row(2003, .p3, .new, due: 400, risk: 300, assignee: nil, .other, "Zoe\u{0301}\u{0301}\u{0301}",
                     "Ze\u{0301}\u{0308}\u{0323}ro-width\u{200B}joiner 👩‍💻🇨🇳 bell\u{07}\(c1)red"),
        Fixtures.row(2004, .p4, .new, due: 900, risk: 700, assignee: nil, .hardware, "张伟",
                     "普通工单：显示器闪烁"),
    ]

    static let ticket = Ticket(
        id: 2001, title: "\(clipboard)Reset my password 重置密码",
        description: "Line one\(clear)\nTab\there\r\nOSC 8: \(link)\nRTL: \(rtl)\n组合字符: e\u{0301}\u{0301}\u{0301} 表情: 👩‍💻",
        requester: Requester(name: "Mallory\(clear)", contact: "m\u{07}@evil.example", organisation: "\(c1)Org"),
        channel: .email, category: .security, impact: .medium, urgency: .high, priority: .p2,
        priorityReason: "impact medium × urgency high", status: .new, tags: ["phish\u{1B}[5m"],
        createdAt: Fixtures.minutes(-60), updatedAt: Fixtures.minutes(-10), version: 2)

    static let timeline: [TimelineItem] = [
        .event(TicketEvent(ticketID: 2001, actor: "lin", at: Fixtures.minutes(-60), field: "created", newValue: "P2",
                           reason: "reason with \(clipboard)")),
        .comment(Comment(id: 9, ticketID: 2001, author: "alice", kind: .reply,
                         body: "回复 \(link)\n第二行\(clear)", createdAt: Fixtures.minutes(-20))),
    ]

    static let article = KBArticle(id: 90, title: "\(clipboard)密码重置 \(rtl)", body: "步骤：\(clear)\n1. \(link)\n2. bell\u{07}",
                                   category: .account, tags: [], status: .published, author: "alice",
                                   createdAt: Fixtures.minutes(-600), updatedAt: Fixtures.minutes(-500))

    static func source() -> InMemoryDataSource {
        let source = InMemoryDataSource(rows: rows)
        source.setTeam(DetailFixtures.team)
        source.setTicket(ticket, timeline: timeline)
        source.knowledgeBase.add(article)
        return source
    }

    /// Scalars that must never reach a terminal: C0 and C1 controls, DEL, bidirectional embeddings and overrides.
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }
}
