import VoelsprietDomain

/// What every page's frame needs: titles, language switch, help links, researcher menu.
struct LayoutViewModel {
    struct HelpLinkViewModel {
        let name: String
        let description: String?
        let url: String?
    }

    struct ResearcherViewModel {
        let username: String
        let isAdmin: Bool
        let csrf: String
    }

    let t: UIText
    let pageTitle: String
    let heading: String
    let switchURL: String?
    let showHelp: Bool
    let helpLinks: [HelpLinkViewModel]
    var hasHelpLinks: Bool = false
    let researcher: ResearcherViewModel?
    let r: ResearcherText
    let w: WorkspaceText
    /// Respondent pages: the quick-exit button's neutral address.
    var quickExitURL: String? = nil
    /// Respondent pages in test mode (the preview link): the banner saying so.
    var testBanner: String? = nil
    let assets: AssetPaths = StaticAssets.shared.paths

    /// The frame of a respondent page.
    static func respondent(t: UIText, pageTitle: String, study: String, switchURL: String?, helpLinks: [HelpLink])
        -> LayoutViewModel
    {
        LayoutViewModel(
            t: t, pageTitle: "\(pageTitle) – \(study)", heading: study, switchURL: switchURL, showHelp: true,
            helpLinks: helpLinks.map {
                HelpLinkViewModel(name: $0.name.text(in: t.lang), description: $0.description?.text(in: t.lang), url: $0.url)
            }, hasHelpLinks: !helpLinks.isEmpty, researcher: nil, r: .dutch, w: .dutch, quickExitURL: t.quickExitURL)
    }

    /// The frame of a researcher page, in `language` with a link to the other one.
    static func researcher(pageTitle: String, researcher: ResearcherViewModel?, language: String) -> LayoutViewModel {
        let t = UIText.forLanguage(language)
        return LayoutViewModel(
            t: t, pageTitle: "\(pageTitle) – Voelspriet", heading: "Voelspriet", switchURL: "?lang=\(t.otherLang)",
            showHelp: false, helpLinks: [], researcher: researcher, r: .forLanguage(language), w: .forLanguage(language))
    }
}
