/// How hard a run works: a quick run (CI) checks that every measure still runs, a full run measures.
struct BenchSettings {
    var quick: Bool
    var iterationsOverride: Int?
    /// Repetitions of each cheap operation (a page, a count, a keystroke).
    var iterations: Int { max(1, iterationsOverride ?? (quick ? 3 : 200)) }
    /// Repetitions of each expensive one (the SLA scan, a cold start).
    var fewIterations: Int { max(1, iterationsOverride.map { $0 / 20 } ?? (quick ? 1 : 10)) }
    var articles: Int { quick ? 500 : 50_000 }
    var writerSeconds: Double { quick ? 1 : 10 }
    var writers: Int { 8 }
}
