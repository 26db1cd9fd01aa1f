import Foundation
import HelpdeskCore

/// Everything one run measured, printed as a table and written as JSON.
struct BenchReport: Codable {
    var date: String
    var mode: String
    var sizes: [Int]
    var machine: MachineInfo
    var results: [BenchResult] = []
    /// Quick runs on small data check that the measures run; a pass or miss there means nothing.
    var showVerdicts: Bool { mode != "quick" }

    /// Targets are met by every figure that has one.
    var allPassed: Bool { results.allSatisfy { $0.passed != false } }

    mutating func add(_ result: BenchResult) {
        results.append(result)
        // Printed as soon as known: a 1M run takes minutes and should show progress.
        let verdict = showVerdicts ? result.passed.map { $0 ? " pass" : " MISS" } ?? "" : ""
        let size = result.tickets.map { " @\(Self.sizeLabel($0))" } ?? ""
        let target = result.targetText == "—" ? "" : " (target \(result.targetText))"
        print("  \(result.measure)\(size): \(result.figureText)\(target)\(verdict)  \(result.detail)")
    }

    /// The table: measure, tickets, figure, target, pass/miss (full runs only), detail.
    func table() -> String {
        var header = ["measure", "tickets", "figure", "target", "result", "detail"]
        var rows = results.map { r in
            [r.measure, r.tickets.map(Self.sizeLabel) ?? "", r.figureText, r.targetText,
             r.passed.map { $0 ? "pass" : "MISS" } ?? "", r.detail]
        }
        if !showVerdicts {
            header.remove(at: 4)
            for i in rows.indices { rows[i].remove(at: 4) }
        }
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].displayWidth }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            "| " + cells.enumerated().map { i, cell in cell + String(repeating: " ", count: widths[i] - cell.displayWidth) }
                .joined(separator: " | ") + " |"
        }
        let rule = "|" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "|") + "|"
        return ([line(header), rule] + rows.map(line)).joined(separator: "\n")
    }

    func writeJSON(to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try encoder.encode(self).write(to: URL(fileURLWithPath: path))
    }

    /// "10k", "1M".
    static func sizeLabel(_ n: Int) -> String {
        if n >= 1_000_000, n % 1_000_000 == 0 { return "\(n / 1_000_000)M" }
        if n >= 1000, n % 1000 == 0 { return "\(n / 1000)k" }
        return "\(n)"
    }
}
