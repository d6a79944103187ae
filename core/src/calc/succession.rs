//! Succession of administrative units: a unit by code or name on a date, what became of it, what it came
//! from, the communes of a province on a date, old communes to new, and the plans in force for a unit (a
//! successor carries its predecessors' plans until it adopts its own).
//!
//! Every lookup takes a date, because codes and names are reused: 80 was Long An until 30 June 2025 and
//! is Tây Ninh from 1 July 2025. Names match without their kind ("tỉnh", "thành phố", "xã", "phường",
//! "đặc khu", ...), in any case and however the diacritics are encoded (NFC or NFD, "Hòa" or "Hoà"); a
//! name may be followed by the units it lies in, innermost first ("Phường 1, Tân An, Long An").
//!
//! ```
//! use chitieu::calc::succession::Lineage;
//! use time::macros::date;
//!
//! let lineage = Lineage::new(chitieu::bundled::register().unwrap());
//! let long_an = lineage.unit_at("80", date!(2025 - 06 - 30)).unwrap();
//! assert_eq!(long_an.name, "Long An");
//! let now = lineage.successors(long_an, date!(2025 - 07 - 01)).unwrap();
//! assert_eq!(now[0].unit.official_name(), "Tỉnh Tây Ninh");
//! assert_eq!(lineage.unit_at("tỉnh TÂY NINH", date!(2025 - 07 - 01)).unwrap().code, "80");
//! ```

use std::collections::HashMap;

use time::{Date, Month};
use unicode_normalization::UnicodeNormalization;

use crate::error::ChitieuError;
use crate::model::administrative_unit::{AdministrativeUnit, Level, UnitKind};
use crate::model::plan::Plan;
use crate::model::register::{Register, RegisteredUnit, Share, Transfer, Verification};

/// Why a unit could not be found, or a question about it not answered.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SuccessionError {
    /// No unit of the register has this code or name, on any date.
    #[error("no unit {query:?} in the register; expected a code (2, 3 or 5 digits) or a name such as \"Tây Ninh\" or \"xã Hưng Điền, Tây Ninh\"")]
    UnknownUnit {
        /// What was asked for.
        query: String,
        /// The argument it was given in.
        path: String,
    },
    /// The code or name belongs to units of the register, none of them in force on the date.
    #[error("{query:?} names no unit in force on {date}; it named {}", list(.units))]
    NotInForce {
        /// What was asked for.
        query: String,
        /// The date asked about.
        date: Date,
        /// The units it named, each with when it was in force.
        units: Vec<RegisteredUnit>,
        /// The argument it was given in.
        path: String,
    },
    /// The name matches more than one unit in force on the date.
    #[error("{query:?} matches {} units on {date}: {}; name the kind (\"tỉnh Tây Ninh\") or the province (\"Phường 1, Tân An\"), or give the code", .candidates.len(), list(.candidates))]
    Ambiguous {
        /// What was asked for.
        query: String,
        /// The date asked about.
        date: Date,
        /// Every unit it matches.
        candidates: Vec<RegisteredUnit>,
    },
    /// The unit is not of the level the question needs (the communes of a district, say).
    #[error("{unit} is a {} unit; expected a {} unit", .unit.level().as_str(), .expected.as_str())]
    WrongLevel {
        /// The unit given.
        unit: RegisteredUnit,
        /// The level needed.
        expected: Level,
    },
    /// A plan's jurisdiction is not a unit of the register.
    #[error("plan {id:?} (plans[{index}]): its jurisdiction is not in the register: {source}")]
    UnresolvedJurisdiction {
        /// Index of the plan.
        index: usize,
        /// The plan's id.
        id: String,
        /// Why.
        source: Box<SuccessionError>,
    },
}

fn list(units: &[RegisteredUnit]) -> String {
    units.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ")
}

impl ChitieuError for SuccessionError {
    fn code(&self) -> &'static str {
        match self {
            Self::UnknownUnit { .. } => "unknown_unit",
            Self::NotInForce { .. } => "not_in_force",
            Self::Ambiguous { .. } => "ambiguous_unit",
            Self::WrongLevel { .. } => "wrong_level",
            Self::UnresolvedJurisdiction { .. } => "unresolved_jurisdiction",
        }
    }

    fn path(&self) -> Option<String> {
        match self {
            Self::UnknownUnit { path, .. } | Self::NotInForce { path, .. } => Some(path.clone()),
            Self::Ambiguous { .. } => Some("code_or_name".to_owned()),
            Self::WrongLevel { .. } => Some("unit".to_owned()),
            Self::UnresolvedJurisdiction { index, .. } => Some(format!("plans[{index}].jurisdiction")),
        }
    }
}

