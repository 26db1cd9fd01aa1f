import Foundation
import HelpdeskCore

/// Keys and results of the handover screen, which takes every key while it is open.
extension ConsoleState {
    /// History lines that fit: the screen keeps a title, a search line, column heads, hints and status.
    var handoverListRows: Int { max(1, layout.rows - 5) }
    /// Lines of a handover in view at once.
    var handoverPageRows: Int { max(1, layout.rows - 3) }

    /// `H`: the history, newest first.
    mutating func openHandovers() -> [ConsoleEffect] {
        handover = HandoverScreen()
        return [.handover(.load(search: ""))]
    }

    /// Shows a handover that waits for this user over the queue, before anything else.
    public mutating func showPendingHandover(_ pending: Handover) {
        handover = HandoverScreen(pending: pending)
        message = Message(tr("Handover #%@ from %@ is waiting for you: read it, then Enter to acknowledge", pending.id, SafeText.sanitize(pending.author)))
    }

    mutating func updateHandover(with key: Key) -> [ConsoleEffect] {
        guard var screen = handover else { return [] }
        if key == .ctrl("c") { return [.quit] }
        defer { if handover != nil { handover = screen } }
        switch screen.page {
        case .list:
            return screen.isSearching ? handoverSearch(key, &screen) : handoverList(key, &screen)
        case let .reading(h):
            return handoverReading(h, key, &screen)
        case var .writing(prompt):
            prompt.fit(cols: layout.cols, rows: layout.rows, reserved: 1)
            let outcome = prompt.handle(key)
            screen.page = .writing(prompt)
            switch outcome {
            case .editing: return []
            case let .submitted(text): return [.handover(.save(note: text))]
            case .cancelled:
                screen.page = .list
                message = Message(tr("The handover was not saved"))
                return []
            }
        case .replying(let h, var prompt):
            prompt.fit(cols: layout.cols, rows: layout.rows, reserved: 1)
            let outcome = prompt.handle(key)
            screen.page = .replying(h, prompt)
            switch outcome {
            case .editing: return []
            case let .submitted(text): return [.handover(.acknowledge(id: h.id, reply: text.isEmpty ? nil : text))]
            case .cancelled:
                screen.page = .reading(h)
                return []
            }
        }
    }

    private mutating func handoverList(_ key: Key, _ screen: inout HandoverScreen) -> [ConsoleEffect] {
        let rows = handoverListRows
        switch key {
        case .char("j"), .down, .wheelDown: screen.select(screen.cursor + 1, rows: rows)
        case .char("k"), .up, .wheelUp: screen.select(screen.cursor - 1, rows: rows)
        case .pageDown, .char(" "), .ctrl("f"): screen.select(screen.cursor + rows, rows: rows)
        case .pageUp, .ctrl("b"): screen.select(screen.cursor - rows, rows: rows)
        case .char("g"), .home: screen.select(0, rows: rows)
        case .char("G"), .end: screen.select(screen.items.count - 1, rows: rows)
        case .enter:
            guard let h = screen.selected else { return [] }
            screen.page = .reading(h)
            screen.scroll = 0
        case .char("/"): screen.isSearching = true
        case .char("n"): return startHandoverNote(&screen)
        case .char("a"):
            guard let h = screen.selected else { return [] }
            return startAcknowledging(h, &screen)
        case .ctrl("r"), .ctrl("l"): return [.handover(.load(search: screen.search)), .reloadAll]
        case .escape where !screen.search.isEmpty:
            screen.search = ""
            return [.handover(.load(search: ""))]
        case .escape, .char("q"), .char("H"):
            handover = nil
        default: break
        }
        return []
    }

