import Foundation
import HelpdeskCore
import HelpdeskStore

/// Keeps the text of replies, notes, escalations, resolutions and reopen reasons in the database
/// while it is typed, so a crash, a closed terminal or `kill -9` loses at most about a second.
///
/// After every key and every idle tick the console calls `sync`: what should be kept (the open
/// prompt's text, and the drafts of refused or cancelled saves in `ConsoleState.drafts`) is compared
/// with what was last written, and only the difference is written, at most every `interval` while
/// typing goes on. A send or a discard removes the draft at once; a signal flushes with `force`.
final class DraftKeeper {
    /// The actions whose text is kept; forms that only pick do not need it.
    static let kinds: Set<ActionFlow.Kind> = [.reply, .note, .escalate, .resolve, .reopen]
    /// Seconds between two writes while the user keeps typing.
    static let interval: TimeInterval = 0.5

    private let source: any ConsoleDataSource
    private let login: String
    private let now: () -> Date
    /// What the database holds, as far as this console knows.
    private var written: [ActionPlan.DraftKey: String] = [:]
    private var lastWrite: TimeInterval = -.infinity

    init(source: any ConsoleDataSource, login: String, now: @escaping () -> Date) {
        self.source = source
        self.login = login
        self.now = now
    }

    /// Reads the drafts left by an earlier session into `state` and says so in the status bar.
    func load(into state: inout ConsoleState) {
        let stored: [StoredDraft]
        do {
            stored = try source.drafts(login: login)
        } catch {
            state.message = ConsoleState.Message(tr("Cannot read your drafts: %@", ConsoleState.describe(error)), kind: .error)
            return
        }
        var named: [String] = []
        for draft in stored {
            guard let kind = ActionFlow.Kind(rawValue: draft.kind), Self.kinds.contains(kind) else { continue }
            let key = ActionPlan.DraftKey(kind: kind, ticketID: draft.ticketID)
            var answers = FlowAnswers()
            answers.text = draft.body
            state.drafts[key] = answers
            written[key] = draft.body
            named.append(tr("%@ on #%@", kind.localizedName, draft.ticketID))
        }
        guard !named.isEmpty else { return }
        let list = named.count > 3 ? named.prefix(3).joined(separator: ", ") + tr(" and %@ more", named.count - 3) : named.joined(separator: ", ")
        state.message = ConsoleState.Message(named.count == 1 ? tr("Unsent draft: %@; open it on the ticket to continue", list)
                                             : tr("Unsent drafts: %@; open it on the ticket to continue", list))
    }

    /// Writes what changed since the last write; while typing, at most every `interval` unless `force`.
    /// True when it wrote.
    @discardableResult
    func sync(_ state: inout ConsoleState, force: Bool, beforeWriting: () -> Void = {}) -> Bool {
        let wanted = Self.wanted(in: state)
        let clock = ProcessInfo.processInfo.systemUptime
        var changes: [(ActionPlan.DraftKey, String)] = written.keys.filter { wanted[$0] == nil }.map { ($0, "") }
        let edits = wanted.filter { written[$0.key] != $0.value }
        // Only typing is spread out; text that has left the prompt (a refused or cancelled save) is written at once.
        let typing: Bool = if case .prompt = state.flow?.step { true } else { false }
        if !edits.isEmpty, force || !typing || clock - lastWrite >= Self.interval {
            changes += edits.map { ($0.key, $0.value) }
        }
        guard !changes.isEmpty else { return false }
        beforeWriting()
        do {
            for (key, body) in changes {
                guard let ticketID = key.ticketID else { continue }
                try source.saveDraft(login: login, ticketID: ticketID, kind: key.kind.rawValue, body: body, at: now())
                written[key] = body.isEmpty ? nil : body
            }
            lastWrite = clock
        } catch {
            state.message = ConsoleState.Message(tr("Cannot keep your draft: %@", ConsoleState.describe(error)), kind: .error)

            lastWrite = clock
        }
        return true
    }

    /// The text that should be kept now: drafts of refused or cancelled saves, and the prompt being typed in.
    static func wanted(in state: ConsoleState) -> [ActionPlan.DraftKey: String] {
        var wanted: [ActionPlan.DraftKey: String] = [:]
        for (key, answers) in state.drafts where kinds.contains(key.kind) && key.ticketID != nil {
            let text = body(of: answers)
            if !text.isEmpty { wanted[key] = text }
        }
        if let flow = state.flow, kinds.contains(flow.kind), flow.ticket != nil, case let .prompt(prompt) = flow.step {
            var answers = flow.plan.answers
            switch flow.field {
            case .text: answers.text = prompt.text
            // The escalation's second prompt: the details typed before it are kept with it.
            case .requesterData: answers.requesterData = prompt.text
            default: return wanted
            }
            let text = body(of: answers)
            wanted[flow.plan.draftKey] = text.isEmpty ? nil : text
        }
        return wanted
    }

    /// One draft body per action: an escalation keeps its details and the requester's data together,
    /// so neither is lost when the console dies between the two prompts.
    static func body(of answers: FlowAnswers) -> String {
        let text = answers.text ?? ""
        guard let data = answers.requesterData, !data.isEmpty else { return text }
        return text + "\n\n" + requesterDataHeading + "\n" + data
    }

    /// Marks where the requester's data starts in a kept escalation draft.
    static let requesterDataHeading = "— requester's data —"
}
