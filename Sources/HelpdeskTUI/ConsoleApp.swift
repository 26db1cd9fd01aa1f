import Foundation
import HelpdeskCore

/// How a console session ended.
public enum ConsoleExit: Sendable, Equatable {
    /// The user quit.
    case quit
    /// A termination signal (SIGINT, SIGTERM, SIGHUP) stopped it; exit with 128 + signal.
    case signal(Int32)
}

/// The console's loop: read a key or time out, apply it, reload what changed, draw.
///
/// Only the visible page is queried: again when the data version moves (someone changed a
/// ticket), after a key that needs it, and at least every `pageRefreshInterval` so
/// countdowns and at-risk colours stay true. Tab counts and the SLA summary are reloaded
/// on data changes and every `countsRefreshInterval`. The selected ticket's detail is loaded
/// when the selection moves or the data changes, never on a plain tick; the store calls that
/// ticket actions end in are run by an `ActionRunner`.
public final class ConsoleApp {
    /// Settings for one session.
    public struct Configuration: Sendable {
        public var user: String
        public var role: Role
        /// The user's tier: second line may work tickets escalated to L2.
        public var tier: Tier
        public var timeZone: TimeZone
        /// How long one wait for a key lasts.
        public var pollMilliseconds = 250
        public var pageRefreshInterval: TimeInterval = 1
        public var countsRefreshInterval: TimeInterval = 10
        /// How long a status message stays up.
        public var messageLifetime: TimeInterval = 5
        /// Quit as soon as the first frame is drawn: how `helpdesk-bench` times a cold start
        /// (`HELPDESK_EXIT_AFTER_FIRST_PAINT=1`, see docs/performance.md).
        public var exitAfterFirstPaint = false

        public init(user: String, role: Role, tier: Tier = .l1, timeZone: TimeZone = .current) {
            self.user = user
            self.role = role
            self.tier = tier
            self.timeZone = timeZone
        }
    }

    public internal(set) var state: ConsoleState
    let source: any ConsoleDataSource
    private let terminal: any Terminal
    let configuration: Configuration
    private let registry: CommandRegistry
    private let renderer: ScreenRenderer
    let now: () -> Date
    private let runner: ActionRunner
    private let handovers: HandoverRunner
    private let drafts: DraftKeeper
    private let savedViews: SavedViewRunner
    private var lastVersion: Int?
    private var lastPageLoad: Date = .distantPast
    private var lastCountsLoad: Date = .distantPast
    private var shownMessage: ConsoleState.Message?
    private var messageShownAt: Date?
    let reportLoader = ReportLoader()

    /// A console over `source` drawing on `terminal`; `now` is the clock (tests pass a fixed one).
    public init(source: any ConsoleDataSource, terminal: any Terminal, configuration: Configuration,
                registry: CommandRegistry = .standard, now: @escaping () -> Date) {
        self.source = source
        self.terminal = terminal
        self.configuration = configuration
        self.registry = registry
        self.now = now
        renderer = ScreenRenderer(registry: registry, timeZone: configuration.timeZone)
        runner = ActionRunner(source: source, actor: Actor(login: configuration.user, role: configuration.role, tier: configuration.tier),
                              timeZone: configuration.timeZone, now: now)
        handovers = HandoverRunner(source: source, actor: Actor(login: configuration.user, role: configuration.role, tier: configuration.tier),
                                   timeZone: configuration.timeZone, now: now)
        state = ConsoleState(user: configuration.user, role: configuration.role, size: terminal.size)
        drafts = DraftKeeper(source: source, login: configuration.user, now: now)
        savedViews = SavedViewRunner(source: source, actor: Actor(login: configuration.user, role: configuration.role, tier: configuration.tier),
                                     countInterval: configuration.countsRefreshInterval, now: now)
    }

    /// Runs until the user quits or a termination signal arrives.
    public func run() -> ConsoleExit {
        start()
        if configuration.exitAfterFirstPaint { return .quit }
        while true {
            if let signal = terminal.pendingSignal() {
                // Whatever was typed in the last half second is written before the terminal is given back.
                drafts.sync(&state, force: true)
                return .signal(signal)
            }
            if let key = terminal.readKey(timeoutMilliseconds: configuration.pollMilliseconds) {
                if !apply(key) {
                    drafts.sync(&state, force: true)
                    return .quit
                }
            }
            refreshIfDue()
            draw()
        }
    }

