/// A failure while a command runs (as opposed to wrong arguments): printed as
/// `Error: …` without the usage text.
struct CLIError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
