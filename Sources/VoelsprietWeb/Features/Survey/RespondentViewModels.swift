/// The introduction page.
struct IntroViewModel {
    let t: UIText
    let title: String
    let paragraphs: [String]
    let action: String
    let csrf: String
    let withdrawURL: String
}

/// The last page before sending.
struct ReviewViewModel {
    let t: UIText
    let action: String
    let csrf: String
    let at: Int
    let trail: String
    let hidden: [StepViewModel.Hidden]
    /// Set when the study is too busy to take the answers now (they stay in the page).
    var busy: String? = nil
    /// Whether the other language can be chosen here (the answers are kept).
    var switchLanguage: Bool = false
}

/// After sending: the receipt code.
struct ThanksViewModel {
    let t: UIText
    let receipt: String
    let withdrawURL: String
    /// Nil when the study does not offer an interview.
    let contactURL: String?
    /// The study's own thank-you text, or the standard one.
    let thanksText: String
}

/// The withdrawal form and its outcome.
struct WithdrawViewModel {
    let t: UIText
    let action: String
    let csrf: String
    let done: Bool
    let error: String?
    let value: String
}

/// The separate contact-details form.
struct ContactViewModel {
    let t: UIText
    let action: String
    let csrf: String
    let done: Bool
    let error: String?
    let name: String
    let email: String
    let phone: String
    let note: String
    let consent: Bool
}
