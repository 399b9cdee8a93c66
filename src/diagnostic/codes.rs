//! The stable diagnostic codes: each with a title, what it means and how to
//! fix it. `docs/diagnostics.md` lists the same table (a test keeps the two
//! in step); `clientele check --explain CODE` prints one entry.

/// One diagnostic code and its documentation.
#[derive(Debug, Clone, Copy)]
pub struct CodeInfo {
    pub code: &'static str,
    pub title: &'static str,
    pub fix: &'static str,
}

macro_rules! codes {
    ($($name:ident = $code:literal, $title:literal, $fix:literal;)*) => {
        $(pub const $name: &str = $code;)*
        /// Every code, in order.
        pub const ALL: &[CodeInfo] = &[$(CodeInfo { code: $code, title: $title, fix: $fix }),*];
    };
}

codes! {
    TOML_SYNTAX = "E0101", "the file is not valid TOML", "correct the syntax at the place shown (quotes, brackets, `=`)";
    UNREADABLE = "E0102", "the file cannot be read or is not UTF-8", "save the file as UTF-8 text and check its permissions";
    NOT_PLAIN = "E0103", "a symbolic link, FIFO, socket or device in the records folder", "records are plain files and folders: replace a link with a copy of its file, move anything else out of the folder";
    UNKNOWN_FIELD = "E0201", "a field that the format does not know", "fix the spelling, or move free-form data under an `[extra]` table";
    MISSING_FIELD = "E0202", "a required field is missing", "add the field; the message says which one and why it is required";
    WRONG_TYPE = "E0203", "a value of the wrong type", "write the value as the type named (a quoted string, a number, an unquoted date …)";
    BAD_ENUM = "E0204", "a value outside the allowed set", "use one of the values listed in the message";
    BAD_ID = "E0205", "an id that breaks the id rules", "client and member ids: lowercase letters, digits and `-`, at most 64; other ids may also use capitals, `.` and `_`";
    ID_NOT_STEM = "E0206", "a file whose name differs from the id inside it", "rename the file or change the id so that they agree";
    UNSAFE_ID = "E0207", "an id that could name a path outside the records folder", "ids must not contain `..`, `/`, `\\` or NUL";
    DUPLICATE_ID = "E0208", "an id used twice", "give each client, member, deal, complaint, session and meeting its own id";
    BAD_VALUE = "E0209", "a value in the wrong format", "dates as 2026-11-03, date-times as 2026-11-03T14:30:00, times as \"09:00\", months as \"2026-11\"";
    BAD_PATH = "E0210", "a file or folder in the wrong place or with the wrong name", "month folders are named YYYY-MM, training files YYYY.toml, ids are file stems";
    NOT_READ = "W0211", "a TOML file where no record lives, which is not read", "move it to clients/, months/YYYY-MM/ or training/, or rename it";
    DEVICE_NAME_ID = "E0212", "an id that is a device name on Windows", "con, prn, aux, nul, com1–com9 and lpt1–lpt9 cannot be file names on Windows: choose another id";
    CONTROL_CHARS = "W0213", "text with control characters (an escape sequence, a NUL …)", "remove them: they could recolour or hide text on a terminal (reports show them escaped)";
    UNKNOWN_MEMBER = "E0301", "a reference to a member who is not in team.toml", "fix the id or add the member to team.toml";
    UNKNOWN_CLIENT = "E0302", "a reference to a client with no file in clients/", "fix the id or add the client file";
    NOT_A_LEAD = "E0303", "a lead is required here", "name a member whose role is `lead`";
    FILE_OF_NO_MEMBER = "E0304", "a month file named after no member", "rename the file to a member id from team.toml";
    DATE_ORDER = "E0401", "dates out of order", "check the two dates named in the message";
    OUTSIDE_MONTH = "E0402", "an entry dated outside its month folder", "move the entry to the month file of its date";
    DOUBLE_ATTENDANCE = "E0403", "two attendance entries for one member and date", "merge them into one entry";
    NOT_A_MEMBER_THEN = "W0404", "an entry dated while the member was not a member", "check the date, or the member's `joined`/`left` in team.toml";
    OVERLAPPING_LEAVE = "W0405", "two approved leaves of one member overlap", "shorten or reject one of them";
    DATED_AFTER_TODAY = "W0406", "something that already happened, dated after today: every report hides it until that day", "correct the date if it was mistyped (often the year); plans, leave and due dates may lie ahead";
    OUT_OF_RANGE = "E0501", "a number outside its allowed range", "ratings are 1..5, scores 0..100, potential 1..5, amounts and hours 0..10^12; settings: follow-up intervals 1..3660 days, grace_minutes 0..720, complaint limits up to 8784 hours and 3660 days";
    THRESHOLDS = "E0601", "tier or grade thresholds not descending", "make A > B > C";
    WEIGHTS_SUM = "W0602", "weights that do not sum to 1", "the report renormalises, but check the weights are what you meant";
    CONFIG_MISSING = "E0603", "a setting the reports need is missing", "add it to clientele.toml (the message names it)";
    TARGET_NOT_POSITIVE = "E0604", "a KPI target that is zero or negative", "targets must be greater than 0, or left out";
    NO_CONTACT = "W0701", "a customer without a contact", "add a [[contact]] so the team knows whom to call";
    OVERRIDE_NO_REASON = "E0702", "a tier override without `tier_reason`", "say why the tier is set by hand";
    OVERRIDE_NOT_GRADED = "W0703", "a tier override on a client that is not graded", "only customers whose `since` has passed are graded; remove the override";
    DUPLICATE_REVIEW = "W0704", "two reviews by one member of the same member and period", "only the last one counts; delete the other";
    EXAM_NOT_ATTENDED = "E0705", "an exam score for someone who did not attend, or a retake without a first score", "add the member to `attendees`, or the first score";
    NOT_INVITED = "W0706", "a client marked as attending an event it was not invited to", "add the client to the event's `invited`";
    TARGET_ORDER = "E0707", "team targets not in month order, or two for one month", "order the [[team_target]] entries by `from`, one per month";
    EARLY_FEEDBACK = "W0708", "appraisal feedback dated before its period ended", "feedback follows the month's appraisal: check `period` and `date`";
    SAME_NAME = "W0709", "two clients with the same name", "if they are one client, merge the files; else tell them apart in `name`";
    WON_NOT_CUSTOMER = "W0710", "a client with a won deal that is still a lead or prospect", "set `stage = \"customer\"` and `since` to the first won deal's close date";
    IMPORT_CSV = "E0801", "an import file that cannot be read as CSV", "save it as UTF-8 CSV with a header line; close every quote; give every row the header's number of fields";
    IMPORT_VALUE = "E0802", "an import value that cannot be used", "fix the cell in the export: dates as 2017-03-01, amounts as plain numbers, a known stage, an id that is not used twice";
    IMPORT_REFERENCE = "E0803", "an import row names something the export does not list", "add it to the export's list (sales_teams.csv, products.csv, accounts.csv), or map the name with --owner-map";
    IMPORT_EXISTS = "E0804", "an imported record that is already in the records", "it was imported before: run again with --skip-existing to import only what is new";
    IMPORT_SKIPPED = "W0805", "an import row left out", "the message says why; add the record by hand if it matters";
    IMPORT_READ_AS = "W0806", "an import value read as a known variant", "check that the reading is right; correct the export to silence the warning";
}

/// The documentation of one code, if it exists.
pub fn lookup(code: &str) -> Option<&'static CodeInfo> {
    ALL.iter().find(|c| c.code.eq_ignore_ascii_case(code))
}
