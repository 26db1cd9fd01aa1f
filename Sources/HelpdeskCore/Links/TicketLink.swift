import Foundation

/// How two tickets belong together. A link is stored once, from `from` to `to`.
public enum TicketLinkKind: String, Codable, Sendable, CaseIterable {
    /// The same problem or cause seen twice; symmetric.
    case related
    /// `from` reports the same thing as `to`, which is the one worked on.
    case duplicateOf = "duplicate_of"
    /// `from` is the parent of `to` (a major incident and the tickets it caused, a project and its steps).
    case parentOf = "parent_of"
    /// `from` was merged into `to`; only `TicketMerge` makes these, and they are never unlinked.
    case mergedInto = "merged_into"
}

/// One stored link between two tickets, with who made it and when.
public struct TicketLink: Codable, Sendable, Equatable, Hashable {
    public var from: Int64
    public var to: Int64
    public var kind: TicketLinkKind
    public var linkedBy: String
    public var linkedAt: Date

    public init(from: Int64, to: Int64, kind: TicketLinkKind, linkedBy: String, linkedAt: Date) {
        self.from = from
        self.to = to
        self.kind = kind
        self.linkedBy = linkedBy
        self.linkedAt = linkedAt
    }

    /// The other end of the link seen from `ticketID`, nil when the link does not touch it.
    public func other(than ticketID: Int64) -> Int64? {
        if from == ticketID { return to }
        if to == ticketID { return from }
        return nil
    }

    /// What the other ticket is to `ticketID`: "duplicate of", "child", "merged from" ….
    public func relation(from ticketID: Int64) -> TicketRelation {
        let outgoing = from == ticketID
        switch kind {
        case .related: return .related
        case .duplicateOf: return outgoing ? .duplicateOf : .duplicatedBy
        case .parentOf: return outgoing ? .child : .parent
        case .mergedInto: return outgoing ? .mergedInto : .mergedFrom
        }
    }
}

/// A link as one ticket sees it; `label` is what the detail pane and `ticket show` print.
public enum TicketRelation: String, Codable, Sendable, CaseIterable {
    case parent
    case child
    case duplicateOf = "duplicate_of"
    case duplicatedBy = "duplicated_by"
    case related
    case mergedInto = "merged_into"
    case mergedFrom = "merged_from"

    /// "duplicate of", "has duplicate" …, read as "<this ticket> <label> #N".
    public var label: String {
        switch self {
        case .parent: "child of"
        case .child: "parent of"
        case .duplicateOf: "duplicate of"
        case .duplicatedBy: "has duplicate"
        case .related: "related to"
        case .mergedInto: "merged into"
        case .mergedFrom: "merged from"
        }
    }

    /// The order links are listed in: the parent first, merges last.
    public var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}

/// A link from one ticket's point of view, with what the linked ticket looks like now.
public struct LinkedTicket: Codable, Sendable, Equatable {
    public var relation: TicketRelation
    public var id: Int64
    public var title: String
    public var status: TicketStatus
    public var priority: Priority
    /// The linked ticket's version when read, so acting on it (resolving a child) can detect a colleague's change.
    public var version: Int
    public var linkedBy: String
    public var linkedAt: Date

    public init(relation: TicketRelation, id: Int64, title: String, status: TicketStatus, priority: Priority,
                version: Int = 1, linkedBy: String, linkedAt: Date) {
        self.relation = relation
        self.id = id
        self.title = title
        self.status = status
        self.priority = priority
        self.version = version
        self.linkedBy = linkedBy
        self.linkedAt = linkedAt
    }
}
