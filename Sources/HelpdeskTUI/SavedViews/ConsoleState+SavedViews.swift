import HelpdeskCore

/// Saved views as tabs: switching to them like built-in views, saving the view on screen, removing one.
extension ConsoleState {
    /// The saved view on screen: the one last opened, while its filter and sort are still in use.
    public var activeSavedView: SavedView? {
        guard let id = saved.activeID, let view = saved.views.first(where: { $0.id == id }) else { return nil }
        return view.base == self.view && view.filter == filter && view.sort == sort ? view : nil
    }

    /// The tabs for a header `width` columns wide: built-in views, then saved ones.
    public func tabs(width: Int) -> [QueueTab] {
        QueueTabs.layout(counts: counts, active: view, width: width, saved: saved.views, savedCounts: saved.counts,
                         activeSaved: activeSavedView?.id)
    }

    /// Number key `n`: built-in views 1–7, saved views from 8.
    mutating func selectTab(number n: Int) -> [ConsoleEffect] {
        if QueueTabs.viewOrder.indices.contains(n - 1) { return showBuiltIn(QueueTabs.viewOrder[n - 1]) }
        let index = n - 1 - QueueTabs.viewOrder.count
        guard saved.views.indices.contains(index) else {
            message = Message(tr("No view %@: press v to save the view on screen as a tab", n))
            return []
        }
        return showSaved(saved.views[index])
    }

    /// Left and Right: through the built-in views and then the saved ones, round again.
    mutating func stepTab(by delta: Int) -> [ConsoleEffect] {
        let builtIn = QueueTabs.viewOrder.count
        let count = builtIn + saved.views.count
        let current = activeSavedView.flatMap { active in saved.views.firstIndex { $0.id == active.id }.map { builtIn + $0 } }
            ?? QueueTabs.viewOrder.firstIndex(of: view) ?? 0
        let next = ((current + delta) % count + count) % count
        return next < builtIn ? showBuiltIn(QueueTabs.viewOrder[next]) : showSaved(saved.views[next - builtIn])
    }

    /// The tab under a click.
    mutating func showTab(_ tab: QueueTab) -> [ConsoleEffect] {
        guard let id = tab.savedViewID else { return showBuiltIn(tab.view) }
        guard let target = saved.views.first(where: { $0.id == id }) else { return [] }
        return showSaved(target)
    }

    /// Shows a built-in view; leaving a saved view gives back the filter and sort used before it.
    mutating func showBuiltIn(_ newView: QueueView) -> [ConsoleEffect] {
        let leaving = saved.activeID != nil
        if leaving {
            filter = saved.returnFilter
            sort = saved.returnSort
        }
        saved.activeID = nil
        guard newView != view || leaving else { return [] }
        return show(newView, total: counts[newView] ?? 0)
    }

    mutating func showSaved(_ target: SavedView) -> [ConsoleEffect] {
        guard activeSavedView?.id != target.id else { return [] }
        if saved.activeID == nil {
            saved.returnFilter = filter
            saved.returnSort = sort
        }
        saved.activeID = target.id
        filter = target.filter
        sort = target.sort
        return show(target.base, total: saved.counts[target.id] ?? 0)
    }

    private mutating func show(_ newView: QueueView, total: Int) -> [ConsoleEffect] {
        view = newView
        rows = []
        self.total = total
        scrollToStart()
        selectedID = nil
        return [.reloadPage]
    }

    /// Takes the views and counts the source gave; a view gone from the list is no longer on screen.
    public mutating func savedViewsLoaded(_ views: [SavedView], counts: [Int64: Int]) {
        saved.views = views
        saved.counts = counts
        if let id = saved.activeID, !views.contains(where: { $0.id == id }) { saved.activeID = nil }
    }

    // MARK: Saving and removing

    /// `v`: asks for a name for the view on screen.
    mutating func startSaveView() -> [ConsoleEffect] {
        saved.dialog = .naming(NewSavedView(name: "", base: view, filter: filter, sort: sort))
        return []
    }

