/// A minimal RFC 4180 reader for LibreOffice's CSV output (tests only): comma-separated fields,
/// double-quoted fields with "" for a quote and line breaks inside, records ending in LF or CRLF.
enum CSVRecords {
    struct Field: Equatable {
        var text: String
        var quoted: Bool
    }

    static func parse(_ csv: String) -> [[Field]] {
        var records: [[Field]] = []
        var record: [Field] = []
        var field = String.UnicodeScalarView()
        var quoted = false
        var inQuotes = false
        var scalars = csv.unicodeScalars.makeIterator()
        var pending = scalars.next()
        func endField() {
            record.append(Field(text: String(field), quoted: quoted))
            field = String.UnicodeScalarView()
            quoted = false
        }
        while let scalar = pending {
            pending = scalars.next()
            if inQuotes {
                if scalar == "\"" {
                    if pending == "\"" {
                        field.append("\"")
                        pending = scalars.next()
                    } else {
                        inQuotes = false
                    }
                } else {
                    field.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty:
                inQuotes = true
                quoted = true
            case ",":
                endField()
            case "\r" where pending == "\n":
                continue
            case "\n":
                endField()
                records.append(record)
                record = []
            default:
                field.append(scalar)
            }
        }
        if !field.isEmpty || quoted || !record.isEmpty {
            endField()
            records.append(record)
        }
        return records
    }
}
