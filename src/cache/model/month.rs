//! A month file's records in the cache's binary form: the log and each
//! kind of entry, field by field (see the parent module).

use super::*;

record!(MonthLog {
    month,
    member,
    file,
    interactions,
    plans,
    attendance,
    leaves,
    meetings,
    reviews,
    awards,
    feedback,
    research,
    events,
});
record!(Feedback {
    member,
    period,
    date,
    note,
    spans
});
record!(Research {
    date,
    topic,
    kind,
    summary,
    clients,
    source,
    spans
});
record!(Event {
    id,
    date,
    title,
    kind,
    invited,
    attended,
    cost,
    spans
});
record!(Interaction {
    date,
    client,
    kind,
    summary,
    satisfaction,
    spans
});
record!(Plan {
    date,
    client,
    purpose,
    spans
});
record!(Attendance {
    date,
    clock_in,
    clock_out,
    status,
    spans
});
record!(Leave {
    kind,
    from,
    to,
    requested,
    status,
    approved_by,
    decided,
    reason,
    spans
});
record!(Meeting {
    id,
    date,
    kind,
    title,
    attendees,
    minutes,
    actions,
    spans
});
record!(Action {
    task,
    owner,
    due,
    done,
    spans
});
record!(Review {
    period,
    of,
    score,
    comment,
    spans
});
record!(Award {
    member,
    kind,
    period,
    amount,
    reason,
    spans
});
