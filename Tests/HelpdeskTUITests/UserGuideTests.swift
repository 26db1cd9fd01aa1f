import Foundation
import XCTest
@testable import HelpdeskTUI

/// docs/user-guide.md's key table must be the one the registry generates.
final class UserGuideTests: XCTestCase {
    func testUserGuideKeyTableMatchesTheRegistry() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let guide = try String(contentsOf: root.appendingPathComponent("docs/user-guide.md"), encoding: .utf8)
        let begin = try XCTUnwrap(guide.range(of: CommandRegistry.guideBeginMarker), "docs/user-guide.md lacks the key-table markers")
        let end = try XCTUnwrap(guide.range(of: CommandRegistry.guideEndMarker))
        let table = guide[begin.upperBound..<end.lowerBound].trimmingCharacters(in: .whitespacesAndNewlines)
        let expected = CommandRegistry.standard.markdownKeyTable().trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertEqual(table, expected, "the key table is stale: regenerate it with `helpdesk keys` and paste it between the markers")
    }

    func testEveryCommandAppearsInTheTable() {
        let table = CommandRegistry.standard.markdownKeyTable()
        for command in CommandRegistry.standard.commands {
            XCTAssertTrue(table.contains("| \(command.title) |"), "\(command.id.rawValue) missing from the key table")
        }
    }
}
