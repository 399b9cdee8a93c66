//! `clientele award MEMBER --kind K --reason T [--amount N] [--period
//! YYYY-MM] [--by LEAD]`: a lead logs an `[[award]]` in the lead's month
//! file of today; without `--period` it rewards this month.

use std::io::Write;

use crate::error::Outcome;
use crate::model::{AwardKind, Role, YearMonth};
use crate::options::Ctx;
use crate::t;
use crate::write::{self, WriteError, entry, schema, value};

/// Flags of `award`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The member rewarded
    #[arg(value_name = "MEMBER", value_parser = crate::values::id)]
    pub(crate) awardee: String,
    /// bonus, special, honour or certificate
    #[arg(long, value_name = "K", value_parser = crate::values::choice(AwardKind::parse, AwardKind::NAMES))]
    pub(crate) kind: AwardKind,
    /// Why
    #[arg(long, value_name = "T", value_parser = crate::values::text)]
    pub(crate) reason: String,
    /// The amount, in the team's currency
    #[arg(long, value_name = "N", value_parser = crate::values::money)]
    pub(crate) amount: Option<f64>,
    /// The month it rewards (default this month)
    #[arg(long, value_name = "YYYY-MM", value_parser = crate::values::month)]
    pub(crate) period: Option<YearMonth>,
    /// The lead giving it (default: --member / $CLIENTELE_MEMBER)
    #[arg(long, value_name = "LEAD", value_parser = crate::values::id)]
    pub(crate) by: Option<String>,
}

pub(crate) fn run(args: &Args, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    write::run(ctx, out, |w| {
        let lead = match &args.by {
            Some(b) => w.member("--by", b)?,
            None => w.writer()?,
        };
        if lead.role != Role::Lead {
            return Err(WriteError::refused(t!(
                "refuse-award-by-lead",
                id = lead.id.to_string(),
                role = crate::i18n::word("role", lead.role.as_str())
            )));
        }
        let awardee = w.member("MEMBER", &args.awardee)?;
        let kind = args.kind;
        let reason = args.reason.clone();
        let amount = args.amount;
        let period = args.period;
        let rel = write::month_file(YearMonth::of(w.today), &lead.id);
        let mut doc = w.txn.edit(&rel)?;
        let new = entry::Builder::new()
            .set("member", value::string(&awardee.id))
            .set("kind", value::string(kind.as_str()))
            .opt("period", period.map(|p| value::string(&p.to_string())))
            .opt("amount", amount.map(value::number))
            .set("reason", value::string(&reason))
            .build();
        entry::append(&mut doc.doc, schema::MONTH, "award", new)?;
        w.txn.stage(&rel, doc.render())?;
        Ok(crate::t!(
            "write-award",
            lead = lead.id.to_string(),
            member = awardee.id.to_string(),
            kind = crate::i18n::word("kind", kind.as_str()),
            file = w.display(&rel)
        ))
    })
}
