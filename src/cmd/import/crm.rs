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
use crate::t;
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
            s.file("team.toml", || {
                t!(
                    "import-file-members",
                    n = plan.members.len(),
                    leads = leads,
                    managers = plan.members.len() - leads
                )
            });
        }
        for c in plan.clients.iter() {
            let rel = client_file(c.id);
            if txn.read(&rel)?.is_some() {
                return Err(WriteError::refused(t!("import-file-exists", file = rel)));
            }
            // the deals read from their rows, one client at a time
            let deals = plan.book.deals(&self.crm.deals, c.deals);
            // the plan took the index from these accounts: never missing,
            // but an import that lost a client must not save the rest
            let Some(a) = self.crm.accounts.get(c.account) else {
                return Err(WriteError::Io {
                    what: "find the account row of",
                    path: rel.into(),
                    source: std::io::Error::other("the plan names an account the export lacks"),
                });
            };
            txn.stage(&rel, render::client(&c, a, deals)?)?;
            s.file(rel, || {
                t!(
                    "import-file-client",
                    stage = crate::i18n::word("stage", c.stage.as_str()),
                    owner = c.owner,
                    n = c.deals.len()
                )
            });
        }
        for (id, deals) in &plan.added {
            let rel = client_file(id);
            let text = txn.read(&rel)?;
            let read = plan.book.deals(&self.crm.deals, deals);
            txn.stage(&rel, render::added_deals(&rel, text.as_deref(), read)?)?;
            s.file(rel, || t!("import-file-deals", n = deals.len()));
        }
        if txn.records().settings.team.records_start.is_none() {
            // what to do after a first import (rules §3.2)
            s.notes.push(t!("import-records-start"));
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
        Error::refused(t!(
            "import-not-crm",
            dir = shown.as_str(),
            accounts = crm::ACCOUNTS,
            teams = crm::TEAMS,
            pipeline = crm::PIPELINE,
            why = why
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
