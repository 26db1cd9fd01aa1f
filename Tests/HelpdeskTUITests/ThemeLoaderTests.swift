import Foundation
@testable import HelpdeskTUI
import XCTest

final class ThemeLoaderTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("helpdesk-themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private func write(_ name: String, _ text: String) throws {
        try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    func testBuiltInsWorkWithNoFilesAnywhere() throws {
        let loader = ThemeLoader(directories: ["/nonexistent/themes"])
        XCTAssertEqual(try loader.load(nil), Theme.standard)
        XCTAssertEqual(try loader.load("mono"), Theme.mono)
        XCTAssertEqual(loader.availableNames(), ["default", "mono"])
    }

    func testFileOnDiskWinsAndIsFoundByName() throws {
        try write("default.theme", "header = red default bold\n")
        try write("ocean.theme", "header = 24 default\n")
        let loader = ThemeLoader(directories: [directory.path])
        XCTAssertEqual(try loader.load("default").style(for: .header).foreground, .indexed(1))
        XCTAssertEqual(try loader.load("ocean").name, "ocean")
        XCTAssertEqual(loader.availableNames(), ["default", "mono", "ocean"])
    }

    func testEarlierDirectoryWins() throws {
        let second = directory.appendingPathComponent("second")
        try FileManager.default.createDirectory(at: second, withIntermediateDirectories: true)
        try "header = blue default\n".write(to: second.appendingPathComponent("x.theme"), atomically: true, encoding: .utf8)
        try write("x.theme", "header = green default\n")
        let loader = ThemeLoader(directories: [directory.path, second.path])
        XCTAssertEqual(try loader.load("x").style(for: .header).foreground, .indexed(2))
    }

    func testUnknownThemeListsWhatExists() {
        let loader = ThemeLoader(directories: [directory.path])
        XCTAssertThrowsError(try loader.load("solarized")) { error in
            let text = String(describing: error)
            XCTAssertTrue(text.contains("no such theme; available: default, mono"), text)
        }
    }

    func testNamesCannotEscapeTheThemeDirectories() {
        let loader = ThemeLoader(directories: [directory.path])
        XCTAssertThrowsError(try loader.load("..")) { error in
            XCTAssertTrue(String(describing: error).contains("a theme name is letters, digits"))
        }
    }

    func testPathLoadsAFileAndReportsItsErrors() throws {
        try write("broken.theme", "normal = default default\nheader = red\n")
        let path = directory.appendingPathComponent("broken.theme").path
        XCTAssertThrowsError(try ThemeLoader(directories: []).load(path)) { error in
            XCTAssertEqual((error as? ThemeError)?.source, path)
            XCTAssertEqual((error as? ThemeError)?.line, 2)
        }
        XCTAssertThrowsError(try ThemeLoader(directories: []).load(directory.path + "/missing.theme")) { error in
            XCTAssertTrue(String(describing: error).contains("cannot read the theme file"))
        }
    }

    func testStandardSearchPathOrder() {
        let loader = ThemeLoader.standard(environment: ["HELPDESK_THEMES": "/srv/themes", "HOME": "/home/lin"],
                                          executablePath: "/opt/helpdesk/bin/helpdesk")
        XCTAssertEqual(Array(loader.directories.prefix(4)),
                       ["/srv/themes", "/home/lin/.config/helpdesk/themes", "/opt/helpdesk/bin/themes", "/opt/helpdesk/share/helpdesk/themes"])
        let xdg = ThemeLoader.standard(environment: ["XDG_CONFIG_HOME": "/cfg", "HOME": "/home/lin"], executablePath: "/usr/bin/helpdesk")
        XCTAssertEqual(xdg.directories.first, "/cfg/helpdesk/themes")
    }

    func testDevelopmentBuildFindsTheCheckoutThemes() {
        let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let loader = ThemeLoader.standard(environment: [:], executablePath: checkout.path + "/.build/debug/helpdesk")
        XCTAssertEqual(loader.directories.last, checkout.appendingPathComponent("themes").path)
        XCTAssertEqual(try loader.load("high-contrast").name, "high-contrast")
    }
}
