import HelpdeskCore
import HelpdeskStore

extension ScreenRenderer {
    /// The version history in the article's place: a title line, the versions (newest first),
    /// then the selected version compared line by line with the one before it.
    func drawKBHistory(_ state: ConsoleState, _ rect: Rect, on terminal: any Terminal) {
        guard let history = state.kb.history else { return }
        let title = history.versions.count == 1 ? tr("History of #%@: 1 version · j/k select · u restore · Esc back", history.articleID)
            : tr("History of #%@: %@ versions · j/k select · u restore · Esc back", history.articleID, history.versions.count)
        terminal.put(title.truncated(toColumns: rect.width), y: rect.y, x: rect.x, style: Style(.normal, .bold), maxColumns: rect.width)
        guard history.isLoaded else {
            terminal.put(tr("Loading…"), y: rect.y + 1, x: rect.x, style: Style(.muted), maxColumns: rect.width)
            return
        }
        let listHeight = min(state.historyListHeight, max(0, rect.height - 1))
        let first = max(0, min(history.cursor - listHeight + 1, history.versions.count - listHeight))
        for (offset, version) in history.versions.dropFirst(first).prefix(listHeight).enumerated() {
            let y = rect.y + 1 + offset
            let selected = first + offset == history.cursor
            let style = selected ? Style(.selection) : Style(.normal)
            if selected { terminal.fill(y: y, x: rect.x, width: rect.width, style: style) }
            let line = "\(selected ? "▸" : " ") v\(version.version)  \(clock.dateTime(version.editedAt))  "
                + "\(SafeText.sanitize(version.editor))  \(version.status.rawValue)  \(version.note)  \(SafeText.sanitize(version.title))"
            terminal.put(line.truncated(toColumns: rect.width), y: y, x: rect.x, style: style, maxColumns: rect.width)
        }
        let dividerY = rect.y + 1 + listHeight
        guard dividerY < rect.maxY, let selected = history.selected else { return }
        let (added, removed) = LineDiff.summary(history.diff)
        let label = selected.version == 1 ? "─ " + tr("v1 as first written") + " " : "─ v\(selected.version - 1) → v\(selected.version): +\(added) −\(removed) "

        terminal.put((label + String(repeating: "─", count: max(0, rect.width - label.displayWidth))).truncated(toColumns: rect.width),
                     y: dividerY, x: rect.x, style: Style(.border), maxColumns: rect.width)
        let diffHeight = rect.maxY - dividerY - 1
        for (offset, line) in history.diff.dropFirst(history.diffTop).prefix(max(0, diffHeight)).enumerated() {
            let style: Style = switch line {
            case .same: Style(.muted)
            case .added: Style(.slaOK, .bold)
            case .removed: Style(.error)
            }
            let text = line.marker + SafeText.sanitize(line.text)
            terminal.put(text.truncated(toColumns: rect.width), y: dividerY + 1 + offset, x: rect.x, style: style, maxColumns: rect.width)
        }
    }
}
