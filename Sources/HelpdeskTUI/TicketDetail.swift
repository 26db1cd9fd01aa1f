import Foundation
import HelpdeskCore

/// The selected ticket as the detail pane shows it, loaded when the selection or the data changes.
///
/// The laid-out lines are kept with it for the pane's width, so scrolling and redrawing every
/// second do not wrap a long description again; only the two SLA clocks are worked out per frame.
public struct TicketDetail: Sendable, Equatable {
    public var ticket: Ticket
    /// Replies, notes and events, oldest first.
    public var timeline: [TimelineItem]
    /// The SLA rules the clocks are evaluated with.
    public var sla: SLAConfiguration
    /// The zone times are printed in.
    public var timeZone: TimeZone
    /// The pane's lines for `contentWidth` columns.
    public private(set) var lines: [DetailLine] = []
    public private(set) var contentWidth = 0
    /// Linked tickets as this one sees them, with their status now.
    public var links: [LinkedTicket]
    /// Further contacts (requesters of tickets merged into this one).
    public var contacts: [TicketContact]

    /// A detail laid out for a pane `width` columns wide (text area, without margins).
    public init(ticket: Ticket, timeline: [TimelineItem], sla: SLAConfiguration, timeZone: TimeZone, width: Int,
                links: [LinkedTicket] = [], contacts: [TicketContact] = []) {
        self.ticket = ticket
        self.timeline = timeline
        self.sla = sla
        self.timeZone = timeZone
        self.links = links
        self.contacts = contacts
        layOut(width: width)
    }

    /// Re-wraps the lines for a new width; nothing happens when the width is unchanged.
    public mutating func layOut(width: Int) {
        guard width != contentWidth || lines.isEmpty else { return }
        contentWidth = width
        lines = DetailPane.lines(for: self, width: width)
    }
}

/// One row of the detail pane.
public enum DetailLine: Sendable, Equatable {
    /// Fixed text in styled pieces.
    case text([DetailSpan])
    /// An SLA clock, worked out when drawn so its countdown stays true.
    case clock(SLAClockKind)

    static let blank = DetailLine.text([])
}

/// A piece of a detail line in one style.
public struct DetailSpan: Sendable, Equatable {
    public var text: String
    public var style: Style

    public init(_ text: String, _ style: Style = .normal) {
        self.text = text
        self.style = style
    }
}

/// The two clocks every ticket has.
public enum SLAClockKind: Sendable, Equatable {
    case response, resolution
}
