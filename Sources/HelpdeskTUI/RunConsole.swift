import Foundation
import HelpdeskCore

/// Runs the interactive console on the controlling terminal until the user quits.
///
/// Call from the main thread. The theme is loaded (by name, or "default" when nil; see
/// `ThemeLoader`) before the terminal is touched, so a bad theme file is reported on a
/// normal screen. The terminal is restored however the console ends, including SIGINT,
/// SIGTERM and SIGHUP; on `.signal(n)` the caller should exit with status 128 + n.
/// With `HELPDESK_EXIT_AFTER_FIRST_PAINT=1` in the environment it quits after the first frame
/// (for timing a cold start).
@discardableResult
public func runConsole(source: any ConsoleDataSource, user: String, role: Role, tier: Tier = .l1, theme: String?,
                       timeZone: TimeZone = .current, now: @escaping () -> Date = Date.init) throws -> ConsoleExit {
    let loaded = try ThemeLoader.standard().load(theme)
    let terminal = try NCursesTerminal(theme: loaded)
    defer { terminal.close() }
    var configuration = ConsoleApp.Configuration(user: user, role: role, tier: tier, timeZone: timeZone)
    configuration.exitAfterFirstPaint = ProcessInfo.processInfo.environment["HELPDESK_EXIT_AFTER_FIRST_PAINT"] == "1"
    let app = ConsoleApp(source: source, terminal: terminal, configuration: configuration, now: now)
    return app.run()
}
