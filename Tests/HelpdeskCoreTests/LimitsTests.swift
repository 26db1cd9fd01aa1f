import Foundation
import XCTest
@testable import HelpdeskCore

final class LimitsTests: XCTestCase {
    private let fx = CoreFixture.self
    private let workflow = Workflow()

    // MARK: text

    func testCheckedTrimsAndEnforcesPresence() throws {
        XCTAssertEqual(try Limits.checked("  VPN 故障\n", "the title", limit: 300), "VPN 故障")
        for blank in ["", "   ", "\n\t", "\u{3000}\u{3000}"] {
            XCTAssertThrowsError(try Limits.checked(blank, "the title", limit: 300)) {
                XCTAssertEqual($0 as? WorkflowError, .missingText("the title must not be empty"))
            }
            XCTAssertEqual(try Limits.checked(blank, "the description", limit: 300, required: false), "")
        }
    }

    func testLimitCountsCharactersNotBytes() throws {
        let cjk = String(repeating: "网", count: 300) // 900 UTF-8 bytes
        XCTAssertEqual(try Limits.checked(cjk, "the title", limit: 300), cjk)
        let emoji = String(repeating: "👩‍💻", count: 300) // one character each, many scalars
        XCTAssertEqual(try Limits.checked(emoji, "the title", limit: 300).count, 300)
        XCTAssertThrowsError(try Limits.checked(cjk + "!", "the title", limit: 300)) {
            XCTAssertEqual($0 as? WorkflowError, .invalid("the title is 301 characters long; the limit is 300"))
        }
        XCTAssertEqual(try Limits.checked("  " + cjk + "  ", "the title", limit: 300), cjk, "spaces trimmed before counting")
    }

    func testTitleAndBodyLimitsOnCreate() {
        func draft(title: String, description: String = "") -> NewTicket {
            NewTicket(title: title, description: description, requester: fx.requester)
        }
        XCTAssertNoThrow(try workflow.create(draft(title: String(repeating: "a", count: Limits.titleCharacters)), by: fx.agent, at: fx.t0))
        XCTAssertThrowsError(try workflow.create(draft(title: String(repeating: "题", count: 301)), by: fx.agent, at: fx.t0)) {
            XCTAssertEqual("\($0)", "the title is 301 characters long; the limit is 300")
        }
        XCTAssertThrowsError(try workflow.create(draft(title: " \n"), by: fx.agent, at: fx.t0)) {
            XCTAssertEqual("\($0)", "the title must not be empty")
        }
        let body = String(repeating: "x", count: Limits.bodyCharacters)
        XCTAssertNoThrow(try workflow.create(draft(title: "ok", description: body), by: fx.agent, at: fx.t0))
        XCTAssertThrowsError(try workflow.create(draft(title: "ok", description: body + "y"), by: fx.agent, at: fx.t0)) {
            XCTAssertEqual("\($0)", "the description is 1000001 characters long; the limit is 1000000")
        }
        XCTAssertThrowsError(try workflow.apply(.reply(body + "y"), to: fx.ticket(), by: fx.agent, at: fx.t1)) {
            XCTAssertEqual("\($0)", "the reply is 1000001 characters long; the limit is 1000000")
        }
    }

    // MARK: tags

    func testTagsAreTrimmedLowerCasedAndDeduplicatedInOrder() throws {
        XCTAssertEqual(try Limits.tags([" VPN ", "打印机", "vpn", "", "  ", "Wi-Fi", "wi-fi", "打印机"]), ["vpn", "打印机", "wi-fi"])
        XCTAssertEqual(try Limits.tags([]), [])
    }

    func testTagsRefuseSpacesAndCommasIncludingChineseOnes() {
        for bad in ["vpn issue", "vpn,wifi", "网络，打印", "网络、打印", "网络\u{3000}打印", "a\tb"] {
            XCTAssertThrowsError(try Limits.tags([bad]), bad) {
                XCTAssertEqual($0 as? WorkflowError,
                               .invalid("tag “\(bad.lowercased())” may not contain spaces or commas"))
            }
        }
    }

    func testTagLengthAndCountLimits() throws {
        let forty = String(repeating: "标", count: 40)
        XCTAssertEqual(try Limits.tags([forty]), [forty])
        XCTAssertThrowsError(try Limits.tags([forty + "签"])) {
            XCTAssertEqual("\($0)", "tag “\(forty)签” is longer than 40 characters")
        }
        let twenty = (1...20).map { "t\($0)" }
        XCTAssertEqual(try Limits.tags(twenty).count, 20)
        XCTAssertEqual(try Limits.tags(twenty + ["T1", "t20"]).count, 20, "duplicates do not count")
        XCTAssertThrowsError(try Limits.tags(twenty + ["t21"])) {
            XCTAssertEqual("\($0)", "a ticket takes at most 20 tags")
        }
    }

    func testSetTagsRecordsOldAndNew() throws {
        let change = try workflow.apply(.setTags(["VPN", "远程"]), to: fx.ticket(tags: ["wifi"]), by: fx.agent, at: fx.t1)
        XCTAssertEqual(change.ticket.tags, ["vpn", "远程"])
        XCTAssertEqual(change.events, [fx.event(by: fx.agent, "tags", "wifi", "vpn,远程")])
        XCTAssertEqual(change.ticket.updatedAt, fx.t1)
        XCTAssertThrowsError(try workflow.apply(.setTags(["bad tag"]), to: fx.ticket(), by: fx.agent, at: fx.t1))
    }

    // MARK: logged time

    func testLogTimeBounds() throws {
        for minutes in [0, -5, 24 * 60 + 1] {
            XCTAssertThrowsError(try workflow.apply(.logTime(minutes: minutes, note: ""), to: fx.ticket(), by: fx.agent, at: fx.t1)) {
                XCTAssertEqual("\($0)", "logged time must be between 1 minute and 24 hours, not \(minutes) minutes")
            }
        }
        for minutes in [1, 24 * 60] {
            XCTAssertEqual(try workflow.apply(.logTime(minutes: minutes, note: ""), to: fx.ticket(), by: fx.agent, at: fx.t1)
                .timeEntry?.minutes, minutes)
        }
    }

    func testLogTimeRecordsEntryAndEvent() throws {
        let change = try workflow.apply(.logTime(minutes: 90, note: " 现场排查网线 "), to: fx.ticket(), by: fx.agent, at: fx.t1)
        XCTAssertEqual(change.timeEntry, TimeEntry(ticketID: 7, engineer: "zhang.wei", minutes: 90, note: "现场排查网线", loggedAt: fx.t1))
        XCTAssertEqual(change.events, [fx.event(by: fx.agent, "time_logged", nil, "90m", "现场排查网线")])
        XCTAssertEqual(change.ticket.updatedAt, fx.t1)

        let silent = try workflow.apply(.logTime(minutes: 5, note: ""), to: fx.ticket(), by: fx.agent, at: fx.t1)
        XCTAssertEqual(silent.events, [fx.event(by: fx.agent, "time_logged", nil, "5m")])

        XCTAssertThrowsError(try workflow.apply(.logTime(minutes: 5, note: String(repeating: "长", count: 301)), to: fx.ticket(),
                                                by: fx.agent, at: fx.t1)) {
            XCTAssertEqual("\($0)", "the time note is 301 characters long; the limit is 300")
        }
    }
}
