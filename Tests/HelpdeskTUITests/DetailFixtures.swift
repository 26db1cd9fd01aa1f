import Foundation
import HelpdeskCore
import HelpdeskTUI

/// The team and the full tickets behind the detail pane and the action tests.
enum DetailFixtures {
    static let team: [Engineer] = [
        Engineer(login: "alice", name: "Alice Zhang 张丽", tier: .l1, skills: [.network, .account, .software, .other]),
        Engineer(login: "bob", name: "Bob Li 李波", tier: .l2, skills: [.network, .software]),
        Engineer(login: "carol", name: "Carol Wu", tier: .l1, skills: [.software]),
        Engineer(login: "dave", name: "Dave Chen 陈达", tier: .l1, skills: [.hardware, .software]),
        Engineer(login: "erin", name: "Erin Zhou", tier: .l1, skills: [.hardware], isActive: false),
        Engineer(login: "frank", name: "Frank Sun 孙峰", tier: .l1, skills: [.hardware], loadCap: 1),
        Engineer(login: "lin", name: "Lin Wei 林伟", role: .lead, tier: .l2, skills: Set(HelpdeskCore.Category.allCases)),
    ]

    static func at(_ minutes: Double) -> Date { Fixtures.minutes(minutes) }

    /// #1042: the floor-wide network outage, a VIP requester, a major incident; its resolution
    /// clock (P1, 4 h around the clock) ran out 80 minutes ago, as the queue row says.
    static let outage = Ticket(
        id: 1042, title: "全楼网络中断，无法访问内网和邮件",
        description: "三楼和四楼所有工位从 03:30 起无法上网，内网系统和邮件都打不开。\n财务部月底结账受影响，请尽快处理。\nAll desks on floors 3–4 lost the network at 03:30.",
        requester: Requester(name: "王伟", contact: "wang.wei@corp.example.cn", organisation: "财务部 Finance", isVIP: true),
        channel: .phone, category: .network, impact: .critical, urgency: .high, priority: .p1,
        priorityReason: "impact critical × urgency high; VIP requester; outage word “中断”; major incident",
        status: .inProgress, assignee: "alice", tags: ["outage", "floor3"], isMajorIncident: true,
        createdAt: at(-320), updatedAt: at(-90), firstResponseAt: at(-312), version: 7)

    static let outageTimeline: [TimelineItem] = [
        .event(TicketEvent(ticketID: 1042, actor: "lin", at: at(-320), field: "created", newValue: "P1",
                           reason: "impact critical × urgency high; VIP requester; outage word “中断”")),
        .event(TicketEvent(ticketID: 1042, actor: "lin", at: at(-318), field: "assignee", newValue: "alice", reason: "网络组值班")),
        .event(TicketEvent(ticketID: 1042, actor: "lin", at: at(-318), field: "status", oldValue: "new", newValue: "assigned")),
        .comment(Comment(id: 1, ticketID: 1042, author: "alice", kind: .reply,
                         body: "王先生您好，我们已收到报修，网络组正在排查三楼核心交换机，预计30分钟内给您回复。", createdAt: at(-312))),
        .event(TicketEvent(ticketID: 1042, actor: "alice", at: at(-312), field: "first_response", newValue: at(-312).ISO8601Format())),
        .event(TicketEvent(ticketID: 1042, actor: "alice", at: at(-310), field: "status", oldValue: "assigned", newValue: "in_progress")),
        .comment(Comment(id: 2, ticketID: 1042, author: "alice", kind: .note,
                         body: "交换机电源模块告警，已联系厂商工程师，备件预计 06:00 到。Switch PSU alarm; vendor called.", createdAt: at(-295))),
        .event(TicketEvent(ticketID: 1042, actor: "lin", at: at(-290), field: "major_incident", oldValue: "false", newValue: "true")),
        .comment(Comment(id: 3, ticketID: 1042, author: "alice", kind: .reply,
                         body: "备件已到，正在更换电源模块。Replacement PSU arrived; swapping it now.", createdAt: at(-200))),
        .comment(Comment(id: 4, ticketID: 1042, author: "bob", kind: .note,
                         body: "更换后仍有丢包：\n- 3F-SW01 端口 24 CRC 错误\n- 已切换到备用上联", createdAt: at(-90))),
    ]

    /// #1043: a printer jam nobody has taken, for the take and assign tests.
    static let printer = Ticket(
        id: 1043, title: "Printer on 3rd floor jams every morning",
        description: "The HP LaserJet by the lifts jams on the first job every morning.",
        requester: Requester(name: "Emma Clarke", contact: "emma.clarke@corp.example.com"),
        channel: .email, category: .hardware, impact: .medium, urgency: .medium, priority: .p2,
        priorityReason: "impact medium × urgency medium", status: .new,
        createdAt: at(-200), updatedAt: at(-30), version: 1)

    /// The shared in-memory source with the team and the rich tickets in place.
    static func source() -> InMemoryDataSource {
        let source = Fixtures.source()
        source.setTeam(team)
        source.setTicket(outage, timeline: outageTimeline)
        source.setTicket(printer)
        return source
    }

    /// A console on that source, started, for `user` with the team's role and tier.
    static func console(cols: Int = 120, rows: Int = 40, user: String = "lin",
                        source: InMemoryDataSource = DetailFixtures.source()) -> (ConsoleApp, HeadlessTerminal, InMemoryDataSource) {
        let engineer = team.first { $0.login == user }
        let terminal = HeadlessTerminal(size: TerminalSize(rows: rows, cols: cols))
        let configuration = ConsoleApp.Configuration(user: user, role: engineer?.role ?? .agent, tier: engineer?.tier ?? .l1,
                                                     timeZone: Fixtures.shanghai)
        let app = ConsoleApp(source: source, terminal: terminal, configuration: configuration, now: { Fixtures.now })
        app.start()
        return (app, terminal, source)
    }
}

extension ConsoleApp {
    /// Sends keys one after another, as a person types them.
    func type(_ keys: [Key]) {
        for key in keys { handle(key) }
    }

    /// Types text character by character (CJK through an input method arrives the same way).
    func type(_ text: String) {
        for character in text { handle(.char(character)) }
    }
}
