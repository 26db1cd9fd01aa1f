import Foundation

/// Filling a template's placeholders for one ticket: pure, so the console and tests agree.
extension ReplyTemplate {
    /// A piece of a template body: text as written, or a placeholder's name as written between braces.
    public enum Segment: Sendable, Equatable {
        case text(String)
        case placeholder(String)
    }

    /// Longest name between braces read as a placeholder; longer brace text is ordinary text.
    static let nameLimit = 32

    /// The body cut into text and placeholders. `{{` and `}}` are literal braces; a brace pair
    /// around a space, a line break or nothing (`{ a: 1 }`, `{}`) is text, so JSON or code in a
    /// reply is kept as written.
    public static func segments(of body: String) -> [Segment] {
        var segments: [Segment] = []
        var text = ""
        var rest = Substring(body)
        while let first = rest.first {
            if rest.hasPrefix("{{") || rest.hasPrefix("}}") {
                text.append(first)
                rest = rest.dropFirst(2)
                continue
            }
            if first == "{", let close = rest.dropFirst().firstIndex(where: { $0 == "}" || $0 == "{" || $0.isWhitespace }),
               rest[close] == "}" {
                let name = rest[rest.index(after: rest.startIndex)..<close]
                if !name.isEmpty, name.count <= nameLimit {
                    if !text.isEmpty { segments.append(.text(text)) }
                    text = ""
                    segments.append(.placeholder(String(name)))
                    rest = rest[rest.index(after: close)...]
                    continue
                }
            }
            text.append(first)
            rest = rest.dropFirst()
        }
        if !text.isEmpty { segments.append(.text(text)) }
        return segments
    }

    /// The reply for `ticket`, placeholders filled: `engineer` is the replying engineer's name,
    /// `due` the resolution deadline (nil when no clock runs), shown in `timeZone` relative to `now`
    /// ("today 17:00", "明天 09:00"). Text from the ticket is made safe to show.
    public func render(for ticket: Ticket, engineer: String, due: Date?, now: Date, timeZone: TimeZone) -> String {
        let chinese = isChinese
        return Self.segments(of: body).map { segment -> String in
            switch segment {
            case let .text(text): return text
            case let .placeholder(name):
                guard let placeholder = ReplyPlaceholder(rawValue: name.lowercased()) else { return "{\(name)}" }
                switch placeholder {
                case .requester: return SafeText.sanitize(ticket.requester.name)
                case .ticket: return "#\(ticket.id)"
                case .engineer: return SafeText.sanitize(engineer)
                case .due: return Self.dueText(due, now: now, timeZone: timeZone, chinese: chinese)
                case .title: return SafeText.sanitize(ticket.title)
                case .category: return chinese ? Self.chineseName(ticket.category) : ticket.category.rawValue
                }
            }
        }.joined()
    }

    /// The resolution deadline `{due}` stands for, and the desk's time zone to show it in (that of
    /// the calendar the ticket's resolution clock runs on). No deadline while the clock is paused or stopped.
    public static func resolutionDue(of ticket: Ticket, sla: SLAConfiguration) -> (due: Date?, timeZone: TimeZone) {
        let deadlines = sla.deadlines(for: ticket)
        let calendar = sla.calendar(named: sla.policy(for: ticket.priority).resolutionCalendar)
        let zone = TimeZone(identifier: calendar.timeZoneID) ?? .current
        return (deadlines.resolutionPending ? deadlines.resolutionDue : nil, zone)
    }

    /// "today 17:00", "tomorrow 09:30", "Wed 3 Dec 17:00"; in Chinese "今天 17:00", "12月3日 17:00".
    /// Without a deadline: "to be confirmed" / "待定".
    static func dueText(_ due: Date?, now: Date, timeZone: TimeZone, chinese: Bool) -> String {
        guard let due else { return chinese ? "待定" : "to be confirmed" }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .weekday, .hour, .minute], from: due)
        let time = String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
        let days = calendar.dateComponents([.day], from: calendar.startOfDay(for: now), to: calendar.startOfDay(for: due)).day ?? 99
        let sameYear = calendar.component(.year, from: now) == parts.year
        let (month, day, year) = (parts.month ?? 1, parts.day ?? 1, parts.year ?? 0)
        if chinese {
            switch days {
            case 0: return "今天 \(time)"
            case 1: return "明天 \(time)"
            default: return (sameYear ? "" : "\(year)年") + "\(month)月\(day)日 \(time)"
            }
        }
        switch days {
        case 0: return "today \(time)"
        case 1: return "tomorrow \(time)"
        default:
            let weekday = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][((parts.weekday ?? 1) - 1) % 7]
            let monthName = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][(month - 1) % 12]
            return "\(weekday) \(day) \(monthName)" + (sameYear ? "" : " \(year)") + " \(time)"
        }
    }

    /// The category as a Chinese reply names it.
    static func chineseName(_ category: Category) -> String {
        switch category {
        case .hardware: "硬件"
        case .software: "软件"
        case .network: "网络"
        case .account: "账号与密码"
        case .security: "信息安全"
        case .other: "其他"
        }
    }
}
