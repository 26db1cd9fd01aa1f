import Foundation

/// Applying the configuration to tickets: deadlines to persist, clocks to show.
extension SLAConfiguration {
    /// The ticket's deadlines, independent of "now"; cheap enough to run on every write.
    public func deadlines(for ticket: Ticket) -> SLADeadlines {
        let policy = policy(for: ticket.priority)
        let (response, resolution) = timelines(for: policy)
        let created = ticket.createdAt.timeIntervalSince1970
        let open = ticket.status.isOpen
        let paused = open && ticket.pausedSince != nil

        var resolutionDue: Date?, resolutionRisk: Date?
        if !paused {
            let stop = open ? Double.infinity : Self.stopInstant(of: ticket)
            let added = Self.pausedWorkingTime(ticket, on: resolution, from: created, until: stop)
            resolutionDue = date(resolution.adding(policy.resolution + added, to: created))
            resolutionRisk = date(resolution.adding(atRiskShare * policy.resolution + added, to: created))
        }
        return SLADeadlines(
            responseDue: date(response.adding(policy.firstResponse, to: created)),
            responseRiskAt: date(response.adding(atRiskShare * policy.firstResponse, to: created)),
            resolutionDue: resolutionDue, resolutionRiskAt: resolutionRisk,
            responsePending: open && ticket.firstResponseAt == nil,
            resolutionPending: open && !paused)
    }

    /// Both clocks of the ticket as they stand at `now`.
    public func evaluate(_ ticket: Ticket, at now: Date) -> SLAEvaluation {
        let policy = policy(for: ticket.priority)
        let (response, resolution) = timelines(for: policy)
        return SLAEvaluation(
            response: responseClock(ticket, policy: policy, on: response, now: now.timeIntervalSince1970),
            resolution: resolutionClock(ticket, policy: policy, on: resolution, now: now.timeIntervalSince1970))
    }

    private func responseClock(_ ticket: Ticket, policy: SLAPolicy, on timeline: WorkingTimeline, now: Double) -> SLAClock {
        let created = ticket.createdAt.timeIntervalSince1970
        let target = policy.firstResponse
        let due = timeline.adding(target, to: created)
        let risk = timeline.adding(atRiskShare * target, to: created)
        // Resolving counts as answering; the workflow records it, older data may not.
        let answered = ticket.firstResponseAt?.timeIntervalSince1970
            ?? (ticket.status.isOpen ? nil : Self.stopInstant(of: ticket))
        guard let stop = answered else {
            return running(target: target, elapsed: timeline.working(from: created, to: now), due: due, risk: risk, now: now)
        }
        let elapsed = timeline.working(from: created, to: stop)
        let state: SLAState = ticket.firstResponseAt == nil && ticket.status == .cancelled ? .met : (stop <= due ? .met : .missed)
        return SLAClock(target: target, elapsed: elapsed, dueAt: date(due), riskAt: date(risk), state: state)
    }

    private func resolutionClock(_ ticket: Ticket, policy: SLAPolicy, on timeline: WorkingTimeline, now: Double) -> SLAClock {
        let created = ticket.createdAt.timeIntervalSince1970
        let target = policy.resolution
        if ticket.status.isOpen, let since = ticket.pausedSince?.timeIntervalSince1970 {
            let added = Self.pausedWorkingTime(ticket, on: timeline, from: created, until: since)
            let elapsed = max(0, timeline.working(from: created, to: since) - added)
            return SLAClock(target: target, elapsed: elapsed, dueAt: nil, riskAt: nil, state: .paused)
        }
        let stop = ticket.status.isOpen ? now : Self.stopInstant(of: ticket)
        let added = Self.pausedWorkingTime(ticket, on: timeline, from: created, until: ticket.status.isOpen ? .infinity : stop)
        let due = timeline.adding(target + added, to: created)
        let risk = timeline.adding(atRiskShare * target + added, to: created)
        let elapsed = max(0, timeline.working(from: created, to: stop)
            - Self.pausedWorkingTime(ticket, on: timeline, from: created, until: stop))
        if ticket.status.isOpen {
            return running(target: target, elapsed: elapsed, due: due, risk: risk, now: now)
        }
        let state: SLAState = ticket.status == .cancelled ? .met : (stop <= due ? .met : .missed)
        return SLAClock(target: target, elapsed: elapsed, dueAt: date(due), riskAt: date(risk), state: state)
    }

    /// A running clock's state follows its instants, so it agrees with the persisted deadlines.
    private func running(target: Double, elapsed: Double, due: Double, risk: Double, now: Double) -> SLAClock {
        let state: SLAState = now > due ? .breached : (now >= risk ? .atRisk : .onTrack)
        return SLAClock(target: target, elapsed: elapsed, dueAt: date(due), riskAt: date(risk), state: state)
    }

    private func timelines(for policy: SLAPolicy) -> (response: WorkingTimeline, resolution: WorkingTimeline) {
        let response = WorkingTimeline(calendar(named: policy.responseCalendar))
        if policy.resolutionCalendar == policy.responseCalendar { return (response, response) }
        return (response, WorkingTimeline(calendar(named: policy.resolutionCalendar)))
    }

    /// When a stopped (resolved, closed or cancelled) ticket's clocks stopped.
    private static func stopInstant(of ticket: Ticket) -> Double {
        let stop = ticket.resolvedAt ?? ticket.closedAt ?? ticket.updatedAt
        return max(stop, ticket.createdAt).timeIntervalSince1970
    }

    /// Working time inside completed waits between `from` and `until`; overlapping waits count once.
    static func pausedWorkingTime(_ ticket: Ticket, on timeline: WorkingTimeline, from: Double, until: Double) -> Double {
        guard !ticket.pauses.isEmpty else { return 0 }
        let ordered = ticket.pauses.count < 2 || zip(ticket.pauses, ticket.pauses.dropFirst()).allSatisfy { $0.start <= $1.start }
            ? ticket.pauses : ticket.pauses.sorted { $0.start < $1.start }
        var total = 0.0
        var covered = from
        for pause in ordered {
            let start = max(pause.start.timeIntervalSince1970, covered)
            let end = min(pause.end.timeIntervalSince1970, until)
            if end > start {
                total += timeline.working(from: start, to: end)
                covered = end
            }
        }
        return total
    }

    private func date(_ seconds: Double) -> Date { Date(timeIntervalSince1970: seconds) }
}
