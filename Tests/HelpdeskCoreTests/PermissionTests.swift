import XCTest
@testable import HelpdeskCore

final class PermissionTests: XCTestCase {
    private let fx = CoreFixture.self

    /// The matrix written out by hand: a change to `Permission.minimumRole` must be made here too.
    private let expected: [Role: Set<Permission>] = [
        .agent: [.workOwnOrUnassigned, .take, .reply, .note, .escalate],
        .lead: [.workOwnOrUnassigned, .take, .reply, .note, .escalate, .workOthers, .reassign, .overridePriority,
                .writeHandover, .acknowledgeHandover, .seeTeamBoard, .switchAutoAssign, .merge, .shareViews, .manageTemplates, .importTickets],
        .admin: Set(Permission.allCases),
    ]

    func testEveryRoleAndPermission() {
        for role in Role.allCases {
            for permission in Permission.allCases {
                XCTAssertEqual(AccessPolicy.allows(role, permission), expected[role]!.contains(permission),
                               "\(role.rawValue) × \(permission.rawValue)")
            }
        }
    }

    func testCheckThrowsDeniedWithTheRoleThatMay() {
        XCTAssertThrowsError(try AccessPolicy.check(.reassign, by: fx.agent)) {
            XCTAssertEqual($0 as? WorkflowError, .denied("only a lead can assign or reassign to others"))
            XCTAssertEqual("\($0)", "not allowed: only a lead can assign or reassign to others")
        }
        XCTAssertThrowsError(try AccessPolicy.check(.manageShifts, by: fx.lead)) {
            XCTAssertEqual("\($0)", "not allowed: only an admin can define shifts and rosters")
        }
        XCTAssertNoThrow(try AccessPolicy.check(.manageShifts, by: fx.admin))
        XCTAssertNoThrow(try AccessPolicy.check(.escalate, by: fx.agent))
    }

    func testExistingChecksSitOnTheMatrix() {
        XCTAssertThrowsError(try AccessPolicy.checkConfigure(by: fx.lead))
        XCTAssertNoThrow(try AccessPolicy.checkConfigure(by: fx.admin))
        XCTAssertThrowsError(try AccessPolicy.checkImpersonate(realLogin: "chen.jie", realRole: .lead, isDemo: false)) {
            XCTAssertEqual("\($0)", "not allowed: --as is only for admins, or on a demo database; chen.jie is not an admin here")
        }
        XCTAssertNoThrow(try AccessPolicy.checkImpersonate(realLogin: "chen.jie", realRole: .lead, isDemo: true))
        XCTAssertNoThrow(try AccessPolicy.checkImpersonate(realLogin: "root.admin", realRole: .admin, isDemo: false))
        XCTAssertThrowsError(try AccessPolicy.checkImpersonate(realLogin: "nobody", realRole: nil, isDemo: false))
    }

    func testMarkdownTableHasARowPerPermissionAndAColumnPerRole() {
        let lines = Permission.markdownTable().split(separator: "\n")
        XCTAssertEqual(lines.count, Permission.allCases.count + 2)
        XCTAssertEqual(lines[0], "| permission | agent | lead | admin |")
        XCTAssertTrue(lines.contains("| override a priority | – | ✓ | ✓ |"))
        XCTAssertTrue(lines.contains("| define shifts and rosters | – | – | ✓ |"))
        XCTAssertTrue(lines.contains("| escalate to L2 | ✓ | ✓ | ✓ |"))
    }

    func testDeniedAuditNamesTheAttemptWithoutItsText() {
        XCTAssertEqual(TicketAction.assign(to: "li.na", reason: "很长的理由").auditName, "assign to li.na")
        XCTAssertEqual(TicketAction.escalate(details: "x", requesterData: "y").auditName, "escalate")
        XCTAssertEqual(TicketAction.resolve("done").auditName, "move to resolved")
    }
}
