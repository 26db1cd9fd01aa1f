/// The team board's bulk outcomes in the interface language; `summary` stays the English one for logs.
extension MoveAllPlan {
    /// "把 li.na 的 5 张未结工单转走：4 张给 bob；1 张留下（没有合适的工程师）".
    public var localizedSummary: String {
        guard L10n.language != .en else { return summary }
        let targets = assigned.compactMap(\.to).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        var text = tr("Move %@'s %@ open tickets", from, moves.count)
        if !assigned.isEmpty { text += tr(": %@ to %@", assigned.count, targets.joined(separator: ", ")) }
        if !left.isEmpty { text += tr("; %@ stay (no eligible engineer)", left.count) }
        return text
    }
}

extension ReassignOutcome {
    /// "3 张已改派给 li.na，1 张被拒绝：#12 …".
    public var localizedSummary: String {
        guard L10n.language != .en else { return summary }
        var targets: [(String, Int)] = []
        for move in moved {
            if let i = targets.firstIndex(where: { $0.0 == move.to }) { targets[i].1 += 1 } else { targets.append((move.to, 1)) }
        }
        var text: String
        if targets.count == 1 {
            text = tr("%@ reassigned to %@", moved.count, targets[0].0)
        } else if targets.isEmpty {
            text = tr("None reassigned")
        } else {
            let split = targets.map { tr("%@ to %@", $0.1, $0.0) }.joined(separator: ", ")
            text = tr("%@ reassigned (%@)", moved.count, split)
        }
        if !left.isEmpty {
            let ids = left.map { "#\($0)" }.joined(separator: ", ")
            text += tr(", %@ left (no eligible engineer): %@", left.count, ids)
        }
        if !refused.isEmpty {
            let why = refused.map { "#\($0.ticketID) \(L10n.known($0.reason))" }.joined(separator: "; ")
            text += tr(", %@ refused: %@", refused.count, why)
        }
        return text
    }
}
