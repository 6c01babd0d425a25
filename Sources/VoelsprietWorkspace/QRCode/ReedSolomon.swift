extension QRCode {
    /// Reed–Solomon error correction as used by QR Code (ISO/IEC 18004:2015 §7.5.2).
    ///
    /// Arithmetic is in the Galois field GF(2⁸) built from the primitive
    /// polynomial x⁸ + x⁴ + x³ + x² + 1 (0x11D), with α = 2 as primitive
    /// element. Adding two field elements is XOR; multiplication goes through
    /// logarithm and exponent tables: a · b = α^(log a + log b).
    ///
    /// For *n* check codewords the generator polynomial is
    /// g(x) = (x − α⁰)(x − α¹)…(x − α^(n−1)) (Annex A). The check codewords of
    /// a block are the coefficients of the remainder of data(x) · xⁿ divided by
    /// g(x), so the whole block, read as a polynomial, is divisible by g(x)
    /// and vanishes at α⁰ … α^(n−1).
    enum ReedSolomon {
        /// α^i for i in 0..<510 (doubled so that exp[log a + log b] needs no modulo).
        static let exp: [UInt8] = {
            var table = [UInt8](repeating: 0, count: 510)
            var value = 1
            for i in 0..<255 {
                table[i] = UInt8(value)
                table[i + 255] = UInt8(value)
                value <<= 1
                if value & 0x100 != 0 { value ^= 0x11D }
            }
            return table
        }()

        /// log_α(a) for a in 1...255 (entry 0 is unused: 0 has no logarithm).
        static let log: [Int] = {
            var table = [Int](repeating: 0, count: 256)
            for i in 0..<255 { table[Int(exp[i])] = i }
            return table
        }()

        /// Product of two elements of GF(2⁸).
        static func multiply(_ a: UInt8, _ b: UInt8) -> UInt8 {
            if a == 0 || b == 0 { return 0 }
            return exp[log[Int(a)] + log[Int(b)]]
        }

        /// Coefficients of g(x) for `degree` check codewords, highest power
        /// first; the leading coefficient (always 1) is included.
        static func generator(degree: Int) -> [UInt8] {
            var poly: [UInt8] = [1]
            for i in 0..<degree {
                // Multiply by (x + α^i); in characteristic 2, minus is plus.
                var next = poly + [0]
                for j in 1..<next.count {
                    next[j] ^= multiply(poly[j - 1], exp[i])
                }
                poly = next
            }
            return poly
        }

        /// The check codewords for `data`: remainder of data(x) · xⁿ mod g(x),
        /// where n = generator.count − 1, computed by polynomial long division.
        static func remainder<C: Collection<UInt8>>(of data: C, generator: [UInt8]) -> [UInt8] {
            let degree = generator.count - 1
            var remainder = [UInt8](repeating: 0, count: degree)
            guard degree > 0 else { return remainder }
            for byte in data {
                let factor = byte ^ remainder[0]
                remainder.removeFirst()
                remainder.append(0)
                if factor != 0 {
                    for j in 0..<degree {
                        remainder[j] ^= multiply(generator[j + 1], factor)
                    }
                }
            }
            return remainder
        }
    }
}
