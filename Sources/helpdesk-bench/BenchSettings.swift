/// How hard a run works: a quick run (CI) checks that every measure still runs, a full run measures.
struct BenchSettings {
    var quick: Bool
    /// Repetitions of each cheap operation (a page, a count, a keystroke).
    var iterations: Int { quick ? 3 : 200 }
    /// Repetitions of each expensive one (the SLA scan, a cold start).
    var fewIterations: Int { quick ? 1 : 10 }
    var articles: Int { quick ? 500 : 50_000 }
    var writerSeconds: Double { quick ? 1 : 10 }
    var writers: Int { 8 }
}
