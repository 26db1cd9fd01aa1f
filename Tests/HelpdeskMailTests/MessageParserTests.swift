import XCTest
@testable import HelpdeskMail

final class MessageParserTests: XCTestCase {
    private func parse(_ name: String) throws -> MailMessage { try MessageParser.parse(try Fixture.bytes(name)) }

    func testAlternativePrefersPlainText() throws {
        let message = try parse("alternative.eml")
        XCTAssertEqual(message.from, MailAddress(name: "Alice Smith", address: "alice@example.com"))
        XCTAssertEqual(message.subject, "Printer on floor 3 jams")
        XCTAssertEqual(message.messageID, "alt-001@example.com")
        XCTAssertEqual(message.body, "The printer on floor 3 jams on every page.\nAlice")
        XCTAssertEqual(message.attachments, [])
    }

    func testHTMLOnlyBecomesReadableText() throws {
        let message = try parse("html-only.eml")
        XCTAssertEqual(message.body, "VPN drops every \"10 minutes\" & reconnects.\n• Windows 11\n• Client 5.2\nThanks 中文 中\n\nBob", "a <br> after a paragraph is an empty line, as a browser shows it")
        XCTAssertFalse(message.body.contains("alert"), "scripts are dropped")
        XCTAssertFalse(message.body.contains("color"), "styles are dropped")
        XCTAssertFalse(message.body.contains("ignored"), "the head is dropped")
    }

    func testGBKSubjectAndGB2312Body() throws {
        let message = try parse("gbk.eml")
        XCTAssertEqual(message.subject, "打印机卡纸，急")
        XCTAssertEqual(message.from.name, "王伟")
        XCTAssertEqual(message.body, "三楼的打印机每页都卡纸。\n请尽快处理。\n王伟")
        XCTAssertEqual(message.warnings, [])
    }

    func testBig5BodyAndQEncodedSubject() throws {
        let message = try parse("big5.eml")
        XCTAssertEqual(message.subject, "網路中斷")
        XCTAssertEqual(message.from.name, "陳小明")
        XCTAssertEqual(message.body, "網路連線中斷，無法登入系統。\n陳小明")
    }