    private mutating func handoverSearch(_ key: Key, _ screen: inout HandoverScreen) -> [ConsoleEffect] {
        switch key {
        case let .char(c):
            guard screen.search.count < HandoverScreen.searchLimit else {
                message = Message(tr("A search holds at most %@ characters", HandoverScreen.searchLimit), kind: .error)
                return []
            }
            screen.search.append(c)
        case .backspace:
            guard !screen.search.isEmpty else {
                screen.isSearching = false
                return []
            }
            screen.search.removeLast()
        case .ctrl("u"): screen.search = ""
        case .escape:
            screen.isSearching = false
            guard !screen.search.isEmpty else { return [] }
            screen.search = ""
        case .enter, .tab:
            screen.isSearching = false
            return []
        case .down, .up:
            screen.select(screen.cursor + (key == .down ? 1 : -1), rows: handoverListRows)
            return []
        default: return []
        }
        screen.cursor = 0
        screen.listTop = 0
        return [.handover(.load(search: screen.search))]
    }

    private mutating func handoverReading(_ h: Handover, _ key: Key, _ screen: inout HandoverScreen) -> [ConsoleEffect] {
        let page = handoverPageRows
        let last = max(0, HandoverDocument.lineCount(h, width: layout.cols) - page)
        switch key {
        case .char("j"), .down, .wheelDown: screen.scroll = min(last, screen.scroll + 1)
        case .char("k"), .up, .wheelUp: screen.scroll = max(0, screen.scroll - 1)
        case .pageDown, .char(" "), .ctrl("f"): screen.scroll = min(last, screen.scroll + page)
        case .pageUp, .ctrl("b"): screen.scroll = max(0, screen.scroll - page)
        case .char("g"), .home: screen.scroll = 0
        case .char("G"), .end: screen.scroll = last
        case .enter, .char("a"): return startAcknowledging(h, &screen)
        case .escape, .char("q"):
            if screen.isShowingPending {
                handover = nil
                message = Message(tr("Handover #%@ still waits for your acknowledgement; H opens the handovers", h.id))
                return []
            }
            screen.page = .list
            if screen.items.isEmpty { return [.handover(.load(search: screen.search))] }
        default: break
        }
        return []
    }

    /// Asks Core first, so nobody types a note or a reply that will be refused.
    private mutating func startHandoverNote(_ screen: inout HandoverScreen) -> [ConsoleEffect] {
        do {
            try AccessPolicy.checkWriteHandover(by: Actor(login: user, role: role))
        } catch {
            return refusedUpFront(error, ticketID: nil, action: "handover new")
        }
        var prompt = HandoverScreen.notePrompt
        prompt.fit(cols: layout.cols, rows: layout.rows, reserved: 1)
        screen.page = .writing(prompt)
        return []
    }

    private mutating func startAcknowledging(_ h: Handover, _ screen: inout HandoverScreen) -> [ConsoleEffect] {
        do {
            try AccessPolicy.checkAcknowledgeHandover(h, by: Actor(login: user, role: role))
        } catch {
            return refusedUpFront(error, ticketID: nil, action: "handover ack #\(h.id)")
        }
        var prompt = HandoverScreen.replyPrompt(for: h)
        prompt.fit(cols: layout.cols, rows: layout.rows, reserved: 1)
        screen.page = .replying(h, prompt)
        return []
    }

    /// The history came back.
    public mutating func handoversLoaded(_ items: [Handover]) {
        let rows = handoverListRows
        handover?.loaded(items, rows: rows)
    }

    /// The note was saved: show it, with its snapshot, as the next lead will see it.
    public mutating func handoverSaved(_ saved: Handover) {
        handover?.replace(saved)
        handover?.scroll = 0
        message = Message(tr("Handover #%@ saved with the queue snapshot; the next lead will be asked to acknowledge it", saved.id))
    }

    /// The acknowledgement was recorded.
    public mutating func handoverAcknowledged(_ acked: Handover) {
        handover?.replace(acked)
        handover?.pendingID = nil
        message = Message(tr("Acknowledged handover #%@ from %@", acked.id, SafeText.sanitize(acked.author)))
    }

    /// The store refused; what was typed stays in the prompt for another try.
    public mutating func handoverRefused(_ request: HandoverRequest, _ error: any Error) {
        let what = switch request {
        case .load: tr("Cannot load the handovers")
        case .save: tr("Cannot save the handover")
        case let .acknowledge(id, _): tr("Cannot acknowledge handover #%@", id)
        }
        message = Message("\(what): \(Self.describe(error))", kind: .error)

    }
}
