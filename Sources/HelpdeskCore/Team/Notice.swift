import Foundation

/// A message for one engineer's console: a ticket given to them, or a ticket turning at risk or breached.
public struct Notice: Sendable, Equatable, Codable {
    /// Why the notice was sent.
    public enum Kind: String, Sendable, Codable {
        case assigned
        case atRisk = "at_risk"
        case breached
    }

    public var id: Int64
    public var recipient: String
    public var ticketID: Int64?
    public var kind: Kind
    /// Composed by the store; may hold ticket text, so sanitise before drawing.
    public var text: String
    public var createdAt: Date
    public var readAt: Date?

    public init(id: Int64, recipient: String, ticketID: Int64?, kind: Kind, text: String, createdAt: Date, readAt: Date? = nil) {
        self.id = id
        self.recipient = recipient
        self.ticketID = ticketID
        self.kind = kind
        self.text = text
        self.createdAt = createdAt
        self.readAt = readAt
    }
}
