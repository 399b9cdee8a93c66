//! `clientele review MEMBER --period YYYY-MM --score N [--comment T]
//! [--by M]`: appends a `[[review]]` (an appraisal score) to the
//! reviewer's month file of today. Reviewing yourself is the self-review.

use std::io::Write;

use crate::error::Outcome;
use crate::model::YearMonth;
use crate::options::Ctx;
use crate::t;
use crate::write::{self, WriteError, entry, schema, value};

/// Flags of `review`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The member judged
    #[arg(value_name = "MEMBER", value_parser = crate::values::id)]
    pub(crate) of: String,
    /// The month judged
    #[arg(long, value_name = "YYYY-MM", value_parser = crate::values::month)]
    pub(crate) period: YearMonth,
    /// The score, 0..100
    #[arg(long, value_name = "N", value_parser = crate::values::score)]
    pub(crate) score: f64,
    /// A comment
    #[arg(long, value_name = "T", value_parser = crate::values::text)]
    pub(crate) comment: Option<String>,
    /// The reviewer (default: --member / $CLIENTELE_MEMBER)
    #[arg(long, value_name = "M", value_parser = crate::values::id)]
    pub(crate) by: Option<String>,
}

pub(crate) fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    write::run(ctx, out, |w| {
        let by = match &args.by {
            Some(b) => w.member("--by", b)?,
            None => w.writer()?,
        };
        let of = w.member("MEMBER", &args.of)?;
        let period = args.period;
        let this_month = YearMonth::of(w.today);
        if period > this_month {
            return Err(WriteError::refused(t!(
                "refuse-period-ahead",
                period = period.to_string(),
                month = this_month.to_string()
            )));
        }
        if let Some(left) = of.left
            && left < period.first_day()
        {
            return Err(WriteError::refused(t!(
                "refuse-review-left",
                member = of.id.to_string(),
                left = left.to_string(),
                period = period.to_string()
            )));
        }
        let score = args.score;
        let comment = args.comment.clone();
        let rel = write::month_file(this_month, &by.id);
        let mut doc = w.txn.edit(&rel)?;
        let new = entry::Builder::new()
            .set("period", value::string(&period.to_string()))
            .set("of", value::string(&of.id))
            .set("score", value::number(score))
            .opt("comment", comment.as_deref().map(value::string))
            .build();
        entry::append(&mut doc.doc, schema::MONTH, "review", new)?;
        w.txn.stage(&rel, doc.render())?;
        Ok(crate::t!(
            "write-review",
            by = by.id.to_string(),
            member = of.id.to_string(),
            period = period.to_string(),
            score = crate::numbers::score(score),
            file = w.display(&rel)
        ))
    })
}
