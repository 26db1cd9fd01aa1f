import HelpdeskCore
import HelpdeskStore

/// One assignment decision for an unassigned ticket among the data set's 500 engineers.
struct AssignmentBench {
    let store: HelpdeskStore
    let tickets: Int
    let settings: BenchSettings

    func run(into report: inout BenchReport) throws {
        let engineers = try store.engineers()
        let loads = try store.openLoads()
        let page = try store.queue(QueueQuery(view: .unassigned, login: "", limit: 20, now: DataSet.now))
        var candidates = try page.rows.map { try store.ticket(id: $0.id) }
        if candidates.isEmpty {
            candidates = [Ticket(title: "打印机无法打印", description: "bench", requester: Requester(name: "bench", contact: "bench@example.com"),
                                 category: .hardware, createdAt: DataSet.now)]
        }
        // Shifts vary by engineer so the engine weighs on- and off-shift people, as in a real roster.
        let onShift: (Engineer) -> Bool = { $0.login.utf8.count % 4 != 0 }
        var samples = Samples()
        var picked = 0
        for i in 0..<settings.iterations * 5 {
            let decision = samples.time {
                AssignmentEngine.decide(for: candidates[i % candidates.count], engineers: engineers, loads: loads, isOnShift: onShift)
            }
            if decision.engineer != nil { picked += 1 }
        }
        report.add(BenchResult("assignment decision p99", tickets: tickets, value: samples.p99, unit: "ms", target: .below(1),
                               detail: "\(engineers.count) engineers; \(samples.summary); \(picked) found someone"))
    }
}