/// A unit that holds some or all of another unit's area on a date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Successor<'r> {
    /// The unit in force on the date.
    pub unit: &'r RegisteredUnit,
    /// Whether all of the earlier unit's area went to it.
    pub share: Share,
    /// `Unverified` when any transfer on the way was not read from the act's text.
    pub status: Verification,
    /// The transfers followed, oldest first (empty for the unit itself).
    pub via: Vec<&'r Transfer>,
}

/// A unit whose area (some or all of it) went into another.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Predecessor<'r> {
    /// The earlier unit.
    pub unit: &'r RegisteredUnit,
    /// Whether all of it went into the later unit.
    pub share: Share,
    /// The transfer, with its status and legal basis.
    pub transfer: &'r Transfer,
}

/// A plan in force for a unit on a date: its own, or one of a predecessor's that it carries.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanInForce<'p, 'r> {
    /// The plan.
    pub plan: &'p Plan,
    /// The unit that adopted it.
    pub adopted_by: &'r RegisteredUnit,
    /// The units between the adopter and the unit asked about, adopter first; empty for its own plan.
    pub via: Vec<&'r RegisteredUnit>,
    /// `Part` when only part of the adopter's area is in the unit asked about.
    pub share: Share,
}

impl PlanInForce<'_, '_> {
    /// Whether the plan is a predecessor's, carried until the unit adopts its own.
    pub fn is_inherited(&self) -> bool {
        !self.via.is_empty()
    }
}

