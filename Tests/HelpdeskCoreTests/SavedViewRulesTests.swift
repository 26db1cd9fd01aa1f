import Foundation
import HelpdeskCore
import XCTest

/// Saved views: what a name may be, and who may share, remove or unshare.
final class SavedViewRulesTests: XCTestCase {
    private let lead = Actor(login: "lin", role: .lead)
    private let agent = Actor(login: "alice", role: .agent)
    private let admin = Actor(login: "root", role: .admin)

    private func view(owner: String, shared: Bool) -> SavedView {
        SavedView(id: 1, owner: owner, name: "打印机", base: .open, filter: "打印机", sort: .priority, isShared: shared,
                  createdAt: Date(timeIntervalSince1970: 0))
    }

    func testNamesAreTrimmedAndChecked() throws {
        XCTAssertEqual(try SavedViewRules.checkedName("  打印机 P1 "), "打印机 P1")
        XCTAssertEqual(thrownMessage { try SavedViewRules.checkedName("   ") }, "the view name must not be empty")
        XCTAssertEqual(thrownMessage { try SavedViewRules.checkedName(String(repeating: "网", count: 41)) },
                       "the view name is 41 characters long; the limit is 40")
        XCTAssertEqual(thrownMessage { try SavedViewRules.checkedName("open") },
                       "“open” is the name of the built-in view All open; choose another name")
        XCTAssertEqual(thrownMessage { try SavedViewRules.checkedName("at risk / breached") },
                       "“at risk / breached” is the name of the built-in view At risk / Breached; choose another name")
        XCTAssertNotNil(thrownMessage { try SavedViewRules.checkedName("red\u{1B}[31m") })
        XCTAssertNotNil(thrownMessage { try SavedViewRules.checkedName("evil\u{202E}txt") }, "bidi overrides are refused")
        XCTAssertEqual(try SavedViewRules.checkedName("👩‍💻 desk"), "👩‍💻 desk", "a joined emoji is a name, not a control")
    }

    func testFilterIsTrimmedAndLimited() throws {
        let checked = try SavedViewRules.checked(NewSavedView(name: "VPN", base: .open, filter: "  vpn  "))
        XCTAssertEqual(checked.filter, "vpn")
        XCTAssertEqual(thrownMessage { try SavedViewRules.checked(NewSavedView(name: "x", base: .open, filter: String(repeating: "a", count: 101))) },
                       "the filter is 101 characters long; the limit is 100")
    }

    func testSharingIsForLeadsAndAdmins() throws {
        XCTAssertEqual(Permission.shareViews.minimumRole, .lead)
        let shared = NewSavedView(name: "VPN", base: .open, isShared: true)
        XCTAssertNoThrow(try AccessPolicy.checkSaveView(shared, by: lead))
        XCTAssertNoThrow(try AccessPolicy.checkSaveView(shared, by: admin))
        XCTAssertNoThrow(try AccessPolicy.checkSaveView(NewSavedView(name: "VPN", base: .open), by: agent))
        XCTAssertEqual(workflowError { try AccessPolicy.checkSaveView(shared, by: self.agent) },
                       .denied("only a lead can share saved views with the team"))
    }

    func testOwnersChangeTheirOwnLeadsChangeSharedOnes() throws {
        XCTAssertNoThrow(try AccessPolicy.checkChangeView(view(owner: "alice", shared: false), by: agent))
        XCTAssertNoThrow(try AccessPolicy.checkChangeView(view(owner: "alice", shared: true), by: agent), "a demoted owner keeps theirs")
        XCTAssertNoThrow(try AccessPolicy.checkChangeView(view(owner: "lin", shared: true), by: admin))
        XCTAssertEqual(workflowError { try AccessPolicy.checkChangeView(self.view(owner: "lin", shared: true), by: self.agent) },
                       .denied("“打印机” was shared by lin; only its owner, a lead or an admin can change or remove it"))
        XCTAssertEqual(workflowError { try AccessPolicy.checkChangeView(self.view(owner: "alice", shared: false), by: self.admin) },
                       .denied("“打印机” is alice's private view; only its owner can change or remove it"))
    }

    func testVisibilityAndQuery() {
        XCTAssertTrue(view(owner: "alice", shared: false).isVisible(to: "alice"))
        XCTAssertFalse(view(owner: "alice", shared: false).isVisible(to: "bob"))
        XCTAssertTrue(view(owner: "lin", shared: true).isVisible(to: "bob"))
        let query = view(owner: "lin", shared: true).query(login: "bob", limit: 20, now: Date(timeIntervalSince1970: 5))
        XCTAssertEqual(query, QueueQuery(view: .open, login: "bob", sort: .priority, filter: "打印机", limit: 20, now: Date(timeIntervalSince1970: 5)))
        XCTAssertEqual(view(owner: "lin", shared: true).summary, "All open · “打印机” · by priority")
    }

    private func workflowError(_ body: () throws -> Void) -> WorkflowError? {
        do {
            try body()
            return nil
        } catch {
            return error as? WorkflowError
        }
    }

    private func thrownMessage(_ body: () throws -> Any) -> String? {
        do {
            _ = try body()
            return nil
        } catch let error as WorkflowError {
            return error.message
        } catch {
            return "\(error)"
        }
    }
}
