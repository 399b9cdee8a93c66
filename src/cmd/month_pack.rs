//! `clientele report month --format html|xlsx` without `--member`: the
//! team's month-end pack — KPI, appraisal, attendance with its day grid,
//! complaints, training, tiers and pipeline — as one page with charts or
//! one workbook with a sheet each.

use std::io::Write;

use crate::error::{Outcome, Status};
use crate::export::{dashboard, pages};
use crate::options::Ctx;
use crate::render::Format;

pub(crate) fn run(ctx: &Ctx, out: &mut dyn Write) -> Outcome {
    let opened = super::open(ctx)?;
    let src = pages::source(&opened.records, (opened.now, opened.today), ctx, None);
    let parts = dashboard::parts(&src);
    if ctx.format == Format::Xlsx {
        out.write_all(&dashboard::workbook(&parts).map_err(anyhow::Error::from)?)?;
    } else {
        out.write_all(dashboard::page(&src, &parts).as_bytes())?;
    }
    super::flush(out)?;
    Ok(Status::Success)
}
