import HelpdeskCore

extension ConsoleState {
    /// Applies one key: returns what must be loaded (or quit) before the next frame.
    /// Resizes go through `resize(to:)`, which needs the new size.
    public mutating func update(with key: Key, registry: CommandRegistry = .standard) -> [ConsoleEffect] {
        if key == .resize { return [] }
        message = nil
        if layout.isTooSmall {
            return key == .char("q") || key == .ctrl("c") ? [.quit] : []
        }
        if conflict != nil { return updateConflict(with: key) }
        if flow != nil { return updateFlow(with: key) }
        if palette != nil { return updatePalette(with: key, registry: registry) }
        if handover != nil { return updateHandover(with: key) }
        if saved.dialog != nil { return updateSavedViewDialog(with: key) }
        if team.noticeList != nil { return closeNoticeList(key) }
        if requesterHistory != nil { return updateRequesterHistory(with: key) }
        switch mode {
        case .help:
            return updateHelp(with: key, registry: registry)
        case .filter:
            return updateFilter(with: key)
        case .browse:
            break
        }
        // The board covers the queue: a click must not select a ticket hidden beneath it.
        if case let .mouse(y, x) = key { return team.board == nil ? click(y: y, x: x) : [] }
        if focus == .kb, kb.isTyping, let effects = updateKBSearch(with: key) { return effects }
        if focus == .reports, let effects = updateReports(with: key, registry: registry) { return effects }
        guard let command = registry.command(for: key, in: focus) else { return [] }
        let effects = perform(command.id, key: key)
        fitKBToScreen()
        return effects
    }

    /// Runs a command as its key does; the palette dispatches through here too.
    mutating func perform(_ id: CommandID, key: Key) -> [ConsoleEffect] {
        if let effects = performTeam(id) { return effects }
        switch id {
        case .moveDown: return releaseHeldTicket() ? [] : reloadIf(moveCursor(to: cursor + 1))
        case .moveUp: return releaseHeldTicket() ? [] : reloadIf(moveCursor(to: cursor - 1))
        case .pageDown: return reloadIf(moveCursor(to: cursor + pageSize, scrollBy: pageSize))
        case .pageUp: return reloadIf(moveCursor(to: cursor - pageSize, scrollBy: -pageSize))
        case .first: return reloadIf(moveCursor(to: 0))
        case .last: return reloadIf(moveCursor(to: total - 1))
        case .selectView:
            guard case let .char(c) = key, let n = Int(String(c)) else { return [] }
            return selectTab(number: n)
        case .nextView, .previousView:
            return stepTab(by: id == .nextView ? 1 : -1)
        case .saveView:
            return startSaveView()
        case .removeView:
            return startRemoveView()
        case .cycleSort:
            let sorts = QueueSort.allCases
            sort = sorts[((sorts.firstIndex(of: sort) ?? 0) + 1) % sorts.count]
            scrollToStart()
            message = Message(tr("Sorted by %@", sort.localizedName))
            return [.reloadPage]
        case .filter:
            mode = .filter
            return []
        case .clearFilter:
            guard !filter.isEmpty else { return [] }
            filter = ""
            scrollToStart()
            message = Message(tr("Filter cleared"))
            return [.reloadPage]
        case .toggleDetail:
            if layout.detailPlacement == .right {
                message = Message(tr("The detail pane is always shown at this width"))
                return []
            }
            showDetail.toggle()
            if !showDetail { focus = .queue }
            relayout()
            return [.reloadPage]
        case .openDetail:
            return focusDetail()
        case .switchFocus:
            return focus == .detail ? focusQueue() : focusDetail()
        case .back:
            return focusQueue()
        case .scrollDown, .scrollUp, .scrollPageDown, .scrollPageUp, .scrollTop, .scrollBottom:
            scroll(id)
            return []
        case .take, .reply, .note, .changeStatus, .assign, .escalate, .resolve, .reopen, .logTime,
             .impactUrgency, .editTags, .majorIncident, .newTicket:
            return startAction(id)
        case .refresh:
            return [.reloadAll]
        case .help:
            mode = .help
            helpScroll = 0
            return []
        case .quit:
            return [.quit]
        case .palette:
            return openPalette()
        case .handovers:
            return openHandovers()
        case .knowledgeBase, .kbScrollDown, .kbScrollUp, .kbPageDown, .kbPageUp, .kbTop, .kbBottom,
             .kbNextResult, .kbPreviousResult, .kbSearch, .kbLeave, .kbLink,
             .kbUnlink, .kbHistory, .kbRestore, .kbWriteFromTicket:
            return performKB(id)
        case .teamBoard, .mark, .clearMarks, .moveAll, .notices, .boardDown, .boardUp, .boardNextSection,
             .boardPreviousSection, .boardLeave:
            return []
        case .reports, .reportsWeek, .reportsMonth, .reportsLast30, .reportsCustom, .reportsScrollDown, .reportsScrollUp,
             .reportsPageDown, .reportsPageUp, .reportsClose:
            return performReports(id)
        case .survey:
            return startSurvey()
        case .link:
            return startLink()
        case .merge:
            return startMerge()
        case .requesterHistory:
            return openRequesterHistory()
        }
    }

    private mutating func updateFilter(with key: Key) -> [ConsoleEffect] {
        switch key {
        case let .char(c):
            guard filter.count < ConsoleState.filterLimit else {
                message = Message(tr("A filter holds at most %@ characters", ConsoleState.filterLimit), kind: .error)

                return []
            }
            filter.append(c)
        case .backspace:
            guard !filter.isEmpty else {
                mode = .browse
                return []
            }
            // One Character is one whole grapheme: 打, é or 👩‍💻 goes in one press.
            filter.removeLast()
        case .ctrl("u"):
            guard !filter.isEmpty else { return [] }
            filter = ""
        case .escape:
            mode = .browse
            guard !filter.isEmpty else { return [] }
            filter = ""
        case .enter, .tab:
            mode = .browse
            return []
        case .down:
            return reloadIf(moveCursor(to: cursor + 1))
        case .up:
            return reloadIf(moveCursor(to: cursor - 1))
        case .ctrl("c"):
            return [.quit]
        default:
            return []
        }
        scrollToStart()
        return [.reloadPage]
    }

    /// A click selects a tab or a ticket and focuses the pane it lands in.
    private mutating func click(y: Int, x: Int) -> [ConsoleEffect] {
        if let effects = clickKB(y: y, x: x) { return effects }
        if layout.header.contains(y: y, x: x) {
            guard let target = QueueTabs.tab(at: x, in: tabs(width: layout.header.width)) else { return [] }
            return showTab(target)
        }
        if let detail = layout.detail, detail.contains(y: y, x: x) {
            let effects = focusDetail()
            fitKBToScreen()
            return effects
        }
        let firstRow = layout.queue.y + 1
        guard layout.queue.contains(y: y, x: x) else { return [] }
        // The row is picked in the layout the user clicked on, before focus changes it.
        let index = y - firstRow
        if y >= firstRow, rows.indices.contains(index) {
            cursor = top + index
            selectedID = rows[index].id
        }
        let effects = focus == .queue ? [] : focusQueue()
        fitKBToScreen()
        return effects
    }

    private func reloadIf(_ pageChanged: Bool) -> [ConsoleEffect] {
        pageChanged ? [.reloadPage] : []
    }
}
