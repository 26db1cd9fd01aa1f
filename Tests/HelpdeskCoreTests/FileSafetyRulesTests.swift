import HelpdeskCore
import XCTest

/// Core's rules for the file-safety work: NUL refused, exotic text accepted as given, restore for admins.
final class FileSafetyRulesTests: XCTestCase {
    func testNULIsRefusedWhereverTextIsChecked() {
        XCTAssertThrowsError(try Limits.checked("前\u{0}后", "the title", limit: 300)) { error in
            XCTAssertEqual("\(error)".contains("the title contains a NUL character"), true, "\(error)")
        }
        XCTAssertThrowsError(try Limits.tags(["ok", "bad\u{0}"]))
        XCTAssertThrowsError(try Workflow().create(NewTicket(title: "t", description: "a\u{0}b", requester: Requester(name: "r", contact: "c"),
                                                             channel: .email, category: .other, impact: .low, urgency: .low),
                                                   by: .system, at: .init(timeIntervalSince1970: 0)))
    }

    func testExoticTextIsKeptAsGiven() throws {
        for text in ["\u{1B}]52;c;eA==\u{07}标题", "e\u{0301}\u{0301}", "\u{202E}fdp.exe", "👩‍💻🇨🇳", "مرحبا שלום", "\u{9B}31m"] {
            XCTAssertEqual(try Limits.checked(text, "the title", limit: 300), text)
        }
        XCTAssertEqual(try Limits.checked(String(repeating: "长", count: 300), "the title", limit: 300).count, 300)
        XCTAssertThrowsError(try Limits.checked(String(repeating: "长", count: 301), "the title", limit: 300))
    }

    func testOnlyAdminsRestoreADeskThatHasATeam() throws {
        XCTAssertNoThrow(try AccessPolicy.checkRestore(login: "root", role: .admin, teamKnown: true))
        XCTAssertNoThrow(try AccessPolicy.checkRestore(login: "root", role: nil, teamKnown: false), "an empty or unreadable desk has nobody to ask")
        for role in [Role.agent, .lead, nil] {
            XCTAssertThrowsError(try AccessPolicy.checkRestore(login: "li.na", role: role, teamKnown: true)) { error in
                XCTAssertTrue("\(error)".contains("only an admin of this helpdesk may do it"), "\(error)")
            }
        }
    }
}
