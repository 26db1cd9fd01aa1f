import Foundation
import XCTest
@testable import HelpdeskCore

final class TicketCSVTests: XCTestCase {
    private let now = Date(timeIntervalSince1970: 1_780_279_200)

    private func parse(_ text: String, engineers: Set<String> = ["alice"], taken: Set<Int64> = []) -> TicketCSV.Parsed {
        TicketCSV.parse(text, importedBy: "lead", at: now, isKnownEngineer: engineers.contains, isTakenID: taken.contains)
    }

    func testQuotingEmbeddedNewlinesAndBOM() {
        let text = "\u{FEFF}title,requester_name,requester_contact,description\r\n"
            + "\"打印机, 三楼\",王伟,wang@example.cn,\"第一行\r\n第二行 \"\"引号\"\"\"\r\n"
            + "VPN,Li,li@example.cn,plain\n"
        let parsed = parse(text)
        XCTAssertEqual(parsed.errors, [])
        XCTAssertEqual(parsed.rows.map(\.line), [2, 4], "a record's line is where it starts")
        XCTAssertEqual(parsed.rows[0].record.ticket.title, "打印机, 三楼")
        XCTAssertEqual(parsed.rows[0].record.ticket.description, "第一行\r\n第二行 \"引号\"")
        XCTAssertEqual(parsed.rows[0].record.ticket.channel, .email)
        XCTAssertEqual(parsed.rows[0].record.events.first?.reason, "CSV line 2")
    }

    func testBadRowsNameLineAndColumn() {
        let text = """
            id,title,requester_name,requester_contact,status,assignee,created_at,priority
            7,ok,A,a@x.cn,new,alice,2026-11-23T09:15:00+08:00,
            7,dup,A,a@x.cn,new,,,
            ,,A,a@x.cn,resolved,nobody,yesterday,P9
            8,short,A
            9,"open quote,A,a@x.cn,new,,,

            """
        let parsed = parse(text)
        XCTAssertEqual(parsed.rows.map(\.line), [2])
        XCTAssertEqual(parsed.errors.map(\.description), [
            "line 3, column id: ticket #7 is also on line 2",
            "line 4, column title: title must not be empty",
            "line 4, column created_at: “yesterday” is not an ISO 8601 date and time such as 2026-11-23T09:15:00+08:00",
            "line 4, column assignee: no engineer has the login “nobody”",
            "line 4, column resolution: a resolved ticket needs the resolution that was applied",
            "line 4, column priority: “P9” is not one of P1, P2, P3, P4",
            "line 5: has 3 fields; the header has 8",
            "line 6: a quoted field opened here is never closed",
        ])
        XCTAssertEqual(parsed.badLines, [3, 4, 5, 6])
    }

    func testHeaderProblemsStopBeforeAnyRow() {
        let parsed = parse("title,requester,colour\nx,y,z\n")
        XCTAssertEqual(parsed.rows.count, 0)
        XCTAssertEqual(parsed.errors.map(\.column), ["requester", "colour", "requester_name", "requester_contact"])
        XCTAssertEqual(parse("").errors.map(\.description), ["line 1: the file is empty; it needs a header line naming the columns"])
    }

    func testTakenIDIsRefused() {
        let parsed = parse("id,title,requester_name,requester_contact\n12,x,A,a@x.cn\n", taken: [12])
        XCTAssertEqual(parsed.errors.map(\.description), ["line 2, column id: ticket #12 already exists in this helpdesk; leave id empty to get a new number"])
    }

    func testExportThenImportRoundTrips() {
        var ticket = Ticket(id: 41, title: "Outlook, \"again\"", description: "行一\n行二, with comma", requester: Requester(name: "欧阳娜娜", contact: "oy@example.cn", organisation: "财务部", isVIP: true),
                            channel: .chat, category: .software, impact: .high, urgency: .critical, priority: .p1,
                            priorityReason: "override: CEO", priorityOverridden: true, status: .resolved, tier: .l2, assignee: "alice",
                            tags: ["outlook", "邮件"], isMajorIncident: true, resolution: "Rebuilt the profile", createdAt: now,
                            updatedAt: now + 3600, firstResponseAt: now + 60, resolvedAt: now + 3600)
        let text = TicketCSV.header + TicketCSV.line(for: ticket)
        let parsed = parse(text)
        XCTAssertEqual(parsed.errors, [])
        XCTAssertEqual(parsed.rows.first?.record.ticket, ticket)
        XCTAssertEqual(TicketCSV.header + TicketCSV.line(for: parsed.rows[0].record.ticket), text)
        ticket.id = 0
        XCTAssertEqual(CSVReader.records(TicketCSV.line(for: ticket)).first?.fields.first, "0")
    }

    /// A mail titled "=HYPERLINK(…)" must not become a live formula in a spreadsheet, and must come back as typed.
    func testFormulaLikeTextIsExportedAsTextAndImportedBackUnchanged() {
        let ticket = Ticket(id: 7, title: "=HYPERLINK(\"http://evil.example\",\"点我\")", description: "+1 555 0100 called",
                            requester: Requester(name: "@mallory", contact: "m@evil.example"), channel: .email, category: .other,
                            impact: .medium, urgency: .medium, priority: .p3, priorityReason: "-", status: .new, tier: .l1,
                            createdAt: now, updatedAt: now)
        let line = TicketCSV.line(for: ticket)
        let fields = CSVReader.records(line).first?.fields ?? []
        XCTAssertEqual(fields[1], "'=HYPERLINK(\"http://evil.example\",\"点我\")", "a spreadsheet shows it as text")
        XCTAssertEqual(fields[2], "'+1 555 0100 called")
        XCTAssertEqual(fields[3], "'@mallory")
        XCTAssertEqual(parse(TicketCSV.header + line).rows.first?.record.ticket.title, ticket.title, "read back as typed")
        XCTAssertEqual(TicketCSV.undefused("'plain"), "'plain", "an apostrophe before ordinary text is the user's own")
    }

    func testReaderEdgeCases() {
        XCTAssertEqual(CSVReader.records("a,\"\"\n\n\"\"\n").map(\.fields), [["a", ""], [""]], "blank lines skipped, an empty quoted field kept")
        XCTAssertEqual(CSVReader.records("a,b").map(\.fields), [["a", "b"]], "no final line break")
        XCTAssertEqual(CSVReader.records("\"a\"b,c\n").first?.error,
                       "text after the closing quote of a field; quote the whole field and double any quote inside it")
        XCTAssertEqual(CSVWriter.line(["a", "b,c", " lead", "q\"", "多行\n文本"]), "a,\"b,c\",\" lead\",\"q\"\"\",\"多行\n文本\"\r\n")
    }
}
