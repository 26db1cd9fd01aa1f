import Foundation

/// The end-of-shift summary for management (在班次结束时 … 将报告提交给上级领导), as Markdown.
///
/// Table columns are padded by display width, so the file also reads well as plain text with
/// Chinese in it. Cell text is sanitised and `|` escaped, so no note or title can break a table.
public enum HandoverMarkdown {
    /// The whole handover: heading, who and when, the note, then the snapshot's tables.
    public static func render(_ handover: Handover, authorName: String? = nil, timeZone: TimeZone) -> String {
        let time = HandoverTime(timeZone: timeZone)
        let label = handover.shiftLabel.isEmpty ? "" : " — " + HandoverSnapshot.clean(handover.shiftLabel)
        var out = ["# " + tr("Shift handover 交接班 #%@", handover.id) + label, ""]
        let author = HandoverSnapshot.clean(handover.author) + (authorName.map { " (\(HandoverSnapshot.clean($0)))" } ?? "")
        out.append("- **\(tr("Written by:"))** " + tr("%@ at %@ (%@)", author, time.dateTime(handover.createdAt), timeZone.identifier))
        out.append("- **\(tr("Shift covered:"))** \(time.dateTime(handover.snapshot.since)) – \(time.dateTime(handover.snapshot.takenAt))")
        if let by = handover.acknowledgedBy, let at = handover.acknowledgedAt {
            out.append("- **\(tr("Acknowledged by:"))** " + tr("%@ at %@", HandoverSnapshot.clean(by), time.dateTime(at)))
            if let reply = handover.ackReply { out.append("- **\(tr("Reply:"))** \(HandoverSnapshot.clean(reply))") }
        } else {
            out.append("- **\(tr("Acknowledged:"))** " + tr("not yet"))
        }
        out += ["", "## " + tr("Note 交接说明"), ""]
        out += SafeText.sanitize(handover.note, .multiLine(tabWidth: 4)).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for table in handover.snapshot.tables(timeZone: timeZone) {
            out += ["", "## " + table.title, ""]
            out += lines(table)
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// One table as Markdown lines, or its empty text.
    static func lines(_ table: HandoverTable) -> [String] {
        guard !table.rows.isEmpty else { return ["_\(table.emptyText)_"] }
        let cells = ([table.headers] + table.rows).map { $0.map(escape) }
        let widths = table.headers.indices.map { col in max(3, cells.map { DisplayWidth.width(of: $0[col]) }.max() ?? 0) }
        func line(_ row: [String]) -> String {
            "| " + row.enumerated().map { col, text in
                text.padded(toColumns: widths[col], alignment: table.rightAligned.contains(col) ? .right : .left)
            }.joined(separator: " | ") + " |"
        }
        let rule = "|" + widths.indices.map { col in
            let dashes = String(repeating: "-", count: widths[col])
            return table.rightAligned.contains(col) ? " " + dashes.dropLast() + ": " : " " + dashes + " "
        }.joined(separator: "|") + "|"
        var out = [line(cells[0]), rule] + cells.dropFirst().map(line)
        if table.omitted > 0 { out += ["", tr("…and %@ more.", table.omitted)] }

        return out
    }

    /// A `|` would end the cell; a backslash before it keeps it text.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
    }
}
