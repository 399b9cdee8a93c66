//! The policy's writes (issue 13): feedback, research, events, career
//! plans and rotations, complaint departments — each a case folder under
//! `tests/fixtures/policy-write-cases/` (in/ → out/, stdout, stderr).

use super::common::*;

#[test]
fn every_policy_write_case_matches() {
    assert!(assert_write_cases("policy-write-cases") >= 5);
}
