import Foundation
import HelpdeskCore

/// A handover laid out for reading in the console: who and when, the acknowledgement, the note
/// wrapped to the screen, then the snapshot's tables in columns aligned by display width.
enum HandoverDocument {
    /// Every line at `width` columns; dates read in `timeZone`.
    static func lines(_ h: Handover, width: Int, timeZone: TimeZone) -> [StyledLine] {
        let time = HandoverTime(timeZone: timeZone)
        let inner = max(10, width - 2)
        var out: [StyledLine] = []
        let label = h.shiftLabel.isEmpty ? "" : " — " + SafeText.sanitize(h.shiftLabel)
        out.append([StyledSpan(tr("Handover #%@", h.id) + label, Style(.normal, .bold))])
        out.append([StyledSpan(tr("Written by %@ at %@ · covers %@ – %@", SafeText.sanitize(h.author), time.dateTime(h.createdAt),
                                  time.dateTime(h.snapshot.since), time.dateTime(h.snapshot.takenAt)), Style(.muted))])
        if let by = h.acknowledgedBy, let at = h.acknowledgedAt {
            let reply = h.ackReply.map { ": " + SafeText.sanitize($0) } ?? ""
            for line in TextWrap.lines("✓ " + tr("Acknowledged by %@ at %@", SafeText.sanitize(by), time.dateTime(at)) + reply, columns: inner) {
                out.append([StyledSpan(line, Style(.slaOK, .bold))])
            }
        } else {
            out.append([StyledSpan("⚠ " + tr("Not acknowledged yet"), Style(.slaAtRisk, .bold))])
        }
        out.append([])
        out.append([StyledSpan(tr("Note 交接说明"), Style(.header, .bold))])
        for line in TextWrap.lines(SafeText.sanitize(h.note, .multiLine(tabWidth: TextEditor.tabWidth)), columns: inner - 2) {
            out.append([StyledSpan("  " + line, .normal)])
        }
        for table in h.snapshot.tables(timeZone: timeZone) {
            out.append([])
            out.append([StyledSpan(table.title, Style(.header, .bold))])
            out += rows(of: table, width: inner)
        }
        return out
    }

    /// How many lines `lines` gives at this width; the time zone changes no line's length.
    static func lineCount(_ h: Handover, width: Int) -> Int {
        lines(h, width: width, timeZone: TimeZone(identifier: "UTC") ?? .current).count
    }

    /// A table's head and rows, each column as wide as its widest cell, the last one cut to fit.
    static func rows(of table: HandoverTable, width: Int) -> [StyledLine] {
        guard !table.rows.isEmpty else { return [[StyledSpan("  " + table.emptyText, Style(.muted))]] }
        let all = [table.headers] + table.rows
        let widths = table.headers.indices.map { col in all.map { DisplayWidth.width(of: $0[col]) }.max() ?? 0 }
        func line(_ cells: [String], _ style: Style) -> StyledLine {
            var text = " "
            for (col, cell) in cells.enumerated() {
                let isLast = col == cells.count - 1
                let room = width - text.displayWidth - 1
                guard room > 0 else { break }
                let aligned = isLast ? cell : cell.padded(toColumns: widths[col], alignment: table.rightAligned.contains(col) ? .right : .left)
                text += " " + aligned.truncated(toColumns: room)
            }
            return [StyledSpan(text, style)]
        }
        var out = [line(table.headers, Style(.muted, .bold))]
        for row in table.rows {
            let style: Style = row.count > 1 && row[1] == Priority.p1.label ? Style(.priorityP1) : .normal
            out.append(line(row, style))
        }
        if table.omitted > 0 { out.append([StyledSpan("  " + tr("…and %@ more (helpdesk handover export for the report)", table.omitted), Style(.muted))]) }

        return out
    }
}
