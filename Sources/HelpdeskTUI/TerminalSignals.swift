import CNCursesw

/// SIGINT, SIGTERM and SIGHUP while the console runs: the handler (in the C shim) only records
/// the signal; the run loop asks here, restores the terminal and returns.
///
/// Every call into the shim's signal state lives in this one file: the flag is file-static
/// in C, so calls compiled into different Swift files could see different copies.
enum TerminalSignals {
    static func install() {
        hd_register_exit_restore()
        _ = hd_take_caught_signal()
        hd_install_terminate_handlers()
    }

    static func restore() {
        hd_restore_terminate_handlers()
    }

    /// The signal caught since the last call, if any; clears it.
    static func take() -> Int32? {
        let signal = hd_take_caught_signal()
        return signal == 0 ? nil : signal
    }
}
