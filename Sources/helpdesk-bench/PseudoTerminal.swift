import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Runs a program on a new pseudo-terminal, as its controlling terminal, the way a person's
/// terminal window would, and reports its wall time and peak memory.
/// One terminal serves one run.
///
/// Linux only: the pty is opened through /dev/ptmx with the kernel's ioctls, because glibc's
/// posix_openpt and POSIX_SPAWN_SETSID are not visible to Swift.
final class PseudoTerminal {
    /// How a run ended.
    struct Outcome {
        var status: Int32
        var seconds: Double
        /// The child's peak resident memory (VmHWM) read just before the last key was typed, in
        /// kilobytes; nil without keys. Not wait4's ru_maxrss: posix_spawn starts the child in
        /// this process's address space (CLONE_VM) until exec, so ru_maxrss reports the
        /// benchmark's own size, not the console's.
        var peakKilobytes: Int?
        /// What the program wrote to the terminal, for error messages.
        var output: String
    }

    private let master: Int32
    private let slavePath: String
    // _IOW('T', 0x31, int) and _IOR('T', 0x30, unsigned int) from <asm-generic/ioctls.h>.
    private static let unlockRequest: UInt = 0x4004_5431
    private static let numberRequest: UInt = 0x8004_5430
    // From glibc's <spawn.h>: the child becomes a session leader, so the pty it opens becomes its controlling terminal.
    private static let spawnSetSID: Int16 = 0x80

    init(rows: Int, cols: Int) throws {
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard master >= 0 else { throw BenchError("cannot open /dev/ptmx: \(String(cString: strerror(errno)))") }
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard ioctl(master, Self.unlockRequest, &unlock) == 0, ioctl(master, Self.numberRequest, &number) == 0 else {
            close(master)
            throw BenchError("cannot set up a pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        slavePath = "/dev/pts/\(number)"
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(cols), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    }

    deinit { close(master) }

    /// Starts `arguments` on the terminal, types `keys` (each after its delay in seconds), and waits for it to exit.
    func run(_ arguments: [String], environment: [String: String], keys: [(delay: Double, text: String)] = []) throws -> Outcome {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Self.spawnSetSID)

        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for p in argv + envp { free(p) } }

        // Held open until the child is gone: a master whose slave side is closed reads as hung up.
        let slave = open(slavePath, O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard slave >= 0 else { throw BenchError("cannot open \(slavePath): \(String(cString: strerror(errno)))") }
        let output = OutputCollector()
        let reader = Thread { [master] in
            output.drain(master)
            output.finished.signal()
        }
        reader.start()
        var pid: pid_t = 0
        let start = Samples.now()
        let spawned = posix_spawn(&pid, arguments[0], &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            close(slave)
            throw BenchError("cannot start \(arguments[0]): \(String(cString: strerror(spawned)))")
        }
        // Keys typed before the console has set the terminal up could be lost, so wait for its first output.
        if !keys.isEmpty {
            let deadline = Samples.now() + 60
            while output.isEmpty && Samples.now() < deadline { usleep(5000) }
        }
        var peak: Int?
        for (index, key) in keys.enumerated() {
            usleep(UInt32(key.delay * 1_000_000))
            if index == keys.count - 1 { peak = Self.peakResidentKilobytes(of: pid) }
            _ = key.text.utf8CString.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count - 1) }
        }
        // A console that never quits (a key now means something else) must not hang CI: give it a minute.
        var status: Int32 = 0
        let giveUp = Samples.now() + 60
        while true {
            let done = waitpid(pid, &status, WNOHANG)
            if done == pid || (done < 0 && errno != EINTR) { break }
            if Samples.now() > giveUp {
                kill(pid, SIGKILL)
                while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
                break
            }
            usleep(10_000)
        }
        let seconds = Samples.now() - start
        close(slave)
        _ = output.finished.wait(timeout: .now() + 2)
        // The exit status sits in bits 8-15 when the child exited normally (WIFEXITED).
        let code = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Outcome(status: code, seconds: seconds, peakKilobytes: peak, output: output.text)
    }

    /// VmHWM from /proc/PID/status: the high-water mark of the process's own address space.
    static func peakResidentKilobytes(of pid: pid_t) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
        }
        return nil
    }
}

/// Reads the pty's output on its own thread so the console never blocks writing its frame.
final class OutputCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var bytes: [UInt8] = []
    let finished = DispatchSemaphore(value: 0)

    func drain(_ fd: Int32) {
        var pollfd = Glibc.pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        var chunk = [UInt8](repeating: 0, count: 65_536)
        // Reading fails with EIO once the child has exited and so closed the terminal's last slave side.
        while poll(&pollfd, 1, -1) > 0 {
            let n = read(fd, &chunk, chunk.count)
            if n <= 0 { break }
            lock.lock()
            bytes += chunk[0..<n].suffix(4096)
            if bytes.count > 16_384 { bytes.removeFirst(bytes.count - 16_384) }
            lock.unlock()
        }
    }

    var isEmpty: Bool {
        lock.lock()
        defer { lock.unlock() }
        return bytes.isEmpty
    }

    var text: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
