/// Batteries: runs of two or more consecutive scale items of one section on the same scale —
/// the statements a respondent rated one after the other. The report gives each a summary table
/// (one row per item: n, the percentage per scale point, mean and SD), so a reader compares the
/// statements at a glance instead of across a table per item.
extension AnalysisReport {
    public struct Battery: Sendable, Hashable {
        /// Index range into `items`.
        public var items: ClosedRange<Int>
        public var section: String?
        public var scale: String
    }

    public var batteries: [Battery] {
        var found: [Battery] = []
        var index = 0
        while index < items.count {
            let item = items[index]
            guard item.type == "single", let scale = item.scale else {
                index += 1
                continue
            }
            var end = index
            while end + 1 < items.count, items[end + 1].type == "single", items[end + 1].scale == scale,
                items[end + 1].section == item.section
            {
                end += 1
            }
            if end > index { found.append(Battery(items: index...end, section: item.section, scale: scale)) }
            index = end + 1
        }
        return found
    }

    /// The contents: each section with its first item's anchor, in report order.
    public var contents: [(title: String, anchor: String)] {
        var out: [(String, String)] = []
        var section: String?
        for item in items where item.section != section {
            section = item.section
            if let title = item.sectionTitle { out.append((title, "item-\(item.id)")) }
        }
        return out
    }
}
