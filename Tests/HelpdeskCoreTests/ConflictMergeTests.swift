import Foundation
import XCTest
@testable import HelpdeskCore

/// Re-applying an action that lost a race to the ticket as it is now.
final class ConflictMergeTests: XCTestCase {
    private let lead = Actor(login: "chen.jie", role: .lead, tier: .l2)
    private let agent = Actor(login: "li.na", role: .agent, tier: .l1)

    private func ticket(_ status: TicketStatus = .inProgress, assignee: String? = "li.na", tags: [String] = ["vpn"],
                        impact: Level = .medium, version: Int = 3) -> Ticket {
        Ticket(id: 42, title: "VPN 连不上", description: "", requester: Requester(name: "王芳", contact: "w@example.com"),
               impact: impact, status: status, assignee: assignee, tags: tags,
               createdAt: Date(timeIntervalSince1970: 1_767_225_600), updatedAt: Date(timeIntervalSince1970: 1_767_225_600), version: version)
    }

    func testANoteOrReplyAlwaysMerges() {
        let base = ticket(), now = ticket(.resolved, assignee: "bob", version: 5)
        XCTAssertEqual(ConflictMerge.rebase(.note("查过日志"), base: base, onto: now, by: lead), .apply(.note("查过日志")))
        XCTAssertEqual(ConflictMerge.rebase(.reply("请重启"), base: base, onto: now, by: lead), .apply(.reply("请重启")))
    }

    func testAnAgentWhoLostTheTicketCannotMergeANote() {
        let outcome = ConflictMerge.rebase(.note("x"), base: ticket(), onto: ticket(assignee: "bob", version: 4), by: agent)
        XCTAssertEqual(outcome, .refuse("not allowed: #42 is assigned to bob; only a lead can work another engineer's ticket"))
    }

    func testAStatusChangeIsRevalidatedAgainstTheCurrentStatus() {
        let base = ticket()
        XCTAssertEqual(ConflictMerge.rebase(.resolve("重置证书"), base: base, onto: ticket(.resolved, version: 4), by: lead),
                       .refuse("#42 is already resolved"))
        guard case let .refuse(reason) = ConflictMerge.rebase(.escalate(details: "L2", requesterData: "截图 error.png"), base: base, onto: ticket(.closed, version: 4), by: lead) else {
            return XCTFail("escalating a closed ticket must not merge")
        }
        XCTAssertTrue(reason.hasPrefix("#42 is now closed: "), reason)
        XCTAssertEqual(ConflictMerge.rebase(.escalate(details: "L2", requesterData: "截图 error.png"), base: base, onto: ticket(.pendingCustomer, version: 4), by: lead),
                       .refuse("#42 is now pending_customer: " + WorkflowError.illegalTransition(from: .pendingCustomer, to: .escalated).description))
        XCTAssertEqual(ConflictMerge.rebase(.resolve("重置证书"), base: ticket(.pendingCustomer), onto: ticket(.inProgress, version: 4), by: lead),
                       .apply(.resolve("重置证书")))
    }

    func testAssignmentNeverOverridesAColleaguesReassignment() {
        let base = ticket(assignee: nil)
        XCTAssertEqual(ConflictMerge.rebase(.assign(to: "li.na", reason: nil), base: base, onto: ticket(assignee: "bob", version: 4), by: lead),
                       .refuse("#42 was reassigned to bob meanwhile; Retry to choose again"))
        XCTAssertEqual(ConflictMerge.rebase(.assign(to: "bob", reason: nil), base: base, onto: ticket(assignee: "bob", version: 4), by: lead),
                       .refuse("#42 is already assigned to bob"))
        XCTAssertEqual(ConflictMerge.rebase(.assign(to: "li.na", reason: "值班"), base: base, onto: ticket(assignee: nil, tags: ["x"], version: 4), by: lead),
                       .apply(.assign(to: "li.na", reason: "值班")))
    }

    func testTagsMergeThreeWays() {
        XCTAssertEqual(ConflictMerge.mergeTags(base: ["vpn", "slow"], mine: ["vpn", "证书"], theirs: ["vpn", "slow", "mac"]),
                       ["vpn", "mac", "证书"], "their addition stays, my removal and my addition apply")
        let outcome = ConflictMerge.rebase(.setTags(["vpn", "证书"]), base: ticket(tags: ["vpn"]), onto: ticket(tags: ["vpn", "mac"], version: 4), by: lead)
        XCTAssertEqual(outcome, .apply(.setTags(["vpn", "mac", "证书"])))
        XCTAssertEqual(ConflictMerge.rebase(.setTags(["vpn", "mac"]), base: ticket(tags: ["vpn"]), onto: ticket(tags: ["vpn", "mac"], version: 4), by: lead),
                       .refuse("#42 already has these tags"))
    }

    func testAFieldTheColleagueChangedTooIsNotOverwritten() {
        let action = TicketAction.setImpactUrgency(impact: .high, urgency: .high)
        XCTAssertEqual(ConflictMerge.rebase(action, base: ticket(), onto: ticket(impact: .critical, version: 4), by: lead),
                       .refuse("impact and urgency of #42 were changed meanwhile (now critical, medium); Retry to choose again"))
        XCTAssertEqual(ConflictMerge.rebase(action, base: ticket(), onto: ticket(tags: ["mac"], version: 4), by: lead), .apply(action))
    }
}
