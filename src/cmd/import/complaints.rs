//! `clientele import complaints FILE --client ID --handler MEMBER`: reads
//! a complaint export and stages its rows (`crate::import::complaints`)
//! as `[[complaint]]` entries appended to one client's file.

use std::io::Write;
use std::path::PathBuf;

use chrono::NaiveDate;

use super::{Common, Importer, execute, located, read_input};
use crate::error::{Error, Outcome};
use crate::import::complaints::{self, Options, Plan, SeverityMap, render};
use crate::import::inputs::Inputs;
use crate::import::table::{self, Input, Keep};
use crate::import::tally::Tally;
use crate::import::{Existing, Problems};
use crate::model::Severity;
use crate::options::Ctx;
use crate::t;
use crate::write::{Txn, WriteError, client_file};

/// Flags of `import complaints`.
#[derive(Debug, clap::Args)]
pub(crate) struct ComplaintsArgs {
    /// The export (CSV with Complaint ID, Date received, Product, Issue …)
    #[arg(value_name = "FILE")]
    pub(crate) file: PathBuf,
    /// The client the complaints are about (its id)
    #[arg(long, value_name = "ID", value_parser = crate::values::id)]
    pub(crate) client: String,
    /// The member who handles them
    #[arg(long, value_name = "MEMBER", value_parser = crate::values::id)]
    pub(crate) handler: String,
    /// Only the rows whose Company is this name (any case and spacing)
    #[arg(long, value_name = "NAME")]
    pub(crate) company: Option<String>,
    /// The severity of rows the severity map does not name: high, medium or low
    #[arg(long, value_name = "S", default_value = "medium",
          value_parser = crate::values::choice(Severity::parse, Severity::NAMES))]
    pub(crate) severity: Severity,
    /// A CSV `<export column>,severity` (e.g. `Issue,severity`): severity by that column's value
    #[arg(long, value_name = "FILE")]
    pub(crate) severity_map: Option<PathBuf>,
    /// Put this in front of every Complaint ID (e.g. `CFPB-`)
    #[arg(long, value_name = "P", default_value = "")]
    pub(crate) id_prefix: String,
    #[command(flatten)]
    pub(crate) common: Common,
}

struct ComplaintImport {
    input: Input,
    options: Options,
    from: String,
}

impl Importer for ComplaintImport {
    type Plan = Plan;

    fn refuse(&self, existing: &Existing) -> Option<String> {
        let o = &self.options;
        if !existing.client_ids.contains(&o.client) {
            return Some(t!(
                "import-no-client",
                client = o.client.as_str(),
                file = client_file(&o.client)
            ));
        }
        if !existing.member_ids.contains(&o.handler) {
            return Some(t!("import-no-handler", handler = o.handler.as_str()));
        }
        None
    }

    fn plan(&self, existing: &Existing, _today: NaiveDate, p: &mut Problems) -> Plan {
        complaints::plan(&self.input, existing, &self.options, p)
    }

    fn stage(&self, plan: &Plan, txn: &mut Txn) -> Result<Tally, WriteError> {
        let rel = client_file(&self.options.client);
        let n = plan.complaints.len();
        let mut s = Tally {
            from: self.from.clone(),
            counts: vec![("complaints", n)],
            skipped: plan.skipped.clone(),
            ..Tally::default()
        };
        if n > 0 {
            // the old text becomes the new one: a large file is held once
            let old = txn.take(&rel)?;
            let text = render::appended_to(&rel, old, &plan.complaints, &self.options.handler)?;
            txn.stage(&rel, text)?;
            s.file(rel, || t!("import-file-complaints", n = n));
        }
        Ok(s)
    }
}

/// Reads the severity map file, if any.
fn severity_map(
    a: &ComplaintsArgs,
    ctx: &Ctx,
    inputs: &mut Inputs,
    p: &mut Problems,
) -> Result<Option<SeverityMap>, Error> {
    let Some(path) = &a.severity_map else {
        return Ok(None);
    };
    let (full, shown) = located(ctx, path);
    let f = read_input(&full, &shown).map_err(Error::Refused)?;
    let Some(map) = table::read(inputs, f, &["severity"], Keep::All, p) else {
        return Ok(None);
    };
    let key = map.columns().iter().position(|c| c != "severity");
    let Some(header) = key.and_then(|k| map.header_cell(k)) else {
        p.error(
            crate::diagnostic::codes::IMPORT_CSV,
            "import-kind-map-no-column",
            crate::diagnostic::Span::file_start(map.file),
            crate::msg!("import-map-two-columns", file = &shown),
        );
        return Ok(None);
    };
    let header = header.into();
    Ok(Some(complaints::severity_map(&map, header, p)))
}

pub(crate) fn run(a: &ComplaintsArgs, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    let severity = a.severity;
    let (path, shown) = located(ctx, &a.file);
    let f = read_input(&path, &shown).map_err(Error::Refused)?;
    let mut inputs = Inputs::default();
    let mut problems = Problems::default();
    let map = severity_map(a, ctx, &mut inputs, &mut problems)?;
    let kept = complaints::kept(map.as_ref());
    let Some(input) = table::read(
        &mut inputs,
        f,
        complaints::COLUMNS,
        Keep::Only(&kept),
        &mut problems,
    ) else {
        let mut err = std::io::stderr().lock();
        let _ = problems.print(&inputs, a.common.show_all, ctx.quiet, &mut err);
        return Err(Error::refused(t!("import-unreadable", file = shown)));
    };
    let options = Options {
        client: a.client.clone(),
        handler: a.handler.clone(),
        severity,
        map,
        company: a.company.clone(),
        id_prefix: a.id_prefix.clone(),
        skip_existing: a.common.skip_existing,
    };
    let importer = ComplaintImport {
        input,
        options,
        from: shown,
    };
    execute(importer, ctx, &a.common, &inputs, problems, out)
}
