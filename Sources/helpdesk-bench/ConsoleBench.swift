import Foundation
import HelpdeskCore
import HelpdeskStore
import HelpdeskTUI

/// The console in-process on a 200×60 `HeadlessTerminal`: rendering, keystrokes and the filter.
///
/// Each timed keystroke is `ConsoleApp.handle`: the state update, the store queries it asks for
/// and the whole frame drawn into the cell grid, as the real console does minus ncurses output.
struct ConsoleBench {
    let store: HelpdeskStore
    let tickets: Int
    let settings: BenchSettings
    let lead: Engineer

    static let size = TerminalSize(rows: 60, cols: 200)

    /// Typed character by character in the "All open" view: English, Chinese, a requester, a
    /// two-character word, two words, a number, and text that matches nothing, including a word
    /// made of letter pairs that most tickets hold ("interest").
    static let filterQueries = ["printer", "打印机", "vpn 无法", "张伟", "网络", "12345", "xyzzy", "interest", "鲸鱼座流星"]

    private func makeApp() -> (ConsoleApp, HeadlessTerminal) {
        let terminal = HeadlessTerminal(size: Self.size)
        var configuration = ConsoleApp.Configuration(user: lead.login, role: lead.role,
                                                     timeZone: TimeZone(identifier: "Asia/Shanghai") ?? .current)
        configuration.pollMilliseconds = 0
        let app = ConsoleApp(source: store, terminal: terminal, configuration: configuration, now: { DataSet.now })
        app.start()
        return (app, terminal)
    }

    func run(into report: inout BenchReport) throws {
        let (app, terminal) = makeApp()
        guard app.state.rows.count == app.state.pageSize || app.state.rows.count == app.state.total else {
            throw BenchError("the console's first page holds \(app.state.rows.count) rows of \(app.state.total)")
        }
        var render = Samples()
        let renderer = ScreenRenderer(timeZone: TimeZone(identifier: "Asia/Shanghai") ?? .current)
        for _ in 0..<settings.iterations * 2 {
            render.time { renderer.render(app.state, now: DataSet.now, on: terminal) }
        }
        report.add(BenchResult("headless render of a 200×60 frame p99", tickets: tickets, value: render.p99, unit: "ms",
                               target: .below(8), detail: "\(render.summary); \(app.state.rows.count) rows shown"))

        var keys = Samples()
        for _ in 0..<max(1, settings.iterations / 20) {
            for key in Self.browsingKeys {
                let alive = keys.time { app.handle(key) }
                guard alive else { throw BenchError("the console quit on \(key.label)") }
            }
        }
        report.add(BenchResult("keystroke → state → store → frame p99", tickets: tickets, value: keys.p99, unit: "ms",
                               target: .below(8),
                               detail: "\(keys.summary); keys: moves, pages, views, sorts, refresh"))

        try filter(into: &report)
    }

    /// Moves, pages, every view by number and by Tab, every sort, a refresh; ends where it began.
    static let browsingKeys: [Key] = {
        var keys: [Key] = Array(repeating: .char("j"), count: 10) + [.pageDown, .pageDown, .pageUp, .char("k"), .char("G"), .char("g")]
        keys += (1...7).map { .char(Character(String($0))) }
        keys += Array(repeating: .tab, count: 7)
        keys += Array(repeating: .char("s"), count: 4)
        keys += [.char("r"), .char("3")]
        return keys
    }()

    private func filter(into report: inout BenchReport) throws {
        let (app, _) = makeApp()
        app.handle(.char("3"))  // "All open", the largest view
        var samples = Samples()
        var worst = (query: "", ms: 0.0)
        var matches: [String] = []
        for round in 0..<max(1, settings.iterations / 50) {
            for query in Self.filterQueries {
                app.handle(.char("/"))
                var keys = query.map { Key.char($0) }
                keys += [.backspace, .backspace, .ctrl("u")]
                for (index, key) in keys.enumerated() {
                    let before = samples.max
                    samples.time { app.handle(key) }
                    if samples.max > before { worst = (app.state.filter, samples.max) }
                    if index == query.count - 1, round == 0 { matches.append("\(query): \(app.state.total)") }
                }
                app.handle(.escape)
            }
        }
        report.add(BenchResult("filter keystroke in All open p99", tickets: tickets, value: samples.p99, unit: "ms",
                               target: .below(30),
                               detail: "\(samples.summary); slowest after typing “\(worst.query)”; matches \(matches.joined(separator: ", "))"))
    }
}
