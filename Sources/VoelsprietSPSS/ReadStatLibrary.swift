#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The functions of libreadstat (the C library behind R's haven and Python's pyreadstat)
/// that writing an SPSS file needs, looked up when first used.
///
/// Loaded at run time rather than linked at build time: Voelspriet then builds and runs on a
/// machine without the library (`swift run voelspriet serve --demo` must always work), and
/// only the `.sav` export asks for it (Debian: `apt-get install libreadstat1`).
struct ReadStatLibrary: @unchecked Sendable {
    typealias Writer = OpaquePointer
    typealias Variable = OpaquePointer
    typealias LabelSet = OpaquePointer
    typealias DataWriter = @convention(c) (UnsafeRawPointer?, Int, UnsafeMutableRawPointer?) -> Int

    let writerInit: @convention(c) () -> Writer?
    let setDataWriter: @convention(c) (Writer?, DataWriter?) -> UInt32
    let setFileLabel: @convention(c) (Writer?, UnsafePointer<CChar>?) -> UInt32
    let addLabelSet: @convention(c) (Writer?, UInt32, UnsafePointer<CChar>?) -> LabelSet?
    let labelDoubleValue: @convention(c) (LabelSet?, Double, UnsafePointer<CChar>?) -> Void
    let addVariable: @convention(c) (Writer?, UnsafePointer<CChar>?, UInt32, Int) -> Variable?
    let variableSetLabel: @convention(c) (Variable?, UnsafePointer<CChar>?) -> Void
    let variableSetLabelSet: @convention(c) (Variable?, LabelSet?) -> Void
    let variableSetMeasure: @convention(c) (Variable?, UInt32) -> Void
    let variableSetFormat: @convention(c) (Variable?, UnsafePointer<CChar>?) -> Void
    /// Declares a value of a numeric variable user-missing (SPSS MISSING VALUES).
    let variableAddMissingDouble: @convention(c) (Variable?, Double) -> UInt32
    let beginWritingSAV: @convention(c) (Writer?, UnsafeMutableRawPointer?, Int) -> UInt32
    let beginRow: @convention(c) (Writer?) -> UInt32
    let insertDouble: @convention(c) (Writer?, Variable?, Double) -> UInt32
    let insertString: @convention(c) (Writer?, Variable?, UnsafePointer<CChar>?) -> UInt32
    let insertMissing: @convention(c) (Writer?, Variable?) -> UInt32
    let endRow: @convention(c) (Writer?) -> UInt32
    let endWriting: @convention(c) (Writer?) -> UInt32
    let writerFree: @convention(c) (Writer?) -> Void
    let errorMessage: @convention(c) (UInt32) -> UnsafePointer<CChar>?

    // Values of readstat.h's enums.
    static let typeString: UInt32 = 0
    static let typeDouble: UInt32 = 5
    static let measureNominal: UInt32 = 1
    static let measureOrdinal: UInt32 = 2
    static let measureScale: UInt32 = 3

    /// The library, or nil with the reason when it cannot be loaded.
    static let shared: Result<ReadStatLibrary, SAVError> = load()

    static func load() -> Result<ReadStatLibrary, SAVError> {
        let names = ["libreadstat.so.1", "libreadstat.so", "libreadstat.1.dylib", "libreadstat.dylib", "/opt/homebrew/lib/libreadstat.dylib"]
        guard let handle = names.lazy.compactMap({ dlopen($0, RTLD_NOW | RTLD_LOCAL) }).first else {
            return .failure(.libraryMissing)
        }
        func symbol<T>(_ name: String, as type: T.Type) throws(SAVError) -> T {
            guard let pointer = dlsym(handle, name) else { throw .symbolMissing(name) }
            return unsafeBitCast(pointer, to: type)
        }
        do {
            return .success(
                ReadStatLibrary(
                    writerInit: try symbol("readstat_writer_init", as: (@convention(c) () -> Writer?).self),
                    setDataWriter: try symbol("readstat_set_data_writer", as: (@convention(c) (Writer?, DataWriter?) -> UInt32).self),
                    setFileLabel: try symbol("readstat_writer_set_file_label", as: (@convention(c) (Writer?, UnsafePointer<CChar>?) -> UInt32).self),
                    addLabelSet: try symbol("readstat_add_label_set", as: (@convention(c) (Writer?, UInt32, UnsafePointer<CChar>?) -> LabelSet?).self),
                    labelDoubleValue: try symbol("readstat_label_double_value", as: (@convention(c) (LabelSet?, Double, UnsafePointer<CChar>?) -> Void).self),
                    addVariable: try symbol("readstat_add_variable", as: (@convention(c) (Writer?, UnsafePointer<CChar>?, UInt32, Int) -> Variable?).self),
                    variableSetLabel: try symbol("readstat_variable_set_label", as: (@convention(c) (Variable?, UnsafePointer<CChar>?) -> Void).self),
                    variableSetLabelSet: try symbol("readstat_variable_set_label_set", as: (@convention(c) (Variable?, LabelSet?) -> Void).self),
                    variableSetMeasure: try symbol("readstat_variable_set_measure", as: (@convention(c) (Variable?, UInt32) -> Void).self),
                    variableSetFormat: try symbol("readstat_variable_set_format", as: (@convention(c) (Variable?, UnsafePointer<CChar>?) -> Void).self),
                    variableAddMissingDouble: try symbol("readstat_variable_add_missing_double_value", as: (@convention(c) (Variable?, Double) -> UInt32).self),
                    beginWritingSAV: try symbol("readstat_begin_writing_sav", as: (@convention(c) (Writer?, UnsafeMutableRawPointer?, Int) -> UInt32).self),
                    beginRow: try symbol("readstat_begin_row", as: (@convention(c) (Writer?) -> UInt32).self),
                    insertDouble: try symbol("readstat_insert_double_value", as: (@convention(c) (Writer?, Variable?, Double) -> UInt32).self),
                    insertString: try symbol("readstat_insert_string_value", as: (@convention(c) (Writer?, Variable?, UnsafePointer<CChar>?) -> UInt32).self),
                    insertMissing: try symbol("readstat_insert_missing_value", as: (@convention(c) (Writer?, Variable?) -> UInt32).self),
                    endRow: try symbol("readstat_end_row", as: (@convention(c) (Writer?) -> UInt32).self),
                    endWriting: try symbol("readstat_end_writing", as: (@convention(c) (Writer?) -> UInt32).self),
                    writerFree: try symbol("readstat_writer_free", as: (@convention(c) (Writer?) -> Void).self),
                    errorMessage: try symbol("readstat_error_message", as: (@convention(c) (UInt32) -> UnsafePointer<CChar>?).self)))
        } catch {
            return .failure(error)
        }
    }
}
