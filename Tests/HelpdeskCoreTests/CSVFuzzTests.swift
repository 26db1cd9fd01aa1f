import Foundation
import XCTest
@testable import HelpdeskCore

/// Randomised CSV input: the reader and the ticket import must never crash, and every row is
/// either a ticket or has at least one error saying why not. Seeded, so a failure repeats.
final class CSVFuzzTests: XCTestCase {
    private let seed = "\u{FEFF}id,title,description,requester_name,requester_contact,tags,status,priority,created_at,resolution\r\n"
        + ",\"打印机, 三楼\",\"多行\r\n\"\"引号\"\"\",王伟,wang@example.cn,\"printer,三楼\",resolved,P2,2026-11-23T09:15:00+08:00,换了硒鼓\r\n"
        + "5,VPN,x,Li,li@example.cn,,new,,,\r\n"

    func testMutatedCSVNeverCrashesAndBadRowsSayWhy() {
        var random = SeededGenerator(seed: 20261129)
        let pieces: [String] = ["\"", ",", "\n", "\r", "\r\n", "\u{FEFF}", "P", "#", "中", "\u{0}", "=", " ", "9999999999999999999", "T"]
        let started = Date()
        var iterations = 0
        while Date().timeIntervalSince(started) < 1.5 && iterations < 4000 {
            iterations += 1
            var scalars = Array(seed.unicodeScalars)
            for _ in 0..<Int.random(in: 1...6, using: &random) {
                let position = Int.random(in: 0...scalars.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0 where position < scalars.count: scalars.remove(at: position)
                case 1: scalars.insert(contentsOf: pieces.randomElement(using: &random)!.unicodeScalars, at: position)
                default:
                    if position < scalars.count { scalars[position] = Unicode.Scalar(UInt8.random(in: 0x20...0x7E, using: &random)) }
                }
            }
            let text = String(String.UnicodeScalarView(scalars))
            let parsed = TicketCSV.parse(text, importedBy: "fuzz", at: Date(timeIntervalSince1970: 0),
                                         isKnownEngineer: { _ in false }, isTakenID: { _ in false })
            let records = CSVReader.records(text)
            let dataLines = Set(records.dropFirst().map(\.line))
            for line in dataLines where !parsed.rows.contains(where: { $0.line == line }) {
                XCTAssertTrue(parsed.errors.contains { $0.line == line } || parsed.errors.contains { $0.line == records.first?.line },
                              "row at line \(line) vanished without an error in:\n\(text)")
            }
            for error in parsed.errors { XCTAssertFalse(error.message.isEmpty) }
        }
        XCTAssertGreaterThan(iterations, 100)
    }
}
