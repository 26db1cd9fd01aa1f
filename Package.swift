// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "helpdesk",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "helpdesk", targets: ["helpdesk"]),
        .executable(name: "helpdesk-bench", targets: ["helpdesk-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CNCursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(name: "HelpdeskCore"),
        .target(
            name: "HelpdeskStore",
            dependencies: ["HelpdeskCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "HelpdeskTUI",
            dependencies: ["HelpdeskCore", "HelpdeskStore", "CNCursesw"]
        ),
        .target(name: "HelpdeskMail", dependencies: ["HelpdeskCore", "HelpdeskStore"]),
        .executableTarget(
            name: "helpdesk",
            dependencies: [
                "HelpdeskCore", "HelpdeskStore", "HelpdeskTUI", "HelpdeskMail",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "helpdesk-bench",
            dependencies: [
                "HelpdeskCore", "HelpdeskStore", "HelpdeskTUI",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "HelpdeskCoreTests", dependencies: ["HelpdeskCore"]),
        .testTarget(name: "HelpdeskStoreTests", dependencies: ["HelpdeskStore", "HelpdeskCore"]),
        .testTarget(
            name: "HelpdeskTUITests",
            dependencies: ["HelpdeskTUI", "HelpdeskStore", "HelpdeskCore"],
            exclude: ["Goldens"]
        ),
        .testTarget(
            name: "HelpdeskMailTests",
            dependencies: ["HelpdeskMail", "HelpdeskStore", "HelpdeskCore"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "EndToEndTests", dependencies: ["HelpdeskCore"]),
    ]
)
