import HelpdeskCore

extension DetailPane {
    /// "Satisfied   2/5 ⚑ low, flagged for the lead · 太慢了" under the ticket's fields, when surveyed.
    static func satisfaction(_ timeline: [TimelineItem], width: Int) -> [DetailLine] {
        guard let current = Satisfaction.current(in: timeline) else { return [] }
        let comment = current.comment.map { " · " + SafeText.sanitize($0) } ?? ""
        if Satisfaction.isLow(current.score) {
            let flag = DetailSpan(Satisfaction.label(current.score), Style(.slaBreached, .bold))
            return field(tr("Survey"),
 flag.text + comment, width: width, style: .normal, lead: flag)
        }
        return field(tr("Survey"),
 "\(current.score)/5" + comment, width: width, style: .normal)
    }
}
