/// The repositories the app is built from; tests may pass their own implementations.
public struct Repositories: Sendable {
    public var studies: any StudyRepository
    public var responses: any ResponseRepository
    public var contacts: any ContactRepository
    public var users: any UserRepository
    public var keyValues: any KeyValueStore

    public init(
        studies: any StudyRepository, responses: any ResponseRepository, contacts: any ContactRepository,
        users: any UserRepository, keyValues: any KeyValueStore
    ) {
        self.studies = studies
        self.responses = responses
        self.contacts = contacts
        self.users = users
        self.keyValues = keyValues
    }

    /// The SQL repositories over one database client.
    public init(client: any DatabaseClient) {
        self.init(
            studies: SQLStudyRepository(db: client.sql),
            responses: SQLResponseRepository(client: client),
            contacts: SQLContactRepository(db: client.sql),
            users: SQLUserRepository(db: client.sql),
            keyValues: SQLKeyValueStore(db: client.sql))
    }
}
