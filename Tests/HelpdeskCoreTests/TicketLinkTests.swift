import XCTest
@testable import HelpdeskCore

final class TicketLinkTests: XCTestCase {
    private let fx = CoreFixture.self
    private var stored: [TicketLink] = []

    private func links(_ id: Int64) -> [TicketLink] { stored.filter { $0.from == id || $0.to == id } }

    private func add(_ from: Int64, _ to: Int64, _ kind: TicketLinkKind) {
        stored.append(TicketLink(from: from, to: to, kind: kind, linkedBy: "chen.jie", linkedAt: fx.t0))
    }

    private func assertRefused(_ kind: TicketLinkKind, _ from: Int64, _ to: Int64, saying words: String,
                               file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try TicketLinkRules.check(kind, from: from, to: to, links: links), file: file, line: line) { error in
            let message = (error as? WorkflowError)?.message ?? "\(error)"
            XCTAssertTrue(message.contains(words), "“\(message)” lacks “\(words)”", file: file, line: line)
        }
    }

    func testAFreshPairMayBeLinkedAnyWay() throws {
        for kind in [TicketLinkKind.related, .duplicateOf, .parentOf] {
            XCTAssertNoThrow(try TicketLinkRules.check(kind, from: 1, to: 2, links: links))
        }
    }

    func testSelfLinksAndManualMergeLinksAreRefused() {
        assertRefused(.related, 3, 3, saying: "cannot be linked to itself")
        assertRefused(.mergedInto, 3, 4, saying: "ticket merge 3 into 4")
    }

    func testAPairIsLinkedOnceWhicheverWayItPoints() {
        add(1, 2, .related)
        assertRefused(.related, 2, 1, saying: "#2 and #1 are already linked: #2 related to #1")
        assertRefused(.parentOf, 1, 2, saying: "already linked: #1 related to #2")
    }

    func testAChildHasOneParent() {
        add(1, 2, .parentOf)
        assertRefused(.parentOf, 3, 2, saying: "#2 already has a parent, #1")
        XCTAssertNoThrow(try TicketLinkRules.check(.parentOf, from: 1, to: 3, links: links), "a parent may have many children")
    }

    func testParentChildLoopsAreRefusedAtAnyDepth() {
        add(1, 2, .parentOf)
        add(2, 3, .parentOf)
        add(3, 4, .parentOf)
        assertRefused(.parentOf, 4, 1, saying: "#1 is an ancestor of #4")
        assertRefused(.parentOf, 3, 1, saying: "would make a loop")
        XCTAssertNoThrow(try TicketLinkRules.check(.parentOf, from: 4, to: 5, links: links))
    }

    func testATicketCannotBeADuplicateOfItsOwnDuplicate() {
        add(2, 1, .duplicateOf)
        assertRefused(.duplicateOf, 1, 2, saying: "already linked: #1 has duplicate #2")
        add(3, 2, .duplicateOf)
        assertRefused(.duplicateOf, 1, 3, saying: "cannot be a duplicate of its own duplicate")
        assertRefused(.duplicateOf, 2, 4, saying: "#2 is already a duplicate of #1")
    }

    func testMergedTicketsPointToTheirTarget() {
        add(5, 6, .mergedInto)
        assertRefused(.related, 1, 5, saying: "#5 was merged into #6; link #6 instead")
        XCTAssertThrowsError(try TicketLinkRules.checkUnlink(stored[0]))
        XCTAssertNoThrow(try TicketLinkRules.checkUnlink(TicketLink(from: 1, to: 2, kind: .related, linkedBy: "x", linkedAt: fx.t0)))
    }

    func testRelationsAreSeenFromEachSide() {
        let link = TicketLink(from: 1, to: 2, kind: .parentOf, linkedBy: "x", linkedAt: fx.t0)
        XCTAssertEqual(link.relation(from: 1), .child)
        XCTAssertEqual(link.relation(from: 2), .parent)
        XCTAssertEqual(link.relation(from: 2).label, "child of")
        XCTAssertEqual(TicketLink(from: 3, to: 4, kind: .duplicateOf, linkedBy: "x", linkedAt: fx.t0).relation(from: 4), .duplicatedBy)
        XCTAssertNil(link.other(than: 9))
    }

    // MARK: merge

    private func ticket(_ id: Int64, _ status: TicketStatus = .inProgress, assignee: String? = "zhang.wei") -> Ticket {
        var t = fx.ticket(status: status, assignee: assignee)
        t.id = id
        return t
    }

    func testMergeClosesTheSourceWithAPointerAndRecordsBothSides() throws {
        var source = ticket(12, .pendingCustomer)
        source.pausedSince = fx.t0
        let plan = try TicketMerge.plan(source, into: ticket(7), by: fx.lead, at: fx.t2) { _ in nil }
        let closed = plan.sourceChange.ticket
        XCTAssertEqual(closed.status, .closed)
        XCTAssertEqual(closed.resolution, "Merged into #7")
        XCTAssertEqual(closed.closedAt, fx.t2)
        XCTAssertNil(closed.pausedSince, "the wait on the customer ends with the merge")
        XCTAssertEqual(closed.pauses.count, 1)
        XCTAssertEqual(plan.sourceChange.events.map(\.field), ["status", "resolution", "merged_into"])
        XCTAssertTrue(plan.sourceChange.events.allSatisfy { $0.actor == "chen.jie" && $0.ticketID == 12 })
        XCTAssertEqual(plan.targetEvents.map(\.field), ["merged_from"])
        XCTAssertEqual(plan.targetEvents.first?.ticketID, 7)
        XCTAssertEqual(plan.link, TicketLink(from: 12, to: 7, kind: .mergedInto, linkedBy: "chen.jie", linkedAt: fx.t2))
    }

    func testAgentsMergeOnlyTicketsTheyOwnBoth() throws {
        XCTAssertNoThrow(try TicketMerge.plan(ticket(1), into: ticket(2), by: fx.agent, at: fx.t1) { _ in nil })
        XCTAssertThrowsError(try TicketMerge.plan(ticket(1), into: ticket(2, assignee: "li.na"), by: fx.agent, at: fx.t1) { _ in nil }) { error in
            guard case let .denied(why)? = error as? WorkflowError else { return XCTFail("\(error)") }
            XCTAssertTrue(why.contains("#2 is assigned to li.na"), why)
        }
        XCTAssertThrowsError(try TicketMerge.plan(ticket(1, assignee: nil), into: ticket(2), by: fx.agent, at: fx.t1) { _ in nil })
        XCTAssertNoThrow(try TicketMerge.plan(ticket(1, assignee: nil), into: ticket(2, assignee: "li.na"), by: fx.lead, at: fx.t1) { _ in nil })
    }

    func testMergeRefusesItselfCancelledAndAlreadyMergedTickets() {
        XCTAssertThrowsError(try TicketMerge.plan(ticket(1), into: ticket(1), by: fx.lead, at: fx.t1) { _ in nil })
        XCTAssertThrowsError(try TicketMerge.plan(ticket(1, .cancelled), into: ticket(2), by: fx.lead, at: fx.t1) { _ in nil })
        XCTAssertThrowsError(try TicketMerge.plan(ticket(1), into: ticket(2), by: fx.lead, at: fx.t1) { $0 == 2 ? 9 : nil }) { error in
            XCTAssertEqual((error as? WorkflowError)?.message, "#2 was already merged into #9; merge into #9 instead")
        }
    }

    func testRequesterTicketAgeIsCompact() {
        let t = RequesterTicket(id: 1, title: "x", status: .new, priority: .p2, assignee: nil, createdAt: fx.t0, satisfaction: 4)
        XCTAssertEqual(t.age(at: fx.t0.addingTimeInterval(45 * 60)), "45m")
        XCTAssertEqual(t.age(at: fx.t0.addingTimeInterval(5 * 3_600)), "5h")
        XCTAssertEqual(t.age(at: fx.t0.addingTimeInterval(12 * 86_400)), "12d")
        XCTAssertEqual(t.age(at: fx.t0.addingTimeInterval(400 * 86_400)), "13mo")
        XCTAssertEqual(t.satisfactionText, "4/5")
    }
}
