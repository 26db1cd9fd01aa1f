import Foundation
import HelpdeskCore
@testable import HelpdeskStore
import XCTest

final class ReplyTemplateStoreTests: XCTestCase {
    private let t0 = StoreFixtures.monday10
    private let lead = Actor(StoreFixtures.lead)
    private let agent = Actor(StoreFixtures.alice)

    func testAddListShowEditRemoveWithAuditEvents() throws {
        let store = try StoreFixtures.teamStore()
        let vpn = try store.addReplyTemplate(title: "VPN 排查", body: "{requester}，您好：请重启 VPN 客户端。", by: lead, at: t0)
        let ack = try store.addReplyTemplate(title: "We are looking into it", body: "Hello {requester}, about {ticket}.",
                                             by: Actor(StoreFixtures.admin), at: t0 + 60)
        XCTAssertEqual(try store.replyTemplates().map(\.title), ["VPN 排查", "We are looking into it"])
        XCTAssertEqual(try store.replyTemplate(id: vpn.id), vpn)
        XCTAssertEqual(vpn.author, "lilei")

        let edited = try store.updateReplyTemplate(id: ack.id, title: nil, body: "Hello {requester}, we are on {ticket}.", by: lead, at: t0 + 120)
        XCTAssertEqual(edited.title, "We are looking into it")
        XCTAssertEqual(edited.body, "Hello {requester}, we are on {ticket}.")
        XCTAssertEqual(edited.author, "root_admin", "the author stays")
        XCTAssertEqual(edited.updatedBy, "lilei")
        XCTAssertEqual(edited.updatedAt, t0 + 120)
        XCTAssertEqual(try store.replyTemplate(id: ack.id), edited)
        XCTAssertEqual(try store.updateReplyTemplate(id: ack.id, title: nil, body: nil, by: lead, at: t0 + 130), edited,
                       "nothing to change writes nothing")

        let removed = try store.removeReplyTemplate(id: vpn.id, by: lead, at: t0 + 180)
        XCTAssertEqual(removed.title, "VPN 排查")
        XCTAssertEqual(try store.replyTemplates().map(\.id), [ack.id])
        XCTAssertThrowsError(try store.replyTemplate(id: vpn.id)) { error in
            XCTAssertEqual("\(error)", "there is no reply template #\(vpn.id) (see: helpdesk template list)")
        }

        let events = try store.replyTemplateEvents()
        XCTAssertEqual(events.map(\.field), ["template.added", "template.added", "template.changed", "template.removed"])
        XCTAssertEqual(events.map(\.actor), ["lilei", "root_admin", "lilei", "lilei"])
        XCTAssertEqual(events[2].reason, "changed the text")
        XCTAssertEqual(events[3].oldValue, "#\(vpn.id) VPN 排查\n{requester}，您好：请重启 VPN 客户端。", "a removal keeps the text")
    }

    func testAgentsMayReadButNotManageAndTheRefusalIsAudited() throws {
        let store = try StoreFixtures.teamStore()
        let saved = try store.addReplyTemplate(title: "密码重置", body: "{requester}，您好", by: lead, at: t0)
        for attempt in [{ try store.addReplyTemplate(title: "x", body: "y", by: self.agent, at: self.t0) as Any },
                        { try store.updateReplyTemplate(id: saved.id, title: "z", body: nil, by: self.agent, at: self.t0) as Any },
                        { try store.removeReplyTemplate(id: saved.id, by: self.agent, at: self.t0) as Any }] {
            XCTAssertEqual(thrownError(attempt) as? WorkflowError, .denied(Permission.manageTemplates.denial))
        }
        XCTAssertEqual(try store.replyTemplates(), [saved], "nothing changed")
        XCTAssertEqual(try store.deniedEvents().map(\.newValue), ["template remove #\(saved.id)", "template edit #\(saved.id)", "template add"])
    }

    func testUnknownPlaceholderAndDuplicateTitleAreRefusedAndNothingIsWritten() throws {
        let store = try StoreFixtures.teamStore()
        let saved = try store.addReplyTemplate(title: "VPN help", body: "Hi {requester}", by: lead, at: t0)
        let unknown = thrownError { try store.addReplyTemplate(title: "Other", body: "Hi {name}", by: self.lead, at: self.t0) }
        XCTAssertTrue("\(unknown!)".contains("unknown placeholder {name}"), "\(unknown!)")
        XCTAssertTrue("\(unknown!)".contains("{requester} (the requester's name)"), "\(unknown!)")
        let duplicate = thrownError { try store.addReplyTemplate(title: "vpn HELP", body: "x", by: self.lead, at: self.t0) }
        XCTAssertEqual("\(duplicate!)", "template #\(saved.id) is already titled “vpn HELP”; choose another title, or change that one with: helpdesk template edit \(saved.id)")
        let other = try store.addReplyTemplate(title: "Other", body: "x", by: lead, at: t0)
        XCTAssertNotNil(thrownError { try store.updateReplyTemplate(id: other.id, title: "VPN Help", body: nil, by: self.lead, at: self.t0) })
        XCTAssertNotNil(thrownError { try store.updateReplyTemplate(id: saved.id, title: nil, body: "{oops}", by: self.lead, at: self.t0) })
        XCTAssertEqual(try store.replyTemplates().map(\.title), ["Other", "VPN help"])
        XCTAssertEqual(try store.replyTemplate(id: saved.id).body, "Hi {requester}")
        XCTAssertEqual(try store.replyTemplateEvents().count, 2, "only the two saves are in the log")
        XCTAssertNoThrow(try store.updateReplyTemplate(id: saved.id, title: "VPN Help", body: nil, by: lead, at: t0),
                         "a template may change the case of its own title")
    }
}
