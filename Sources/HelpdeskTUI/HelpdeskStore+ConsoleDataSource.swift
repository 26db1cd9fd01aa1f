import Foundation
import HelpdeskStore

/// The console reads the queue straight from the store.
extension HelpdeskStore: ConsoleDataSource {
    /// From the store's counters, rather than by reading every at-risk ticket.
    public func slaSummary(login: String, now: Date) throws -> SLASummary {
        let standing = try slaStanding(now: now)
        return SLASummary(breached: standing.breached, atRisk: standing.atRisk)
    }
}
