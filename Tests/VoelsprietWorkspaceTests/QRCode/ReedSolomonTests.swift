import Testing
@testable import VoelsprietWorkspace

@Suite("Reed–Solomon over GF(256)")
struct ReedSolomonTests {
    typealias RS = QRCode.ReedSolomon

    @Test("HELLO WORLD 1-M check codewords (ISO/IEC 18004 Annex I example)")
    func helloWorld() {
        let data: [UInt8] = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17]
        let ecc = RS.remainder(of: data, generator: RS.generator(degree: 10))
        #expect(ecc == [196, 35, 39, 119, 235, 215, 231, 226, 93, 23])
    }

    @Test("field tables: α^8 = x^4 + x^3 + x^2 + 1 (0x1D), α^255 = 1, every element has an inverse")
    func field() {
        #expect(RS.exp[7] == 0x80)
        #expect(RS.exp[8] == 0x1D)
        #expect(RS.exp[255] == 1)
        #expect(Set(RS.exp[0..<255]).count == 255)   // α generates all non-zero elements
        for a in 1...255 {
            let inverse = RS.exp[(255 - RS.log[a]) % 255]
            #expect(RS.multiply(UInt8(a), inverse) == 1)
        }
        #expect(RS.multiply(0, 7) == 0)
        #expect(RS.multiply(3, 7) == 9)        // carry-less: (x + 1)(x² + x + 1) = x³ + 1
        #expect(RS.multiply(2, 0x80) == 0x1D)  // x · x⁷ = x⁸ ≡ x⁴ + x³ + x² + 1
    }

    @Test("generator polynomial for 7 check codewords (Annex A): exponents 0 87 229 146 149 238 102 21")
    func generatorSeven() {
        let exponents = [0, 87, 229, 146, 149, 238, 102, 21]
        #expect(RS.generator(degree: 7) == exponents.map { RS.exp[$0] })
    }

    @Test("codeword polynomial vanishes at α^0 … α^(n−1)", arguments: [7, 10, 13, 17, 18, 22, 26, 28, 30])
    func rootsVanish(degree: Int) {
        var state: UInt32 = 0x1234_5678 &+ UInt32(degree)
        var data: [UInt8] = []
        for _ in 0..<(40 + degree) {
            state = state &* 1_664_525 &+ 1_013_904_223
            data.append(UInt8(truncatingIfNeeded: state >> 24))
        }
        let codeword = data + RS.remainder(of: data, generator: RS.generator(degree: degree))
        func evaluate(at x: UInt8) -> UInt8 {
            codeword.reduce(0) { RS.multiply($0, x) ^ $1 }   // Horner, highest power first
        }
        for i in 0..<degree {
            #expect(evaluate(at: RS.exp[i]) == 0, "root α^\(i)")
        }
        // A corrupted codeword must not satisfy the checks.
        var corrupted = codeword
        corrupted[3] ^= 0x40
        #expect((0..<degree).contains { i in
            corrupted.reduce(0) { RS.multiply($0, RS.exp[i]) ^ $1 } != 0
        })
    }
}
