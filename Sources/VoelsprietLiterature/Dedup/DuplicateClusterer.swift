// Matched pairs to clusters: union-find with a guard against chaining different records.

struct MatchEdge: Sendable {
    var a: Int
    var b: Int
    var reason: MatchReason
}

/// Builds clusters from match edges. Edges are taken strongest first (DOI, PubMed id, then by
/// bibliographic score); two clusters merge only if no pair of their first `guardMembers`
/// members is a `cannotLink` pair, so a record that resembles two different papers cannot
/// bridge them.
struct DuplicateClusterer {
    let features: [RecordFeatures]
    let comparer: RecordComparer
    let untrusted: (dois: Set<String>, pmids: Set<String>)

    func clusters(_ edges: [MatchEdge]) -> [DuplicateCluster] {
        var parent = Array(features.indices)
        var members = features.indices.map { [$0] }
        func find(_ x: Int) -> Int {
            var root = x
            while parent[root] != root { root = parent[root] }
            var node = x
            while parent[node] != root { let next = parent[node]; parent[node] = root; node = next }
            return root
        }
        let ordered = edges.sorted {
            $0.reason.strength != $1.reason.strength ? $0.reason.strength > $1.reason.strength
                : ($0.a, $0.b) < ($1.a, $1.b)
        }
        var accepted: [[(other: Int, reason: MatchReason)]] = Array(repeating: [], count: features.count)
        let limit = comparer.options.guardMembers
        for edge in ordered {
            let x = find(edge.a), y = find(edge.b)
            if x != y {
                let conflict = members[x].prefix(limit).contains { i in
                    members[y].prefix(limit).contains { j in
                        comparer.cannotLink(features[i], features[j], sameIdentifier: sharesIdentifier(i, j))
                    }
                }
                if conflict { continue }
                let (big, small) = members[x].count >= members[y].count ? (x, y) : (y, x)
                parent[small] = big
                members[big].append(contentsOf: members[small])
                members[small] = []
            }
            accepted[edge.a].append((edge.b, edge.reason))
            accepted[edge.b].append((edge.a, edge.reason))
        }
        var result: [DuplicateCluster] = []
        for root in features.indices where find(root) == root {
            result.append(cluster(members[root], accepted))
        }
        return result.sorted { $0.members[0] < $1.members[0] }
    }

    private func sharesIdentifier(_ i: Int, _ j: Int) -> Bool {
        let a = features[i], b = features[j]
        if let doi = a.doi, doi == b.doi, !untrusted.dois.contains(doi) { return true }
        if let pmid = a.pmid, pmid == b.pmid, !untrusted.pmids.contains(pmid) { return true }
        return false
    }

    /// Representative first (most complete; lowest index on a tie), then input order; each other
    /// member's reason is its edge to the representative or else its strongest accepted edge.
    private func cluster(_ group: [Int], _ accepted: [[(other: Int, reason: MatchReason)]]) -> DuplicateCluster {
        let representative = group.max {
            features[$0].completeness != features[$1].completeness
                ? features[$0].completeness < features[$1].completeness : $0 > $1
        }!
        let others = group.filter { $0 != representative }.sorted()
        let inGroup = Set(group)
        let reasons = others.map { member -> MatchReason in
            let edges = accepted[member].filter { inGroup.contains($0.other) }
            if let direct = edges.first(where: { $0.other == representative }) { return direct.reason }
            return edges.max { $0.reason.strength < $1.reason.strength }!.reason
        }
        return DuplicateCluster(members: [representative] + others, reasons: reasons)
    }
}
