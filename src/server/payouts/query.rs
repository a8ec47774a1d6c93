//! Which page of payouts the caller asks for, parsed once at the edge.

use crate::app::types::account::FieldError;
use crate::app::types::payouts::PayoutsQuery;

/// A page: paid payouts older than `before` (a payout id), at most `limit` of them, and
/// the next `limit` upcoming releases.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PageQuery {
    pub before: Option<i64>,
    pub limit: i64,
}

impl PageQuery {
    pub const DEFAULT_LIMIT: i64 = 20;
    pub const MAX_LIMIT: i64 = 100;

    /// Blank values are absent (as HTML forms send them); every problem is named by its
    /// field.
    pub fn parse(q: &PayoutsQuery) -> Result<Self, Vec<FieldError>> {
        let given = |v: &Option<String>| {
            v.as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
        };
        let before = match given(&q.before) {
            None => Ok(None),
            Some(raw) => raw
                .parse::<i64>()
                .ok()
                .filter(|id| *id > 0)
                .map(Some)
                .ok_or_else(|| FieldError::new("before", "A payout id is a positive number.")),
        };
        let limit = match given(&q.limit) {
            None => Ok(Self::DEFAULT_LIMIT),
            Some(raw) => raw
                .parse::<i64>()
                .ok()
                .filter(|n| (1..=Self::MAX_LIMIT).contains(n))
                .ok_or_else(|| {
                    FieldError::new(
                        "limit",
                        format!("Ask for 1 to {} payouts at a time.", Self::MAX_LIMIT),
                    )
                }),
        };
        match (before, limit) {
            (Ok(before), Ok(limit)) => Ok(Self { before, limit }),
            (b, l) => Err([b.err(), l.err()].into_iter().flatten().collect()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(before: Option<&str>, limit: Option<&str>) -> Result<PageQuery, Vec<String>> {
        PageQuery::parse(&PayoutsQuery {
            before: before.map(str::to_owned),
            limit: limit.map(str::to_owned),
        })
        .map_err(|e| e.into_iter().map(|f| f.field).collect())
    }

    #[test]
    fn a_page_is_parsed_once_and_every_bad_field_named() {
        assert_eq!(
            parse(None, None),
            Ok(PageQuery {
                before: None,
                limit: 20
            })
        );
        assert_eq!(
            parse(Some(" 42 "), Some("")),
            Ok(PageQuery {
                before: Some(42),
                limit: 20
            })
        );
        assert_eq!(parse(Some("7"), Some("100")).map(|p| p.limit), Ok(100));
        assert_eq!(parse(Some("0"), None), Err(vec!["before".into()]));
        assert_eq!(
            parse(Some("x"), Some("101")),
            Err(vec!["before".into(), "limit".into()])
        );
        assert_eq!(parse(None, Some("0")), Err(vec!["limit".into()]));
        assert_eq!(parse(None, Some("1e2")), Err(vec!["limit".into()]));
    }
}
