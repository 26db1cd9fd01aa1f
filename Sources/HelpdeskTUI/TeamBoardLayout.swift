/// Where the team board's three lists go: the lists beside the team from 120 columns, else below it.
public struct TeamBoardLayout: Sendable, Equatable {
    /// From this width the ticket lists sit to the right of the team.
    public static let sideBySideCols = 120

    public var engineers: Rect
    public var unassigned: Rect
    public var atRisk: Rect

    /// The board's lists within `body`, the team taking the rows it needs up to half a narrow screen.
    public static func compute(body: Rect, engineerCount: Int) -> TeamBoardLayout {
        if body.width >= sideBySideCols {
            let right = min(56, max(40, body.width * 3 / 8))
            let left = body.width - right - 1
            let upper = body.height / 2
            return TeamBoardLayout(
                engineers: Rect(x: body.x, y: body.y, width: left, height: body.height),
                unassigned: Rect(x: body.x + left + 1, y: body.y, width: right, height: upper),
                atRisk: Rect(x: body.x + left + 1, y: body.y + upper, width: right, height: body.height - upper))
        }
        let teamHeight = min(max(4, engineerCount + 2), body.height / 2)
        let half = (body.width - 1) / 2
        let listY = body.y + teamHeight
        let listHeight = body.height - teamHeight
        return TeamBoardLayout(
            engineers: Rect(x: body.x, y: body.y, width: body.width, height: teamHeight),
            unassigned: Rect(x: body.x, y: listY, width: half, height: listHeight),
            atRisk: Rect(x: body.x + half + 1, y: listY, width: body.width - half - 1, height: listHeight))
    }

    /// The first row shown of a list of `visible` rows, keeping `cursor` in view.
    static func top(cursor: Int, visible: Int) -> Int {
        visible > 0 ? max(0, cursor - visible + 1) : 0
    }
}
