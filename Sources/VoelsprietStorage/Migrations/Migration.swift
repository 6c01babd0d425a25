/// One numbered, never-edited change to the schema.
///
/// Once a migration has shipped, change the schema only by adding a new one with the next number.
public protocol Migration: Sendable {
    /// Position in the sequence, starting at 1, without gaps.
    var version: Int { get }
    var name: String { get }
    /// The statements for the given engine, run in one transaction.
    func statements(for kind: DatabaseKind) -> [String]
}
