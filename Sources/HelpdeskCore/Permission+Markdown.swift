/// The permissions matrix as the Markdown table docs/admin.md holds between its markers.
extension Permission {
    public static let tableBeginMarker = "<!-- permissions:begin (generated from HelpdeskCore's Permission; do not edit by hand) -->"
    public static let tableEndMarker = "<!-- permissions:end -->"

    /// One row per permission, one column per role, ✓ where `AccessPolicy.allows` says yes.
    public static func markdownTable() -> String {
        var lines = ["| permission | " + Role.allCases.map(\.rawValue).joined(separator: " | ") + " |",
                     "|---|" + Role.allCases.map { _ in ":-:|" }.joined()]
        for permission in allCases {
            let marks = Role.allCases.map { AccessPolicy.allows($0, permission) ? "✓" : "–" }
            lines.append("| \(permission.rawValue) | " + marks.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }
}
