/// The columns of the queue table.
public enum QueueColumn: String, Sendable, CaseIterable {
    case marker, id, priority, status, sla, assignee, category, requester, title

    /// The heading over the column.
    public var heading: String {
        switch self {
        case .marker: ""
        case .id: "ID"
        case .priority: "P"
        case .status: "Status"
        case .sla: "SLA"
        case .assignee: "Assignee"
        case .category: "Category"
        case .requester: "Requester"
        case .title: "Title"
        }
    }
}

/// Where one column sits in the queue pane.
public struct QueueColumnSpan: Sendable, Equatable {
    public var column: QueueColumn
    public var x: Int
    public var width: Int
}

/// Fits the queue columns to a width: the title takes what is left, and on narrow screens
/// the category goes first, then requester and assignee shrink, so the title keeps room.
public enum QueueColumns {
    /// The title gets at least this much before other columns give way.
    static let comfortableTitle = 24

    /// Columns for a queue `width` wide, ids taking `idWidth` ("#" and digits), one space between columns.
    public static func compute(width: Int, idWidth: Int = 6) -> [QueueColumnSpan] {
        var widths: [QueueColumn: Int] = [
            .marker: 1, .id: max(3, idWidth), .priority: 2, .status: 11, .sla: 7,
            .assignee: 10, .category: 8, .requester: 12,
        ]
        func titleWidth() -> Int {
            width - widths.values.reduce(0, +) - widths.count
        }
        if titleWidth() > 70 {
            widths[.assignee] = 12
            widths[.requester] = 16
        }
        if titleWidth() < comfortableTitle { widths[.category] = nil }
        if titleWidth() < comfortableTitle {
            widths[.assignee] = 8
            widths[.requester] = 10
        }
        var spans: [QueueColumnSpan] = []
        var x = 0
        for column in QueueColumn.allCases {
            let w = column == .title ? max(0, titleWidth()) : widths[column]
            guard let w else { continue }
            spans.append(QueueColumnSpan(column: column, x: x, width: w))
            x += w + 1
        }
        return spans
    }
}
