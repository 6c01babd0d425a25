extension QRCode {
    /// The module matrix under construction.
    ///
    /// `dark` holds the colours; `reserved` marks the function patterns and the
    /// areas kept for format and version information, which are excluded from
    /// codeword placement and from masking (§7.7.1, §7.8.1).
    struct Grid {
        let version: Int
        let size: Int
        var dark: [Bool]
        var reserved: [Bool]

        /// A grid with all function patterns drawn and the format/version
        /// information areas reserved (still light; they are written last).
        init(version: Int) {
            self.version = version
            self.size = Tables.size(ofVersion: version)
            self.dark = [Bool](repeating: false, count: size * size)
            self.reserved = [Bool](repeating: false, count: size * size)
            drawFunctionPatterns()
        }

        subscript(x: Int, y: Int) -> Bool {
            get { dark[y * size + x] }
            set { dark[y * size + x] = newValue }
        }

        /// Sets a function module: colours it and excludes it from data and masking.
        mutating func setFunction(x: Int, y: Int, dark isDark: Bool) {
            dark[y * size + x] = isDark
            reserved[y * size + x] = true
        }

        // MARK: Function patterns (§6.3)

        private mutating func drawFunctionPatterns() {
            // Timing patterns (§6.3.5): row 6 and column 6, dark on even indices.
            for i in 0..<size {
                setFunction(x: 6, y: i, dark: i % 2 == 0)
                setFunction(x: i, y: 6, dark: i % 2 == 0)
            }

            // Finder patterns (§6.3.3) with their one-module light separators
            // (§6.3.4), centred 3 modules in from three corners.
            for (cx, cy) in [(3, 3), (size - 4, 3), (3, size - 4)] {
                for dy in -4...4 {
                    for dx in -4...4 {
                        let x = cx + dx, y = cy + dy
                        guard (0..<size).contains(x), (0..<size).contains(y) else { continue }
                        let ring = max(abs(dx), abs(dy))   // 0...4 from the centre
                        setFunction(x: x, y: y, dark: ring != 2 && ring != 4)
                    }
                }
            }

            // Alignment patterns (§6.3.6): 5×5, dark centre and border.
            let positions = Tables.alignmentPositions(version: version)
            let last = positions.count - 1
            for (i, cy) in positions.enumerated() {
                for (j, cx) in positions.enumerated() {
                    // Skip the three positions covered by finder patterns.
                    if (i == 0 && j == 0) || (i == 0 && j == last) || (i == last && j == 0) { continue }
                    for dy in -2...2 {
                        for dx in -2...2 {
                            setFunction(x: cx + dx, y: cy + dy, dark: max(abs(dx), abs(dy)) != 1)
                        }
                    }
                }
            }

            // Format information areas (§7.9.1), including the dark module
            // at (8, 4V + 9); all drawn later by drawFormatInformation.
            for (x, y) in Self.formatPositions(size: size).flatMap({ $0 }) {
                reserved[y * size + x] = true
            }
            reserved[(size - 8) * size + 8] = true

            // Version information areas (§7.10): two 6×3 blocks, versions ≥ 7.
            if version >= 7 {
                for (x, y) in Self.versionPositions(size: size) {
                    reserved[y * size + x] = true
                    reserved[x * size + y] = true
                }
            }
        }

        /// Module coordinates (x, y) of the two copies of the format
        /// information, indexed by bit number (bit 0 = least significant).
        ///
        /// Copy 1 wraps around the top-left finder: bits 0–5 go down column 8
        /// from the top, bits 6–8 turn the corner around the timing pattern,
        /// bits 9–14 run leftwards along row 8. Copy 2 is split: bits 0–7 run
        /// leftwards along row 8 from the right edge (below the top-right
        /// finder), bits 8–14 go down column 8 next to the bottom-left finder.
        static func formatPositions(size: Int) -> [[(x: Int, y: Int)]] {
            var first: [(x: Int, y: Int)] = []
            var second: [(x: Int, y: Int)] = []
            for bit in 0..<15 {
                switch bit {
                case 0...5: first.append((8, bit))
                case 6: first.append((8, 7))
                case 7: first.append((8, 8))
                case 8: first.append((7, 8))
                default: first.append((14 - bit, 8))
                }
                if bit < 8 {
                    second.append((size - 1 - bit, 8))
                } else {
                    second.append((8, size - 15 + bit))
                }
            }
            return [first, second]
        }

        /// Coordinates (x, y) of the version information block near the
        /// top-right finder, indexed by bit number (bit 0 = least significant):
        /// a 3-wide, 6-high block at columns size−11…size−9, rows 0…5, filled
        /// row by row. The copy near the bottom-left finder is its transpose.
        static func versionPositions(size: Int) -> [(x: Int, y: Int)] {
            (0..<18).map { bit in (size - 11 + bit % 3, bit / 3) }
        }

        mutating func drawFormatInformation(level: ErrorCorrection, mask: Int) {
            let bits = Tables.formatBits(level: level, mask: mask)
            for copy in Self.formatPositions(size: size) {
                for (bit, position) in copy.enumerated() {
                    self[position.x, position.y] = (bits >> bit) & 1 == 1
                }
            }
            self[8, size - 8] = true   // the "dark module", always dark
        }

        mutating func drawVersionInformation() {
            guard version >= 7 else { return }
            let bits = Tables.versionBits(version: version)
            for (bit, position) in Self.versionPositions(size: size).enumerated() {
                let isDark = (bits >> bit) & 1 == 1
                self[position.x, position.y] = isDark
                self[position.y, position.x] = isDark
            }
        }

        // MARK: Codeword placement (§7.7.3)

        /// Places the codeword bits, most significant bit first, into the
        /// non-reserved modules: two-module-wide columns starting at the right
        /// edge, alternately upwards and downwards, right module before left
        /// module; the vertical timing pattern column 6 is skipped entirely.
        /// Modules left over after the last codeword are remainder bits (light).
        mutating func placeCodewords(_ codewords: [UInt8]) {
            let totalBits = codewords.count * 8
            var bitIndex = 0
            var right = size - 1
            var upward = true
            while right > 0 {
                if right == 6 { right = 5 }
                for step in 0..<size {
                    let y = upward ? size - 1 - step : step
                    for x in [right, right - 1] where !reserved[y * size + x] {
                        if bitIndex < totalBits {
                            let byte = codewords[bitIndex >> 3]
                            self[x, y] = (byte >> (7 - UInt8(bitIndex & 7))) & 1 == 1
                        }
                        bitIndex += 1
                    }
                }
                upward.toggle()
                right -= 2
            }
            assert(bitIndex >= totalBits && bitIndex - totalBits < 8, "codeword count does not match the version")
        }
    }
}
