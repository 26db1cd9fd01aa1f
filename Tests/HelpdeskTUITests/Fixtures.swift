import Foundation
import HelpdeskCore
import HelpdeskTUI

/// A morning at a Shanghai support desk: Chinese and English tickets, one major incident,
/// breached, at-risk and paused clocks, and a title carrying an escape sequence.
enum Fixtures {
    /// 2026-03-02 09:00 in Shanghai.
    static let now = Date(timeIntervalSince1970: 1_772_413_200)
    static let shanghai = TimeZone(identifier: "Asia/Shanghai")!

    static func minutes(_ m: Double) -> Date { now.addingTimeInterval(m * 60) }

    static func row(_ id: Int64, _ priority: Priority, _ status: TicketStatus, due: Double?, risk: Double? = nil,
                    assignee: String?, _ category: HelpdeskCore.Category, _ requester: String, _ title: String,
                    tags: [String] = [], major: Bool = false, updated: Double = -30) -> QueueRow {
        QueueRow(id: id, priority: priority, status: status, dueAt: due.map(minutes), riskAt: risk.map(minutes),
                 assignee: assignee, category: category, requester: requester, title: title, tags: tags,
                 isMajorIncident: major, updatedAt: minutes(updated), version: 1)
    }

    static let rows: [QueueRow] = [
        row(1042, .p1, .inProgress, due: -80, risk: -140, assignee: "alice", .network, "王伟",
            "全楼网络中断，无法访问内网和邮件", tags: ["outage", "floor3"], major: true, updated: -5),
        row(1043, .p2, .new, due: 35, risk: -10, assignee: nil, .hardware, "Emma Clarke",
            "Printer on 3rd floor jams every morning"),
        row(1044, .p3, .assigned, due: 125, risk: 60, assignee: "alice", .account, "李娜",
            "邮箱无法登录，提示密码错误"),
        row(1045, .p2, .escalated, due: 300, risk: 180, assignee: "bob", .network, "Tom Becker",
            "VPN drops every 10 minutes for remote staff", tags: ["vpn"]),
        row(1046, .p4, .pendingCustomer, due: nil, assignee: "alice", .software, "张小明",
            "申请安装 Adobe Acrobat 专业版"),
        row(1047, .p3, .new, due: 4560, risk: 3000, assignee: nil, .software, "陈静",
            "笔记本蓝屏 after Windows update，更新后反复重启无法进入系统"),
        row(1048, .p1, .inProgress, due: 50, risk: -5, assignee: "carol", .software, "财务部 Finance",
            "ERP 系统宕机，财务无法结账"),
        row(1049, .p3, .new, due: 1560, risk: 1000, assignee: nil, .hardware, "Olivia Martin",
            "\u{1B}[31mURGENT\u{1B}[0m new keyboard please\u{07}"),
        row(1050, .p4, .assigned, due: 8640, risk: 6000, assignee: "alice", .other, "孙丽",
            "会议室投影仪 🖨️ 打印机共享设置 😀"),
        row(1051, .p3, .resolved, due: nil, assignee: "bob", .software, "Emma Clarke",
            "Outlook 日历同步失败", updated: -120),
        row(1052, .p2, .new, due: -10, risk: -40, assignee: nil, .security, "Security Team",
            "Phishing e-mail reported by 12 users 钓鱼邮件", tags: ["phishing"]),
    ]

    static func source() -> InMemoryDataSource { InMemoryDataSource(rows: rows) }

    /// A console for `user` drawn on a headless terminal of `cols`×`rows`, started and drawn.
    static func console(cols: Int, rows: Int, user: String = "lin", role: Role = .lead,
                        source: InMemoryDataSource = Fixtures.source()) -> (ConsoleApp, HeadlessTerminal) {
        let terminal = HeadlessTerminal(size: TerminalSize(rows: rows, cols: cols))
        let app = ConsoleApp(source: source, terminal: terminal,
                             configuration: ConsoleApp.Configuration(user: user, role: role, timeZone: shanghai),
                             now: { now })
        app.start()
        return (app, terminal)
    }
}
