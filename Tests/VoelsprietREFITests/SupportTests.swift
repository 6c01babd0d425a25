// The small parts: source text decoding, GUID parsing and derivation, path names, XML escaping.
import Foundation
import Testing
import VoelsprietQDA
@testable import VoelsprietREFI

@Suite struct SupportTests {
    @Test func decodesUTF8AndUTF16WithBOMs() throws {
        let text = "Zo 😊 é\r\n"
        let utf8BOM = Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)
        var utf16BE = Data([0xFE, 0xFF])
        for unit in text.utf16 { utf16BE.append(contentsOf: [UInt8(unit >> 8), UInt8(unit & 0xFF)]) }
        var utf16LE = Data([0xFF, 0xFE])
        for unit in text.utf16 { utf16LE.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        for data in [Data(text.utf8), utf8BOM, utf16BE, utf16LE] {
            let decoded = try SourceTextDecoder.decode(data).get()
            #expect(decoded == text)
        }
    }

    @Test func refusesUnknownEncodings() {
        let latin1 = Data([0x43, 0x61, 0x66, 0xE9])  // "Café" in ISO 8859-1
        let utf16WithoutBOM = Data("ab".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let oddUTF16 = Data([0xFF, 0xFE, 0x41])
        let loneSurrogate = Data([0xFF, 0xFE, 0x3D, 0xD8, 0x41, 0x00])
        for data in [latin1, utf16WithoutBOM, oddUTF16, loneSurrogate] {
            guard case .failure(let failure) = SourceTextDecoder.decode(data) else {
                Issue.record("\(Array(data)) decoded")
                continue
            }
            #expect(!failure.reason.isEmpty)
        }
        guard case .failure(let failure) = SourceTextDecoder.decode(latin1) else { return }
        #expect(failure.reason.contains("offset 3"))
    }

    @Test func parsesGUIDsInEveryForm() {
        let id = UUID(uuidString: "85D17F60-7BB0-481E-B742-B4861DD669DF")
        #expect(REFIGUID.parse("85d17f60-7bb0-481e-b742-b4861dd669df") == id)
        #expect(REFIGUID.parse("{85D17F60-7BB0-481E-B742-B4861DD669DF}") == id)
        #expect(REFIGUID.parse(" 85D17F60-7BB0-481E-B742-B4861DD669DF ") == id)
        #expect(REFIGUID.parse("85D17F60") == nil)
        #expect(REFIGUID.parse(nil) == nil)
    }

    @Test func derivedGUIDsAreStableDistinctAndVersion8() {
        let keys = (0..<2000).map { "voelspriet:selection:\($0)" }
        let ids = keys.map(REFIGUID.derived)
        #expect(Set(ids).count == keys.count)
        #expect(keys.map(REFIGUID.derived) == ids)
        for id in ids.prefix(50) {
            let s = id.uuidString
            #expect(s[s.index(s.startIndex, offsetBy: 14)] == "8")
            #expect("89AB".contains(s[s.index(s.startIndex, offsetBy: 19)]))
        }
    }

    @Test func internalNamesLoseTheirScheme() {
        #expect(SourceLocator.internalName("internal://abc.txt") == "abc.txt")
        #expect(SourceLocator.internalName("INTERNAL:///abc.txt") == "abc.txt")
        #expect(SourceLocator.internalName("abc.txt") == "abc.txt")
        #expect(SourceLocator.internalName("./sub/abc.txt") == "sub/abc.txt")
        #expect(SourceLocator.internalName("relative:///AR/John Interview.mp4") == nil)
        #expect(SourceLocator.internalName("absolute:///C:/PROJECT/x.txt") == nil)
    }

    @Test func escapesMarkupAndKeepsWhiteSpaceInAttributes() throws {
        var xml = XMLBuilder()
        let value = "a&b<c>\"d'\te\nf\rg"
        xml.empty("X", [("v", value)], context: "test")
        xml.text("T", value, context: "test")
        let expectedAttribute = "<X v=\"a&amp;b&lt;c&gt;&quot;d'&#9;e&#10;f&#13;g\"/>"
        let expectedText = "<T>a&amp;b&lt;c&gt;\"d'\te\nf&#13;g</T>"
        #expect(xml.output.contains(expectedAttribute))
        #expect(xml.output.contains(expectedText))
        #expect(xml.warnings.isEmpty)
        let root = try XMLTree.parse(Data(("<R v=\"a&amp;b&lt;c&gt;&quot;d'&#9;e&#10;f&#13;g\">" + "a&amp;b&lt;c&gt;\"d'\te\nf&#13;g</R>").utf8), file: "t")
        #expect(root.attribute("v") == value)
        #expect(root.text == value)
    }
}
