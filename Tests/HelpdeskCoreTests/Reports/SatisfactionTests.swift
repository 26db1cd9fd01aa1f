import Foundation
import XCTest
@testable import HelpdeskCore

final class SatisfactionTests: XCTestCase {
    func testScoreMustBeOneToFive() {
        for bad in [0, 6, -1] {
            XCTAssertThrowsError(try Satisfaction.check(score: bad, comment: "", ticketID: 7, status: .resolved)) { error in
                XCTAssertEqual("\(error)", "a satisfaction score is 1 to 5 (1 very unhappy, 5 very happy), not \(bad)")
            }
        }
        XCTAssertEqual(try Satisfaction.check(score: 5, comment: "  很满意 thanks ", ticketID: 7, status: .closed), "很满意 thanks")
    }

    func testOpenOrCancelledTicketIsRefused() {
        XCTAssertThrowsError(try Satisfaction.check(score: 4, comment: "", ticketID: 9, status: .inProgress)) { error in
            XCTAssertEqual("\(error)", "#9 is still open (in_progress); survey it once it is resolved")
        }
        XCTAssertThrowsError(try Satisfaction.check(score: 4, comment: "", ticketID: 9, status: .cancelled)) { error in
            XCTAssertTrue("\(error)".contains("cancelled"))
        }
    }

    func testLowScoreFlags() {
        XCTAssertTrue(SurveyResult(ticketID: 1, score: 2, at: Date(), recordedBy: "a").isLow)
        XCTAssertTrue(Satisfaction.isLow(1))
        XCTAssertFalse(Satisfaction.isLow(3))
        XCTAssertEqual(Satisfaction.reopenHint(ticketID: 12, score: 1), "helpdesk ticket reopen 12 --reason \"满意度回访 1/5: …\"")
    }

    func testCSVGoodLinesAndErrorsWithLineNumbers() {
        let text = """
            ticket_id,score,comment,at
            12,5,"很好, thanks",2026-11-03T10:00:00+08:00
            #13,2,"still ""slow""
            after restart",2026-11-03 09:30
            14,7,,
            abc,3,,

            15,4,ok,yesterday
            16,3
            17,1,"never closed
            """
        let (lines, errors) = SurveyCSV.parse(text, timeZone: ReportFixtures.utc)
        XCTAssertEqual(lines.map(\.ticketID), [12, 13])
        XCTAssertEqual(lines[0].comment, "很好, thanks")
        XCTAssertEqual(lines[0].at, ReportFixtures.at("2026-11-03 02:00"))
        XCTAssertEqual(lines[1].comment, "still \"slow\"\nafter restart")
        XCTAssertEqual(lines[1].line, 3)
        XCTAssertEqual(errors.map(\.line), [5, 6, 8, 9, 10])
        XCTAssertEqual(errors[0].description, "line 5: score 7 is out of range; scores are 1 to 5")
        XCTAssertTrue(errors[1].message.contains("not a ticket number"))
        XCTAssertTrue(errors[2].message.contains("not a time"))
        XCTAssertTrue(errors[3].message.contains("expected 4 fields"))
        XCTAssertTrue(errors[4].message.contains("never closed"))
    }

    func testCSVNeedsItsHeader() {
        let (lines, errors) = SurveyCSV.parse("12,5,ok,\n", timeZone: ReportFixtures.utc)
        XCTAssertEqual(lines, [])
        XCTAssertEqual(errors.first?.line, 1)
        XCTAssertTrue(errors.first?.message.contains("header") == true)
        XCTAssertEqual(SurveyCSV.parse("", timeZone: ReportFixtures.utc).errors.first?.message.contains("empty"), true)
        XCTAssertEqual(SurveyCSV.parse("ticket_id,score\n3,4\n", timeZone: ReportFixtures.utc).lines.map(\.score), [4])
    }
}
