//! The meetings of the series, as footnote 1 lists them, and the summit that
//! began the series, as paragraph 2 names it.

use super::text::VENUE_LINE;
use crate::model::meeting::{Date, DateRange, Meeting, MeetingSeries, Summit};
use crate::model::referent::slug;

/// The series of ASEM Education Ministers' Meetings.
pub(crate) static SERIES: MeetingSeries = MeetingSeries {
    name: "ASEM Education Ministers' Meeting",
    acronym: "ASEMME",
    origin: &SUMMIT,
    meetings: &MEETINGS,
    meeting_slugs: &[
        slug(MEETINGS[0].id),
        slug(MEETINGS[1].id),
        slug(MEETINGS[2].id),
        slug(MEETINGS[3].id),
        slug(MEETINGS[4].id),
        slug(MEETINGS[5].id),
    ],
    summit_slugs: &[slug(SUMMIT.id)],
};

/// The 6th ASEM Summit, Helsinki, 2006, which "effectively gave birth to" the series.
pub(crate) static SUMMIT: Summit = Summit {
    ordinal: 6,
    id: "summit:asem6",
    name: "6th ASEM Summit",
    city: "Helsinki",
    year: 2006,
};

/// The six meetings of footnote 1, in order.
pub(crate) static MEETINGS: [Meeting; 6] = [
    meeting(
        1,
        "meeting:asemme1",
        "ASEMME1",
        "1st ASEM Education Ministers' Meeting",
        "Berlin",
        2008,
        "Education and Training for Tomorrow: Common Perspectives in Asia and Europe",
    ),
    meeting(
        2,
        "meeting:asemme2",
        "ASEMME2",
        "2nd ASEM Education Ministers' Meeting",
        "Hanoi",
        2009,
        "Sharing of Experience and Best Practice in Higher Education",
    ),
    meeting(
        3,
        "meeting:asemme3",
        "ASEMME3",
        "3rd ASEM Education Ministers' Meeting",
        "Copenhagen",
        2011,
        "Shaping an ASEM Education Area",
    ),
    meeting(
        4,
        "meeting:asemme4",
        "ASEMME4",
        "4th ASEM Education Ministers' Meeting",
        "Kuala Lumpur",
        2013,
        "Strategizing ASEM Education Collaboration",
    ),
    meeting(
        5,
        "meeting:asemme5",
        "ASEMME5",
        "5th ASEM Education Ministers' Meeting",
        "Riga",
        2015,
        "ASEM Education Collaboration for Results",
    ),
    Meeting {
        names: &["6th ASEM Education Ministers' Meeting", "ASEMME6"],
        dates: Some(DateRange {
            first: Date {
                year: 2017,
                month: 11,
                day: 21,
            },
            last: ADOPTED,
        }),
        country: Some("Republic of Korea"),
        venue: Some(VENUE_LINE),
        host: Some("Ministry of Education of the Republic of Korea"),
        ..meeting(
            6,
            "meeting:asemme6",
            "ASEMME6",
            "6th ASEM Education Ministers' Meeting",
            "Seoul",
            2017,
            "Collaboration for the Next Decade: from Common Perspectives to Effective Fulfillment",
        )
    },
];

/// The day the declaration was adopted: the meeting's last day.
pub(crate) const ADOPTED: Date = Date {
    year: 2017,
    month: 11,
    day: 22,
};

/// A meeting of which the declaration gives only the footnote's facts; the
/// paragraphs name none of them.
const fn meeting(
    ordinal: u8,
    id: &'static str,
    acronym: &'static str,
    name: &'static str,
    city: &'static str,
    year: u16,
    theme: &'static str,
) -> Meeting {
    Meeting {
        ordinal,
        id,
        acronym,
        name,
        names: &[],
        city,
        year,
        theme,
        dates: None,
        country: None,
        venue: None,
        host: None,
    }
}
