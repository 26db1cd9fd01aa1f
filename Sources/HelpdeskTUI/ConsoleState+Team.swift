import HelpdeskCore

/// The lead's keys: the team board, marking tickets, reassigning the marked, moving an engineer's tickets, notices.
extension ConsoleState {
    /// The effects of a team command, or nil when `id` is not one and runs as usual.
    mutating func performTeam(_ id: CommandID) -> [ConsoleEffect]? {
        switch id {
        case .teamBoard: return toggleBoard()
        case .boardLeave: return closeBoard()
        case .notices: return openNotices()
        case .mark: return markSelected()
        case .clearMarks:
            message = Message(team.marked.isEmpty ? tr("No tickets are marked") : tr("Cleared %@ marks", team.marked.count))
            team.marked = [:]
            return []
        case .boardDown, .boardUp:
            team.board?.move(by: id == .boardDown ? 1 : -1)
            return []
        case .boardNextSection, .boardPreviousSection:
            team.board?.cycleSection(backwards: id == .boardPreviousSection)
            return []
        case .moveAll: return startMoveAll()
        case .assign where !team.marked.isEmpty || focus == .board: return startReassign()
        case .take, .reply, .note, .changeStatus, .escalate, .resolve, .reopen, .logTime, .impactUrgency, .editTags,
             .majorIncident, .toggleDetail, .openDetail, .knowledgeBase:
            guard focus == .board else { return nil }
            message = Message(tr("Close the board (Esc) to work on one ticket; here Space marks tickets and a reassigns them"), kind: .error)
            return []
        default:
            return nil
        }
    }

    private mutating func toggleBoard() -> [ConsoleEffect] {
        if team.board != nil { return closeBoard() }
        guard AccessPolicy.allows(role, .seeTeamBoard) else {
            message = Message(tr("Only leads and admins see the team board; ask your lead who has what"), kind: .error)
            return [.recordDenied(ticketID: nil, action: "team board", message: Permission.seeTeamBoard.denial)]
        }
        team.board = TeamBoard()
        focus = .board
        return []
    }

    private mutating func closeBoard() -> [ConsoleEffect] {
        team.board = nil
        focus = .queue
        relayout()
        return [.reloadPage]
    }

    /// Space: marks the selected ticket (or unmarks it) and moves down, in the queue or a board list.
    private mutating func markSelected() -> [ConsoleEffect] {
        if focus == .board, var board = team.board {
            guard let row = board.selectedTicket else {
                message = Message(tr("Space marks tickets in the lists; on an engineer, m moves all their tickets"), kind: .error)
                return []
            }
            team.toggleMark(row.id, version: row.version)
            board.move(by: 1)
            team.board = board
            message = markMessage()
            return []
        }
        guard let row = selectedRow else {
            message = Message(tr("No ticket selected"), kind: .error)
            return []
        }
        team.toggleMark(row.id, version: row.version)
        message = markMessage()
        return releaseHeldTicket() ? [] : (moveCursor(to: cursor + 1) ? [.reloadPage] : [])
    }

    private func markMessage() -> Message {
        Message(team.marked.isEmpty ? tr("No tickets marked") : tr("%@ marked: a reassigns them, u clears", team.marked.count))
    }

    /// `a` with marked tickets, or on a board list: rank the team for them all.
    private mutating func startReassign() -> [ConsoleEffect] {
        submitted = nil
        guard AccessPolicy.allows(role, .reassign) else {
            message = Message(tr("Only a lead can reassign tickets; use t to take a ticket yourself"), kind: .error)
            return [.recordDenied(ticketID: nil, action: "reassign marked tickets", message: Permission.reassign.denial)]
        }
        if team.marked.isEmpty {
            guard let row = team.board?.selectedTicket else {
                message = Message(tr("Mark tickets with Space first, or press m on an engineer to move all their tickets"), kind: .error)
                return []
            }
            return [.team(.rankMarked([row.id: row.version]))]
        }
        return [.team(.rankMarked(team.marked))]
    }

    /// `m` on an engineer of the board.
    private mutating func startMoveAll() -> [ConsoleEffect] {
        guard let row = team.board?.selectedEngineer else {
            message = Message(tr("Select an engineer in the team list (Tab) to move their tickets"), kind: .error)
            return []
        }
        guard row.openTickets > 0 else {
            message = Message(tr("%@ has no open tickets", row.engineer.login))
            return []
        }
        submitted = nil
        return [.team(.planMoveAll(login: row.engineer.login))]
    }

    /// The team ranked for the batch: the picker opens.
    mutating func chooseAssignee(forBatch tickets: [Ticket], versions: [Int64: Int], candidates: [BulkCandidate]) -> [ConsoleEffect] {
        let subject = tickets.count == 1 ? "#\(tickets[0].id)" : tr("%@ tickets", tickets.count)
        let items = candidates.map { candidate in
            Picker<ActionFlow.Choice>.Item(.engineer(candidate.engineer.login), candidate.engineer.name,
                                           detail: candidate.explanation, dimmed: candidate.eligibleFor.isEmpty)
        }
        let best = candidates.first { $0.isEligibleForAll }
        let note = best.map { tr("Suggested: %@", $0.explanation) } ?? tr("Nobody is eligible for all of them; the reasons are beside each name")
        let picker = Picker(title: tr("Reassign %@", subject), items: items, note: note, selected: best.map { .engineer($0.engineer.login) })
        var answers = FlowAnswers()
        answers.batch = TicketBatch(versions: versions, subject: subject, picker: picker,
                                    reasonRequired: tickets.contains { $0.assignee != nil && $0.assignee != user })
        return begin(ActionPlan(.reassign, ticket: nil, role: role, answers: answers))
    }

    /// The move-all plan is made: ask for the reason, then confirm.
    mutating func confirmMoveAll(_ plan: MoveAllPlan) -> [ConsoleEffect] {
        var answers = FlowAnswers()
        answers.batch = TicketBatch(versions: Dictionary(uniqueKeysWithValues: plan.moves.map { ($0.ticketID, $0.version) }),
                                    subject: tr("%@'s %@ open tickets", plan.from, plan.moves.count), moveAll: plan)
        return begin(ActionPlan(.moveAll, ticket: nil, role: role, answers: answers))
    }

    /// The batch ran: forget the marks it covered and say what happened.
    mutating func reassigned(_ outcome: ReassignOutcome, prefix: String = "", covering ids: [Int64]) {
        for id in ids { team.marked[id] = nil }
        submitted = nil
        message = Message(prefix + outcome.localizedSummary, kind: outcome.hasProblems ? .error : .notice)
        team.board?.isStale = true
    }

    /// `N`: show the unread notices and mark them read.
    private mutating func openNotices() -> [ConsoleEffect] {
        guard let last = team.notices.last else {
            message = Message(tr("No new notices"))

            return []
        }
        team.noticeList = team.notices
        return [.team(.readNotices(upTo: last.id))]
    }

    /// Any key closes the notice list; Ctrl-C still quits.
    mutating func closeNoticeList(_ key: Key) -> [ConsoleEffect] {
        team.noticeList = nil
        return key == .ctrl("c") ? [.quit] : []
    }
}
