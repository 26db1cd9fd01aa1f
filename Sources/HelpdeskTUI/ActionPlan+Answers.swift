import Foundation
import HelpdeskCore

/// Taking the user's answers into a plan.
extension ActionPlan {
    /// One answer to a step.
    enum Answer: Sendable, Equatable {
        case choice(ActionFlow.Choice)
        case text(String)
        case yes
    }

    /// Stores the answer to `field`; returns why it cannot be taken, and the step then stays.
    mutating func record(_ answer: Answer, for field: Field, prompt: Prompt? = nil) -> String? {
        if case let .text(text) = answer, let prompt, prompt.isRequired,
           text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            return "\(prompt.what.prefix(1).uppercased())\(prompt.what.dropFirst()) must not be empty (Esc cancels)"
        }
        switch (field, answer) {
        case let (.status, .choice(.status(status))): answers.status = status
        case let (.engineer, .choice(.engineer(login))): answers.engineer = login
        case let (.impact, .choice(.level(level))): answers.impact = level
        case let (.urgency, .choice(.level(level))): answers.urgency = level
        case let (.channel, .choice(.channel(channel))): answers.channel = channel
        case let (.category, .choice(.category(category))): answers.category = category
        case let (.articleChoice, .choice(choice)): answers.wantsArticle = choice == .createArticle
        case (.confirm, .yes): answers.confirmed = true
        case let (.score, .choice(.score(score))): answers.score = score
        case let (.linkKind, .choice(.link(relation))): answers.linkRelation = relation
        case let (.otherTicket, .text(text)):
            guard let id = Self.ticketNumber(in: text) else { return "“\(text)” is not a ticket number; type 12 or #12" }
            guard id != ticket?.id else { return "#\(id) is this ticket; type the number of the other one" }
            answers.otherTicket = id
        case let (.minutes, .text(text)):
            guard let minutes = Self.minutes(in: text) else {
                return "“\(text)” is not a duration; type minutes (30, 45m) or hours (1h30m, 1.5h)"
            }
            answers.minutes = minutes
        case let (_, .text(text)):
            answers.setText(field == .reason ? text.trimmingCharacters(in: .whitespacesAndNewlines) : text, for: field)
        default:
            return tr("That answer does not fit this step")

        }
        return nil
    }

    /// Minutes in "90", "45m", "1h", "1h30", "1h30m", "1.5h", "2小时", "30分钟"; nil when it is not a duration.
    static func minutes(in text: String) -> Int? {
        var t = text.lowercased().filter { !$0.isWhitespace }
        for (word, unit) in [("小时", "h"), ("分钟", "m"), ("hours", "h"), ("hour", "h"), ("hrs", "h"), ("min", "m"), ("时", "h"), ("分", "m")] {
            t = t.replacingOccurrences(of: word, with: unit)
        }
        guard t.contains(where: \.isNumber) else { return nil }
        if let plain = Int(t) { return plain }
        var hours = 0.0
        var rest = Substring(t)
        if let h = rest.firstIndex(of: "h") {
            guard let value = Double(rest[..<h]), value.isFinite, value >= 0 else { return nil }
            hours = value
            rest = rest[rest.index(after: h)...]
        } else if !rest.hasSuffix("m") {
            return nil
        }
        if rest.hasSuffix("m") { rest = rest.dropLast() }
        var minutes = 0
        if !rest.isEmpty {
            guard let value = Int(rest), value >= 0 else { return nil }
            minutes = value
        }
        guard hours < 1_000 else { return nil }
        return Int((hours * 60).rounded()) + minutes
    }
}
