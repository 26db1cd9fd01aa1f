import HelpdeskCore

extension ThemeRole {
    /// The colour of a priority label.
    static func priority(_ priority: Priority) -> ThemeRole {
        switch priority {
        case .p1: .priorityP1
        case .p2: .priorityP2
        case .p3: .priorityP3
        case .p4: .priorityP4
        }
    }

    /// The colour of an SLA clock: running clocks by urgency, a missed one as a breach, the rest quiet.
    static func sla(_ state: SLAState) -> ThemeRole {
        switch state {
        case .onTrack, .met: .slaOK
        case .atRisk: .slaAtRisk
        case .breached, .missed: .slaBreached
        case .paused: .muted
        }
    }
}
