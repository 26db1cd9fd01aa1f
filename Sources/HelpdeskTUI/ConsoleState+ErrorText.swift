import HelpdeskCore
import HelpdeskStore

extension ConsoleState {
    /// A refusal as the status bar says it, in the interface language where the error knows how.
    static func describe(_ error: any Error) -> String {
        switch error {
        case let error as WorkflowError: error.localizedMessage
        case let error as StoreError: error.localizedMessage
        default: L10n.known("\(error)")
        }
    }
}
