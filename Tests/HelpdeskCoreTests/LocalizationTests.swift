import Foundation
@testable import HelpdeskCore
import XCTest

/// Choosing the language, filling patterns, and a catalog that covers every `tr("…")` in the sources.
final class LocalizationTests: XCTestCase {
    func testLocaleNames() {
        for chinese in ["zh_CN.UTF-8", "zh_CN", "zh_SG.UTF-8", "zh_Hans", "zh_Hans_CN.UTF-8", "zh-CN"] {
            XCTAssertEqual(Language.fromLocale(chinese), .zh, chinese)
        }
        for english in ["en_US.UTF-8", "C", "C.UTF-8", "POSIX", "zh_TW.UTF-8", "zh_HK.UTF-8", "de_DE.UTF-8", ""] {
            XCTAssertEqual(Language.fromLocale(english), .en, english)
        }
    }

    func testPrecedenceFlagThenConfigThenLCAllThenLCMessagesThenLang() throws {
        let all = ["LC_ALL": "zh_CN.UTF-8", "LC_MESSAGES": "en_US.UTF-8", "LANG": "en_US.UTF-8"]
        XCTAssertEqual(try Language.resolve(flag: "en", config: "zh", environment: all), .en)
        XCTAssertEqual(try Language.resolve(flag: nil, config: "en", environment: all), .en)
        XCTAssertEqual(try Language.resolve(flag: nil, config: nil, environment: all), .zh)
        XCTAssertEqual(try Language.resolve(flag: nil, config: nil, environment: ["LC_ALL": "", "LC_MESSAGES": "zh_CN.UTF-8", "LANG": "C"]), .zh)
        XCTAssertEqual(try Language.resolve(flag: nil, config: nil, environment: ["LC_MESSAGES": "C", "LANG": "zh_CN.UTF-8"]), .en)
        XCTAssertEqual(try Language.resolve(flag: nil, config: nil, environment: ["LANG": "zh_SG.UTF-8"]), .zh)
        XCTAssertEqual(try Language.resolve(flag: nil, config: nil, environment: [:]), .en)
        XCTAssertEqual(try Language.resolve(flag: "ZH", config: nil, environment: [:]), .zh)
    }

    func testBadValuesAreRefusedByName() {
        XCTAssertThrowsError(try Language.resolve(flag: "fr", config: nil, environment: [:])) {
            XCTAssertEqual("\($0)", "--lang must be en or zh, not “fr”")
        }
        XCTAssertThrowsError(try Language.resolve(flag: nil, config: "chinese", environment: [:])) {
            XCTAssertEqual("\($0)", "the setting “lang” must be en or zh, not “chinese”")
        }
        XCTAssertThrowsError(try ConfigFile.parse("lang = fr\n", path: "/etc/x")) {
            XCTAssertEqual("\($0)", "/etc/x:1: “lang” must be en or zh, not “fr”")
        }
        XCTAssertEqual(try ConfigFile.parse("lang = zh\n", path: "/etc/x")["lang"], "zh")
    }

    func testPatternsFillInOrderOrByPosition() {
        XCTAssertEqual(L10n.format("Cannot %@ #%@: %@", ["take", "12", "no"]), "Cannot take #12: no")
        XCTAssertEqual(L10n.format("#%2$@ 上的%1$@", ["回复", "7"]), "#7 上的回复")
        XCTAssertEqual(L10n.format("75% of %@ %%", ["x"]), "75% of x %")
        XCTAssertEqual(L10n.format("%@ and %@", ["one"]), "one and ", "a missing argument leaves nothing, never a crash")
    }

    func testEnglishIsTheKeyAndChineseComesFromTheCatalog() {
        L10n.resetMissing()
        XCTAssertEqual(tr("Cannot %@ #%@: %@", "take", 12, "no"), "Cannot take #12: no")
        L10n.with(.zh) {
            XCTAssertEqual(tr("No ticket selected"), "未选择工单")
            XCTAssertEqual(TicketStatus.pendingCustomer.localizedName, "等待客户")
            XCTAssertEqual(tr("a string nobody translated"), "a string nobody translated", "shown in English rather than lost")
            XCTAssertEqual(L10n.known("also untranslated, but not recorded"), "also untranslated, but not recorded")
        }
        XCTAssertEqual(L10n.missing, ["a string nobody translated"])
        L10n.resetMissing()
        XCTAssertEqual(TicketStatus.pendingCustomer.localizedName, "pending", "outside the block English again")
    }

    func testEveryVocabularyWordHasChinese() {
        L10n.resetMissing()
        L10n.with(.zh) {
            let names = TicketStatus.allCases.map(\.localizedName) + Category.allCases.map(\.localizedName)
                + Channel.allCases.map(\.localizedName) + Level.allCases.map(\.localizedName) + Role.allCases.map(\.localizedName)
                + QueueSort.allCases.map(\.localizedName) + QueueView.allCases.map(\.localizedTitle)
                + TicketStatus.allCases.map { tr($0.rawValue, context: "status") }
            XCTAssertEqual(names.filter { $0.allSatisfy(\.isASCII) }, [], "every word has Chinese")


            XCTAssertEqual(TicketStatus.allCases.map(\.localizedName), ["新建", "已分配", "处理中", "等待客户", "已升级", "已解决", "已关闭", "已重开", "已取消"])
        }
        XCTAssertEqual(L10n.missing, [])
    }

    func testNoKeyIsGivenTwoTranslations() {
        var seen: [String: String] = [:]
        var clashes: [String] = []
        for (english, chinese) in L10n.allEntries {
            if let earlier = seen[english], earlier != chinese { clashes.append("\(english): \(earlier) / \(chinese)") }
            seen[english] = chinese
            XCTAssertFalse(chinese.isEmpty, "empty translation for \(english)")
            XCTAssertEqual(placeholders(english), placeholders(chinese), "placeholders differ: \(english) → \(chinese)")
        }
        XCTAssertEqual(clashes, [])
    }

    /// Every literal passed to `tr` in Sources has a Chinese entry, so a new string cannot ship untranslated.
    func testEveryTrLiteralInTheSourcesHasChinese() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        XCTAssertGreaterThan(files.count, 100)
        var keys: Set<String> = []
        var interpolated: [String] = []
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for call in TrScanner.calls(in: text) {
                for literal in call.literals {
                    if literal.contains("\\(") { interpolated.append("\(file.lastPathComponent): \(literal)"); continue }
                    keys.insert(call.context.map { $0 + "|" + literal } ?? literal)
                }
            }
        }
        XCTAssertGreaterThan(keys.count, 300)
        XCTAssertEqual(interpolated, [], "tr needs a fixed key: use %@ and arguments")
        let missing = keys.filter { !$0.isEmpty && L10n.zh[TrScanner.unescaped($0)] == nil }.sorted()
        XCTAssertEqual(missing, [], "add these to Sources/HelpdeskCore/Localization/Catalog+*.swift")
    }

    func testTheScannerFindsNestedCallsBothArmsAndContexts() {
        let source = #"x = tr("a %@", tr("b", context: "c")) + tr(flag ? "d" : "e") + attr("no") + tr("f \(g)")"#
        let calls = TrScanner.calls(in: source)
        XCTAssertEqual(calls.map(\.literals), [["a %@"], ["b"], ["d", "e"], ["f \\(g)"]])
        XCTAssertEqual(calls.map(\.context), [nil, "c", nil, nil])
    }

    private func placeholders(_ text: String) -> Int {

        text.components(separatedBy: "%@").count - 1 + (1...9).reduce(0) { $0 + text.components(separatedBy: "%\($1)$@").count - 1 }
    }
}
