import Foundation
import XCTest

/// No SQL is assembled from user input: every value goes through `?`. SQL text may still be put
/// together from constants (table names, placeholder lists, index names); each such piece was
/// reviewed and is listed here, so a new interpolation fails this test until someone checks it.
final class SQLInterpolationTests: XCTestCase {
    /// Interpolations found inside SQL text, each reviewed: constants, `?` lists, integers or other reviewed SQL.
    static let reviewed: Set<String> = [
        "$0", "$0.table", "NGramTokenizer.name", "Self.rowColumns", "changed", "checks", "columns", "condition",
        "enabled ? \"ON\" : \"OFF\"", "enter", "enter(\"NEW\")", "exclusion", "filterCondition", "found.sql", "from",
        "index ?? \"\"", "index.name", "indexed(\"tickets\")", "indexed(row)", "keys(row).joined(separator: \", \")",
        "leave", "leave(\"OLD\")", "list", "marks", "name", "named", "named.sql", "order", "orderBy", "position",
        "resolvedKey(\"NEW\")", "resolvedKey(\"OLD\")", "resolvedKey(\"t\")", "resolvedKeyPrefix", "row",
        "scope.condition", "score", "selects", "source.table", "sql", "statements(\"NEW\", delete: false)",
        "statements(\"OLD\", delete: true)", "table", "type.uppercased()", "values", "window",
        // Integers and constants: the schema version, segment numbers, limits, placeholder-only conditions.
        "StoreSchema.version", "major", "priority.rawValue", "segment", "limit", "min(atRisk, Self.atRiskCandidates)",
        "usageColumn", "visibilityClause", "Self.usageColumn", "Self.visibilityClause", "index", "filter",
        "condition.replacingOccurrences(of: \"t.assignee\", with: \"e.engineer\")", "teamClause",
        // Trigger names read back from sqlite_master, quoted as identifiers.
        "name.quotedDatabaseIdentifier",
    ]
    static let keywords = try! NSRegularExpression(pattern: "\\b(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|PRAGMA|VACUUM|WHERE|ORDER BY|MATCH|INDEXED BY)\\b")

    func testNoUnreviewedInterpolationInSQL() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources")
        var found: [String] = []
        var scanned = 0
        let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        for file in files {
            let text = try String(contentsOfFile: sources.appendingPathComponent(file).path, encoding: .utf8)
            for literal in Self.literals(in: text) where Self.isSQL(literal) {
                scanned += 1
                for expression in Self.interpolations(in: literal) where !Self.reviewed.contains(expression) {
                    found.append("\(file): \\(\(expression))")
                }
            }
        }
        XCTAssertGreaterThan(scanned, 50, "the scan found the SQL in Sources")
        XCTAssertEqual(found, [], "SQL built with an unreviewed value; bind it with ? instead, or review it and add it here")
    }

    func testTheScanNoticesAnInterpolatedValue() {
        let sample = #"try db.execute(sql: "DELETE FROM tickets WHERE title = '\(title)'")"#
        let literal = Self.literals(in: sample)
        XCTAssertEqual(literal.flatMap(Self.interpolations), ["title"])
        XCTAssertTrue(literal.allSatisfy(Self.isSQL))
    }

    static func isSQL(_ literal: String) -> Bool {
        keywords.firstMatch(in: literal, range: NSRange(literal.startIndex..., in: literal)) != nil
    }

    /// The contents of "…" and """…""" literals.
    static func literals(in text: String) -> [String] {
        var result: [String] = []
        var rest = Substring(text)
        while let start = rest.range(of: "\"\"\"") {
            result += singleLine(rest[..<start.lowerBound])
            let after = rest[start.upperBound...]
            guard let end = after.range(of: "\"\"\"") else { break }
            result.append(String(after[..<end.lowerBound]))
            rest = after[end.upperBound...]
        }
        return result + singleLine(rest)
    }

    private static func singleLine(_ text: Substring) -> [String] {
        var result: [String] = []
        for line in text.split(separator: "\n") {
            var current: String?
            var escaped = false
            var depth = 0
            for ch in line {
                if var open = current {
                    if escaped { escaped = false; open.append(ch) }
                    else if ch == "\\" { escaped = true; open.append(ch) }
                    else if depth > 0 { depth += ch == "(" ? 1 : ch == ")" ? -1 : 0; open.append(ch) }
                    else if ch == "\"" { result.append(open); current = nil; continue }
                    else { open.append(ch) }
                    if open.hasSuffix("\\(") { depth = 1 }
                    current = open
                } else if ch == "\"" {
                    current = ""
                }
            }
        }
        return result
    }

    /// The expressions inside `\( … )`, with balanced parentheses.
    static func interpolations(in literal: String) -> [String] {
        var result: [String] = []
        var rest = Substring(literal)
        while let start = rest.range(of: "\\(") {
            var depth = 1
            var index = start.upperBound
            while index < rest.endIndex, depth > 0 {
                if rest[index] == "(" { depth += 1 } else if rest[index] == ")" { depth -= 1 }
                if depth > 0 { index = rest.index(after: index) }
            }
            result.append(String(rest[start.upperBound..<index]))
            rest = index < rest.endIndex ? rest[rest.index(after: index)...] : ""
        }
        return result
    }
}
