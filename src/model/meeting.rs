//! The ASEM Education Ministers' Meetings and the summit that began them.

use std::fmt;

/// A calendar date, as the declaration states it.
///
/// Displays, and with `serde` serializes, as ISO 8601: `2017-11-22`.
///
/// ```
/// use asem_seoul_declaration::declaration;
///
/// let dates = declaration().meeting().dates().unwrap();
/// assert_eq!(dates.last().to_string(), "2017-11-22");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    pub(crate) year: u16,
    pub(crate) month: u8,
    pub(crate) day: u8,
}

impl Date {
    /// The year.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// assert_eq!(declaration().meeting().dates().unwrap().first().year(), 2017);
    /// ```
    #[must_use]
    pub const fn year(self) -> u16 {
        self.year
    }

    /// The month, 1 for January.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// assert_eq!(declaration().meeting().dates().unwrap().first().month(), 11);
    /// ```
    #[must_use]
    pub const fn month(self) -> u8 {
        self.month
    }

    /// The day of the month.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// assert_eq!(declaration().meeting().dates().unwrap().first().day(), 21);
    /// ```
    #[must_use]
    pub const fn day(self) -> u8 {
        self.day
    }

    /// The month's English name, as the declaration writes dates.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// let first = declaration().meeting().dates().unwrap().first();
    /// assert_eq!(first.month_name(), "November");
    /// ```
    #[must_use]
    pub const fn month_name(self) -> &'static str {
        const NAMES: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        NAMES[(self.month as usize - 1) % 12]
    }
}

/// ISO 8601: `2017-11-21`.
impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// The first and last day of a meeting.
///
/// Displays as the declaration writes it (each day, with `serde`, serializes as
/// ISO 8601):
///
/// ```
/// use asem_seoul_declaration::declaration;
/// let dates = declaration().meeting().dates().unwrap();
/// assert_eq!(dates.to_string(), "21-22 November 2017");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DateRange {
    pub(crate) first: Date,
    pub(crate) last: Date,
}

impl DateRange {
    /// The opening day.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// assert_eq!(declaration().meeting().dates().unwrap().first().day(), 21);
    /// ```
    #[must_use]
    pub const fn first(self) -> Date {
        self.first
    }

    /// The closing day.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// assert_eq!(declaration().meeting().dates().unwrap().last().day(), 22);
    /// ```
    #[must_use]
    pub const fn last(self) -> Date {
        self.last
    }
}

impl fmt::Display for DateRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (a, b) = (self.first, self.last);
        if (a.year, a.month) == (b.year, b.month) {
            write!(f, "{}-{} {} {}", a.day, b.day, b.month_name(), b.year)
        } else {
            write!(
                f,
                "{} {} {} - {} {} {}",
                a.day,
                a.month_name(),
                a.year,
                b.day,
                b.month_name(),
                b.year
            )
        }
    }
}

/// One ASEM Education Ministers' Meeting, as footnote 1 of the declaration lists them.
///
/// The declaration gives each meeting's theme, city and year; only for its own
/// meeting, ASEMME6, does it also give the dates, the country and the host.
///
/// ```
/// use asem_seoul_declaration::declaration;
///
/// let riga = &declaration().series().meetings()[4];
/// assert_eq!(riga.acronym(), "ASEMME5");
/// assert_eq!((riga.city(), riga.year()), ("Riga", 2015));
/// assert_eq!(riga.theme(), "ASEM Education Collaboration for Results");
/// assert_eq!(riga.to_string(), "ASEMME5 (Riga, 2015)");
/// // Meetings order by ordinal.
/// assert!(declaration().series().meetings().windows(2).all(|w| w[0] < w[1]));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Meeting {
    // The ordinal comes first, so that the derived order is the order of the series.
    pub(crate) ordinal: u8,
    pub(crate) id: &'static str,
    pub(crate) acronym: &'static str,
    pub(crate) name: &'static str,
    /// The forms under which the paragraphs name the meeting.
    pub(crate) names: &'static [&'static str],
    pub(crate) city: &'static str,
    pub(crate) year: u16,
    pub(crate) theme: &'static str,
    pub(crate) dates: Option<DateRange>,
    pub(crate) country: Option<&'static str>,
    pub(crate) venue: Option<&'static str>,
    pub(crate) host: Option<&'static str>,
}

impl Meeting {
    /// Which meeting of the series this is, from 1.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// assert!(declaration().series().meetings().iter().enumerate().all(|(i, m)| usize::from(m.ordinal()) == i + 1));
    /// ```
    #[must_use]
    pub const fn ordinal(&self) -> u8 {
        self.ordinal
    }

