import VoelsprietDomain

/// One change the builder makes to an instrument. Applying it never checks the result: the
/// builder shows the checker's messages on the changed draft, and only a draft without
/// problems can be published.
public enum InstrumentEdit: Sendable {
    case addSection(id: String, title: LocalizedText)
    case updateSection(id: String, newID: String, title: LocalizedText, description: LocalizedText?, showIf: Condition?, layout: SectionLayout?)
    case deleteSection(id: String)
    case moveSection(id: String, by: Int)
    /// Adds `item` at the end of section `section`.
    case addItem(section: String, item: InstrumentItem)
    /// Replaces the item `id` (which may change its id).
    case updateItem(id: String, item: InstrumentItem)
    case deleteItem(id: String)
    /// Moves an item up (−1) or down (+1), across into the neighbouring section at an edge.
    case moveItem(id: String, by: Int)
    case setScale(name: String, points: [AnswerOption])
    case deleteScale(name: String)
    case setLanguages([String])
    case setTitle(LocalizedText, introduction: LocalizedText?)

    public func apply(to instrument: inout Instrument) throws(BuilderError) {
        func sectionIndex(_ id: String) throws(BuilderError) -> Int {
            guard let index = instrument.sections.firstIndex(where: { $0.id == id }) else {
                throw BuilderError(field: "section", en: "there is no section '\(id)'", nl: "er is geen onderdeel '\(id)'")
            }
            return index
        }
        func itemPosition(_ id: String) throws(BuilderError) -> (Int, Int) {
            for (s, section) in instrument.sections.enumerated() {
                if let i = section.items.firstIndex(where: { $0.id == id }) { return (s, i) }
            }
            throw BuilderError(field: "item", en: "there is no item '\(id)'", nl: "er is geen vraag '\(id)'")
        }
        switch self {
        case .addSection(let id, let title):
            instrument.sections.append(InstrumentSection(id: id, title: title, items: []))
        case .updateSection(let id, let newID, let title, let description, let showIf, let layout):
            let index = try sectionIndex(id)
            instrument.sections[index].id = newID
            instrument.sections[index].title = title
            instrument.sections[index].description = description
            instrument.sections[index].showIf = showIf
            instrument.sections[index].layout = layout
        case .deleteSection(let id):
            instrument.sections.remove(at: try sectionIndex(id))
        case .moveSection(let id, let offset):
            let index = try sectionIndex(id)
            let target = index + offset
            guard instrument.sections.indices.contains(target) else { return }
            instrument.sections.swapAt(index, target)
        case .addItem(let section, let item):
            instrument.sections[try sectionIndex(section)].items.append(item)
        case .updateItem(let id, let item):
            let (s, i) = try itemPosition(id)
            instrument.sections[s].items[i] = item
        case .deleteItem(let id):
            let (s, i) = try itemPosition(id)
            instrument.sections[s].items.remove(at: i)
        case .moveItem(let id, let offset):
            let (s, i) = try itemPosition(id)
            let target = i + offset
            if instrument.sections[s].items.indices.contains(target) {
                instrument.sections[s].items.swapAt(i, target)
            } else if offset < 0, s > 0 {
                let item = instrument.sections[s].items.remove(at: i)
                instrument.sections[s - 1].items.append(item)
            } else if offset > 0, s + 1 < instrument.sections.count {
                let item = instrument.sections[s].items.remove(at: i)
                instrument.sections[s + 1].items.insert(item, at: 0)
            }
        case .setScale(let name, let points):
            instrument.scales[name] = Scale(points: points)
        case .deleteScale(let name):
            instrument.scales[name] = nil
        case .setLanguages(let languages):
            instrument.languages = languages
        case .setTitle(let title, let introduction):
            instrument.title = title
            instrument.introduction = introduction
        }
    }
}
