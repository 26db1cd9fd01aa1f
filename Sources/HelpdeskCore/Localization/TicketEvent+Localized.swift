/// Timeline lines in the interface language: the field's name and, for statuses and levels, the
/// values are translated; everything else (logins, times, tags, reasons) is shown as recorded.
extension TicketEvent {
    /// `summary` as the user reads it in the current language.
    public var localizedSummary: String {
        guard L10n.language != .en else { return summary }
        let name = Self.word(field, context: "event")
        func value(_ raw: String) -> String {
            switch field {
            case "status": Self.word(raw, context: "status")
            case "impact", "urgency": Self.word(raw, context: "level")
            case "link", "unlink": Self.relationWords(raw)
            default: raw
            }
        }
        switch (oldValue.map(value), newValue.map(value)) {
        case let (old?, new?): return "\(name) \(old) → \(new)"
        case let (nil, new?): return field == "created" ? "\(name) \(new)" : "\(name) → \(new)"
        case let (old?, nil): return "\(name) \(old) → —"
        case (nil, nil): return name
        }
    }

    /// "child of #1 全楼网络中断" as recorded, with the relation in front in the interface language.
    private static func relationWords(_ raw: String) -> String {
        for relation in TicketRelation.allCases where raw.hasPrefix(relation.label + " #") {
            return relation.localizedLabel + raw.dropFirst(relation.label.count)
        }
        return raw
    }

    /// The catalog's word for `raw` in `context`, or `raw` itself for a field it does not know.
    private static func word(_ raw: String, context: String) -> String {
        L10n.zh[context + "|" + raw] ?? raw
    }
}
