import Foundation

/// Satisfaction survey answers for the demo (满意度回访), so the reports pane and `survey low` have something to show.
extension DemoGenerator {
    /// Scores as phone surveys tend to come back: mostly content, a tail of unhappy requesters.
    static let surveyScores: [(score: Int, weight: Int)] = [(5, 38), (4, 32), (3, 15), (2, 8), (1, 7)]

    static let surveyComments: [Int: [String]] = [
        5: ["处理很快，谢谢！", "Fixed within the hour, thank you", "工程师很耐心", ""],
        4: ["问题解决了，就是等了一会儿", "Good, but I had to chase once", ""],
        3: ["解决了，但过程有点长", "OK in the end", ""],
        2: ["拖了两天才有人联系", "Took too long and nobody called back"],
        1: ["问题又出现了，没有真正解决", "Still broken; closed without asking me"],
    ]

    /// Answers for about half of `resolved` (ticket ids), seeded like the rest of the demo.
    public func surveys(for resolved: [Int64]) -> [SurveyLine] {
        var rng = SeededGenerator(seed: seed &+ 0x5A7E)
        let total = Self.surveyScores.reduce(0) { $0 + $1.weight }
        var lines: [SurveyLine] = []
        for id in resolved where Int.random(in: 0..<2, using: &rng) == 0 {
            var pick = Int.random(in: 0..<total, using: &rng)
            let score = Self.surveyScores.first { entry in
                defer { pick -= entry.weight }
                return pick < entry.weight
            }?.score ?? 5
            let comment = Self.surveyComments[score]?.randomElement(using: &rng) ?? ""
            lines.append(SurveyLine(line: lines.count + 1, ticketID: id, score: score, comment: comment, at: nil))
        }
        return lines
    }
}
