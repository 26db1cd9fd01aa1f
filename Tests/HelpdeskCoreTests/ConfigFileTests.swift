import XCTest
@testable import HelpdeskCore

final class ConfigFileTests: XCTestCase {
    func testReadsKnownKeysWithCommentsAndQuotes() throws {
        let config = try ConfigFile.parse("# 控制台设置\ntheme = dark\n\n db = \"/srv/helpdesk/团队.sqlite\" \n", path: "cfg")
        XCTAssertEqual(config["theme"], "dark")
        XCTAssertEqual(config["db"], "/srv/helpdesk/团队.sqlite")
    }

    func testErrorsNameTheFileAndLine() {
        XCTAssertThrowsError(try ConfigFile.parse("theme = dark\ncolour = red\n", path: "/etc/x")) {
            XCTAssertEqual("\($0)", "/etc/x:2: unknown setting “colour”; known settings: theme, db, group, lang")
        }
        XCTAssertThrowsError(try ConfigFile.parse("theme dark", path: "c")) {
            XCTAssertEqual("\($0)", "c:1: expected “key = value”, found “theme dark”")
        }
        XCTAssertThrowsError(try ConfigFile.parse("theme =", path: "c")) { XCTAssertEqual("\($0)", "c:1: “theme” has no value") }
        XCTAssertThrowsError(try ConfigFile.parse("theme = a\ntheme = b", path: "c")) { XCTAssertEqual("\($0)", "c:2: “theme” is set twice") }
    }

    func testDefaultPathFollowsXDG() {
        XCTAssertEqual(ConfigFile.defaultPath(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]), "/x/helpdesk/config")
        XCTAssertEqual(ConfigFile.defaultPath(environment: ["HOME": "/h"]), "/h/.config/helpdesk/config")
        XCTAssertNil(ConfigFile.defaultPath(environment: [:]))
    }
}
