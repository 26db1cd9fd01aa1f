import Foundation
@testable import HelpdeskTUI
import XCTest

final class ThemeTests: XCTestCase {
    private let themesDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("themes")

    private func parseError(_ text: String) -> ThemeError? {
        do {
            _ = try ThemeParser.parse(text, name: "t", source: "themes/t.theme")
            return nil
        } catch {
            return error as? ThemeError
        }
    }

    func testParsesColoursNamesNumbersAndAttributes() throws {
        let theme = try ThemeParser.parse("""
            # a comment
            header = bright-white 24 bold underline   # trailing comment
            muted  = 245 default dim
            normal = default default none
            """, name: "t", source: "t")
        XCTAssertEqual(theme.style(for: .header), ThemeStyle(foreground: .indexed(15), background: .indexed(24), attributes: [.bold, .underline]))
        XCTAssertEqual(theme.style(for: .muted), ThemeStyle(foreground: .indexed(245), background: .terminalDefault, attributes: .dim))
        XCTAssertEqual(theme.style(for: .error), theme.style(for: .normal), "roles left out look like normal")
    }

    func testErrorsNameTheFileAndLine() {
        XCTAssertEqual(parseError("normal = default default\nsla.late = red default")?.description,
                       "themes/t.theme:2: unknown role “sla.late”; roles are: " + ThemeRole.allCases.map(\.rawValue).joined(separator: ", "))
        XCTAssertEqual(parseError("\n\nheader = purple default")?.line, 3)
        XCTAssertTrue(parseError("header = purple default")?.message.hasPrefix("unknown colour “purple”") ?? false)
        XCTAssertTrue(parseError("header = 256 default")?.message.hasPrefix("unknown colour “256”") ?? false)
        XCTAssertEqual(parseError("header = red default blink")?.message,
                       "unknown attribute “blink”; use bold, dim, reverse, underline, italic or none")
        XCTAssertEqual(parseError("header red default")?.message,
                       "expected “role = foreground background [attributes]”, found “header red default”")
        XCTAssertEqual(parseError("header = red")?.message,
                       "“header” needs a foreground and a background colour (use “default” for the terminal's own)")
        XCTAssertEqual(parseError("header = red default\nheader = blue default")?.message, "role “header” is set twice")
    }

    func testEveryShippedThemeParsesAndSetsEveryRole() throws {
        for name in ["default", "dark", "light", "high-contrast", "mono"] {
            let url = themesDirectory.appendingPathComponent(name + ".theme")
            let text = try String(contentsOf: url, encoding: .utf8)
            let theme = try ThemeParser.parse(text, name: name, source: url.path)
            XCTAssertEqual(Set(theme.styles.keys), Set(ThemeRole.allCases), "\(name) sets every role")
        }
    }

    func testEmbeddedThemesMatchTheFiles() throws {
        let standard = try String(contentsOf: themesDirectory.appendingPathComponent("default.theme"), encoding: .utf8)
        let mono = try String(contentsOf: themesDirectory.appendingPathComponent("mono.theme"), encoding: .utf8)
        XCTAssertEqual(EmbeddedThemes.standard + "\n", standard, "EmbeddedThemes.standard drifted from themes/default.theme")
        XCTAssertEqual(EmbeddedThemes.mono + "\n", mono, "EmbeddedThemes.mono drifted from themes/mono.theme")
    }

    func testMonoUsesNoColour() {
        for role in ThemeRole.allCases {
            let style = Theme.mono.style(for: role)
            XCTAssertEqual(style.foreground, .terminalDefault, "\(role)")
            XCTAssertEqual(style.background, .terminalDefault, "\(role)")
        }
        XCTAssertNotEqual(Theme.mono.style(for: .selection).attributes, [], "selection must still show")
    }

    func testAdaptingToTheTerminal() {
        let theme = Theme.standard
        XCTAssertEqual(theme.adapted(to: .extended), theme)
        XCTAssertEqual(theme.adapted(to: .none), Theme.mono)
        let basic = theme.adapted(to: .basic)
        for style in basic.styles.values {
            for color in [style.foreground, style.background] {
                if case let .indexed(i) = color { XCTAssertLessThan(i, 8) }
            }
        }
        XCTAssertEqual(basic.style(for: .priorityP1).attributes, theme.style(for: .priorityP1).attributes)
    }

    func testNearestBasicColours() {
        XCTAssertEqual(ThemeColor.indexed(196).basic, .indexed(1), "bright red → red")
        XCTAssertEqual(ThemeColor.indexed(46).basic, .indexed(2))
        XCTAssertEqual(ThemeColor.indexed(21).basic, .indexed(4))
        XCTAssertEqual(ThemeColor.indexed(226).basic, .indexed(3))
        XCTAssertEqual(ThemeColor.indexed(231).basic, .indexed(7))
        XCTAssertEqual(ThemeColor.indexed(16).basic, .indexed(0))
        XCTAssertEqual(ThemeColor.indexed(232).basic, .indexed(0))
        XCTAssertEqual(ThemeColor.indexed(9).basic, .indexed(1))
        XCTAssertEqual(ThemeColor.terminalDefault.basic, .terminalDefault)
    }

    func testColourSupportDetection() {
        let xterm = ["TERM": "xterm-256color"]
        XCTAssertEqual(ColorSupport.detect(environment: xterm, terminalHasColors: true, colorCount: 256), .extended)
        XCTAssertEqual(ColorSupport.detect(environment: xterm, terminalHasColors: true, colorCount: 8), .basic)
        XCTAssertEqual(ColorSupport.detect(environment: xterm, terminalHasColors: false, colorCount: 0), .none)
        XCTAssertEqual(ColorSupport.detect(environment: ["TERM": "xterm", "NO_COLOR": "1"], terminalHasColors: true, colorCount: 256), .none)
        XCTAssertEqual(ColorSupport.detect(environment: ["TERM": "xterm", "NO_COLOR": ""], terminalHasColors: true, colorCount: 256), .extended,
                       "an empty NO_COLOR does not count")
        XCTAssertEqual(ColorSupport.detect(environment: ["TERM": "vt100"], terminalHasColors: true, colorCount: 8), .none)
        XCTAssertEqual(ColorSupport.detect(environment: ["TERM": "dumb"], terminalHasColors: true, colorCount: 8), .none)
    }
}
