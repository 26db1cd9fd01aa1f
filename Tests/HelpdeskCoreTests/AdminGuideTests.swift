import Foundation
import XCTest
@testable import HelpdeskCore

/// docs/admin.md's permissions table must be the one Core's matrix generates.
final class AdminGuideTests: XCTestCase {
    func testAdminGuidePermissionsTableMatchesTheMatrix() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let guide = try String(contentsOf: root.appendingPathComponent("docs/admin.md"), encoding: .utf8)
        let begin = try XCTUnwrap(guide.range(of: Permission.tableBeginMarker), "docs/admin.md lacks the permissions-table markers")
        let end = try XCTUnwrap(guide.range(of: Permission.tableEndMarker))
        let table = guide[begin.upperBound..<end.lowerBound].trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertEqual(table, Permission.markdownTable(),
                       "the permissions table is stale: regenerate it with `helpdesk permissions` and paste it over the old one")
    }
}
