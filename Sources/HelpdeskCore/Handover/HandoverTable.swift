import Foundation

/// One section of a snapshot as a table: shared by the Markdown export and the console, so the
/// report for management and the screen the incoming lead reads say the same thing.
public struct HandoverTable: Sendable, Equatable {
    public var title: String
    public var headers: [String]
    /// Cells as plain one-line text (user text sanitised).
    public var rows: [[String]]
    /// Columns aligned to the right (counts).
    public var rightAligned: Set<Int>
    /// How many tickets were left out of the rows, when the section had more than it keeps.
    public var omitted: Int
    /// Said instead of an empty table.
    public var emptyText: String

    public init(title: String, headers: [String], rows: [[String]], rightAligned: Set<Int> = [], omitted: Int = 0,
                emptyText: String = tr("None.")) {

        self.title = title
        self.headers = headers
        self.rows = rows
        self.rightAligned = rightAligned
        self.omitted = omitted
        self.emptyText = emptyText
    }
}

extension HandoverSnapshot {
    /// The counts at a glance, then every list, then the team's load.
    public func tables(timeZone: TimeZone) -> [HandoverTable] {
        let time = HandoverTime(timeZone: timeZone)
        let summary = HandoverTable(
            title: tr("Summary 概况"), headers: [tr("Measure"), tr("Count")],
            rows: [
                [tr("Open P1/P2"), "\(highPriority.total)"],
                [tr("Breached SLA"), "\(breached.total)"],
                [tr("At risk"), "\(atRisk.total)"],
                [tr("Escalated to L2"), "\(escalated.total)"],
                [tr("Unassigned"), "\(unassigned)"],
                [tr("Resolved this shift"), "\(resolved.total)"],
            ], rightAligned: [1])
        func open(_ title: String, _ list: HandoverList, empty: String) -> HandoverTable {
            HandoverTable(title: "\(title) (\(list.total))", headers: ["#", "P", tr("Status"), tr("Assignee"), tr("Due"), tr("Title")],
                          rows: list.tickets.map { t in
                              [String(t.id), t.priority.label, tr(t.status.rawValue, context: "status"), Self.clean(t.assignee ?? "—"),
                               t.dueAt.map { $0 <= takenAt ? tr("overdue %@", time.dateTime($0)) : time.dateTime($0) } ?? "—",
                               (t.isMajorIncident ? tr("[MAJOR]") + " " : "")
 + Self.clean(t.title)]
                          }, rightAligned: [0], omitted: list.omitted, emptyText: empty)
        }
        let done = HandoverTable(
            title: tr("Resolved this shift 本班已解决 (%@)", resolved.total), headers: ["#", "P", tr("Assignee"), tr("Resolved"), tr("Title")],
            rows: resolved.tickets.map { t in
                [String(t.id), t.priority.label, Self.clean(t.assignee ?? "—"), t.resolvedAt.map(time.dateTime) ?? "—", Self.clean(t.title)]
            }, rightAligned: [0], omitted: resolved.omitted, emptyText: tr("Nothing was resolved since %@.", time.dateTime(since)))
        let team = HandoverTable(
            title: tr("Load per engineer 负载"), headers: [tr("Engineer"), tr("Name"), tr("Open", context: "count"), tr("Cap")
, tr("Load")],
            rows: loads.map { l in
                [Self.clean(l.login), Self.clean(l.name), "\(l.open)", "\(l.cap)",
                 l.cap > 0 ? "\(Int((l.ratio * 100).rounded()))%" + (l.isOverCap ? " " + tr("over cap") : "") : (l.open > 0 ? tr("no cap") : "—")]
            }, rightAligned: [2, 3, 4], emptyText: tr("No engineers."))
        return [
            summary,
            open(tr("Open P1/P2 高优先级"), highPriority, empty: tr("No open P1 or P2 tickets.")),
            open(tr("Breached SLA 已超时"), breached, empty: tr("No ticket has breached its SLA.")),
            open(tr("At risk 即将超时"), atRisk, empty: tr("No ticket is at risk.")),
            open(tr("Escalated to L2 已升级"), escalated, empty: tr("No open escalations.")),

            done,
            team,
        ]
    }

    /// User text on one line with nothing that could drive a terminal.
    static func clean(_ text: String) -> String { SafeText.sanitize(text, .singleLine) }
}
