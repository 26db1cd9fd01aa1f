import Foundation
import HelpdeskCore
import HelpdeskStore
import XCTest
@testable import HelpdeskMail

/// Randomised messages: every fixture, mutated (bytes flipped, cut, boundaries and encoded-word
/// markers spliced in), must parse or fail with a reason, never crash. Seeded, so a failure repeats;
/// each test stops after 2 seconds.
final class MailFuzzTests: XCTestCase {
    private static let fixtures = [
        "alternative.eml", "html-only.eml", "gbk.eml", "big5.eml", "quoted-printable.eml", "attachments.eml",
        "malformed-header.eml", "missing-boundary.eml", "windows-1252.eml", "reply-in-reply-to.eml",
    ]
    private static let splices: [[UInt8]] = [
        "=?", "?=", "=?GBK?B?", "=?UTF-8?Q?=E4=B8", "\r\n", "\n\n", "--", "--mixed-boundary", "--inner--",
        "Content-Type: multipart/mixed; boundary=\"x\"\n", "Content-Transfer-Encoding: base64\n", "=\n", "=E", "<", ">",
        "filename*0*=utf-8''%E4", "&#x", "<script>", ":", "\u{0}", "From ", "charset=x-unknown",
    ].map { Array($0.utf8) }

    private func mutate(_ bytes: [UInt8], _ random: inout SeededGenerator) -> [UInt8] {
        var out = bytes
        for _ in 0..<Int.random(in: 1...8, using: &random) {
            let position = out.isEmpty ? 0 : Int.random(in: 0..<out.count, using: &random)
            switch Int.random(in: 0..<5, using: &random) {
            case 0 where !out.isEmpty: out[position] = UInt8.random(in: 0...255, using: &random)
            case 1: out.insert(contentsOf: Self.splices.randomElement(using: &random)!, at: position)
            case 2 where !out.isEmpty: out.removeSubrange(position..<min(out.count, position + Int.random(in: 1...40, using: &random)))
            case 3: out = Array(out.prefix(position))
            default: out.insert(contentsOf: out[position..<min(out.count, position + 30)], at: position)
            }
        }
        return out
    }

    func testMutatedMessagesParseOrFailWithAReason() throws {
        var random = SeededGenerator(seed: 5_2026)
        let originals = try Self.fixtures.map(Fixture.bytes)
        let started = Date()
        var parsed = 0, refused = 0
        while Date().timeIntervalSince(started) < 2 {
            let message = mutate(originals.randomElement(using: &random)!, &random)
            do {
                let result = try MessageParser.parse(message)
                XCTAssertFalse(result.from.address.isEmpty)
                parsed += 1
            } catch let error as MailParseError {
                XCTAssertFalse(error.reason.isEmpty)
                refused += 1
            }
        }
        XCTAssertGreaterThan(parsed, 50)
        XCTAssertGreaterThan(refused, 5)
    }

    func testRandomBytesAreRefusedOrRead() {
        var random = SeededGenerator(seed: 77)
        let started = Date()
        while Date().timeIntervalSince(started) < 1 {
            let bytes = (0..<Int.random(in: 0...600, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
            _ = try? MessageParser.parse(bytes)
            _ = EncodedWords.decode(String(decoding: bytes, as: UTF8.self))
            _ = HTMLText.text(fromHTML: String(decoding: bytes, as: UTF8.self))
        }
    }

    func testMutatedMboxImportsEveryMessageOrReportsIt() throws {
        var random = SeededGenerator(seed: 31)
        let original = try Fixture.bytes("three.mbox")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mboxfuzz-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = try HelpdeskStore.temporary()
        let run = MailImportRun(intake: MailIntake(store: store)) { _, _ in }
        let started = Date()
        var rounds = 0
        while Date().timeIntervalSince(started) < 2 {
            rounds += 1
            let path = folder + "/\(rounds).mbox"
            let mutated = Array("From x\n".utf8) + mutate(original, &random)
            XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(mutated)))
            let summary = run.run([path])
            XCTAssertGreaterThan(summary.created + summary.threaded + summary.skipped + summary.failed, 0)
        }
        XCTAssertGreaterThan(rounds, 5)
    }

    /// Inputs at the edges the fuzzer explores (a header that is only a continuation line, a lone "=" ending
    /// quoted-printable, half an encoded word, invalid character references), pinned so they stay handled.
    func testEdgeInputsStayHandled() throws {
        XCTAssertThrowsError(try MessageParser.parse(Array(" folded\n\nbody".utf8)))
        let qp = "From: a@b.c\nContent-Transfer-Encoding: quoted-printable\n\nend=".utf8
        XCTAssertEqual(try MessageParser.parse(Array(qp)).body, "end")
        XCTAssertEqual(EncodedWords.decode("=?"), "=?")
        XCTAssertEqual(EncodedWords.decode("=?UTF-8?Q?"), "=?UTF-8?Q?")
        XCTAssertEqual(HTMLText.text(fromHTML: "<script>never closed"), "")
        XCTAssertEqual(HTMLText.decodeEntities("&#0; &#xFFFFFFFF; &#55296;"), "&#0; &#xFFFFFFFF; &#55296;", "no invalid scalars")
    }
}
