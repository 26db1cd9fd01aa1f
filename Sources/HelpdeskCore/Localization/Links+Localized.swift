/// Words of linked tickets and saved views in the interface language; `label` and `summary` stay the English ones scripts read.
extension TicketRelation {
    /// "child of" / 父工单为: read as "<this ticket> <label> #N".
    public var localizedLabel: String {
        switch self {
        case .parent: tr("child of", context: "relation")
        case .child: tr("parent of", context: "relation")
        case .duplicateOf: tr("duplicate of", context: "relation")
        case .duplicatedBy: tr("has duplicate", context: "relation")
        case .related: tr("related to", context: "relation")
        case .mergedInto: tr("merged into", context: "relation")
        case .mergedFrom: tr("merged from", context: "relation")
        }
    }
}

extension SavedView {
    /// `summary` in the interface language: "全部未结 · “打印机” · 按优先级".
    public var localizedSummary: String {
        var parts = [base.localizedTitle]
        if !filter.isEmpty { parts.append("“\(filter)”") }
        parts.append(tr("by %@", sort.localizedName))
        return parts.joined(separator: " · ")
    }
}
