/// The states of a ticket's life: 接收 → 分析 → 解决 → 反馈 → 关闭.
public enum TicketStatus: String, CaseIterable, Codable, Sendable {
    case new
    case assigned
    case inProgress = "in_progress"
    case pendingCustomer = "pending_customer"
    case escalated
    case resolved
    case closed
    case reopened
    case cancelled

    /// Open tickets are the ones somebody still has to work on.
    public var isOpen: Bool {
        switch self {
        case .resolved, .closed, .cancelled: false
        default: true
        }
    }

    /// The SLA resolution clock stands still while the customer owes us an answer.
    public var pausesSLA: Bool { self == .pendingCustomer }

    public static let openStatuses: [TicketStatus] = allCases.filter(\.isOpen)

    /// Accepts the stored name or a spelling with a dash or space ("in progress").
    public init?(name: String) {
        let key = name.lowercased()
            .replacingOccurrences(of: "-", with: "_")
            .replacingOccurrences(of: " ", with: "_")
        self.init(rawValue: key)
    }
}
