/// Percentages as reports print them.
public enum Percent {
    /// 100 · part / whole, or 0 when `whole` is 0.
    public static func of(_ part: Int, _ whole: Int) -> Double {
        whole == 0 ? 0 : Double(part) * 100 / Double(whole)
    }

    /// The whole-number percentage, half away from zero, in exact integer arithmetic (so that
    /// 7 of 200 is 4, not 3 from a binary 3.4999…).
    public static func whole(_ part: Int, _ whole: Int) -> Int {
        guard whole > 0 else { return 0 }
        return (200 * part + whole) / (2 * whole)
    }
}