    /// Loads everything for the current size and draws the first frame.
    public func start() {
        _ = state.resize(to: terminal.size)
        lastVersion = try? source.dataVersion()
        reloadCounts()
        reloadPage()
        runner.syncDetail(&state, force: true)
        handovers.showPending(&state)
        drafts.load(into: &state)
        syncTeam(force: true)
        draw()
    }

    /// Applies one key and draws; false when the console should quit.
    @discardableResult
    public func handle(_ key: Key) -> Bool {
        guard apply(key) else { return false }
        draw()
        return true
    }

    /// The idle path: notice changes from elsewhere, keep countdowns true, expire messages; then draw.
    public func tick() {
        refreshIfDue()
        draw()
    }

    private func apply(_ key: Key) -> Bool {
        var effects: [ConsoleEffect]
        if key == .resize {
            effects = state.resize(to: terminal.size)
        } else {
            effects = state.update(with: key, registry: registry)
        }
        if effects.contains(.quit) { return false }
        // Our own write moves the data version; noting it here spares the next tick a second reload.
        let wroteHandover = handovers.run(effects, on: &state)
        let wroteView = savedViews.run(effects, on: &state)
        let wrote = runner.run(effects, on: &state)
        if wrote || wroteHandover || wroteView { lastVersion = try? source.dataVersion() }
        if effects.contains(.reloadAll) { terminal.invalidate() }
        if effects.contains(.reloadAll) || wrote { reloadCounts(recountSavedViews: effects.contains(.reloadAll)) }
        if effects.contains(.reloadAll) || effects.contains(.reloadPage) || wrote { reloadPage() }
        runner.syncDetail(&state, force: wrote || effects.contains(.reloadAll))
        syncKB()
        keepDrafts()
        syncTeam(force: wrote || effects.contains(.reloadAll))
        syncReports()
        return true
    }

    /// A draft write moves the data version like any commit; when nothing else changed before it,
    /// noting the new version spares a reload of what did not change.
    /// The version is read only when a draft is about to be written, not on every key.
    private func keepDrafts() {
        var before: Int?
        if drafts.sync(&state, force: false, beforeWriting: { before = try? source.dataVersion() }), before == lastVersion {
            lastVersion = try? source.dataVersion()
        }
    }

    private func refreshIfDue() {
        let time = now()
        if let shown = messageShownAt, time.timeIntervalSince(shown) >= configuration.messageLifetime {
            state.message = nil
            shownMessage = nil
            messageShownAt = nil
        }
        var changed = false
        do {
            let version = try source.dataVersion()
            changed = version != lastVersion
            lastVersion = version
            if changed {
                state.kb.isStale = true
                handovers.refresh(&state)
                handovers.announceNew(&state)
            }
        } catch {
            post(error: tr("cannot check for changes: %@", ConsoleState.describe(error)))
        }
        if changed || time.timeIntervalSince(lastCountsLoad) >= configuration.countsRefreshInterval { reloadCounts() }
        if changed || time.timeIntervalSince(lastPageLoad) >= configuration.pageRefreshInterval { reloadPage() }
        runner.syncDetail(&state, force: changed)
        syncKB()
        keepDrafts()
        syncTeam(force: changed)
        syncReports()
    }

    private func reloadPage() {
        guard !state.layout.isTooSmall else { return }
        let time = now()
        lastPageLoad = time
        do {
            // A view that shrank under the scroll position needs one more query from the new top.
            if state.apply(try source.queue(state.pageQuery(now: time))) {
                _ = state.apply(try source.queue(state.pageQuery(now: time)))
            }
        } catch {
            post(error: tr("cannot load %@: %@", state.view.localizedTitle, ConsoleState.describe(error)))
        }
    }

    private func reloadCounts(recountSavedViews: Bool = false) {
        let time = now()
        lastCountsLoad = time
        do {
            state.counts = try source.counts(login: state.user, now: time)
            state.sla = try source.slaSummary(login: state.user, now: time)
            savedViews.reload(&state, force: recountSavedViews)
        } catch {
            post(error: tr("cannot load the queue counts: %@", ConsoleState.describe(error)))

        }
    }

    func post(error text: String) {
        state.message = ConsoleState.Message(text, kind: .error)
    }

    private func draw() {
        if state.message != shownMessage {
            shownMessage = state.message
            messageShownAt = state.message == nil ? nil : now()
        }
        renderer.render(state, now: now(), on: terminal)
    }
}
