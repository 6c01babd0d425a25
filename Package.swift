// swift-tools-version: 6.0
import PackageDescription

// Layers, bottom to top; dependencies only point down:
//   VoelsprietStatistics pure statistics: frequency tables, chi-square, Fisher (2×2 and r×c), Holm/BH,
//                      Mann–Whitney, Kruskal–Wallis, Welch t, ANOVA, descriptives, Cronbach α (no I/O)
//   VoelsprietDomain   pure model: instruments, answers, validation, export layout (no I/O)
//   VoelsprietAnalysis pure analysis: CSV/answers → tallies → reports, charts, demo data (no I/O
//                      beyond reading its own bundled resources: published figures, demo design)
//   VoelsprietLiterature pure literature review: export readers, deduplication, screening rules,
//                      active learning, search strings, PRISMA diagram, exports (no I/O)
//   VoelsprietQDA      pure interviews model: sources, participants, codebook, codings, positions in
//                      Unicode scalars and their UTF-16 conversion, transcript readers (text, Markdown,
//                      .docx, WebVTT, SRT), pseudonymisation, search stems, coder agreement (no I/O)
//   VoelsprietREFI     REFI-QDA exchange: .qdpx projects and .qdc codebooks read and written (no I/O)
//   VoelsprietWorkspace pure model of a study workspace: study roles and the right table,
//                      password rules, TOTP, QR codes, audit actions, retention dates (no I/O)
//   VoelsprietSpreadsheet .xlsx workbooks written by our own code (a zip of XML; no I/O)
//   VoelsprietSPSS     SPSS .sav files through libreadstat, loaded at run time
//   VoelsprietStorage  SQLKit over SQLite (default) and PostgreSQL: migrations, repositories,
//                      transactions
//   VoelsprietServices the use cases, called by web and CLI alike: studies and rights, members,
//                      accounts and sessions, audit trail, exports, reports, intake, deletion
//   VoelsprietWeb      Hummingbird app arranged by feature (Features/<Name>/) over shared page helpers
//   voelspriet         the command-line tool (serve, instrument, export, import, study, user, audit,
//                      purge, migrate, analyze, stats, demo-data, lit, qda)
let package = Package(
    name: "Voelspriet",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "voelspriet", targets: ["voelspriet"]),
        .library(name: "VoelsprietDomain", targets: ["VoelsprietDomain"]),
        .library(name: "VoelsprietStatistics", targets: ["VoelsprietStatistics"]),
        .library(name: "VoelsprietAnalysis", targets: ["VoelsprietAnalysis"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.0"),
        .package(url: "https://github.com/vapor/sql-kit", from: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-kit", from: "4.5.0"),
        .package(url: "https://github.com/vapor/postgres-kit", from: "2.17.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.3.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        .target(
            name: "VoelsprietDomain",
            dependencies: [.product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources/instruments")]
        ),
        .target(name: "VoelsprietStatistics"),
        // The questionnaire builder's model: an item as form fields and back, options as lines,
        // conditions as one line, edits of sections and items, YAML/JSON text, version changes (no I/O).
        .target(name: "VoelsprietBuilder", dependencies: ["VoelsprietDomain", .product(name: "Yams", package: "Yams")]),
        // The literature review's model and arithmetic: import readers, deduplication, screening
        // rules, active learning, search strings, PRISMA, exports (no I/O).
        .target(
            name: "VoelsprietLiterature", dependencies: ["VoelsprietStatistics"],
            sources: ["Model", "Support", "Import", "Dedup", "Search", "Prisma", "Export", "Screening", "Prioritisation", "Demo"],
            resources: [.copy("Resources/demo")]
        ),
        // Interviews and focus groups: sources, participants, codebook, codings, positions and their
        // units, transcript readers, pseudonymisation, search primitives, coder agreement (no I/O).
        .target(
            name: "VoelsprietQDA", dependencies: ["VoelsprietStatistics", "VoelsprietAnalysis", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            sources: ["Model", "Positions", "Templates", "Analysis", "Agreement", "Import", "Search", "Demo"],
            resources: [.copy("Resources/demo")]
        ),
        // REFI-QDA exchange: .qdpx projects and .qdc codebooks read and written (no I/O).
        .target(
            name: "VoelsprietREFI", dependencies: ["VoelsprietQDA", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // The study report: its definition (sections of text and data blocks), the citable numbers
        // of every part with their provenance, the composer into a document, version changes (no I/O).
        .target(
            name: "VoelsprietSynthesis",
            dependencies: ["VoelsprietAnalysis", "VoelsprietDocument", "VoelsprietLiterature", "VoelsprietQDA"]
        ),
        // A report as a document (headings, tables, charts, quotes, traceable numbers) and its
        // writers: printable HTML, Word .docx (our own WordprocessingML) and Markdown (no I/O).
        .target(
            name: "VoelsprietDocument",
            dependencies: ["VoelsprietAnalysis", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // The statistics check: reported χ², t, F, r and z tests recomputed from their statistic
        // and df, frequency tables added up; text, Markdown, HTML and .docx read (no I/O).
        .target(
            name: "VoelsprietStatcheck",
            dependencies: ["VoelsprietStatistics", "VoelsprietQDA", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // Office Open XML spreadsheets (.xlsx) written by our own code: shared strings, a bold
        // header, dates, frozen header, no formulas ever (no I/O).
        .target(
            name: "VoelsprietSpreadsheet", dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .target(
            name: "VoelsprietWorkspace",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")]
        ),
        // SPSS files through libreadstat, loaded at run time (see ReadStatLibrary).
        .target(name: "VoelsprietSPSS", dependencies: ["VoelsprietDomain"]),
        .target(
            name: "VoelsprietAnalysis",
            dependencies: ["VoelsprietDomain", "VoelsprietStatistics"],
            resources: [.copy("Resources/published"), .copy("Resources/demo")]
        ),
        .target(
            name: "VoelsprietStorage",
            dependencies: [
                "VoelsprietDomain",
                "VoelsprietLiterature",
                "VoelsprietQDA",
                "VoelsprietWorkspace",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "VoelsprietServices",
            dependencies: [
                "VoelsprietBuilder",
                "VoelsprietSpreadsheet",
                "VoelsprietDomain",
                "VoelsprietLiterature",
                "VoelsprietQDA",
                "VoelsprietREFI",
                "VoelsprietSynthesis",
                "VoelsprietDocument",
                "VoelsprietAnalysis",
                "VoelsprietSPSS",
                "VoelsprietStorage",
                "VoelsprietWorkspace",
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "VoelsprietWeb",
            dependencies: [
                "VoelsprietBuilder",
                "VoelsprietLiterature",
                "VoelsprietQDA",
                "VoelsprietSynthesis",
                "VoelsprietDocument",
                "VoelsprietStatcheck",
                "VoelsprietServices",
                "VoelsprietWorkspace",
                "VoelsprietDomain",
                "VoelsprietAnalysis",
                "VoelsprietSPSS",
                "VoelsprietStorage",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            // Templates live with their feature and are flattened into the bundle (names must be
            // unique); the static assets are one folder.
            resources: [
                .copy("Shared/Assets"), .process("Shared/Templates"), .process("Features/Accounts/Templates"),
                .process("Features/Audit/Templates"), .process("Features/Lifecycle/Templates"),
                .process("Features/Members/Templates"), .process("Features/Report/Templates"),
                .process("Features/Studies/Templates"), .process("Features/Survey/Templates"),
                .process("Features/Literature/Templates"), .process("Features/Interviews/Templates"),
                .process("Features/StudyReport/Templates"),
                .process("Features/Statcheck/Templates"),
                .process("Features/Responses/Templates"),
                .process("Features/RespondentTexts/Templates"),
                .process("Features/Questionnaire/Templates"),
            ]
        ),
        .executableTarget(
            name: "voelspriet",
            dependencies: [
                "VoelsprietLiterature",
                "VoelsprietStatcheck",
                "VoelsprietQDA",
                "VoelsprietDomain",
                "VoelsprietStatistics",
                "VoelsprietAnalysis",
                "VoelsprietSPSS",
                "VoelsprietStorage",
                "VoelsprietServices",
                "VoelsprietWorkspace",
                "VoelsprietWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "VoelsprietStatcheckTests",
            dependencies: ["VoelsprietStatcheck", "VoelsprietStatistics", "VoelsprietTestTraits", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "VoelsprietDocumentTests",
            dependencies: ["VoelsprietDocument", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Fixtures"]),
        .testTarget(name: "VoelsprietDomainTests", dependencies: ["VoelsprietDomain"]),
        .testTarget(name: "VoelsprietBuilderTests", dependencies: ["VoelsprietBuilder", "VoelsprietDomain"]),
        .testTarget(
            name: "VoelsprietSpreadsheetTests",
            dependencies: ["VoelsprietSpreadsheet", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Fixtures"]
        ),
        // Reads its fixtures by path (Fixtures/<area>/), and the shared data beside the repository.
        .testTarget(
            name: "VoelsprietLiteratureTests", dependencies: ["VoelsprietLiterature", "VoelsprietStatistics"],
            exclude: ["Fixtures"], sources: ["Support", "Import", "Dedup", "Search", "Prisma", "Export", "Screening", "Prioritisation", "Demo"]
        ),
        .testTarget(
            name: "VoelsprietStatisticsTests", dependencies: ["VoelsprietStatistics", "VoelsprietTestTraits"],
            resources: [.copy("Fixtures")]
        ),
        // Reads its fixtures by path (Fixtures/<area>/).
        .testTarget(
            name: "VoelsprietQDATests", dependencies: ["VoelsprietQDA", "VoelsprietStatistics", "VoelsprietTestTraits"],
            exclude: ["Fixtures"], sources: ["Agreement", "Import", "Search", "Demo"]
        ),
        .testTarget(
            name: "VoelsprietREFITests",
            dependencies: ["VoelsprietREFI", "VoelsprietQDA", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "VoelsprietAnalysisTests", dependencies: ["VoelsprietAnalysis", "VoelsprietStatistics", "VoelsprietDomain", "VoelsprietTestTraits"]
        ),
        .testTarget(
            name: "VoelsprietWorkspaceTests", dependencies: ["VoelsprietWorkspace", "VoelsprietTestTraits", .product(name: "Crypto", package: "swift-crypto")],
            resources: [.copy("Fixtures")]
        ),
        // `@Test(.ownThread)`: heavy synchronous tests off the cooperative pool (see OwnThread.swift).
        .target(name: "VoelsprietTestTraits", path: "Tests/VoelsprietTestTraits"),
        .testTarget(name: "VoelsprietTestTraitsTests", dependencies: ["VoelsprietTestTraits"]),
        // Test helpers shared by the test targets (a fresh database on either engine).
        .target(
            name: "VoelsprietTestSupport", dependencies: ["VoelsprietStorage", .product(name: "Logging", package: "swift-log")],
            path: "Tests/VoelsprietTestSupport"
        ),
        .testTarget(
            name: "VoelsprietStorageTests",
            dependencies: [
                "VoelsprietStorage", "VoelsprietDomain", "VoelsprietWorkspace", "VoelsprietTestSupport",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "VoelsprietWebTests",
            dependencies: [
                "VoelsprietWeb",
                "VoelsprietBuilder",
                "VoelsprietSPSS",
                "VoelsprietAnalysis",
                "VoelsprietDomain",
                "VoelsprietStorage",
                "VoelsprietServices",
                "VoelsprietWorkspace",
                "VoelsprietTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
