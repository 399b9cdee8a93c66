# Lines commands print around their output.

# The last line of `check`.
check-summary = { $files ->
    [one] 1 file
   *[other] { $files } files
} checked: { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}
# On stderr when a report's records have warnings.
records-warnings = note: the records have { $n ->
    [one] 1 warning
   *[other] { $n } warnings
} (see `clientele check`)

# Under the complaints table.
complaints-footer = { $complaints ->
    [one] 1 complaint
   *[other] { $complaints } complaints
}: { $open } open, { $overdue } overdue, { $resolved } resolved; on time: response { $response }, resolution { $resolution }; satisfaction { $satisfaction }
complaints-rated = { $mean } ({ $n } rated)

# The tally of `import crm` and `import complaints`.
import-done = imported { $from }: added { $counts }
import-dry-run = dry run, nothing written: importing { $from } would add { $counts }
import-nothing = nothing new
import-more-files = … and { $n } more files
import-left-out = left out: { $n } { $why }
import-count-members = { $n ->
    [one] 1 member
   *[other] { $n } members
}
import-count-clients = { $n ->
    [one] 1 client
   *[other] { $n } clients
}
import-count-deals = { $n ->
    [one] 1 deal
   *[other] { $n } deals
}
import-count-complaints = { $n ->
    [one] 1 complaint
   *[other] { $n } complaints
}

# `kpi --explain`.
kpi-explain-heading = KPI of { $name } ({ $member }, { $role }) for { $month }
kpi-explain-heading-upto = KPI of { $name } ({ $member }, { $role }) for { $month } (up to { $today })
kpi-explain-score = kpi_score = { $score }  (100 × Σ weight × min(actual / target, cap) / Σ weight over the metrics with a target and a value)

# `check --approvals`: why an approval is not proven, and the summary.
approvals-not-found = no commit adds it
approvals-no-email = { $by } has no `email` in team.toml, so the commit cannot prove it: add theirs (or sign the commits with one of their `signing_keys`)
approvals-forged = added in commit { $commit } by { $author } <{ $email }>, who is not { $by }
approvals-other-key = added in commit { $commit }, signed with { $key }, a key of { $signer }, not of { $by }
approvals-bad-signature = added in commit { $commit }, whose signature does not verify ({ $why }): not proven by { $by }
approvals-unsigned = added in commit { $commit }, which is not signed (--require-signed)
approvals-unknown-key = added in commit { $commit }, signed with { $key }, a key no member carries in `signing_keys` (--require-signed)
approvals-unverifiable = added in commit { $commit }, whose { $kind } signature cannot be verified here (--require-signed; use SSH signing)
approvals-summary = { $n ->
    [one] 1 approval
   *[other] { $n } approvals
} checked: { $signed } proven by signature, { $authored } by author, { $failed } not proven
