import VoelsprietDomain

/// Login form.
struct LoginViewModel {
    let csrf: String
    let username: String
    let error: String?
}

/// The list of studies and the form to create one.
struct StudiesViewModel {
    struct Row {
        let slug: String
        let title: String
        let status: String
        let responses: Int
        let createdOn: String
    }

    let csrf: String
    let studies: [Row]
    let builtIns: [String]
    let notice: String?
    let error: String?
    let slug: String
    let title: String
    let instrument: String
    let problems: [InstrumentProblem]
    // Stored, not computed: Mustache reads properties by reflection, which skips computed ones.
    let hasProblems: Bool
    let sourceIsJSON: Bool
}

/// One study: counts, status and exports.
struct StudyViewModel {
    let csrf: String
    let slug: String
    let title: String
    let status: String
    let isOpen: Bool
    let instrumentID: String
    let itemCount: Int
    let responses: Int
    let contacts: Int
    let createdOn: String
    let notice: String?
}

/// Accounts (admins only).
struct UsersViewModel {
    struct Row {
        let username: String
        let role: String
    }

    let csrf: String
    let users: [Row]
    let notice: String?
    let error: String?
    let newUser: String?
    let newPassword: String?
}

/// The report page of a study.
struct ReportViewModel {
    let slug: String
    let title: String
    let by: String
    let alpha: String
    let isDutch: Bool
    let query: String
    /// Already escaped by the report renderer.
    let reportHTML: String
    let error: String?
}