/// The register prepared for questions: units by code and by name, their parents and children, and the
/// transfers into and out of each.
#[derive(Debug, Clone)]
pub struct Lineage<'r> {
    register: &'r Register,
    by_code: HashMap<&'r str, Vec<usize>>,
    by_name: HashMap<String, Vec<usize>>,
    children: HashMap<&'r str, Vec<usize>>,
    outgoing: HashMap<usize, Vec<(usize, &'r Transfer)>>,
    incoming: HashMap<usize, Vec<(usize, &'r Transfer)>>,
}

/// How deep a chain of transfers is followed: far beyond any real history, a guard against a register
/// whose transfers loop.
const MAX_DEPTH: usize = 32;

impl<'r> Lineage<'r> {
    /// Indexes a register. A transfer whose ends are not in force when it says is left out (the loader
    /// reports those).
    pub fn new(register: &'r Register) -> Self {
        let mut lineage = Self {
            register,
            by_code: HashMap::new(),
            by_name: HashMap::new(),
            children: HashMap::new(),
            outgoing: HashMap::new(),
            incoming: HashMap::new(),
        };
        for (n, unit) in register.units.iter().enumerate() {
            lineage.by_code.entry(unit.code.as_str()).or_default().push(n);
            lineage.by_name.entry(unit_key(unit)).or_default().push(n);
            if let Some(parent) = unit.parent.as_deref() {
                lineage.children.entry(parent).or_default().push(n);
            }
        }
        for t in &register.transfers {
            let from = t.on.previous_day().and_then(|day| lineage.in_force(&t.from, day));
            let to = lineage.in_force(&t.to, t.on);
            if let (Some(from), Some(to)) = (from, to) {
                if from != to {
                    lineage.outgoing.entry(from).or_default().push((to, t));
                    lineage.incoming.entry(to).or_default().push((from, t));
                }
            }
        }
        lineage
    }

    /// The register indexed.
    pub fn register(&self) -> &'r Register {
        self.register
    }

    fn unit(&self, n: usize) -> Option<&'r RegisteredUnit> {
        self.register.units.get(n)
    }

    /// The index of the unit with this code in force on `date`.
    fn in_force(&self, code: &str, date: Date) -> Option<usize> {
        self.by_code.get(code)?.iter().copied().find(|&n| self.unit(n).is_some_and(|u| u.is_valid_on(date)))
    }

    /// The index of a unit of the register (the same code and validity).
    fn index_of(&self, unit: &RegisteredUnit) -> Result<usize, SuccessionError> {
        self.by_code
            .get(unit.code.as_str())
            .and_then(|ns| ns.iter().copied().find(|&n| self.unit(n).is_some_and(|u| u.is_same_unit(unit))))
            .ok_or_else(|| SuccessionError::UnknownUnit { query: unit.to_string(), path: "unit".to_owned() })
    }

    /// Every unit in force on `date`, of one level or of all; in register order.
    ///
    /// ```
    /// # use chitieu::calc::succession::Lineage;
    /// # use chitieu::Level;
    /// # use time::macros::date;
    /// let lineage = Lineage::new(chitieu::bundled::register().unwrap());
    /// assert_eq!(lineage.units_on(date!(2025 - 06 - 30), Some(Level::Province)).len(), 63);
    /// assert_eq!(lineage.units_on(date!(2025 - 07 - 01), Some(Level::Commune)).len(), 3321);
    /// ```
    pub fn units_on(&self, date: Date, level: Option<Level>) -> Vec<&'r RegisteredUnit> {
        let fits = |u: &&RegisteredUnit| u.is_valid_on(date) && level.is_none_or(|l| u.level() == l);
        self.register.units.iter().filter(fits).collect()
    }

    /// The unit a code or a name names on `date`. A code is 2, 3 or 5 digits; a name may carry its kind
    /// ("tỉnh Tây Ninh"), and may be followed by the units it lies in ("Phường 1, Tân An").
    pub fn unit_at(&self, code_or_name: &str, date: Date) -> Result<&'r RegisteredUnit, SuccessionError> {
        self.find(code_or_name, None, date)
    }

    /// The unit of `level` a code or a name names on `date` ("Tây Ninh" at province level).
    pub fn unit_at_level(
        &self,
        code_or_name: &str,
        level: Level,
        date: Date,
    ) -> Result<&'r RegisteredUnit, SuccessionError> {
        self.find(code_or_name, Some(level), date)
    }

    fn find(&self, query: &str, level: Option<Level>, date: Date) -> Result<&'r RegisteredUnit, SuccessionError> {
        let query = query.trim();
        let unknown = || SuccessionError::UnknownUnit { query: query.to_owned(), path: "code_or_name".to_owned() };
        let mut parts = query.split(',').map(NamePart::parse);
        let first = parts.next().flatten().ok_or_else(unknown)?;
        let ancestors: Vec<NamePart> = parts.flatten().collect();
        let matches = if query.bytes().all(|b| b.is_ascii_digit()) {
            self.by_code.get(query)
        } else {
            self.by_name.get(&first.key)
        };
        let named: Vec<&'r RegisteredUnit> = matches
            .into_iter()
            .flatten()
            .filter_map(|&n| self.unit(n))
            .filter(|u| first.admits(u.kind) && level.is_none_or(|l| u.level() == l))
            .filter(|u| ancestors.iter().all(|a| self.lies_in(u, a, clamp(date, u))))
            .collect();
        let in_force: Vec<&'r RegisteredUnit> = named.iter().copied().filter(|u| u.is_valid_on(date)).collect();
        match in_force.as_slice() {
            [one] => Ok(one),
            [] if named.is_empty() => Err(unknown()),
            [] => Err(SuccessionError::NotInForce {
                query: query.to_owned(),
                date,
                units: named.into_iter().cloned().collect(),
                path: "code_or_name".to_owned(),
            }),
            many => Err(SuccessionError::Ambiguous {
                query: query.to_owned(),
                date,
                candidates: many.iter().map(|u| (*u).clone()).collect(),
            }),
        }
    }

    /// The unit it belongs to on `date`.
    pub fn parent(&self, unit: &RegisteredUnit, date: Date) -> Option<&'r RegisteredUnit> {
        self.in_force(unit.parent.as_deref()?, date).and_then(|n| self.unit(n))
    }

    /// Whether `unit` lies (on `date`) in a unit that `part` names.
    fn lies_in(&self, unit: &RegisteredUnit, part: &NamePart, date: Date) -> bool {
        let mut current = self.parent(unit, date);
        while let Some(p) = current {
            if unit_key(p) == part.key && part.admits(p.kind) {
                return true;
            }
            current = self.parent(p, date);
        }
        false
    }

    /// What holds `unit`'s area on `date`: the unit itself while it is in force; afterwards the units its
    /// area went to, followed through every later change, each with whether it took all of it. A
    /// district (abolished on 1 July 2025) is followed through its communes.
    pub fn successors(&self, unit: &RegisteredUnit, date: Date) -> Result<Vec<Successor<'r>>, SuccessionError> {
        let n = self.index_of(unit)?;
        let this = self
            .unit(n)
            .ok_or_else(|| SuccessionError::UnknownUnit { query: unit.to_string(), path: "unit".to_owned() })?;
        if this.valid_from.is_some_and(|from| date < from) {
            return Err(SuccessionError::NotInForce {
                query: unit.code.clone(),
                date,
                units: vec![this.clone()],
                path: "date".to_owned(),
            });
        }
        let mut found = Vec::new();
        self.forward(n, date, &mut Vec::new(), &mut found);
        Ok(merge_successors(found))
    }

    /// Follows transfers from unit `n` until units in force on `date`.
    fn forward(&self, n: usize, date: Date, via: &mut Vec<&'r Transfer>, found: &mut Vec<Successor<'r>>) {
        let Some(unit) = self.unit(n) else { return };
        if unit.is_valid_on(date) {
            found.push(Successor { unit, share: chain_share(via), status: chain_status(via), via: via.clone() });
            return;
        }
        if via.len() > MAX_DEPTH {
            return;
        }
        let out: Vec<(usize, &'r Transfer)> =
            self.outgoing.get(&n).into_iter().flatten().copied().filter(|(_, t)| t.on <= date).collect();
        if out.is_empty() {
            // An abolished district: its area went on through its communes.
            for child in self.children_on(n, unit.valid_to) {
                let before = found.len();
                self.forward(child, date, via, found);
                for s in found.iter_mut().skip(before) {
                    s.share = Share::Part;
                }
            }
            return;
        }
        for (to, t) in out {
            via.push(t);
            self.forward(to, date, via, found);
            via.pop();
        }
    }

    /// The units directly below unit `n` on `day` (any day when none is given).
    fn children_on(&self, n: usize, day: Option<Date>) -> Vec<usize> {
        let Some(unit) = self.unit(n) else { return Vec::new() };
        let same_parent = |c: &usize| {
            self.unit(*c).is_some_and(|child| {
                day.is_none_or(|d| child.is_valid_on(d)) && day.is_none_or(|d| self.in_force(&unit.code, d) == Some(n))
            })
        };
        self.children.get(unit.code.as_str()).into_iter().flatten().copied().filter(same_parent).collect()
    }

    /// The units whose area went directly into `unit`, each with whether all of it did; empty for a unit
    /// that was formed from no other (or that the register has no history for).
    pub fn predecessors(&self, unit: &RegisteredUnit) -> Result<Vec<Predecessor<'r>>, SuccessionError> {
        let n = self.index_of(unit)?;
        Ok(self
            .incoming
            .get(&n)
            .into_iter()
            .flatten()
            .filter_map(|&(from, transfer)| {
                self.unit(from).map(|unit| Predecessor { unit, share: transfer.share, transfer })
            })
            .collect())
    }

    /// The commune-level units of a province on `date` (through its districts, before 1 July 2025), by code.
    pub fn communes_of(
        &self,
        province: &RegisteredUnit,
        date: Date,
    ) -> Result<Vec<&'r RegisteredUnit>, SuccessionError> {
        let n = self.index_of(province)?;
        if province.level() != Level::Province {
            return Err(SuccessionError::WrongLevel { unit: province.clone(), expected: Level::Province });
        }
        if !province.is_valid_on(date) {
            return Err(SuccessionError::NotInForce {
                query: province.code.clone(),
                date,
                units: vec![province.clone()],
                path: "date".to_owned(),
            });
        }
        let mut communes = Vec::new();
        for child in self.children_on(n, Some(date)) {
            match self.unit(child) {
                Some(u) if u.level() == Level::Commune => communes.push(u),
                Some(_) => {
                    communes.extend(self.children_on(child, Some(date)).into_iter().filter_map(|c| self.unit(c)))
                }
                None => {}
            }
        }
        crate::model::sort::by(&mut communes, |a, b| a.code.cmp(&b.code));
        Ok(communes)
    }

    /// The new units an old commune (or an island district without communes) went to, each with whether
    /// all of it went there, the status of the link and the clause of the resolution that says so; empty
    /// for a unit still in force.
    pub fn old_to_new(&self, old_commune: &RegisteredUnit) -> Result<Vec<Successor<'r>>, SuccessionError> {
        let n = self.index_of(old_commune)?;
        Ok(self
            .outgoing
            .get(&n)
            .into_iter()
            .flatten()
            .filter_map(|&(to, t)| {
                let unit = self.unit(to)?;
                Some(Successor { unit, share: t.share, status: t.status, via: vec![t] })
            })
            .collect())
    }

    /// The register unit an administrative unit (a plan's jurisdiction) names on `on`, or on the nearest day
    /// it existed: by its `code` where it has one, else by its name and kind.
    pub fn unit_of(&self, unit: &AdministrativeUnit, on: Date) -> Result<&'r RegisteredUnit, SuccessionError> {
        let mut day = on;
        if let Some(until) = unit.existed_until() {
            day = day.min(until);
        }
        if let Some(from) = unit.existed_from {
            day = day.max(from);
        }
        let found = match unit.code.as_deref() {
            Some(code) => self.find(code, Some(unit.level), day),
            None => self.find(&unit.name, Some(unit.level), day),
        };
        match found {
            Ok(u) if u.kind == unit.kind || unit.code.is_some() => Ok(u),
            Ok(_) => Err(SuccessionError::UnknownUnit { query: unit.name.clone(), path: "unit".to_owned() }),
            Err(SuccessionError::Ambiguous { query, date, candidates }) => {
                let same_kind: Vec<_> = candidates.iter().filter(|c| c.kind == unit.kind).collect();
                match same_kind.as_slice() {
                    [one] => self.index_of(one).ok().and_then(|n| self.unit(n)).ok_or(SuccessionError::Ambiguous {
                        query,
                        date,
                        candidates: candidates.clone(),
                    }),
                    _ => Err(SuccessionError::Ambiguous { query, date, candidates }),
                }
            }
            Err(e) => Err(e),
        }
    }

    /// The plans in force for `unit` on `date`: its own plans in force then, or, while it has adopted none,
    /// those of the units it was formed from (and theirs, back through every change), each with the units
    /// it came through. A plan is in force from its signing to the end of its last target year; plans at
    /// the national level are not a unit's own and are left out. A district's plan passes to no one: the
    /// district tier ended on 1 July 2025 and its area went to communes, which carry only the plans of
    /// the communes they were formed from.
    ///
    /// ```
    /// # use chitieu::calc::succession::Lineage;
    /// # use time::macros::date;
    /// let lineage = Lineage::new(chitieu::bundled::register().unwrap());
    /// let plans = chitieu::bundled::plans().unwrap();
    /// let vinh_long = lineage.unit_at("tỉnh Vĩnh Long", date!(2026 - 01 - 01)).unwrap();
    /// let in_force = lineage.plans_in_force(vinh_long, date!(2026 - 01 - 01), &plans).unwrap();
    /// assert_eq!(in_force[0].plan.id, plans[0].id); // Trà Vinh's, carried by the new Vĩnh Long
    /// assert_eq!(in_force[0].adopted_by.name, "Trà Vinh");
    /// ```
    pub fn plans_in_force<'p>(
        &self,
        unit: &RegisteredUnit,
        date: Date,
        plans: &'p [Plan],
    ) -> Result<Vec<PlanInForce<'p, 'r>>, SuccessionError> {
        let n = self.index_of(unit)?;
        if !unit.is_valid_on(date) {
            return Err(SuccessionError::NotInForce {
                query: unit.code.clone(),
                date,
                units: vec![unit.clone()],
                path: "date".to_owned(),
            });
        }
        let mut owners = Vec::with_capacity(plans.len());
        for (index, plan) in plans.iter().enumerate() {
            let owner = self.owner_of(plan).map_err(|source| SuccessionError::UnresolvedJurisdiction {
                index,
                id: plan.id.clone(),
                source: Box::new(source),
            })?;
            owners.push(owner);
        }
        let mut found = Vec::new();
        self.carried(n, date, plans, &owners, &mut Vec::new(), &mut found);
        Ok(found)
    }

    /// The register unit whose plan this is, or none for a national plan.
    fn owner_of(&self, plan: &Plan) -> Result<Option<usize>, SuccessionError> {
        if plan.jurisdiction.level == Level::National {
            return Ok(None);
        }
        let on = plan
            .document
            .signed_on
            .or_else(|| plan.period.from.and_then(|y| Date::from_calendar_date(y, Month::January, 1).ok()))
            .or_else(|| Date::from_calendar_date(plan.period.to, Month::January, 1).ok())
            .unwrap_or(Date::MIN);
        let unit = self.unit_of(&plan.jurisdiction, on)?;
        self.index_of(unit).map(Some)
    }

    /// Unit `n`'s own plans in force on `date`, or failing those its predecessors' (recursively).
    fn carried<'p>(
        &self,
        n: usize,
        date: Date,
        plans: &'p [Plan],
        owners: &[Option<usize>],
        via: &mut Vec<(usize, Share)>,
        found: &mut Vec<PlanInForce<'p, 'r>>,
    ) {
        let Some(unit) = self.unit(n) else { return };
        let own: Vec<&'p Plan> = plans
            .iter()
            .zip(owners)
            .filter(|(plan, owner)| **owner == Some(n) && in_force(plan, date))
            .map(|(plan, _)| plan)
            .collect();
        if !own.is_empty() || via.len() > MAX_DEPTH {
            let path: Vec<&'r RegisteredUnit> = via.iter().rev().filter_map(|(m, _)| self.unit(*m)).collect();
            let share = if via.iter().all(|(_, s)| *s == Share::Whole) { Share::Whole } else { Share::Part };
            for plan in own {
                found.push(PlanInForce { plan, adopted_by: unit, via: path.clone(), share });
            }
            return;
        }
        for &(from, t) in self.incoming.get(&n).into_iter().flatten() {
            via.push((n, t.share));
            self.carried(from, date, plans, owners, via, found);
            via.pop();
        }
    }
}

