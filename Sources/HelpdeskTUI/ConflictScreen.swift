import Foundation
import HelpdeskCore

/// Shown when a save lost the race with a colleague: what they changed since the version the
/// user started from, what the user was saving, and the three ways on. Nothing is overwritten
/// blindly: Merge re-applies the user's action to the ticket as it is now only where Core's
/// `ConflictMerge` says that still makes sense.
public struct ConflictScreen: Sendable, Equatable {
    /// The ways on, in the order of the buttons.
    public enum Option: Sendable, Equatable, CaseIterable {
        case merge, retry, cancel

        var label: String {
            switch self {
            case .merge: "m " + tr("Merge")
            case .retry: "r " + tr("Retry")
            case .cancel: "Esc " + tr("Cancel")
            }
        }
    }

    /// The action that was refused.
    public let action: TicketAction
    /// The form it came from, with the answers; nil for a one-key action (take).
    let plan: ActionPlan?
    /// The ticket as it is now.
    public let current: Ticket
    /// The version the user's action was based on.
    public let expected: Int
    public let changedBy: [String]
    /// One line per change since `expected`: "14:05 zhao.min  status in_progress → resolved".
    public let changeLines: [String]
    /// What Merge would save, or why it cannot.
    public let merge: ConflictMerge.Outcome
    /// The highlighted button.
    public var selected: Option

    init(action: TicketAction, plan: ActionPlan?, base: Ticket, current: Ticket, expected: Int, changedBy: [String],
         changes: [TicketEvent], actor: Actor, timeZone: TimeZone) {
        self.action = action
        self.plan = plan
        self.current = current
        self.expected = expected
        self.changedBy = changedBy
        changeLines = changes.map { Self.line(for: $0, timeZone: timeZone) }
        merge = ConflictMerge.rebase(action, base: base, onto: current, by: actor)
        selected = if case .apply = merge { .merge } else { .retry }
    }

    /// "zhao.min saved #1042 after you opened it (version 7, now 8)".
    public var headline: String {
        let who = changedBy.isEmpty ? tr("Someone") : changedBy.joined(separator: ", ")
        return tr("%@ saved #%@ after you opened it (you had version %@, it is now %@)", SafeText.sanitize(who), current.id, expected, current.version)
    }

    /// What the user was saving, in their words.
    public var yourChange: String {
        let text: String = switch action {
        case let .reply(body): tr("your reply:") + " " + Self.firstLine(body)
        case let .note(body): tr("your note:") + " " + Self.firstLine(body)
        case let .changeStatus(status, _): tr("your change: status → %@", tr(status.rawValue, context: "status"))
        case let .escalate(details, _): tr("your escalation to L2:") + " " + Self.firstLine(details)
        case let .assign(login, _): tr("your change: assign to %@", login)
        case .take: tr("your change: take it")
        case .unassign: tr("your change: unassign")
        case let .setTags(tags): tr("your change: tags → %@", tags.isEmpty ? tr("none") : tags.joined(separator: ", "))
        case let .setImpactUrgency(impact, urgency): tr("your change: impact %@, urgency %@", impact.localizedName, urgency.localizedName)
        case let .overridePriority(priority, _): tr("your change: priority → %@", priority.label)
        case .clearPriorityOverride: tr("your change: priority back to the rules")
        case let .setMajorIncident(flag): tr(flag ? "your change: mark as a major incident" : "your change: clear the major-incident flag")
        case let .logTime(minutes, _): tr("your change: log %@ min", minutes)
        }
        return SafeText.sanitize(text)
    }

    /// "Merge: add your note to the ticket as it is now" or "Merge is not possible: …".
    public var mergeLine: String {
        switch merge {
        case let .apply(rebased):
            if case let .setTags(tags) = rebased, tags != (action.tags ?? []) {
                return SafeText.sanitize(tr("Merge: save tags %@ (theirs and yours)", tags.joined(separator: ", ")))
            }
            switch rebased {
            case .reply: return tr("Merge: add your reply to #%@ as it is now; their changes stay", current.id)
            case .note: return tr("Merge: add your note to #%@ as it is now; their changes stay", current.id)
            default: return tr("Merge: %@ #%@ on top of their changes", action.verb, current.id)
            }
        case let .refuse(reason):
            return SafeText.sanitize(tr("Merge is not possible: %@", L10n.known(reason)))

        }
    }

    /// The button to the left or right of the highlighted one.
    mutating func move(by step: Int) {
        let all = Option.allCases
        let index = all.firstIndex(of: selected) ?? 0
        selected = all[(index + step + all.count) % all.count]
    }

    static func line(for event: TicketEvent, timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.hour, .minute], from: event.at)
        let time = String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
        let kind = event.newValue ?? "comment"
        let what: String = if event.field == "comment" {
            switch CommentKind(rawValue: kind) {
            case .reply: tr("reply added")
            case .note: tr("note added")
            case nil: tr("%@ added", kind)
            }
        } else if L10n.language != .en {
            event.localizedSummary
        } else {
            "\(event.field) \(event.oldValue ?? "—") → \(event.newValue ?? "—")"
        }
        return SafeText.sanitize("\(time) \(event.actor)  \(what)")
    }

    private static func firstLine(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
        let first = lines.first.map(String.init) ?? ""
        return lines.count > 1 ? first + " …" : first
    }
}

extension TicketAction {
    /// The tags a tag change sets; nil for other actions.
    var tags: [String]? {
        if case let .setTags(tags) = self { tags } else { nil }
    }
}
