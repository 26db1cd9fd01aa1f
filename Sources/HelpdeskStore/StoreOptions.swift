import Foundation

/// How a store opens its database and sizes its answers.
public struct StoreOptions: Sendable, Equatable {
    /// How long a write waits for another helpdesk process to release its lock before giving up.
    public var busyTimeout: TimeInterval
    /// A filtered queue counts its matches up to this many and no further, so typing a filter
    /// never counts a million rows per keystroke; `QueuePage.total == filteredTotalCap` means "at least".
    public var filteredTotalCap: Int
    /// Below this many at-risk tickets the at-risk view reads its range index and sorts the few rows;
    /// above it, the rows are dense enough that reading the open queue in order fills a page at once.
    public var atRiskSortThreshold: Int

    /// A filter is first tried on this many rows at the head of the view, read in order; when
    /// they hold no full page, one sequential scan finds the matches instead.
    public var filterProbeRows: Int
    /// A knowledge-base search ranks at most this many matching articles, the newest ones.
    public var searchRankWindow: Int
    /// When the filter index names at most this many candidates for a view larger than the
    /// probe, they are read directly instead of probing the head of the view first.
    public var filterCandidateReads: Int
    /// Who may read the files this store creates (database, backups); see `FileSharing`.
    public var sharing: FileSharing = .ownerOnly

    public init(busyTimeout: TimeInterval = 5, filteredTotalCap: Int = 1000, atRiskSortThreshold: Int = 2000,
                filterProbeRows: Int = 5000, searchRankWindow: Int = 1000, filterCandidateReads: Int = 2000) {
        self.busyTimeout = busyTimeout
        self.filteredTotalCap = filteredTotalCap
        self.atRiskSortThreshold = atRiskSortThreshold
        self.filterProbeRows = filterProbeRows
        self.searchRankWindow = searchRankWindow
        self.filterCandidateReads = filterCandidateReads
    }
}
