import Foundation

/// Where a command writes its output: standard output for "-"; a regular file replaced
/// atomically; anything else that exists (`/dev/null`, a pipe) written to as it is — renaming a
/// temporary file over a device would replace the device with a file.
enum OutputFile {
    static func write(_ data: Data, to path: String) throws {
        if path == "-" {
            FileHandle.standardOutput.write(data)
            return
        }
        if let type = (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType, type != .typeRegular {
            guard let handle = FileHandle(forWritingAtPath: path) else { throw CLIError("cannot write \(path)") }
            handle.write(data)
            try? handle.close()
            return
        }
        do { try data.write(to: URL(fileURLWithPath: path), options: .atomic) } catch {
            throw CLIError("cannot write \(path): \(error.localizedDescription)")
        }
    }
}
