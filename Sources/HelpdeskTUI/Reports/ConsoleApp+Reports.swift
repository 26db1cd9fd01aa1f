import Foundation
import HelpdeskCore

extension ConsoleApp {
    /// Keeps the reports pane's report in step with its period and the data: starts a
    /// computation when they differ from what is shown, collects one that finished. Quick
    /// reports (most databases) are waited for briefly so no "computing…" frame flashes.
    func syncReports() {
        guard state.reports.isOpen else { return }
        let today = LocalDate(now(), in: configuration.timeZone)
        let wanted = state.reports.request(today: today, timeZone: configuration.timeZone)
        if wanted != state.reports.current || state.reports.isStale {
            state.reports.isStale = false
            state.reports.status = .computing(wanted)
            reportLoader.start(wanted, source: source)
            if let outcome = reportLoader.wait(upTo: 0.15) { take(outcome) }
        } else if case .computing = state.reports.status, let outcome = reportLoader.take() {
            take(outcome)
        }
    }

    private func take(_ outcome: ReportLoader.Outcome) {
        guard outcome.request == state.reports.current else { return }
        switch outcome.result {
        case let .success(report): state.reports.status = .loaded(report, outcome.request, seconds: outcome.seconds)
        case let .failure(error): state.reports.status = .failed("\(error)", outcome.request)
        }
    }
}
