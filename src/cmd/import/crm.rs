//! `clientele import crm DIR`: reads the export's files and stages the
//! plan of `crate::import::crm` — new members appended to team.toml, one
//! new file per client, and (`--skip-existing`) the new deals of clients
//! already imported appended to their files.

use std::io::Write;
use std::path::PathBuf;

use chrono::NaiveDate;

use super::{Common, Importer, execute, located, read_input};
use crate::error::{Error, Outcome};
use crate::import::crm::{self, Crm, MapRow, Plan, render};
use crate::import::inputs::Inputs;
use crate::import::tally::Tally;
use crate::import::{Existing, Problems};
use crate::model::Role;
use crate::options::Ctx;
use crate::write::{Txn, WriteError, client_file};

/// Flags of `import crm`.
#[derive(Debug, clap::Args)]
pub(crate) struct CrmArgs {
    /// The export folder: accounts.csv, sales_teams.csv, sales_pipeline.csv, products.csv (optional)
    #[arg(value_name = "DIR")]
    pub(crate) dir: PathBuf,
    /// A CSV with columns name,member: the member id for a name in the export
    #[arg(long, value_name = "FILE")]
    pub(crate) owner_map: Option<PathBuf>,
    #[command(flatten)]
    pub(crate) common: Common,
}

/// What to do after a first import (rules §3.2).
const RECORDS_START: &str = "note: so follow-ups count from the day you began keeping records, not from the imported dates, add `records_start = YYYY-MM-DD` under [team] in clientele.toml";

struct CrmImport {
    crm: Crm,
    map: Vec<MapRow>,
    skip_existing: bool,
    from: String,
}

impl Importer for CrmImport {
    type Plan = Plan;

    fn plan(&self, existing: &Existing, today: NaiveDate, p: &mut Problems) -> Plan {
        let opts = crm::Options {
            owner_map: &self.map,
            skip_existing: self.skip_existing,
            today,
        };
        crm::plan::plan(&self.crm, existing, opts, p)
    }

    fn stage(&self, plan: &Plan, txn: &mut Txn) -> Result<Tally, WriteError> {
        let mut s = Tally {
            from: self.from.clone(),
            skipped: plan.skipped.clone(),
            ..Tally::default()
        };
        if !plan.members.is_empty() {
            let old = txn.read("team.toml")?;
            txn.stage("team.toml", render::team(old.as_deref(), &plan.members)?)?;
            let leads = plan.members.iter().filter(|m| m.role == Role::Lead).count();
            s.files.push((
                "team.toml".into(),
                format!(
                    "{} new members ({leads} leads, {} managers)",
                    plan.members.len(),
                    plan.members.len() - leads
                ),
            ));
        }
        for c in &plan.clients {
            let rel = client_file(&c.id);
            if txn.read(&rel)?.is_some() {
                return Err(WriteError::refused(format!(
                    "{rel} exists: an import never overwrites a client file"
                )));
            }
            txn.stage(&rel, render::client(c)?)?;
            let n = c.deals.len();
            let deals = if n == 1 {
                "1 deal".to_string()
            } else {
                format!("{n} deals")
            };
            s.files
                .push((rel, format!("new {}, owner {}, {deals}", c.stage, c.owner)));
        }
        for (id, deals) in &plan.added {
            let rel = client_file(id);
            let text = txn.read(&rel)?;
            txn.stage(&rel, render::added_deals(&rel, text.as_deref(), deals)?)?;
            s.files.push((rel, format!("{} new deals", deals.len())));
        }
        if txn.records().settings.team.records_start.is_none() {
            s.notes.push(RECORDS_START.to_string());
        }
        s.counts = vec![
            ("members", plan.members.len()),
            ("clients", plan.clients.len()),
            ("deals", plan.deals()),
        ];
        Ok(s)
    }
}

pub(crate) fn run(a: &CrmArgs, ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    let (dir, shown) = located(ctx, &a.dir);
    let file = |name: &str| {
        (
            dir.join(name),
            format!("{}/{name}", shown.trim_end_matches('/')),
        )
    };
    let need = |name: &str| {
        let (path, shown) = file(name);
        read_input(&path, &shown)
    };
    let read_all = || -> Result<_, String> {
        Ok((
            need(crm::ACCOUNTS)?,
            need(crm::TEAMS)?,
            need(crm::PIPELINE)?,
        ))
    };
    let (accounts, teams, pipeline) = read_all().map_err(|why| {
        Error::refused(format!(
            "{shown} is not a CRM export: it needs {}, {} and {} ({why}); nothing was imported",
            crm::ACCOUNTS,
            crm::TEAMS,
            crm::PIPELINE
        ))
    })?;
    let (products_path, products_shown) = file(crm::PRODUCTS);
    let products = if products_path.exists() {
        Some(read_input(&products_path, &products_shown).map_err(Error::Refused)?)
    } else {
        None
    };
    let owner_map = match &a.owner_map {
        Some(m) => {
            let (path, shown) = located(ctx, m);
            Some(read_input(&path, &shown).map_err(Error::Refused)?)
        }
        None => None,
    };
    let files = crm::Files {
        accounts,
        teams,
        pipeline,
        products,
        owner_map,
    };
    let mut inputs = Inputs::default();
    let mut problems = Problems::default();
    let (crm, map) = crm::read(files, &mut inputs, &mut problems);
    let importer = CrmImport {
        crm,
        map,
        skip_existing: a.common.skip_existing,
        from: shown,
    };
    execute(importer, ctx, &a.common, &inputs, problems, out)
}