    /// `V`: asks whether to delete (or unshare) the saved view on screen, when the user may.
    mutating func startRemoveView() -> [ConsoleEffect] {
        guard let target = activeSavedView else {
            message = Message(tr("Switch to a saved view's tab (8, 9 …) to delete it"), kind: .error)
            return []
        }
        do {
            try AccessPolicy.checkChangeView(target, by: Actor(login: user, role: role))
        } catch {
            let text = (error as? WorkflowError)?.message ?? "\(error)"
            message = Message(Self.describe(error), kind: .error)
            return [.recordDenied(ticketID: nil, action: "view remove \(target.name)", message: text)]
        }
        saved.dialog = SavedViewDialog(step: .remove(target), draft: NewSavedView(name: target.name, base: target.base))
        return []
    }

    /// Every key while the dialog is open.
    mutating func updateSavedViewDialog(with key: Key) -> [ConsoleEffect] {
        guard var dialog = saved.dialog else { return [] }
        switch dialog.step {
        case var .name(field):
            let outcome = field.handle(key)
            dialog.step = .name(field)
            saved.dialog = dialog
            switch outcome {
            case .cancelled:
                saved.dialog = nil
            case let .submitted(text):
                do {
                    dialog.draft.name = try SavedViewRules.checkedName(text)
                } catch {
                    message = Message(Self.describe(error), kind: .error)
                    return []
                }
                if AccessPolicy.allows(role, .shareViews) {
                    dialog.step = .share
                    saved.dialog = dialog
                    return []
                }
                return askReplaceOrSave(dialog)
            case .editing, .confirmingDiscard:
                break
            }
        case .share:
            switch key {
            case .char("y"), .char("Y"), .char("n"), .char("N"), .enter:
                dialog.draft.isShared = key == .char("y") || key == .char("Y")
                return askReplaceOrSave(dialog)
            case .escape, .ctrl("c"): saved.dialog = nil
            default: break
            }
        case .replace:
            switch key {
            case .char("y"), .char("Y"):
                saved.dialog = nil
                return [.savedView(.save(dialog.draft, replacing: true))]
            case .char("n"), .char("N"):
                saved.dialog = .naming(dialog.draft, text: dialog.draft.name)
            case .escape, .ctrl("c"): saved.dialog = nil
            default: break
            }
        case let .remove(target):
            switch key {
            case .char("d") where target.isShared, .char("y") where !target.isShared, .char("Y") where !target.isShared:
                saved.dialog = nil
                return [.savedView(.remove(target))]
            case .char("u") where target.isShared:
                saved.dialog = nil
                return [.savedView(.unshare(target))]
            case .char("n"), .char("N"), .escape, .ctrl("c"): saved.dialog = nil
            default: break
            }
        }
        return []
    }

    /// A name the user already has asks before replacing; otherwise the view is saved.
    private mutating func askReplaceOrSave(_ dialog: SavedViewDialog) -> [ConsoleEffect] {
        if saved.views.contains(where: { $0.owner == user && $0.name == dialog.draft.name }) {
            saved.dialog = SavedViewDialog(step: .replace, draft: dialog.draft)
            return []
        }
        saved.dialog = nil
        return [.savedView(.save(dialog.draft, replacing: false))]
    }

    /// The store saved the view: it becomes the tab on screen.
    mutating func savedViewSaved(_ view: SavedView) {
        if let index = saved.views.firstIndex(where: { $0.id == view.id }) { saved.views[index] = view } else { saved.views.append(view) }
        if saved.activeID == nil {
            saved.returnFilter = filter
            saved.returnSort = sort
        }
        saved.activeID = view.id
        let number = QueueTabs.viewOrder.count + 1 + (saved.views.firstIndex { $0.id == view.id } ?? 0)
        let place = number <= QueueTabs.numberedTabs ? tr("tab %@", number) : tr("a tab (Left/Right)")
        message = Message(view.isShared ? tr("Saved “%@” as %@, shared with the team", view.name, place) : tr("Saved “%@” as %@", view.name, place))
    }

    /// The store removed or unshared the view; a view the user no longer sees leaves the tabs.
    mutating func savedViewChanged(_ view: SavedView, removed: Bool) {
        if removed || !view.isVisible(to: user) {
            saved.views.removeAll { $0.id == view.id }
            if saved.activeID == view.id { saved.activeID = nil }
        } else if let index = saved.views.firstIndex(where: { $0.id == view.id }) {
            saved.views[index] = view
        }
        message = Message(removed ? tr("Deleted the view “%@”", view.name) : tr("“%1$@” is no longer shared; it stays %2$@'s own view", view.name, view.owner))
    }
}
