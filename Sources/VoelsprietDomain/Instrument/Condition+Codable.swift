extension Condition: Codable {
    enum CodingKeys: String, CodingKey {
        case item, equals, notEquals, `in`, notIn, all, any, not
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let present = container.allKeys.filter { $0 != .item }
        guard present.count == 1, let key = present.first else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription:
                        "a condition needs exactly one of equals, notEquals, in, notIn, all, any, not"
                ))
        }
        switch key {
        case .all: self = .all(try container.decode([Condition].self, forKey: .all))
        case .any: self = .any(try container.decode([Condition].self, forKey: .any))
        case .not: self = .not(try container.decode(Condition.self, forKey: .not))
        default:
            let item = try container.decode(String.self, forKey: .item)
            switch key {
            case .equals: self = .equals(item: item, value: try container.decode(String.self, forKey: .equals))
            case .notEquals:
                self = .notEquals(item: item, value: try container.decode(String.self, forKey: .notEquals))
            case .in: self = .isIn(item: item, values: try container.decode([String].self, forKey: .in))
            default: self = .notIn(item: item, values: try container.decode([String].self, forKey: .notIn))
            }
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .equals(let item, let value):
            try container.encode(item, forKey: .item)
            try container.encode(value, forKey: .equals)
        case .notEquals(let item, let value):
            try container.encode(item, forKey: .item)
            try container.encode(value, forKey: .notEquals)
        case .isIn(let item, let values):
            try container.encode(item, forKey: .item)
            try container.encode(values, forKey: .in)
        case .notIn(let item, let values):
            try container.encode(item, forKey: .item)
            try container.encode(values, forKey: .notIn)
        case .all(let conditions): try container.encode(conditions, forKey: .all)
        case .any(let conditions): try container.encode(conditions, forKey: .any)
        case .not(let condition): try container.encode(condition, forKey: .not)
        }
    }
}