/// Whether a plan is in force on `date`: signed by then (or, unsigned, its period begun) and its last
/// target year not over.
fn in_force(plan: &Plan, date: Date) -> bool {
    let begun = match plan.document.signed_on {
        Some(signed) => signed <= date,
        None => plan.period.from.is_none_or(|y| y <= date.year()),
    };
    begun && date.year() <= plan.period.last_year()
}

/// `date` moved into the days `unit` was in force.
fn clamp(date: Date, unit: &RegisteredUnit) -> Date {
    let date = unit.valid_to.map_or(date, |to| date.min(to));
    unit.valid_from.map_or(date, |from| date.max(from))
}

fn chain_share(via: &[&Transfer]) -> Share {
    if via.iter().all(|t| t.share == Share::Whole) {
        Share::Whole
    } else {
        Share::Part
    }
}

fn chain_status(via: &[&Transfer]) -> Verification {
    if via.iter().all(|t| t.status == Verification::Checked) {
        Verification::Checked
    } else {
        Verification::Unverified
    }
}

/// One entry per successor: a unit reached by several ways (the communes of one district going to one
/// new commune) holds all of the old unit only if it is the only successor and every way was whole.
fn merge_successors(found: Vec<Successor<'_>>) -> Vec<Successor<'_>> {
    let mut merged: Vec<Successor<'_>> = Vec::new();
    for s in found {
        match merged.iter_mut().find(|m| m.unit.is_same_unit(s.unit)) {
            Some(m) => {
                if s.status == Verification::Unverified {
                    m.status = Verification::Unverified;
                }
                m.via.extend(s.via);
            }
            None => merged.push(s),
        }
    }
    if merged.len() > 1 {
        for m in &mut merged {
            m.share = Share::Part;
        }
    }
    merged
}

/// One comma-separated part of a name query: its matching key and the kinds its prefix allows.
#[derive(Debug)]
struct NamePart {
    key: String,
    kinds: Option<Vec<UnitKind>>,
}

impl NamePart {
    fn parse(text: &str) -> Option<Self> {
        let key = name_key(text);
        if key.is_empty() {
            return None;
        }
        let prefixes = prefix_keys();
        let found = prefixes
            .iter()
            .find(|(prefix, _)| key.strip_prefix(prefix.as_str()).is_some_and(|rest| rest.starts_with(' ')));
        let Some((prefix, kinds)) = found else { return Some(Self { key, kinds: None }) };
        let bare = key.get(prefix.len()..).unwrap_or_default().trim().to_owned();
        let key = if is_numeral(&bare) { format!("{prefix} {bare}") } else { bare };
        Some(Self { key, kinds: Some(kinds.clone()) })
    }

    fn admits(&self, kind: UnitKind) -> bool {
        self.kinds.as_ref().is_none_or(|k| k.contains(&kind))
    }
}

/// The key of each kind's prefix, with the kinds it names, longest first; "tp" abbreviates "thành phố".
fn prefix_keys() -> Vec<(String, Vec<UnitKind>)> {
    let mut out: Vec<(String, Vec<UnitKind>)> = Vec::new();
    for kind in UnitKind::ALL.into_iter().filter(|k| !k.official_prefix().is_empty()) {
        let key = name_key(kind.official_prefix());
        match out.iter_mut().find(|(k, _)| *k == key) {
            Some((_, kinds)) => kinds.push(kind),
            None => out.push((key, vec![kind])),
        }
    }
    let cities = vec![UnitKind::CentrallyRunCity, UnitKind::ProvincialCity];
    out.push(("tp.".to_owned(), cities.clone()));
    out.push(("tp".to_owned(), cities));
    crate::model::sort::by(&mut out, |a, b| b.0.len().cmp(&a.0.len()));
    out
}

/// The key a unit is found by: its name's key, or, for a numbered unit ("Phường 5", "Quận 1", "Phường
/// IV"), the key of its official name.
fn unit_key(unit: &RegisteredUnit) -> String {
    let bare = name_key(&unit.name);
    if is_numeral(&bare) {
        name_key(&unit.official_name())
    } else {
        bare
    }
}

/// Digits, or a Roman number of i, v and x.
fn is_numeral(key: &str) -> bool {
    !key.is_empty() && (key.bytes().all(|b| b.is_ascii_digit()) || key.bytes().all(|b| matches!(b, b'i' | b'v' | b'x')))
}

/// The combining tone marks of Vietnamese (grave, acute, tilde, hook above, dot below).
const TONE_MARKS: [char; 5] = ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}'];

