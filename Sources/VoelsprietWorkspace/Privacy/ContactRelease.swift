/// How contact details are kept unlinkable from answers: they wait sealed and are released
/// into the readable table only in shuffled batches of at least `batchSize`.
///
/// What this guarantees (and the respondent texts and README say no more): someone holding a
/// copy of the database — its files, write-ahead log or a backup on SQLite; the tables,
/// `xmin`/`ctid` or the write-ahead log on PostgreSQL — taken at any moment, without the seal
/// key (kept outside the database), sees contact details only in batches of at least
/// `batchSize` that arrived together, in an order that is not their arrival order. Linking one
/// of them to an answer set is then no better than a guess among the answer sets sent while
/// that batch was filling (at least `batchSize` of them, as every contact follows answers).
/// A batch is released only when at least `batchSize` answer sets have also come in since the
/// previous release, so that contact details posted without answers cannot fill a batch around
/// one real contact. An attacker who can both copy the database and send many answer sets and
/// contacts of their own can still shrink a batch to the real ones in it (the "n − 1" attack on
/// any mix); what they send then shows in the data. A lead can release a smaller final batch
/// once the study is closed; the page says what that weakens.
public enum ContactRelease {
    public static let batchSize = 10

    /// The plaintext length every sealed contact is padded to, so that the sealed values all
    /// have the same length (the fields are capped well below this in UTF-8).
    public static let paddedLength = 16384
}
