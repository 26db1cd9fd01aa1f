import Foundation

/// The machine a run happened on, from /proc: figures mean little without it.
struct MachineInfo: Codable {
    var cores: Int
    var cpu: String
    var memoryMB: Int
    /// The 1-minute load average when the run started and when it ended; other builders share the machine.
    var loadAtStart: Double
    var loadAtEnd: Double?

    static func current() -> MachineInfo {
        MachineInfo(cores: ProcessInfo.processInfo.activeProcessorCount, cpu: cpuModel(),
                    memoryMB: Int(ProcessInfo.processInfo.physicalMemory / 1_048_576), loadAtStart: loadAverage())
    }

    static func loadAverage() -> Double {
        guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8),
              let first = text.split(separator: " ").first, let value = Double(first) else { return -1 }
        return value
    }

    private static func cpuModel() -> String {
        guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else { return "unknown" }
        for line in text.split(separator: "\n") where line.hasPrefix("model name") {
            return line.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown"
        }
        return "unknown"
    }
}
