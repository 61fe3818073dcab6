// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "image2container",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "image2container", targets: ["image2container"]),
        .library(name: "ManifestReaders", targets: ["ManifestReaders"]),
        .library(name: "Analyzer", targets: ["Analyzer"]),
        .library(name: "RuleEngine", targets: ["RuleEngine"]),
        .library(name: "Reports", targets: ["Reports"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(
            name: "ManifestReaders",
            dependencies: [
                "CLibXML2",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .target(
            name: "Analyzer",
            dependencies: ["ManifestReaders", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "RuleEngine",
            dependencies: ["CLibXML2", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "Reports",
            dependencies: ["Analyzer", "RuleEngine"]
        ),
        .executableTarget(
            name: "image2container",
            dependencies: [
                "ManifestReaders", "Analyzer", "RuleEngine", "Reports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "i2c-bench",
            dependencies: ["ManifestReaders", "Analyzer", "Reports"],
            path: "Benchmarks/Sources/i2c-bench"
        ),
        .testTarget(name: "ManifestReadersTests", dependencies: ["ManifestReaders"]),
        .testTarget(name: "AnalyzerTests", dependencies: ["Analyzer"]),
        .testTarget(name: "RuleEngineTests", dependencies: ["RuleEngine", "Analyzer", "ManifestReaders"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports"], exclude: ["Golden"]),
        .testTarget(name: "image2containerTests", dependencies: ["image2container"]),
    ]
)
