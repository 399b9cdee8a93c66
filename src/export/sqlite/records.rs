//! The record tables: every member, client, contact, deal, complaint and
//! every entry of the month logs and training files, as written in the
//! records (not replayed: the report tables are the as-of-D view).

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use rusqlite::{Transaction, params};

use crate::model::{Client, MonthLog, Records};

fn day(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn moment(t: NaiveDateTime) -> String {
    t.format("%Y-%m-%dT%H:%M:%S").to_string()
}

fn time(t: NaiveTime) -> String {
    t.format("%H:%M").to_string()
}

/// Inserts every record; contacts' phones and emails masked unless
/// `reveal`.
pub(super) fn insert(tx: &Transaction, records: &Records, reveal: bool) -> rusqlite::Result<()> {
    let mut member = tx.prepare(
        "INSERT INTO members (id, name, role, joined, reports_to, left_on, base_bonus, birthday) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for m in &records.members {
        member.execute(params![
            &*m.id,
            m.name,
            m.role.to_string(),
            day(m.joined),
            m.reports_to.as_deref(),
            m.left.map(day),
            m.base_bonus,
            m.birthday.map(day)
        ])?;
    }
    for c in &records.clients {
        client(tx, c, reveal)?;
    }
    for log in &records.months {
        month(tx, log)?;
    }
    training(tx, records)
}

fn client(tx: &Transaction, c: &Client, reveal: bool) -> rusqlite::Result<()> {
    tx.prepare_cached(
        "INSERT INTO clients (id, name, stage, owner, specialist, industry, source, found, since, \
         potential, tier, tier_reason, notes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    )?
    .execute(params![
        &*c.id,
        c.name,
        c.stage.to_string(),
        &*c.owner,
        c.specialist.as_deref(),
        c.industry,
        c.source.map(|s| s.to_string()),
        day(c.found),
        c.since.map(day),
        c.potential,
        c.tier.map(|t| t.to_string()),
        c.tier_reason,
        c.notes
    ])?;
    contacts(tx, c, reveal)?;
    deals(tx, c)?;
    complaints(tx, c)
}

fn contacts(tx: &Transaction, c: &Client, reveal: bool) -> rusqlite::Result<()> {
    let mask = |v: &Option<String>, f: fn(&str) -> String| {
        v.as_deref()
            .map(|s| if reveal { s.to_string() } else { f(s) })
    };
    for (i, k) in c.contacts.iter().enumerate() {
        tx.prepare_cached(
            "INSERT INTO contacts (client, seq, name, title, phone, email, birthday, is_primary) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )?
        .execute(params![
            &*c.id,
            i as i64 + 1,
            k.name,
            k.title,
            mask(&k.phone, crate::privacy::mask_phone),
            mask(&k.email, crate::privacy::mask_email),
            k.birthday.map(day),
            k.primary
        ])?;
    }
    Ok(())
}

fn deals(tx: &Transaction, c: &Client) -> rusqlite::Result<()> {
    for x in &c.deals {
        tx.prepare_cached(
            "INSERT INTO deals (id, client, title, owner, stage, amount, opened, closed, due, delivered) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        )?
        .execute(params![
            x.id,
            &*c.id,
            x.title,
            x.owner.as_deref(),
            x.stage.to_string(),
            x.amount,
            day(x.opened),
            x.closed.map(day),
            x.due.map(day),
            x.delivered.map(day)
        ])?;
    }
    Ok(())
}

fn complaints(tx: &Transaction, c: &Client) -> rusqlite::Result<()> {
    for x in &c.complaints {
        let departments = serde_json::to_string(&x.departments).unwrap_or_default();
        tx.prepare_cached(
            "INSERT INTO complaints (id, client, received, severity, channel, summary, handler, \
             responded, resolved, satisfaction, departments) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        )?
        .execute(params![
            x.id,
            &*c.id,
            moment(x.received),
            x.severity.to_string(),
            x.channel.map(|ch| ch.to_string()),
            x.summary,
            &*x.handler,
            x.responded.map(moment),
            x.resolved.map(moment),
            x.satisfaction,
            departments
        ])?;
    }
    Ok(())
}

fn month(tx: &Transaction, log: &MonthLog) -> rusqlite::Result<()> {
    let who = &*log.member;
    for i in &log.interactions {
        tx.prepare_cached(
            "INSERT INTO interactions (member, date, client, kind, summary, satisfaction) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?
        .execute(params![
            who,
            day(i.date),
            &*i.client,
            i.kind.to_string(),
            i.summary,
            i.satisfaction
        ])?;
    }
    for p in &log.plans {
        tx.prepare_cached(
            "INSERT INTO plans (member, date, client, purpose) VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(params![who, day(p.date), &*p.client, p.purpose])?;
    }
    for a in &log.attendance {
        tx.prepare_cached(
            "INSERT INTO attendance (member, date, clock_in, clock_out, status) VALUES (?1, ?2, ?3, ?4, ?5)",
        )?
        .execute(params![
            who,
            day(a.date),
            a.clock_in.map(time),
            a.clock_out.map(time),
            a.status.map(|s| s.to_string())
        ])?;
    }
    leaves(tx, log)?;
    meetings(tx, log)?;
    reviews_and_awards(tx, log)
}

fn leaves(tx: &Transaction, log: &MonthLog) -> rusqlite::Result<()> {
    let who = &*log.member;
    for l in &log.leaves {
        tx.prepare_cached(
            "INSERT INTO leave (member, kind, from_date, to_date, requested, status, approved_by, \
             decided, reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        )?
        .execute(params![
            who,
            l.kind.to_string(),
            day(l.from),
            day(l.to),
            day(l.requested),
            l.status.to_string(),
            l.approved_by.as_deref(),
            l.decided.map(day),
            l.reason
        ])?;
    }
    Ok(())
}

fn reviews_and_awards(tx: &Transaction, log: &MonthLog) -> rusqlite::Result<()> {
    let who = &*log.member;
    for r in &log.reviews {
        tx.prepare_cached(
            "INSERT INTO reviews (reviewer, period, of_member, score, comment) VALUES (?1, ?2, ?3, ?4, ?5)",
        )?
        .execute(params![who, r.period.to_string(), &*r.of, r.score, r.comment])?;
    }
    for a in &log.awards {
        tx.prepare_cached(
            "INSERT INTO awards (given_by, member, kind, period, amount, reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?
        .execute(params![
            who,
            &*a.member,
            a.kind.to_string(),
            a.period.map(|p| p.to_string()),
            a.amount,
            a.reason
        ])?;
    }
    Ok(())
}

fn meetings(tx: &Transaction, log: &MonthLog) -> rusqlite::Result<()> {
    for m in &log.meetings {
        tx.prepare_cached(
            "INSERT INTO meetings (meeting_id, chair, date, kind, title, minutes) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?
        .execute(params![m.id, &*log.member, day(m.date), m.kind.to_string(), m.title, m.minutes])?;
        let id = tx.last_insert_rowid();
        for who in &m.attendees {
            tx.prepare_cached(
                "INSERT OR IGNORE INTO meeting_attendees (meeting, member) VALUES (?1, ?2)",
            )?
            .execute(params![id, &**who])?;
        }
        for (n, a) in m.actions.iter().enumerate() {
            tx.prepare_cached(
                "INSERT INTO actions (meeting, number, task, owner, due, done) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?
            .execute(params![id, n as i64 + 1, a.task, &*a.owner, day(a.due), a.done.map(day)])?;
        }
    }
    Ok(())
}

fn training(tx: &Transaction, records: &Records) -> rusqlite::Result<()> {
    for s in records.training.iter().flat_map(|t| &t.sessions) {
        tx.prepare_cached(
            "INSERT INTO training_sessions (id, date, topic, category, method, hours, trainer) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?
        .execute(params![
            s.id,
            day(s.date),
            s.topic,
            s.category.to_string(),
            s.method.to_string(),
            s.hours,
            s.trainer
        ])?;
        for who in &s.attendees {
            tx.prepare_cached(
                "INSERT OR IGNORE INTO training_attendees (session, member) VALUES (?1, ?2)",
            )?
            .execute(params![s.id, &**who])?;
        }
        let Some(exam) = &s.exam else { continue };
        let attempts = [("first", &exam.scores), ("retake", &exam.retake)];
        for (attempt, scores) in attempts {
            for (who, score) in scores {
                tx.prepare_cached(
                    "INSERT INTO training_scores (session, member, attempt, score) VALUES (?1, ?2, ?3, ?4)",
                )?
                .execute(params![s.id, &**who, attempt, score])?;
            }
        }
    }
    Ok(())
}
