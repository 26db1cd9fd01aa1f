import HelpdeskStore

/// The console reads the queue straight from the store.
extension HelpdeskStore: ConsoleDataSource {}