/// The key two spellings of one name share: canonical decomposition (NFD), lower case, each syllable's tone
/// mark at its end (its place is a spelling convention: "Hòa" and "Hoà"), words separated by one space and
/// a hyphen standing alone.
///
/// ```
/// use chitieu::calc::succession::name_key;
/// assert_eq!(name_key("Thanh Hóa"), name_key("THANH HOÁ"));
/// assert_eq!(name_key("Văn Miếu-Quốc Tử Giám"), name_key("Văn Miếu - Quốc Tử Giám"));
/// assert_ne!(name_key("Tây Ninh"), name_key("Tay Ninh"));
/// ```
pub fn name_key(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 8);
    for word in name.replace('-', " - ").split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        let mut tones = String::new();
        for c in word.nfd().flat_map(char::to_lowercase) {
            if TONE_MARKS.contains(&c) {
                tones.push(c);
            } else {
                out.push(c);
            }
        }
        out.push_str(&tones);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_ignore_case_encoding_and_tone_placement() {
        let nfd: String = "Đồng Tháp".nfd().collect();
        assert_eq!(name_key(&nfd), name_key("ĐỒNG THÁP"));
        assert_eq!(name_key("Hòa  Bình"), name_key("Hoà Bình"));
        assert_ne!(name_key("Hòa Bình"), name_key("Hóa Bình"));
    }

    #[test]
    fn prefixes_name_kinds_and_numbered_units_keep_theirs() {
        let part = NamePart::parse("Thành phố Hồ Chí Minh").unwrap();
        assert_eq!(part.key, name_key("Hồ Chí Minh"));
        assert!(part.admits(UnitKind::CentrallyRunCity) && !part.admits(UnitKind::Province));
        let ward = NamePart::parse("phường 5").unwrap();
        assert_eq!(ward.key, name_key("Phường 5"));
        assert!(NamePart::parse("  ").is_none());
        assert!(is_numeral("iv") && is_numeral("12") && !is_numeral("ia"));
    }
}
