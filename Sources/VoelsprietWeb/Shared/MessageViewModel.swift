/// A page with a title and a sentence: not found, closed, form expired.
struct MessageViewModel {
    let title: String
    let text: String
    let linkURL: String?
    let linkText: String?
}
