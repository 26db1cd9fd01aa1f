import Foundation
import XCTest
@testable import HelpdeskCore

/// docs/admin.md documents every key the settings file accepts, and no other.
final class SettingsGuideTests: XCTestCase {
    func testAdminGuideListsEverySettingsKey() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let guide = try String(contentsOf: root.appendingPathComponent("docs/admin.md"), encoding: .utf8)
        let section = try XCTUnwrap(guide.components(separatedBy: "## The settings file").dropFirst().first, "docs/admin.md lacks “## The settings file”")
        let body = section.components(separatedBy: "\n## ").first ?? section
        let documented = body.split(separator: "\n").compactMap { line -> String? in
            guard let match = line.firstMatch(of: /^\| `([a-z_]+)` \|/) else { return nil }
            return String(match.1)
        }
        XCTAssertEqual(Set(documented), Set(ConfigFile.knownKeys.map(\.key)),
                       "the settings table in docs/admin.md must list exactly ConfigFile.knownKeys")
        XCTAssertEqual(documented.count, Set(documented).count, "a key is listed twice: \(documented)")
        for key in documented {
            let row = try XCTUnwrap(body.split(separator: "\n").first { $0.hasPrefix("| `\(key)` |") })
            XCTAssertEqual(row.split(separator: "|").count, 3, "\(key) needs a default and a meaning: \(row)")
        }
    }
}
