import HelpdeskCore

/// The requester-history list (`h`) while it is open: the history and the highlighted row.
public struct RequesterHistoryView: Sendable, Equatable {
    public var history: RequesterHistory
    /// The ticket the user came from, marked in the list.
    public var fromTicketID: Int64
    /// Index of the highlighted ticket.
    public var cursor = 0
    /// Index of the first row in view.
    public var top = 0

    public init(history: RequesterHistory, fromTicketID: Int64) {
        self.history = history
        self.fromTicketID = fromTicketID
    }

    /// The highlighted ticket, if the list is not empty.
    public var selected: RequesterTicket? {
        history.tickets.indices.contains(cursor) ? history.tickets[cursor] : nil
    }

    /// Moves the highlight, keeping it within `visibleRows` of the top.
    mutating func move(to index: Int, visibleRows: Int) {
        guard !history.tickets.isEmpty else { return }
        cursor = min(max(0, index), history.tickets.count - 1)
        let rows = max(1, visibleRows)
        if cursor < top { top = cursor }
        if cursor >= top + rows { top = cursor - rows + 1 }
    }

    /// Rows the overlay shows on a screen `rows` lines high: everything but the frame, title and column heads.
    static func visibleRows(screenRows: Int) -> Int { max(1, screenRows - 9) }
}