    /// The series acronym with the ordinal: `"ASEMME1"` to `"ASEMME6"`.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// assert_eq!(declaration().series().meetings()[0].acronym(), "ASEMME1");
    /// ```
    #[must_use]
    pub const fn acronym(&self) -> &'static str {
        self.acronym
    }

    /// The meeting's full name, its ordinal written as the declaration writes
    /// ordinals: `"6th ASEM Education Ministers' Meeting"`.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// assert_eq!(declaration().series().meetings()[0].name(), "1st ASEM Education Ministers' Meeting");
    /// assert_eq!(declaration().series().meetings()[5].name(), "6th ASEM Education Ministers' Meeting");
    /// ```
    #[must_use]
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// The id every edition names the meeting by: `meeting:asemme6`.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// assert_eq!(declaration().meeting().id(), "meeting:asemme6");
    /// ```
    #[must_use]
    pub const fn id(&self) -> &'static str {
        self.id
    }

    /// The host city, as footnote 1 names it.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// assert_eq!(declaration().series().meetings()[3].city(), "Kuala Lumpur");
    /// ```
    #[must_use]
    pub const fn city(&self) -> &'static str {
        self.city
    }

    /// The year of the meeting.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// assert_eq!(declaration().series().meetings()[1].year(), 2009);
    /// ```
    #[must_use]
    pub const fn year(&self) -> u16 {
        self.year
    }

    /// The meeting's theme, verbatim from footnote 1.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// assert_eq!(declaration().series().meetings()[2].theme(), "Shaping an ASEM Education Area");
    /// ```
    #[must_use]
    pub const fn theme(&self) -> &'static str {
        self.theme
    }

    /// The dates, where the declaration states them (ASEMME6 only).
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// assert_eq!(declaration().series().meetings()[5].dates().unwrap().to_string(), "21-22 November 2017");
    /// assert!(declaration().series().meetings()[0].dates().is_none());
    /// ```
    #[must_use]
    pub const fn dates(&self) -> Option<DateRange> {
        self.dates
    }

    /// The host country, where the declaration states it (ASEMME6 only).
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// assert_eq!(declaration().series().meetings()[5].country(), Some("Republic of Korea"));
    /// assert_eq!(declaration().series().meetings()[0].country(), None);
    /// ```
    #[must_use]
    pub const fn country(&self) -> Option<&'static str> {
        self.country
    }

    /// The venue as the cover page gives it, where it does (ASEMME6 only).
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// assert_eq!(declaration().meeting().venue(), Some("Seoul, the Republic of Korea"));
    /// ```
    #[must_use]
    pub const fn venue(&self) -> Option<&'static str> {
        self.venue
    }

    /// The host institution, where the declaration names it (ASEMME6 only).
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// assert_eq!(
    ///     declaration().meeting().host(),
    ///     Some("Ministry of Education of the Republic of Korea")
    /// );
    /// ```
    #[must_use]
    pub const fn host(&self) -> Option<&'static str> {
        self.host
    }
}

/// `ASEMME6 (Seoul, 2017)`.
impl fmt::Display for Meeting {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({}, {})", self.acronym, self.city, self.year)
    }
}

/// An ASEM Summit (a meeting of the heads of state and government).
///
/// ```
/// use asem_seoul_declaration::declaration;
///
/// let origin = declaration().series().origin();
/// assert_eq!((origin.ordinal(), origin.city(), origin.year()), (6, "Helsinki", 2006));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Summit {
    pub(crate) ordinal: u8,
    pub(crate) id: &'static str,
    pub(crate) name: &'static str,
    /// The forms under which the paragraphs name it.
    pub(crate) names: &'static [&'static str],
    pub(crate) city: &'static str,
    pub(crate) year: u16,
}

impl Summit {
    /// Which ASEM Summit this is.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// assert_eq!(declaration().series().origin().ordinal(), 6);
    /// ```
    #[must_use]
    pub const fn ordinal(&self) -> u8 {
        self.ordinal
    }

    /// Its name: `"6th ASEM Summit"`.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// assert_eq!(declaration().series().origin().name(), "6th ASEM Summit");
    /// ```
    #[must_use]
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// The id every edition names the summit by: `summit:asem6`.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// assert_eq!(declaration().series().origin().id(), "summit:asem6");
    /// ```
    #[must_use]
    pub const fn id(&self) -> &'static str {
        self.id
    }

    /// Where it was held.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// assert_eq!(declaration().series().origin().city(), "Helsinki");
    /// ```
    #[must_use]
    pub const fn city(&self) -> &'static str {
        self.city
    }

    /// When it was held.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// assert_eq!(declaration().series().origin().year(), 2006);
    /// ```
    #[must_use]
    pub const fn year(&self) -> u16 {
        self.year
    }
}

/// `6th ASEM Summit (Helsinki, 2006)`.
///
/// ```
/// use asem_seoul_declaration::declaration;
/// assert_eq!(declaration().series().origin().to_string(), "6th ASEM Summit (Helsinki, 2006)");
/// ```
impl fmt::Display for Summit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({}, {})", self.name, self.city, self.year)
    }
}

/// The series of ASEM Education Ministers' Meetings.
///
/// ```
/// use asem_seoul_declaration::declaration;
///
/// let series = declaration().series();
/// assert_eq!(series.name(), "ASEM Education Ministers' Meeting");
/// assert_eq!(series.acronym(), "ASEMME");
/// assert_eq!(series.meetings().len(), 6);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct MeetingSeries {
    pub(crate) name: &'static str,
    pub(crate) acronym: &'static str,
    pub(crate) origin: &'static Summit,
    pub(crate) meetings: &'static [Meeting],
    /// The slugs of the meetings' ids and of the summit's, which error
    /// messages list.
    pub(crate) meeting_slugs: &'static [&'static str],
    pub(crate) summit_slugs: &'static [&'static str],
}

impl MeetingSeries {
    /// The series' name, as the declaration writes it.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// assert_eq!(declaration().series().name(), "ASEM Education Ministers' Meeting");
    /// ```
    #[must_use]
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// The series' acronym.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// assert_eq!(declaration().series().acronym(), "ASEMME");
    /// ```
    #[must_use]
    pub const fn acronym(&self) -> &'static str {
        self.acronym
    }

    /// The ASEM Summit that, in paragraph 2's words, "gave birth to" the series.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// assert_eq!(declaration().series().origin().year(), 2006);
    /// ```
    #[must_use]
    pub const fn origin(&self) -> &'static Summit {
        self.origin
    }

    /// The meetings held so far, in order; the last is ASEMME6.
    ///
    /// ```
    /// use asem_seoul_declaration::declaration;
    /// assert_eq!(declaration().series().meetings().last().unwrap().acronym(), "ASEMME6");
    /// ```
    #[must_use]
    pub const fn meetings(&self) -> &'static [Meeting] {
        self.meetings
    }
}
