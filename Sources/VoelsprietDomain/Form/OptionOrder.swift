/// The order in which a respondent sees an item's options.
///
/// With `randomize`, each respondent gets an order of their own, fixed for the whole
/// questionnaire (the same on every page load, back and forth, after a language switch): the
/// seed is the submission token with the item id. Options that stay in place — exclusive ones
/// ("nobody") and "other, namely" ones — keep their position; the others are shuffled among
/// the remaining positions (Fisher–Yates over a SplitMix64 stream seeded by FNV-1a).
/// Stored codes and exports never depend on this order.
public enum OptionOrder {
    public static func arrange(_ options: [AnswerOption], randomize: Bool, seed: String) -> [AnswerOption] {
        guard randomize, options.count > 1 else { return options }
        let movable = options.indices.filter { !options[$0].staysInPlace }
        var shuffled = movable.map { options[$0] }
        var state = fnv1a(seed)
        if shuffled.count > 1 {
            for index in stride(from: shuffled.count - 1, to: 0, by: -1) {
                let other = Int(splitMix(&state) % UInt64(index + 1))
                shuffled.swapAt(index, other)
            }
        }
        var result = options
        for (slot, option) in zip(movable, shuffled) { result[slot] = option }
        return result
    }

    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }

    static func splitMix(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
