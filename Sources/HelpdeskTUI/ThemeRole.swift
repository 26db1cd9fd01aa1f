/// What a piece of the screen means; themes decide how each meaning looks.
///
/// The raw value is the key used in theme files (`sla.breached = 196 default bold`).
public enum ThemeRole: String, CaseIterable, Sendable, Hashable {
    case normal
    case header
    case tab
    case tabActive = "tab.active"
    case selection
    case muted
    case priorityP1 = "priority.p1"
    case priorityP2 = "priority.p2"
    case priorityP3 = "priority.p3"
    case priorityP4 = "priority.p4"
    case slaBreached = "sla.breached"
    case slaAtRisk = "sla.at_risk"
    case slaOK = "sla.ok"
    case majorIncident = "major_incident"
    case statusBar = "status_bar"
    case border
    case error
    case notice
    /// Internal notes in the timeline: text the requester never sees.
    case note
    /// Search terms found in knowledge-base results and articles.
    case match
}
