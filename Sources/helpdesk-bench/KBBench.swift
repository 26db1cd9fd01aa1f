import HelpdeskStore

/// Knowledge-base search over the data set's articles, by kind of query.
struct KBBench {
    let store: HelpdeskStore
    let articles: Int
    let settings: BenchSettings

    /// Each kind holds a few queries, one of which matches nothing ("interest" is made of
    /// pairs that nearly every article holds, the costliest way to find nothing).
    static let kinds: [(name: String, queries: [String])] = [
        ("English word", ["printer", "password", "certificate", "firmware", "kerberos", "interest"]),
        ("English prefix", ["pr", "pri", "prin", "ce", "certif", "passw", "fi", "firmw"]),
        ("Chinese, 3+ characters", ["打印机", "无法连接", "证书过期", "升级固件后", "鲸鱼座"]),
        ("Chinese, 2 characters", ["网络", "打印", "密码", "邮箱", "鲸鱼"]),
    ]

    func run(into report: inout BenchReport) throws {
        for kind in Self.kinds {
            var samples = Samples()
            var hits: [String] = []
            for query in kind.queries {
                _ = try store.searchArticles(query)
                var found = 0
                var own = Samples()
                for _ in 0..<settings.iterations / 2 + 1 {
                    found = try own.time { try store.searchArticles(query) }.count
                }
                samples.add(own)
                hits.append("\(query) \(found) in \(BenchResult.format(own.p50)) ms")
            }
            report.add(BenchResult("KB search p99: \(kind.name)", tickets: nil, value: samples.p99, unit: "ms", target: .below(20),
                                   detail: "\(articles) articles; \(samples.summary); per query (hits of 20, p50): \(hits.joined(separator: ", "))"))
        }
    }
}
