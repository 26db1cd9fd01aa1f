import Foundation
import XCTest

/// Compares a screen with Goldens/<name>.txt beside the tests; HELPDESK_RECORD_GOLDENS=1 rewrites the file.
func assertGolden(_ lines: [String], named name: String, file: StaticString = #filePath, line: UInt = #line) {
    let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")
    let url = directory.appendingPathComponent(name + ".txt")
    let actual = lines.joined(separator: "\n") + "\n"
    if ProcessInfo.processInfo.environment["HELPDESK_RECORD_GOLDENS"] == "1" {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
        } catch {
            XCTFail("cannot record \(url.path): \(error)", file: file, line: line)
        }
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        XCTFail("no golden screen at \(url.path); record it with HELPDESK_RECORD_GOLDENS=1 swift test", file: file, line: line)
        return
    }
    guard expected != actual else { return }
    let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let got = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var report: [String] = []
    for i in 0..<max(want.count, got.count) {
        let w = i < want.count ? String(want[i]) : "<none>"
        let g = i < got.count ? String(got[i]) : "<none>"
        if w != g { report.append("line \(i + 1):\n  expected: \(w)\n  actual:   \(g)") }
    }
    XCTFail("screen differs from \(name).txt:\n" + report.joined(separator: "\n"), file: file, line: line)
}