    func testQuotedPrintableSoftLineBreaksAreJoined() throws {
        let message = try parse("quoted-printable.eml")
        XCTAssertEqual(message.from, MailAddress(name: "Carol Wu", address: "carol@example.com"))
        XCTAssertEqual(message.body, #"Hello team, the shared drive \\fs01\projects is not reachable since this morning; we need it for the 会议纪要 before noon. Regards, Carol"#)
    }

    func testAttachmentsWithChineseNamesInBothForms() throws {
        let message = try parse("attachments.eml")
        XCTAssertEqual(message.subject, "报销系统截图和报告")
        XCTAssertEqual(message.body, "报销系统打不开，截图和报告见附件。", "plain part of the nested alternative")
        XCTAssertEqual(message.attachments.map(\.name), ["故障报告.pdf", "屏幕截图.png"], "RFC 2231 then RFC 2047")
        XCTAssertEqual(message.attachments.map(\.contentType), ["application/pdf", "image/png"])
        XCTAssertEqual(message.attachments[0].size, 231)
        XCTAssertEqual(message.attachments[1].size, 69)
    }

    func testMalformedHeaderLinesAndBadEncodedWordsAreKeptReadable() throws {
        let message = try parse("malformed-header.eml")
        XCTAssertEqual(message.subject, "=?UTF-8?B?@@@?= and =?x-unknown-charset?Q?abc?= ok✓", "undecodable words stay as written")
        XCTAssertEqual(message.body, "Body survives.")
        XCTAssertEqual(message.warnings, ["header line without a colon ignored: “This line has no colon”"])
    }

    func testMultipartWithoutBoundaryIsRefusedWithReason() throws {
        XCTAssertThrowsError(try parse("missing-boundary.eml")) { error in
            XCTAssertEqual("\(error)", "multipart/mixed without a boundary parameter: its parts cannot be told apart")
        }
    }

    func testWindows1252AndISO8859() throws {
        let message = try parse("windows-1252.eml")
        XCTAssertEqual(message.from.name, "Paweł Nowak")
        XCTAssertEqual(message.subject, "Café machine €")
        XCTAssertEqual(message.body, "The café machine says “out of order” – again.")
    }

    func testMessagesThatCannotBeReadSayWhy() {
        let cases: [(String, String)] = [
            ("", "the message is empty"),
            ("just some words\nwithout headers\n", "no header fields: this does not look like an e-mail message"),
            ("Subject: hi\n\nbody", "no From header, so there is no requester"),
            ("From: Nobody\nSubject: x\n\nbody", "the From header “Nobody” holds no e-mail address"),
            ("From: a@b.c\nContent-Type: multipart/mixed; boundary=zz\n\nno parts here", "the boundary “zz” of multipart/mixed never appears in the body"),
            ("From: a@b.c\nContent-Transfer-Encoding: base64\n\nQUJDR", "the base64 text of the text/plain body is damaged (it ends mid-character)"),
        ]
        for (raw, reason) in cases {
            XCTAssertThrowsError(try MessageParser.parse(Array(raw.utf8)), raw) { error in
                XCTAssertEqual("\(error)", reason)
            }
        }
    }

    func testFoldedHeadersAndAdjacentEncodedWordsJoin() throws {
        let raw = "From: a@b.c\nSubject: =?UTF-8?B?5omT5Y2w?=\n =?UTF-8?B?5py6?= broken\n\nx"
        XCTAssertEqual(try MessageParser.parse(Array(raw.utf8)).subject, "打印机 broken")
        // A multi-byte character split across two words still decodes.
        let split = "From: a@b.c\nSubject: =?UTF-8?Q?=E6=89?= =?UTF-8?Q?=93?=\n\nx"
        XCTAssertEqual(try MessageParser.parse(Array(split.utf8)).subject, "打")
    }

    func testMissingClosingBoundaryIsAWarningNotALoss() throws {
        let raw = "From: a@b.c\nContent-Type: multipart/mixed; boundary=b1\n\n--b1\nContent-Type: text/plain\n\nkept text\n"
        let message = try MessageParser.parse(Array(raw.utf8))
        XCTAssertEqual(message.body, "kept text")
        XCTAssertEqual(message.warnings, ["multipart/mixed has no closing boundary; read to the end of the message"])
    }

    func testSubjectCleaningAndTicketTag() {
        XCTAssertEqual(SubjectLine.cleaned("Re: RE: Fwd: 回复：转发: 打印机"), "打印机")
        XCTAssertEqual(SubjectLine.cleaned("Re[2]: [#42] VPN down"), "VPN down")
        XCTAssertEqual(SubjectLine.cleaned("答复: 网络 [#7]"), "网络")
        XCTAssertEqual(SubjectLine.cleaned("Regarding the printer"), "Regarding the printer", "only whole prefixes")
        XCTAssertEqual(SubjectLine.ticketID(in: "RE: [#1234] x"), 1234)
        XCTAssertNil(SubjectLine.ticketID(in: "[#abc] x"))
        XCTAssertNil(SubjectLine.ticketID(in: "issue #12"))
    }

    func testAddresses() {
        XCTAssertEqual(MailAddress.parse("\"Li, Wei\" <li.wei@example.cn>"), MailAddress(name: "Li, Wei", address: "li.wei@example.cn"))
        XCTAssertEqual(MailAddress.parse("li@example.cn"), MailAddress(name: "", address: "li@example.cn"))
        XCTAssertEqual(MailAddress.parse("=?UTF-8?B?5p2O5Lyf?= <li@example.cn>")?.name, "李伟")
        XCTAssertNil(MailAddress.parse("undisclosed-recipients:;"))
        XCTAssertEqual(MailAddress.parse("li@example.cn")?.displayName, "li")
    }

    func testRFC2231ContinuationsAndCharsets() {
        let value = HeaderValue("attachment; filename*0*=gb2312''%D6%D0; filename*1*=%CE%C4; filename*2=.txt")
        XCTAssertEqual(value.value, "attachment")
        XCTAssertEqual(value.parameters["filename"], "中文.txt")
    }

    func testCharsets() {
        XCTAssertEqual(Charset.decode([0x81, 0x30, 0x81, 0x30], charset: "GB18030"), "\u{80}", "four-byte GB18030")
        XCTAssertEqual(Charset.decode([0xD6, 0xD0], charset: "gb2312"), "中")
        XCTAssertEqual(Charset.decode([0xA4, 0xA4], charset: "big5"), "中")
        XCTAssertEqual(Charset.decode([0xE9], charset: "iso-8859-1"), "é")
        XCTAssertEqual(Charset.decode([0xB9], charset: "ISO-8859-2"), "š")
        XCTAssertEqual(Charset.decode([0x80], charset: "windows-1252"), "€")
        XCTAssertNil(Charset.decode([0xFF, 0xFE], charset: "utf-8"), "invalid UTF-8 is not guessed here")
        XCTAssertNil(Charset.decode([0x41], charset: "x-no-such-charset"))
        XCTAssertNil(Charset.decode([0x41], charset: "UTF-8//TRANSLIT"), "no iconv suffixes from a header")
        XCTAssertEqual(Charset.bestEffort([0xD6, 0xD0, 0xCE, 0xC4], charset: nil).text, "中文", "unlabelled Chinese read as GB18030")
    }

    func testDigestIsSHA256() {
        XCTAssertEqual(SHA256.hex(Array("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256.hex([]), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }
}

final class ReplyTextTests: XCTestCase {
    func testQuotedHistoryIsCutFromReplies() {
        XCTAssertEqual(ReplyText.newPart(of: "Still broken.\n\nOn Mon, 23 Nov 2026, Help Desk wrote:\n> Please restart.\n> Thanks"), "Still broken.")
        XCTAssertEqual(ReplyText.newPart(of: "还是不行。\n在 2026年11月23日 写道：\n> 请重启。"), "还是不行。")
        XCTAssertEqual(ReplyText.newPart(of: "Done, thanks\n-----Original Message-----\nFrom: desk\nSubject: x"), "Done, thanks")
        XCTAssertEqual(ReplyText.newPart(of: "> only a quote"), "> only a quote", "nothing new: keep it all")
        XCTAssertEqual(ReplyText.newPart(of: "> inline question\nmy answer"), "> inline question\nmy answer", "answers between quotes stay")
    }
}
