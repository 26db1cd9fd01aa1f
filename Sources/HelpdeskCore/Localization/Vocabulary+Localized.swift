/// The vocabulary's words as the interface shows them. Stored and machine-read values keep their
/// English raw values; only these labels change with the language.
extension TicketStatus {
    /// "in progress" / 处理中: the status as people read it.
    public var localizedName: String {
        switch self {
        case .new: tr("new", context: "status")
        case .assigned: tr("assigned", context: "status")
        case .inProgress: tr("in progress", context: "status")
        case .pendingCustomer: tr("pending", context: "status")
        case .escalated: tr("escalated", context: "status")
        case .resolved: tr("resolved", context: "status")
        case .closed: tr("closed", context: "status")
        case .reopened: tr("reopened", context: "status")
        case .cancelled: tr("cancelled", context: "status")
        }
    }
}

extension Category {
    /// "network" / 网络.
    public var localizedName: String { tr(rawValue, context: "category") }
}

extension Channel {
    /// "phone" / 电话.
    public var localizedName: String { tr(rawValue, context: "channel") }
}

extension Level {
    /// "high" / 高.
    public var localizedName: String { tr(name, context: "level") }
}

extension Role {
    /// "lead" / 组长.
    public var localizedName: String { tr(rawValue, context: "role") }
}

extension QueueSort {
    /// "due" / 到期.
    public var localizedName: String { tr(rawValue, context: "sort") }
}

extension QueueView {
    /// "All open" / 全部未结: the view's full title.
    public var localizedTitle: String { tr(title, context: "view") }
}
