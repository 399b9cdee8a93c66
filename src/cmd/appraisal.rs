//! `clientele appraisal`: the monthly appraisal (rules §3.5) — KPI, self,
//! lead and peer scores, final, grade, rank and bonus; `--missing` lists
//! the reviews still to come; `--member ID --from M1 --to M2` shows one
//! member's appraisals month by month; `--member ID --comments` each
//! review's comment with the reviewer's role (rules §3.9).

use std::io::Write;

use crate::error::{Error, Outcome, Status};
use crate::model::YearMonth;
use crate::options::Ctx;
use crate::report::people::appraisal::{
    self, feedback as appraisal_feedback, history as appraisal_history,
    missing as appraisal_missing,
};
use crate::t;

/// Flags of `appraisal` (the month is the global `--month`, default D's).
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// List the members without a self review or a lead review for the month
    #[arg(long, conflicts_with_all = ["from", "to"])]
    pub(crate) missing: bool,
    /// With --member: each review's comment, with the reviewer's role
    #[arg(long, conflicts_with = "missing")]
    pub(crate) comments: bool,
    /// Only results not yet fed back to the member (rules §3.9)
    #[arg(long, conflicts_with_all = ["missing", "comments", "from", "to"])]
    pub(crate) unfed: bool,
    /// With --member: the first month of the member's history
    #[arg(long, value_parser = crate::values::month, value_name = "YYYY-MM")]
    pub(crate) from: Option<YearMonth>,
    /// With --member: the last month of the member's history (default D's month)
    #[arg(long, value_parser = crate::values::month, value_name = "YYYY-MM")]
    pub(crate) to: Option<YearMonth>,
}

pub(crate) fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    let history = args.from.is_some() || args.to.is_some();
    if args.comments && ctx.member.is_none() {
        return Err(Error::usage(t!("usage-appraisal-comments")));
    }
    if history && (ctx.month.is_some() || ctx.member.is_none()) {
        return Err(Error::usage(t!("usage-appraisal-history")));
    }
    if let (Some(f), Some(t)) = (args.from, args.to)
        && f > t
    {
        return Err(Error::usage(t!(
            "usage-from-after-to",
            from = f.to_string(),
            to = t.to_string()
        )));
    }
    let opened = super::open(ctx)?;
    let records = &opened.records;
    let member = super::filters::member_filter(records, None, ctx)?;
    let (now, today) = (opened.now, opened.today);
    if args.comments {
        let id = member.unwrap_or_default();
        comments(args, ctx, records, &id, today, out)?;
    } else if history {
        let to = args.to.unwrap_or_else(|| YearMonth::of(today));
        let from = args
            .from
            .unwrap_or_else(|| (0..11).fold(to, |m, _| m.prev()));
        let id = member.unwrap_or_default();
        let rows = appraisal_history::history(records, &id, from, to, now, today);
        appraisal_history::to_table(&rows).write(ctx.format, &ctx.style, out)?;
    } else {
        let month = ctx.month.unwrap_or_else(|| YearMonth::of(today));
        let keep = |m: &str| member.as_deref().is_none_or(|x| x == m);
        if args.missing {
            let mut rows = appraisal_missing::missing(records, month, today);
            rows.retain(|r| keep(&r.member));
            appraisal_missing::to_table(&rows).write(ctx.format, &ctx.style, out)?;
        } else {
            let mut rows = if args.unfed {
                appraisal_feedback::unfed_rows(records, month, now, today)
            } else {
                appraisal::rows(records, month, now, today)
            };
            rows.retain(|r| keep(&r.member));
            appraisal::to_table(&rows).write(ctx.format, &ctx.style, out)?;
        }
    }
    super::flush(out)?;
    Ok(Status::Success)
}

/// `--member ID --comments`: the member's reviews of `--month` (or
/// `--from`/`--to`, default D's month) with the reviewers' roles.
fn comments(
    args: &Args,
    ctx: &Ctx,
    records: &crate::model::Records,
    member: &str,
    today: chrono::NaiveDate,
    out: &mut dyn Write,
) -> Result<(), Error> {
    let to = args
        .to
        .or(ctx.month)
        .unwrap_or_else(|| YearMonth::of(today));
    let from = args.from.unwrap_or(to);
    let months = appraisal_history::months(from, to, today);
    let rows = appraisal_feedback::comments(records, member, &months, today);
    appraisal_feedback::comments_table(&rows).write(ctx.format, &ctx.style, out)?;
    Ok(())
}
